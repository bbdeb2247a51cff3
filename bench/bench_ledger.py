"""Cost of the ledger build next to the analysis of the same reports, and of the update after
a batch next to a full rebuild.

usage: python bench/bench_ledger.py [--reports 1000 10000] [--batch 100] [--json OUT]

The base corpus is the reports we may use (the bundled examples, the ledger gold stories' dev
texts, the ledger test story), analysed once here and timed: that gives the analysis time per
report.
Then, for each size N, the analysed records are cycled to N reports, each copy made a report of
its own the way a large archive is: its own id, outlet, URL and date, its speakers renamed,
its figures scaled, so that claims, identities and timelines grow with N instead of collapsing
into the base set. They are stored in a fresh SQLite file through `Store.add` (as ingest does),
and the ledger is rebuilt from the store (`store.ledger.rebuild`: read every record, build,
write), timed; then rebuilt again under tracemalloc for its peak memory (not timed: tracing
slows Python several times). Then a batch of `--batch` new reports (further copies) is stored
and the ledger updated as ingest does (`store.ledger.update`: only the batch's records read,
the build over every kept item, only changed rows written), timed; and a second batch under
tracemalloc for the update's peak memory.

Figures: analysis s/report (measured) and extrapolated to N; ledger rebuild seconds at N; the
ratio rebuild / analysis; rebuild peak memory; update seconds and peak memory for one batch,
with the rows it wrote; time ratio between the sizes.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SURNAMES = [
    "Adeyemi", "Barros", "Castellanos", "Dimitrov", "Eriksen", "Farouk", "Grabowski", "Haddad",
    "Ibrahimovic", "Jovanovic", "Kowalski", "Lindqvist", "Mbeki", "Nakamura", "Okonkwo",
    "Petrenko", "Quispe", "Rahimi", "Sandoval", "Tanaka", "Ueda", "Varga", "Wojcik", "Xavier",
    "Yilmaz", "Zielinski",
]  # fmt: skip


def base_records() -> tuple[list[dict], float]:
    """Every report we have, analysed; with the seconds of analysis per report."""
    from claimledger.analyse.pipeline import Analyser
    from claimledger.ingest.document import IngestError
    from claimledger.ingest.documents import iter_documents

    sources = [str(ROOT / "examples"), str(ROOT / "tests" / "fixtures" / "ledger_story.jsonl")]
    # Only the dev stories: the blind ones are never read outside their evaluation.
    sources += [str(p) for p in sorted((ROOT / "tests" / "gold" / "ledger" / "dev").glob("*/reports.jsonl"))]
    docs = [d for d in iter_documents(sources) if not isinstance(d, IngestError)]
    analyser = Analyser()
    analyser.analyse(docs[0])  # warm up
    t = time.perf_counter()
    records = [rec for rec, err in analyser.analyse_each(docs) if err is None]
    per_report = (time.perf_counter() - t) / len(docs)
    return [(d, r) for d, r in zip(docs, records, strict=True)], per_report


def variant(doc, record: dict, k: int, rng: random.Random):
    """Copy k of a report: a different report from another outlet, with other people and
    other figures, as a big archive would hold."""
    from claimledger.ingest.document import Document

    rec = copy.deepcopy(record)
    story = k // 50  # fifty copies a story: outlets relaying one another
    rec["id"] = f"{record['id']}#{k}"
    rec["outlet"] = f"Outlet {k % 97}"
    rec["url"] = f"https://outlet{k % 97}.test/{k}"
    day = 1 + (story * 3 + k % 5) % 700
    rec["published"] = f"{2024 + day // 365}-{1 + (day % 365) // 31:02d}-{1 + (day % 365) % 28:02d}"
    surname = SURNAMES[story % len(SURNAMES)] + str(story // len(SURNAMES))
    scale = 1 + story % 13
    for st in rec.get("statements") or ():
        sp = st.get("speaker") or {}
        if sp.get("type") == "person" and sp.get("name"):
            sp["name"] = sp["name"].rsplit(" ", 1)[0] + " " + surname
    for q in rec.get("quantities") or ():
        for key in ("value", "low", "high", "total"):
            if isinstance(q.get(key), (int, float)):
                q[key] = q[key] * scale
    for ev in rec.get("events") or ():
        ev["date"] = None
    # Content words tell stories apart in text claims.
    for st in rec.get("statements") or ():
        c = st.get("content") or {}
        if c.get("text"):
            c["text"] = re.sub(r"^", f"story{story} ", c["text"])
    text = rec.get("text") or doc.text
    d = Document(
        id=rec["id"],
        text=text + f"\n\n(copy {k}, story {story}, {rng.random():.6f})",
        title=rec.get("title"),
        url=rec["url"],
        outlet=rec["outlet"],
        published=rec["published"],
        language="en",
        raw=text.encode(),
        raw_kind="text",
        source=rec["id"],
    )
    return d, rec


def run(n: int, base, per_report: float, batch: int) -> dict:
    from claimledger.store.db import Store
    from claimledger.store.ledger import rebuild, update

    rng = random.Random(n)
    with tempfile.TemporaryDirectory(prefix="bench-ledger-") as tmp:
        url = f"sqlite:///{tmp}/ledger.db"
        with Store(url) as store:
            t = time.perf_counter()
            for k in range(n):
                doc, rec = base[k % len(base)]
                d, r = variant(doc, rec, k, rng)
                store.add(d.raw_input(), d, r, "bench")
            stored = time.perf_counter() - t
            t = time.perf_counter()
            stats = rebuild(store)
            seconds = time.perf_counter() - t
            # Memory in a second rebuild: tracing slows Python down, so it is not timed.
            tracemalloc.start()
            rebuild(store)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()

            def add_batch(start: int) -> None:
                for k in range(start, start + batch):
                    doc, rec = base[k % len(base)]
                    d, r = variant(doc, rec, k, rng)
                    store.add(d.raw_input(), d, r, "bench")

            add_batch(n)
            t = time.perf_counter()
            upd = update(store)
            update_seconds = time.perf_counter() - t
            add_batch(n + batch)
            tracemalloc.start()
            update(store)
            _, update_peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
    analysis = per_report * n
    return {
        "reports": n,
        "store_seconds": round(stored, 1),
        "ledger_seconds": round(seconds, 2),
        "analysis_seconds_extrapolated": round(analysis, 1),
        "ledger_over_analysis": round(seconds / analysis, 4),
        "ledger_peak_mb": round(peak / 2**20, 1),
        "batch": batch,
        "update_seconds": round(update_seconds, 2),
        "update_over_rebuild": round(update_seconds / seconds, 3),
        "update_peak_mb": round(update_peak / 2**20, 1),
        "update_reread": upd.reread,
        "update_read_build_write_seconds": list(upd.seconds),
        "update_written": {
            "claims": upd.claims_written,
            "relations": upd.relations_written,
            "speakers": upd.speakers_written,
        },
        "statements": stats.statements,
        "claims": stats.claims,
        "relations": stats.relations,
        "speakers": stats.speakers,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--batch", type=int, default=100, help="New reports in the timed update.")
    ap.add_argument("--json", help="Also write the figures here.")
    args = ap.parse_args()
    base, per_report = base_records()
    print(f"base: {len(base)} reports analysed, {per_report * 1000:.1f} ms a report")
    rows = []
    for n in args.reports:
        row = run(n, base, per_report, args.batch)
        rows.append(row)
        print(json.dumps(row))
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        print(
            f"ledger time x{b['ledger_seconds'] / a['ledger_seconds']:.2f} "
            f"for x{b['reports'] / a['reports']:.1f} reports"
        )
    if args.json:
        Path(args.json).write_text(json.dumps({"per_report_s": per_report, "runs": rows}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
