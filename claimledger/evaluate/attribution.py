"""`claimledger eval attribution GOLD`: statements against a hand-annotated gold set.

Spans are compared exactly and by overlap, after trimming quote marks and end punctuation
on both sides. Statements are paired by the largest content overlap; on those pairs we
report speaker-resolution, kind and stance accuracy. A statement whose content comes in
pieces (`content_parts`: a quotation split by "he said") is scored as one statement per
piece, with the same speaker and cue, when the gold annotates it so (one of its pieces is a
gold content), else as one statement: the two conventions carry the same information.
"""

from __future__ import annotations

import json

from claimledger.evaluate.scoring import PRF, match_spans, overlap_len, prf_table, trim
from claimledger.evaluate.scoring import load_gold as load_gold
from claimledger.ingest.document import Document

PARTS = ("speaker", "cue", "content")


def expand_parts(statements: list[dict], text: str = "", gold: list[dict] | None = None) -> list[dict]:
    """A statement whose content comes in pieces, as one statement per piece when the gold
    annotates it that way (a piece is a gold content), else as one statement."""
    wanted = {trim(text, g["content"]["start"], g["content"]["end"]) for g in gold or ()}
    out = []
    for s in statements:
        parts = s.get("content_parts") or []
        pieces = [trim(text, p["start"], p["end"]) for p in parts] if text else []
        if len(parts) < 2 or (gold is not None and not wanted & set(pieces)):
            out.append(s)
            continue
        out.extend({**s, "content": part} for part in parts)
    return out


def _spans(text, statements, part):
    out = []
    for s in statements:
        sp = s.get(part)
        if sp and sp["end"] > sp["start"]:  # an empty span ("is said to": no one named) is no mention
            out.append(trim(text, sp["start"], sp["end"]))
    return out


def _norm_name(n):
    return " ".join((n or "").lower().replace("\u2019", "'").split()) or None


def evaluate(items: list[dict], analyser) -> dict:
    exact = {p: PRF() for p in PARTS}
    loose = {p: PRF() for p in PARTS}
    pairs = resolved_ok = kind_ok = stance_ok = 0
    errors = []
    docs = [
        Document(id=it["id"], text=it["text"], published=it.get("published"), language="en") for it in items
    ]
    for it, rec in zip(items, analyser.analyse_many(docs), strict=True):
        text = it["text"]
        gold = it["statements"]
        pred = expand_parts(rec["statements"], text, gold)
        for part in PARTS:
            g, p = _spans(text, gold, part), _spans(text, pred, part)
            exact[part].add(*match_spans(p, g, overlap=False))
            loose[part].add(*match_spans(p, g, overlap=True))
        used = set()
        for gs in gold:
            gc = trim(text, gs["content"]["start"], gs["content"]["end"])
            best, best_ov = None, 0
            for j, ps in enumerate(pred):
                if j in used:
                    continue
                ov = overlap_len(gc, trim(text, ps["content"]["start"], ps["content"]["end"]))
                if ov > best_ov:
                    best, best_ov = j, ov
            if best is None:
                errors.append({"id": it["id"], "missed": gs["content"]["text"][:80]})
                continue
            used.add(best)
            ps = pred[best]
            pairs += 1
            want = _norm_name(gs["speaker"].get("name")) or _norm_name(gs["speaker"]["text"])
            got = _norm_name(ps["speaker"].get("name")) or _norm_name(ps["speaker"]["text"])
            if want == got or (want and got and (want in got or got in want)):
                resolved_ok += 1
            else:
                errors.append({"id": it["id"], "speaker": got, "want": want})
            kind_ok += ps["kind"] == gs["kind"]
            stance_ok += ps["stance"] == gs["stance"]
        for j, ps in enumerate(pred):
            if j not in used:
                errors.append({"id": it["id"], "spurious": ps["content"]["text"][:80]})

    def acc(n):
        return round(n / pairs, 4) if pairs else 0.0

    return {
        "reports": len(items),
        "gold_statements": sum(len(i["statements"]) for i in items),
        "exact": {p: exact[p].as_dict() for p in PARTS},
        "overlap": {p: loose[p].as_dict() for p in PARTS},
        "paired": pairs,
        "speaker_resolution_accuracy": acc(resolved_ok),
        "kind_accuracy": acc(kind_ok),
        "stance_accuracy": acc(stance_ok),
        "errors": errors,
    }


def format_report(r: dict, show_errors: int = 0) -> str:
    lines = [f"{r['reports']} reports, {r['gold_statements']} gold statements, {r['paired']} paired"]
    lines += prf_table(r["exact"], r["overlap"], PARTS)
    lines.append(
        f"speaker resolution accuracy {r['speaker_resolution_accuracy']:.3f}, "
        f"kind accuracy {r['kind_accuracy']:.3f}, stance accuracy {r['stance_accuracy']:.3f}"
    )
    for e in r["errors"][:show_errors]:
        lines.append("  " + json.dumps(e, ensure_ascii=False))
    return "\n".join(lines)
