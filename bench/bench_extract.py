"""Speed and memory of `extract` next to spaCy's own parse, on the same texts in one run.

usage: python bench/bench_extract.py [--reports 200] [--corpus articles|all] [--processes 1 2]
                                     [--repeat 2] [--json OUT]

The corpus is the bundled example reports (or, with --corpus all, those and every gold set's
short texts), cycled to --reports documents (each made distinct by its id, so nothing is cached). Figures:
- extract: clean + parse + every extractor, reports/s and words/s;
- parse only: nlp.pipe over the same clean texts (the floor any analysis pays);
- extractors only: the extractors over already parsed docs (what our rules cost);
- peak RSS of the process after each phase (resource.getrusage), in MB;
- the same extract with two worker processes, each loading the model once.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def corpus(n: int, kind: str = "articles"):
    """`articles`: the bundled example reports (full-length articles, HTML and text);
    `all`: those and every gold set's short texts."""
    from claimledger.ingest.document import RawInput

    raws = []
    for p in sorted((ROOT / "examples").glob("*")):
        if p.suffix in (".html", ".htm"):
            raws.append(RawInput(str(p), str(p), p.read_bytes(), "html"))
        elif p.suffix == ".txt":
            raws.append(RawInput(str(p), str(p), p.read_bytes(), "text"))
    for gold in sorted((ROOT / "tests" / "gold").glob("*/gold.jsonl")) if kind == "all" else []:
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                raws.append(RawInput(row["id"], str(gold), row["text"].encode(), "text"))
    if not raws:
        raise SystemExit("no texts found under examples/ or tests/gold/")
    out = []
    for i in range(n):
        r = raws[i % len(raws)]
        out.append(RawInput(f"{r.id}#{i}", r.source, r.data, r.kind))
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _worker(raws):
    """One worker process: load the model, then time the extract alone."""
    from claimledger.analyse.pipeline import Analyser
    from claimledger.ingest.documents import to_document

    t0 = time.perf_counter()
    a = Analyser()
    list(a.analyse_many([to_document(r, published="2025-03-01") for r in raws[:4]]))
    loaded = time.perf_counter()
    docs = [to_document(r, published="2025-03-01") for r in raws]
    n = sum(len(r["statements"]) for r in a.analyse_many(docs))
    return loaded - t0, time.perf_counter() - loaded, n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument("--processes", type=int, nargs="*", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=2, help="take the best of this many runs")
    ap.add_argument(
        "--corpus",
        choices=["articles", "all"],
        default="articles",
        help="articles: the example reports; all: those and every gold set's short texts",
    )
    ap.add_argument("--json", help="write the figures here too")
    args = ap.parse_args()

    from claimledger.analyse.context import name_of
    from claimledger.analyse.pipeline import Analyser, Context
    from claimledger.ingest.documents import to_document
    from claimledger.record import new_record

    raws = corpus(args.reports, args.corpus)
    t0 = time.perf_counter()
    analyser = Analyser()
    load_s = time.perf_counter() - t0
    mem_model = peak_mb()

    # warm-up so that the first batch's lazy initialisation is not timed
    list(analyser.analyse_many([to_document(r, published="2025-03-01") for r in raws[:4]]))

    t0 = time.perf_counter()
    docs = [to_document(r, published="2025-03-01") for r in raws]
    clean_s = time.perf_counter() - t0
    words = sum(len(d.text.split()) for d in docs)

    # Best of --repeat runs for each figure, parse and analysis interleaved, so that a busy
    # machine slows both alike.
    analyse_s = parse_s = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        records = list(analyser.analyse_many(docs))
        analyse_s = min(analyse_s, time.perf_counter() - t0)
        t0 = time.perf_counter()
        parsed = list(analyser.nlp.pipe([d.text for d in docs], batch_size=16))
        parse_s = min(parse_s, time.perf_counter() - t0)
    mem_extract = peak_mb()

    # each extractor in turn over every document, on contexts shared as in the pipeline, so that
    # attribution and events time their work on what the earlier extractors found
    timings = {}
    contexts = [Context(d, doc, new_record(d)) for d, doc in zip(docs, parsed, strict=True)]
    for extract in analyser.extractors:
        t0 = time.perf_counter()
        for ctx in contexts:
            extract(ctx)
        timings[name_of(extract)] = time.perf_counter() - t0
    extractors_s = sum(timings.values())

    fig = {
        "reports": len(docs),
        "words": words,
        "model_load_s": round(load_s, 2),
        "clean_s": round(clean_s, 3),
        "extract_reports_per_s": round(len(docs) / (clean_s + analyse_s), 1),
        "extract_words_per_s": round(words / (clean_s + analyse_s)),
        "analyse_words_per_s": round(words / analyse_s),
        "parse_only_words_per_s": round(words / parse_s),
        "parse_only_reports_per_s": round(len(docs) / parse_s, 1),
        "extract_vs_parse_speed": round((words / (clean_s + analyse_s)) / (words / parse_s), 3),
        "extractors_s": {k: round(v, 3) for k, v in timings.items()},
        "extractors_share_of_parse": round(extractors_s / parse_s, 3),
        "statements": sum(len(r["statements"]) for r in records),
        "peak_rss_mb_after_model_load": round(mem_model),
        "peak_rss_mb_after_extract": round(mem_extract),
    }
    for n in args.processes:
        if n < 2:
            continue
        chunks = [raws[i::n] for i in range(n)]
        t0 = time.perf_counter()
        with mp.get_context("spawn").Pool(n) as pool:
            results = pool.map(_worker, chunks)
        wall = time.perf_counter() - t0
        work = max(r[1] for r in results)  # the slower worker, model already loaded
        fig[f"extract_{n}proc_reports_per_s"] = round(len(raws) / work, 1)
        fig[f"extract_{n}proc_words_per_s"] = round(words / work)
        fig[f"extract_{n}proc_speedup_vs_1proc"] = round((len(raws) / work) / fig["extract_reports_per_s"], 2)
        fig[f"extract_{n}proc_wall_s_incl_model_load"] = round(wall, 2)
    for k, v in fig.items():
        print(f"{k:48} {v}")
    if args.json:
        Path(args.json).write_text(json.dumps(fig, indent=1))


if __name__ == "__main__":
    main()
