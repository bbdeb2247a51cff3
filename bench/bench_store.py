"""The store at scale: a generated corpus of N reports on SQLite and on PostgreSQL.

usage: python bench/bench_store.py [--reports 100000] [--pg URL] [--requests 10] [--json OUT]

The corpus is made as bench/bench_ledger.py makes its stores: every report we have (examples,
the dev ledger stories, the ledger test story) analysed once, then cycled to N reports, each
copy a report of its own (outlet, URL, date, speakers renamed, figures scaled, a distinct
tail). Copies are stored through `Store.add` (near-duplicate check and all, as ingest stores
analysed records) and the ledger is built once (`store.ledger.rebuild`); then 100 reports more
are stored and the ledger updated after them (`store.ledger.update`, as ingest does). The analysis itself
is not repeated N times: its cost per report is measured on the base set and extrapolated
(bench/bench_ingest.py measures real ingest throughput).

Figures per backend: seconds to store, seconds to build the ledger and to update it after a
batch, store size, and the
median / 95th percentile of the queries behind `claimledger ledger --search` and
`claimledger claims` (first page, a search, a speaker, contested, a later page).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


BATCH = 100  # reports stored before the timed ledger update


def fill(url: str, n: int, base) -> dict:
    from bench_ledger import variant

    from claimledger.store.db import Store
    from claimledger.store.ledger import rebuild, update

    rng = random.Random(n)
    with Store(url) as store:
        t = time.perf_counter()
        for k in range(n):
            doc, rec = base[k % len(base)]
            d, r = variant(doc, rec, k, rng)
            store.add(d.raw_input(), d, r, "bench")
            if k and k % 10000 == 0:
                print(f"  {k} stored, {time.perf_counter() - t:.0f} s", flush=True)
        stored = time.perf_counter() - t
        t = time.perf_counter()
        stats = rebuild(store)
        ledger = time.perf_counter() - t
        # A batch more, as ingest stores it, and the ledger brought up to date after it.
        for k in range(n, n + BATCH):
            doc, rec = base[k % len(base)]
            d, r = variant(doc, rec, k, rng)
            store.add(d.raw_input(), d, r, "bench")
        t = time.perf_counter()
        after = update(store)
        updated = time.perf_counter() - t
    return {
        "store_seconds": round(stored, 1),
        "ledger_seconds": round(ledger, 1),
        "statements": stats.statements,
        "claims": stats.claims,
        f"ledger_update_after_{BATCH}_seconds": round(updated, 1),
        "ledger_update_read_build_write_seconds": [round(x, 1) for x in after.seconds],
    }


def size_of(url: str) -> int:
    from sqlalchemy import create_engine, text

    if url.startswith("sqlite:///"):
        return Path(url.removeprefix("sqlite:///")).stat().st_size
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one())


def timed(fn, requests: int) -> dict:
    fn()  # warm-up
    times = sorted(_once(fn) for _ in range(requests))
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return {"median_ms": round(statistics.median(times) * 1000, 1), "p95_ms": round(p95 * 1000, 1)}


def _once(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def query_times(url: str, requests: int) -> dict:
    from claimledger.store import queries
    from claimledger.store.db import Store

    with Store(url) as store:
        speaker = queries.list_speakers(store, limit=1)[0]["name"]
        cases = {
            "ledger --search troops": lambda: queries.list_statements(store, search="troops", limit=200),
            "ledger --search 'killed wounded'": lambda: queries.list_statements(
                store, search="killed wounded", limit=200
            ),
            "ledger --speaker": lambda: queries.list_statements(store, speaker=speaker, limit=200),
            "claims": lambda: queries.list_claims(store, limit=100),
            "claims --search troops": lambda: queries.list_claims(store, search="troops", limit=100),
            "claims --speaker": lambda: queries.list_claims(store, speaker=speaker, limit=100),
            "claims --contested": lambda: queries.list_claims(store, contested=True, limit=100),
            "claims page 50": lambda: queries.list_claims(store, limit=100, offset=5000),
            "timeline troops": lambda: queries.timeline(store, "troops"),
            # A word of no counted class: every quantity claim's summary is read.
            "timeline Belarusian": lambda: queries.timeline(store, "Belarusian"),
        }
        return {name: timed(fn, requests) for name, fn in cases.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=100000)
    ap.add_argument("--sqlite", help="SQLite file to build (or reuse when it exists).")
    ap.add_argument("--pg", help="An SQLAlchemy URL of an empty PostgreSQL database to fill too.")
    ap.add_argument("--requests", type=int, default=10)
    ap.add_argument("--json", help="Also write the figures here.")
    args = ap.parse_args()

    from bench_ledger import base_records

    tmp = tempfile.TemporaryDirectory(prefix="bench-store-")
    sqlite_path = Path(args.sqlite) if args.sqlite else Path(tmp.name) / "store.db"
    targets = {"sqlite": f"sqlite:///{sqlite_path.resolve()}"}
    if args.pg:
        targets["postgresql"] = args.pg
    base, per_report = None, None
    out: dict = {"reports": args.reports}
    for name, url in targets.items():
        row: dict = {}
        if not (name == "sqlite" and sqlite_path.exists()):
            if base is None:
                base, per_report = base_records()
                out["analysis_s_per_report"] = round(per_report, 4)
                out["analysis_hours_extrapolated_one_core"] = round(per_report * args.reports / 3600, 2)
            print(f"{name}: storing {args.reports} reports", flush=True)
            row.update(fill(url, args.reports, base))
        row["bytes"] = size_of(url)
        row["queries"] = query_times(url, args.requests)
        out[name] = row
        print(json.dumps({name: row}, indent=1), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
