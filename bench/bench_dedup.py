"""Cost of storing reports with near-duplicate checking, as the store grows.

usage: python bench/bench_dedup.py [--reports 1000 10000] [--db URL] [--json OUT]

Reports are made here from a pool of sentences written for this benchmark, recombined so that
every story is its own text; one report in five is a near copy of an earlier one (another
outlet's intro line and footer, one sentence changed), as wire stories are. They are stored
through `Store.add` with an empty record (no analysis: this measures the store and the
near-duplicate decision only) in a fresh SQLite file, or in the database given with --db
(PostgreSQL: an empty database; it is not cleaned up).

Figures per size N: seconds to store all N, ms per report over the first and the last tenth
(does the cost grow with the store?), near copies found of those planted, and the growth of
the process's peak resident memory while storing.

To compare with the in-memory index this replaced, run this file with a Python whose
`claimledger` is a checkout from before it (e.g. a venv with that checkout on its path): the
script only uses Store.add and the statuses it returns, which both have.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

SUBJECTS = [
    "The regional governor", "A spokesman for the defence ministry", "Local officials",
    "The head of the district council", "A senior police officer", "The port authority",
    "Aid workers in the area", "The state emergency service", "A military analyst",
    "Residents of the town", "The foreign minister", "An army commander",
]  # fmt: skip
VERBS = ["said", "told reporters", "confirmed", "denied", "warned", "claimed", "stated"]
CLAUSES = [
    "that the bridge over the river had been repaired overnight",
    "that shelling had damaged two schools and a clinic",
    "that convoys of grain would resume on Monday",
    "that power had been restored to most of the city",
    "that troops had pulled back from the northern villages",
    "that a drone had struck a fuel depot near the border",
    "that the evacuation of the old quarter was complete",
    "that talks on a local ceasefire would continue next week",
    "that the airport would stay closed until further notice",
    "that casualty figures were likely to rise",
    "that divers had cleared mines from the harbour approach",
    "that rail traffic to the capital had been suspended",
    "that hospitals were short of blood and fuel",
    "that three villages had been without water for a week",
    "that the curfew would be lifted at the weekend",
]  # fmt: skip
PLACES = ["Orlivka", "Dravena", "Selva", "Kamensk", "Briva", "Talny", "Ostrov", "Mirna", "Lesko"]


def story(rng: random.Random, k: int) -> str:
    place = rng.choice(PLACES)
    lines = [f"Report {k} from {place}"]
    for _ in range(rng.randint(8, 14)):
        lines.append(
            f"{rng.choice(SUBJECTS)} in {rng.choice(PLACES)} {rng.choice(VERBS)} "
            f"{rng.choice(CLAUSES)}, {rng.randint(2, 900)} people were affected on day {rng.randint(1, 400)}."
        )
    return "\n\n".join(lines)


def near_copy(text: str, rng: random.Random, k: int) -> str:
    paragraphs = text.split("\n\n")
    i = rng.randrange(1, len(paragraphs))
    paragraphs[i] = f"{rng.choice(SUBJECTS)} declined to comment on day {k}."
    return (
        f"(Outlet {k % 37}) - Our correspondent reports.\n\n"
        + "\n\n".join(paragraphs)
        + f"\n\nAdditional reporting by the Outlet {k % 37} newsroom."
    )


def reports(n: int, seed: int = 1):
    from claimledger.ingest.document import Document, RawInput
    from claimledger.record import new_record

    rng = random.Random(seed)
    texts: list[str] = []
    for k in range(n):
        planted = bool(texts) and rng.random() < 0.2
        text = near_copy(rng.choice(texts), rng, k) if planted else story(rng, k)
        texts.append(text)
        raw = RawInput(id=f"bench-{k}", source=f"bench/{k}.txt", data=text.encode(), kind="text", meta={})
        doc = Document(
            id=raw.id,
            text=text,
            title=text.split("\n", 1)[0],
            outlet=f"Outlet {k % 37}",
            language="en",
            raw=raw.data,
            raw_kind="text",
            source=raw.source,
        )
        yield raw, doc, new_record(doc), planted


def run(n: int, url: str | None) -> dict:
    from claimledger.store.db import Store

    with tempfile.TemporaryDirectory(prefix="bench-dedup-") as tmp:
        with Store(url or f"sqlite:///{tmp}/dedup.db") as store:
            rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            times = []
            planted = found = 0
            t0 = time.perf_counter()
            for raw, doc, record, is_copy in reports(n):
                t = time.perf_counter()
                res = store.add(raw, doc, record, "bench")
                times.append(time.perf_counter() - t)
                planted += is_copy
                found += res.status == "near_duplicate"
            total = time.perf_counter() - t0
            rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            backend = store.dialect
    tenth = max(1, n // 10)
    return {
        "reports": n,
        "backend": backend,
        "store_seconds": round(total, 1),
        "ms_per_report_first_tenth": round(1000 * sum(times[:tenth]) / tenth, 2),
        "ms_per_report_last_tenth": round(1000 * sum(times[-tenth:]) / tenth, 2),
        "near_copies_planted": planted,
        "near_duplicates_found": found,
        "peak_rss_growth_mb": round((rss_after - rss_before) / 1024, 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--db", help="An empty database to store into (default: a fresh SQLite file).")
    ap.add_argument("--json", help="Also write the figures here.")
    args = ap.parse_args()
    import claimledger

    print(f"claimledger from {Path(claimledger.__file__).parent}")
    rows = []
    for n in args.reports:
        if args.db and rows:
            print("--db holds one run only: stopping after the first size", file=sys.stderr)
            break
        row = run(n, args.db)
        rows.append(row)
        print(json.dumps(row), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
