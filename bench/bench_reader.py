"""How long the report reader takes to mark up one long report, and how big the page body gets.

usage: python bench/bench_reader.py [--chars 200000] [--repeat 5]

The example reports (examples/) are analysed for real, then laid end to end (each record's
spans shifted by its place) until the text holds `--chars` characters: one long report with
every layer as dense as in real reporting. `claimledger.web.highlight.reader` renders it with
the report page's caps, `--repeat` times; the figures are the median and the slowest time, the
items per layer and the size of the rendered text.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LISTS = ("statements", "places", "actors", "times", "quantities", "events")


def _shift(value, by: int):
    """A copy of a record part with every span moved `by` characters on."""
    if isinstance(value, list):
        return [_shift(v, by) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: _shift(v, by) for k, v in value.items()}
    if isinstance(out.get("start"), int) and isinstance(out.get("end"), int) and "text" in value:
        out["start"] += by
        out["end"] += by
    return out


def long_record(chars: int) -> dict:
    from claimledger.analyse.pipeline import Analyser
    from claimledger.ingest.document import IngestError
    from claimledger.ingest.documents import iter_documents

    docs = [d for d in iter_documents([str(ROOT / "examples")]) if not isinstance(d, IngestError)]
    records = [rec for rec, err in Analyser().analyse_each(docs) if err is None]
    big: dict = {"text": "", "title": None, **{k: [] for k in LISTS}}
    parts: list[str] = []
    at = 0
    k = 0
    while at < chars:
        rec = records[k % len(records)]
        for name in LISTS:
            for x in _shift(rec[name], at):
                if name == "statements":
                    x["id"] = f"s{len(big[name]) + 1}"
                big[name].append(x)
        parts.append(rec["text"] + "\n\n")
        at += len(rec["text"]) + 2
        k += 1
    big["text"] = "".join(parts)
    return big


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    from claimledger.web.highlight import MAX_LAYER_ITEMS, reader
    from claimledger.web.pages.reports import MAX_REPORT_STATEMENTS, MAX_TEXT_CHARS

    rec = long_record(args.chars)
    print(f"text {len(rec['text']):,} characters; " + ", ".join(f"{k} {len(rec[k])}" for k in LISTS))
    times = []
    view: dict = {}
    for _ in range(args.repeat):
        t = time.perf_counter()
        view = reader(
            rec, max_chars=MAX_TEXT_CHARS, max_statements=MAX_REPORT_STATEMENTS, max_items=MAX_LAYER_ITEMS
        )
        times.append(time.perf_counter() - t)
    items = {layer["key"]: layer["count"] for layer in view["layers"]}
    print(f"items marked: {sum(items.values()):,} ({', '.join(f'{k} {v}' for k, v in items.items())})")
    print(f"rendered text: {len(view['body']):,} characters")
    print(f"reader: median {statistics.median(times):.2f} s, slowest {max(times):.2f} s over {len(times)}")


if __name__ == "__main__":
    main()
