"""What the actor extractor costs next to spaCy's parse, on the same texts.

usage: python bench/bench_actors.py [--repeat 3] [--limit 100]

The corpus: the bundled examples (cleaned by ingest, HTML included, and the rows of
examples/reports.jsonl) and the texts of every gold set under tests/gold/, up to --limit texts.
Figures (best of --repeat runs, after one warm-up): nlp.pipe over the texts, and
`actors.extract` over the already parsed docs; the issue allows actors well under 8% of the
parse.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def texts(limit: int) -> list[str]:
    from claimledger.ingest.document import RawInput
    from claimledger.ingest.documents import to_document

    out = []
    for p in sorted((ROOT / "examples").glob("*")):
        if p.suffix in (".html", ".txt"):
            out.append(to_document(RawInput(str(p), str(p), p.read_bytes(), "html" if p.suffix == ".html" else "text")).text)
        elif p.suffix == ".jsonl":
            for line in p.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                kind = "html" if "html" in row and "text" not in row else "text"
                data = (row.get("text") or row.get("html") or "").encode()
                if data:
                    out.append(to_document(RawInput(row["id"], str(p), data, kind)).text)
    for gold in sorted((ROOT / "tests" / "gold").glob("*/gold.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    return out[:limit]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int, default=100)
    args = ap.parse_args()

    from claimledger.analyse import actors
    from claimledger.analyse.pipeline import Context, load_model
    from claimledger.ingest.document import Document
    from claimledger.record import new_record

    corpus = texts(args.limit)
    nlp = load_model()
    words = sum(len(t.split()) for t in corpus)
    docs = list(nlp.pipe(corpus))          # warm-up, and the docs the extractor runs on
    for d in docs:
        actors.extract(Context(None, d, new_record(Document(id="w", text=d.text))))
    parse, extract = [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(corpus))
        parse.append(time.perf_counter() - t0)
        ctxs = [Context(None, d, new_record(Document(id="b", text=d.text))) for d in docs]
        t0 = time.perf_counter()
        for c in ctxs:
            actors.extract(c)
        extract.append(time.perf_counter() - t0)
    p, e = min(parse), min(extract)
    n_actors = sum(len(c.record["actors"]) for c in ctxs)
    print(f"{len(corpus)} texts, {words} words, {n_actors} actor mentions")
    print(f"parse (nlp.pipe)  {p * 1000:8.1f} ms   {words / p:9.0f} words/s")
    print(f"actors.extract    {e * 1000:8.1f} ms   {words / e:9.0f} words/s")
    print(f"actors / parse    {100 * e / p:8.2f} %")


if __name__ == "__main__":
    main()
