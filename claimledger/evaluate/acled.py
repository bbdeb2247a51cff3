"""`claimledger eval acled GOLD`: the ACLED sub-type of short news snippets.

A gold row is `{"id", "text", "published", "split", "acled_type", "acled_subtype"}`: one snippet
of one to four sentences and the ACLED event type and sub-type of the event it reports (names as
in the ACLED codebook, docs/record.md). The prediction is the sub-type of the FIRST event of the
record that has one, "none" when no event has one; its ACLED type is taken from the same event.
Reported: accuracy and weighted F1 over sub-types (each sub-type's F1 weighted by its gold
support), ACLED type accuracy, and a per-sub-type table.
"""

from __future__ import annotations

import json
from collections import Counter

from claimledger.evaluate.events import with_events
from claimledger.evaluate.scoring import load_gold as _load_jsonl
from claimledger.ingest.document import Document

NONE = "none"


def load_gold(path: str, split: str | None = None) -> list[dict]:
    """Gold rows (JSON Lines); `split` None or "all" keeps every one. A row without the fields
    the task needs is refused with its id."""
    items = _load_jsonl(path, split)
    for it in items:
        for key in ("id", "text", "acled_subtype"):
            if key not in it:
                raise ValueError(f"{path}: row {it.get('id', '?')} has no {key!r}")
    return items


def predict(record: dict) -> tuple[str, str]:
    """(acled_type, acled_subtype) of the first event that has a sub-type, else ("none", "none")."""
    for ev in record.get("events") or []:
        if ev.get("acled_subtype"):
            return ev.get("acled_type") or NONE, ev["acled_subtype"]
    return NONE, NONE


def weighted_f1(pairs: list[tuple[str, str]]) -> tuple[float, dict[str, dict]]:
    """Weighted F1 over the gold labels of (gold, predicted) pairs, and the per-label table."""
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs})
    table: dict[str, dict] = {}
    support = Counter(g for g, _ in pairs)
    total = sum(support.values())
    wf1 = 0.0
    for lab in labels:
        tp = sum(g == lab and p == lab for g, p in pairs)
        fp = sum(g != lab and p == lab for g, p in pairs)
        fn = sum(g == lab and p != lab for g, p in pairs)
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        table[lab] = {
            "precision": round(pr, 4),
            "recall": round(rc, 4),
            "f1": round(f1, 4),
            "support": support[lab],
            "predicted": tp + fp,
        }
        if total:
            wf1 += f1 * support[lab] / total
    return round(wf1, 4), table


def evaluate(items: list[dict], analyser) -> dict:
    analyser = with_events(analyser)
    docs = [
        Document(id=it["id"], text=it["text"], published=it.get("published"), language="en") for it in items
    ]
    sub_pairs, type_ok, errors = [], 0, []
    confusion: Counter = Counter()
    for it, rec in zip(items, analyser.analyse_many(docs), strict=True):
        gold_sub = it.get("acled_subtype") or NONE
        gold_type = it.get("acled_type") or NONE
        ptype, psub = predict(rec)
        sub_pairs.append((gold_sub, psub))
        type_ok += ptype == gold_type
        if psub != gold_sub:
            confusion[(gold_sub, psub)] += 1
            errors.append(
                {
                    "id": it["id"],
                    "want": gold_sub,
                    "got": psub,
                    "events": [
                        f"{e['type']}:{e['trigger']['text']}:{e.get('acled_subtype')}"
                        for e in rec.get("events") or []
                    ],
                    "text": it["text"][:160],
                }
            )
    n = len(items)
    wf1, table = weighted_f1(sub_pairs)
    return {
        "snippets": n,
        "subtype_accuracy": round(sum(g == p for g, p in sub_pairs) / n, 4) if n else None,
        "subtype_weighted_f1": wf1,
        "type_accuracy": round(type_ok / n, 4) if n else None,
        "by_subtype": table,
        "confusion": {f"{a} -> {b}": k for (a, b), k in confusion.most_common()},
        "errors": errors,
    }


def format_report(r: dict, show_errors: int = 0) -> str:
    lines = [
        f"{r['snippets']} snippets",
        f"sub-type accuracy     {r['subtype_accuracy']}",
        f"sub-type weighted F1  {r['subtype_weighted_f1']}",
        f"ACLED type accuracy   {r['type_accuracy']}",
        "",
        f"{'sub-type':38s} {'P':>6s} {'R':>6s} {'F1':>6s} {'gold':>5s} {'pred':>5s}",
    ]
    for lab, d in r["by_subtype"].items():
        lines.append(
            f"{lab[:38]:38s} {d['precision']:6.3f} {d['recall']:6.3f} {d['f1']:6.3f} "
            f"{d['support']:5d} {d['predicted']:5d}"
        )
    if r["confusion"]:
        lines.append("")
        lines.append("confusions: " + "; ".join(f"{k} {v}" for k, v in r["confusion"].items()))
    if show_errors:
        lines.append("")
        lines.append(f"errors (first {show_errors} of {len(r['errors'])}):")
        for e in r["errors"][:show_errors]:
            lines.append("  " + json.dumps(e, ensure_ascii=False))
    return "\n".join(lines)
