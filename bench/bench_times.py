"""What the times extractor costs next to spaCy's parse, on the same texts.

usage: python bench/bench_times.py [--repeat 5]

Texts: every `text` in tests/gold/**/*.jsonl plus the bundled examples (cleaned by ingest).
Parse: nlp.pipe over all texts (the model the analyser loads). Times: `times.extract` over the
already parsed docs, `repeat` times, best run. Prints both and the ratio.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def texts() -> list[tuple[str, str | None]]:
    from claimledger.ingest.document import IngestError
    from claimledger.ingest.documents import to_document
    from claimledger.ingest.sources import iter_inputs

    out = []
    for path in sorted(ROOT.glob("tests/gold/**/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append((row["text"], row.get("published") or "2025-03-14"))
    for raw in iter_inputs([str(ROOT / "examples")]):
        if not isinstance(raw, IngestError):
            d = to_document(raw)
            out.append((d.text, d.published or "2025-03-14"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    from claimledger.analyse import times
    from claimledger.analyse.pipeline import Context, load_model
    from claimledger.ingest.document import Document

    corpus = texts()
    nlp = load_model()
    list(nlp.pipe([t for t, _ in corpus[:20]]))          # warm up
    t0 = time.perf_counter()
    docs = list(nlp.pipe([t for t, _ in corpus]))
    parse = time.perf_counter() - t0

    ctxs = [Context(Document(id=str(i), text=t, published=p, language="en"), doc, {"published": p})
            for i, ((t, p), doc) in enumerate(zip(corpus, docs))]
    runs = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for ctx in ctxs:
            times.extract(ctx)
        runs.append(time.perf_counter() - t0)
    ours = min(runs)
    chars = sum(len(t) for t, _ in corpus)
    found = sum(len(c.record["times"]) for c in ctxs)
    print(f"{len(corpus)} texts, {chars} characters, {found} times found")
    print(f"spaCy parse (nlp.pipe): {parse * 1000:9.1f} ms")
    print(f"times.extract:          {ours * 1000:9.1f} ms  (best of {args.repeat})")
    print(f"times / parse:          {100 * ours / parse:9.2f} %")


if __name__ == "__main__":
    main()
