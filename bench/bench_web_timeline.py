"""Response times of the timeline and actor pages (and their queries) on a big store.

usage: python bench/bench_web_timeline.py [--reports 10000] [--store PATH] [--repeat 20]

The store is built the way bench_ledger.py builds its own (every report we have, analysed
once, cycled to N reports, each copy its own report with its own outlet, date, speakers and
figures), then the ledger is rebuilt. `--store PATH` keeps that SQLite file, and reuses it when
it exists already, so that a second run only measures.

Measured, each `--repeat` times (median and 95th percentile, milliseconds):
- `queries.timeline` for a few counted things, and the counted things offered by `/timeline`;
- `/timeline?q=...` (the inline SVG chart and the table), `/timeline.json`, `/timeline.svg`;
- `/actors`, `/actors?search=...`, the biggest actor's page and its JSON twin.
Pages go through FastAPI's TestClient: the whole app, without a network in between.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

QUERIES = ["Belarusian troops", "Russian frigates", "dead", "refugees", "personnel"]


def build(path: Path, n: int) -> dict:
    from bench_ledger import base_records, variant

    from claimledger.store.db import Store
    from claimledger.store.ledger import rebuild

    base, _ = base_records()
    rng = random.Random(n)
    with Store(f"sqlite:///{path}") as store:
        t = time.perf_counter()
        for k in range(n):
            doc, rec = base[k % len(base)]
            d, r = variant(doc, rec, k, rng)
            store.add(d.raw_input(), d, r, "bench")
        stored = time.perf_counter() - t
        t = time.perf_counter()
        stats = rebuild(store)
        return {
            "store_seconds": round(stored, 1),
            "ledger_seconds": round(time.perf_counter() - t, 1),
            "claims": stats.claims,
            "speakers": stats.speakers,
        }


def timed(fn, repeat: int) -> dict:
    fn()  # warm: templates compiled, pages of the file cached
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=10000)
    ap.add_argument("--store", help="Keep the SQLite store here (reused when it exists).")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--json", help="Also write the figures here.")
    args = ap.parse_args()

    import tempfile

    from fastapi.testclient import TestClient

    from claimledger.store import actors, queries
    from claimledger.store.db import Store
    from claimledger.web.app import create_app

    tmp = None
    if args.store:
        path = Path(args.store)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="bench-web-timeline-")
        path = Path(tmp.name) / "store.db"
    out: dict = {"reports": args.reports}
    if not path.exists():
        out["build"] = build(path, args.reports)
        print(json.dumps(out["build"]))
    url = f"sqlite:///{path}"
    rows: dict = {}
    with Store(url) as store:
        for q in QUERIES:
            n = len(queries.timeline(store, q))
            rows[f"queries.timeline({q!r}) [{n} points]"] = timed(
                lambda q=q: queries.timeline(store, q), args.repeat
            )
        rows["queries.counted_things"] = timed(lambda: queries.counted_things(store), args.repeat)
        rows["actors.list_actors"] = timed(lambda: actors.list_actors(store), args.repeat)
        top = actors.list_actors(store, limit=1)
        code = top[0]["code"] if top else "UKR GOV"
        rows[f"actors.get_actor({code!r})"] = timed(lambda: actors.get_actor(store, code), args.repeat)
    from urllib.parse import quote

    with TestClient(create_app(url)) as client:
        pages = [f"/timeline?q={quote(q)}" for q in QUERIES[:2]]
        pages += [
            f"/timeline.json?q={quote(QUERIES[0])}",
            f"/timeline.svg?q={quote(QUERIES[0])}",
            "/timeline",
        ]
        pages += ["/actors", "/actors.json", "/actors?search=gov", f"/actors/{quote(code, safe='')}"]
        pages += [f"/actors/{quote(code, safe='')}.json"]
        for page in pages:
            status = client.get(page).status_code
            rows[f"GET {page} [{status}]"] = timed(lambda page=page: client.get(page), args.repeat)
    out["times"] = rows
    for k, v in rows.items():
        print(f"{v['median_ms']:9.1f} {v['p95_ms']:9.1f}  {k}")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
