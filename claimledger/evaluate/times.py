"""`claimledger eval times GOLD`: time expressions and their dates against a hand-annotated gold set.

A gold row is `{"id", "split", "published", "text", "times": [span + {from, to, kind}]}`.
Times are scored in two groups: dated times (everything but durations) and durations (kind
"duration", whose dates are null). For each group: span precision, recall and F1, exact and by
overlap (after trimming end punctuation). Dated times are then paired one-to-one by largest
overlap, and on those pairs we report how often (from, to) is exactly right and how often both
ends are within `tolerance` days (a null end only matches a null end). `accuracy` is end to end:
the share of gold dated times that were found with exactly the right dates.
"""

from __future__ import annotations

import json
from datetime import date

from claimledger.evaluate.scoring import PRF, match_spans, overlap_len, prf_table, trim
from claimledger.evaluate.scoring import load_gold as load_gold
from claimledger.ingest.document import Document

GROUPS = ("dated", "duration")


def _group(t: dict) -> str:
    return "duration" if t.get("kind") == "duration" else "dated"


def _close(a, b, tolerance: int) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= tolerance


def _pairs(text: str, gold: list[dict], pred: list[dict]) -> list[tuple[int, int | None]]:
    """Each gold index with the index of the unused prediction it overlaps most, or None."""
    used: set[int] = set()
    out = []
    for i, g in enumerate(gold):
        gs = trim(text, g["start"], g["end"])
        best, best_ov = None, 0
        for j, p in enumerate(pred):
            if j in used:
                continue
            ov = overlap_len(gs, trim(text, p["start"], p["end"]))
            if ov > best_ov:
                best, best_ov = j, ov
        if best is not None:
            used.add(best)
        out.append((i, best))
    return out


def evaluate(items: list[dict], analyser, tolerance: int = 3) -> dict:
    exact = {g: PRF() for g in GROUPS}
    loose = {g: PRF() for g in GROUPS}
    paired = dates_exact = dates_close = 0
    errors = []
    docs = [
        Document(id=it["id"], text=it["text"], published=it.get("published"), language="en") for it in items
    ]
    for it, rec in zip(items, analyser.analyse_many(docs), strict=True):
        text = it["text"]
        for grp in GROUPS:
            gold = [t for t in it["times"] if _group(t) == grp]
            pred = [t for t in rec["times"] if _group(t) == grp]
            g = [trim(text, t["start"], t["end"]) for t in gold]
            p = [trim(text, t["start"], t["end"]) for t in pred]
            exact[grp].add(*match_spans(p, g, overlap=False))
            loose[grp].add(*match_spans(p, g, overlap=True))
            pairs = _pairs(text, gold, pred)
            matched = {j for _, j in pairs if j is not None}
            for i, j in pairs:
                gt = gold[i]
                if j is None:
                    errors.append({"id": it["id"], "missed": gt["text"], "kind": grp})
                    continue
                if grp != "dated":
                    continue
                pt = pred[j]
                paired += 1
                ok = pt["from"] == gt["from"] and pt["to"] == gt["to"]
                dates_exact += ok
                dates_close += _close(pt["from"], gt["from"], tolerance) and _close(
                    pt["to"], gt["to"], tolerance
                )
                if not ok:
                    errors.append(
                        {
                            "id": it["id"],
                            "text": pt["text"],
                            "got": [pt["from"], pt["to"]],
                            "want": [gt["from"], gt["to"]],
                        }
                    )
            for j, pt in enumerate(pred):
                if j not in matched:
                    errors.append({"id": it["id"], "spurious": pt["text"], "kind": grp})
    gold_dated = sum(1 for it in items for t in it["times"] if _group(t) == "dated")

    def rate(n, d):
        return round(n / d, 4) if d else 0.0

    return {
        "reports": len(items),
        "gold_times": sum(len(it["times"]) for it in items),
        "gold_dated": gold_dated,
        "tolerance_days": tolerance,
        "exact": {g: exact[g].as_dict() for g in GROUPS},
        "overlap": {g: loose[g].as_dict() for g in GROUPS},
        "paired": paired,
        "dates_exact": rate(dates_exact, paired),
        "dates_within_tolerance": rate(dates_close, paired),
        "accuracy": rate(dates_exact, gold_dated),
        "errors": errors,
    }


def format_report(r: dict, show_errors: int = 0) -> str:
    lines = [
        f"{r['reports']} reports, {r['gold_times']} gold times ({r['gold_dated']} dated), "
        f"{r['paired']} dated times paired"
    ]
    lines += prf_table(r["exact"], r["overlap"], GROUPS)
    lines.append(
        f"dates on paired times: exact {r['dates_exact']:.3f}, "
        f"within {r['tolerance_days']} days {r['dates_within_tolerance']:.3f}"
    )
    lines.append(f"accuracy (gold dated times found with exact dates) {r['accuracy']:.3f}")
    for e in r["errors"][:show_errors]:
        lines.append("  " + json.dumps(e, ensure_ascii=False))
    return "\n".join(lines)
