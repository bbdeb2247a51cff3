"""What the events extractor costs next to spaCy's parse, and what the whole analysis costs.

usage: python bench/bench_events.py [--reports 200] [--repeat 3]

The corpus is the bundled examples (plain text and reports.jsonl), every gold set's texts and
the seed report when shared/ is beside the repository, cycled to --reports texts. Figures:
- parse_s: nlp.pipe over the texts (the floor any analysis pays);
- extractors_s: the default extractors (places, actors, times, quantities, attribution) over
  the parsed docs, which events needs first (run once, outside the timing of events);
- events_s: events.extract over the same docs, best of --repeat;
- events_share_of_parse: events_s / parse_s (the budget is 5%);
- full_vs_parse_speed: parse_s / (parse_s + extractors_s + events_s), the share of spaCy's
  parse-only speed the full analysis keeps (the budget is 60% or more).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def texts(n: int) -> list[str]:
    out = []
    ex = ROOT / "examples"
    out += [p.read_text(encoding="utf-8") for p in sorted(ex.glob("*.txt"))]
    if (ex / "reports.jsonl").exists():
        lines = (ex / "reports.jsonl").read_text(encoding="utf-8").splitlines()
        out += [json.loads(line).get("text") or "" for line in lines if line.strip()]
    for gold in sorted((ROOT / "tests" / "gold").glob("*/gold.jsonl")):
        out += [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    seed = ROOT.parent / "shared" / "seeds"
    out += [p.read_text(encoding="utf-8") for p in sorted(seed.glob("*.txt"))] if seed.exists() else []
    out = [x for x in out if x.strip()]
    return [out[k % len(out)] for k in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from claimledger.analyse import events
    from claimledger.analyse.pipeline import Context, default_extractors, load_model
    from claimledger.ingest.document import Document
    from claimledger.record import new_record

    t = time.perf_counter()
    events.lexicon()
    load = time.perf_counter() - t
    nlp = load_model()
    corpus = texts(args.reports)
    words = sum(len(x.split()) for x in corpus)
    list(nlp.pipe(corpus[:4]))   # warm up
    t = time.perf_counter()
    docs = list(nlp.pipe(corpus))
    parse = time.perf_counter() - t
    ctxs = []
    extractors = [e for e in default_extractors() if getattr(e, "__module__", "") != events.__name__]
    t = time.perf_counter()
    for k, (text, doc) in enumerate(zip(corpus, docs)):
        d = Document(id=str(k), text=text, published="2025-01-15", language="en")
        ctx = Context(d, doc, new_record(d))
        for extract in extractors:
            extract(ctx)
        ctxs.append(ctx)
    others = time.perf_counter() - t
    best = None
    n_events = 0
    for _ in range(args.repeat):
        t = time.perf_counter()
        for ctx in ctxs:
            events.extract(ctx)
        took = time.perf_counter() - t
        best = took if best is None else min(best, took)
        n_events = sum(len(c.record["events"]) for c in ctxs)
    print(json.dumps({
        "reports": len(corpus), "words": words, "events": n_events,
        "lexicon_load_s": round(load, 4), "parse_s": round(parse, 3), "extractors_s": round(others, 3),
        "events_s": round(best, 4), "events_ms_per_report": round(1000 * best / len(corpus), 3),
        "events_share_of_parse": round(best / parse, 4),
        "full_vs_parse_speed": round(parse / (parse + others + best), 3),
    }, indent=2))


if __name__ == "__main__":
    main()
