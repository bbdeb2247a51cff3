"""What the places extractor costs next to spaCy's parse, and what loading the gazetteer costs.

usage: python bench/bench_places.py [--reports 100] [--repeat 3]

The corpus is the bundled examples (plain text and reports.jsonl), the places and attribution
gold sets and the seed report when shared/ is beside the repository, cycled to --reports
texts. Figures: gazetteer load (first call, cold), parse (nlp.pipe over the texts), places
(places.extract over the parsed docs, best of --repeat) and places as a share of parse.
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
        out += [json.loads(line).get("text") or "" for line in (ex / "reports.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for gold in ("places", "attribution"):
        f = ROOT / "tests" / "gold" / gold / "gold.jsonl"
        if f.exists():
            out += [json.loads(line)["text"] for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    seed = ROOT.parent / "shared" / "seeds"
    out += [p.read_text(encoding="utf-8") for p in sorted(seed.glob("*.txt"))] if seed.exists() else []
    out = [x for x in out if x.strip()]
    return [out[k % len(out)] for k in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from claimledger.analyse import places
    from claimledger.analyse.pipeline import Context, load_model
    from claimledger.resources.gazetteer import gazetteer

    t = time.perf_counter()
    g = gazetteer()
    load = time.perf_counter() - t
    nlp = load_model()
    corpus = texts(args.reports)
    words = sum(len(x.split()) for x in corpus)
    list(nlp.pipe(corpus[:4]))   # warm up
    t = time.perf_counter()
    docs = list(nlp.pipe(corpus))
    parse = time.perf_counter() - t
    best = None
    for _ in range(args.repeat):
        t = time.perf_counter()
        for d in docs:
            places.extract(Context(None, d, {"places": []}))
        took = time.perf_counter() - t
        best = took if best is None else min(best, took)
    print(json.dumps({
        "reports": len(corpus), "words": words, "gazetteer_rows": len(g),
        "gazetteer_load_s": round(load, 3), "parse_s": round(parse, 3), "places_s": round(best, 4),
        "places_share_of_parse": round(best / parse, 4),
    }, indent=2))


if __name__ == "__main__":
    main()
