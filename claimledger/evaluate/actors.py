"""`claimledger eval actors GOLD`: actor mentions and their codes against a hand-annotated gold set.

Gold rows are JSON Lines: {"id", "text", "split", "published"?, "actors": [{"text", "start",
"end", "code", "type"}]} (tests/gold/actors/ has the team's set and its guide). Each gold
mention is paired with the predicted mention that overlaps it most (one to one); recognition
is precision/recall/F1 of those pairs (by overlap, and by exact span after trimming quote marks
and end punctuation). On the pairs we report how often the full code is right ("UKR MIL"),
the country part alone (its first three letters: "UKR", or "IGO" for an international body),
the sector part alone, and the type. "Coded" is the share of all gold mentions found with the
right full code: recall and code accuracy in one number.
"""

from __future__ import annotations

import json

from claimledger.evaluate.scoring import PRF, match_spans, overlap_len, trim
from claimledger.evaluate.scoring import load_gold as load_gold
from claimledger.ingest.document import Document
from claimledger.resources.actors import SECTORS


def _parts(code: str | None) -> tuple[str | None, str | None]:
    if not code:
        return None, None
    p = code.split()
    return p[0], (" ".join(p[1:]) or None)


def _country(code):
    first, _ = _parts(code)
    # A sector-only code ("MIL") names no country.
    return first if first and first not in _SECTOR_ONLY else None


def _sector(code):
    first, rest = _parts(code)
    if first in _SECTOR_ONLY:
        return first
    return rest


# A code whose first part is a sector names no country: the project's own sector list.
_SECTOR_ONLY = SECTORS


def pair(text: str, gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs, largest overlap first, one to one."""
    cands = []
    for i, g in enumerate(gold):
        gs = trim(text, g["start"], g["end"])
        for j, p in enumerate(pred):
            ov = overlap_len(gs, trim(text, p["start"], p["end"]))
            if ov > 0:
                cands.append((ov, -abs((p["end"] - p["start"]) - (g["end"] - g["start"])), i, j))
    cands.sort(reverse=True)
    used_g, used_p, pairs = set(), set(), []
    for _, _, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def evaluate(items: list[dict], analyser) -> dict:
    exact, loose = PRF(), PRF()
    n_pairs = code_ok = country_ok = sector_ok = type_ok = 0
    by_type: dict[str, list[int]] = {}
    errors = []
    docs = [
        Document(id=it["id"], text=it["text"], published=it.get("published"), language="en") for it in items
    ]
    for it, rec in zip(items, analyser.analyse_many(docs), strict=True):
        text = it["text"]
        gold, pred = it["actors"], rec["actors"]
        g_spans = [trim(text, g["start"], g["end"]) for g in gold]
        p_spans = [trim(text, p["start"], p["end"]) for p in pred]
        exact.add(*match_spans(p_spans, g_spans, overlap=False))
        pairs = pair(text, gold, pred)
        loose.add(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs))
        paired_g = {i for i, _ in pairs}
        paired_p = {j for _, j in pairs}
        for i, j in pairs:
            g, p = gold[i], pred[j]
            n_pairs += 1
            ok = (p.get("code") or None) == (g.get("code") or None)
            code_ok += ok
            country_ok += _country(p.get("code")) == _country(g.get("code"))
            sector_ok += _sector(p.get("code")) == _sector(g.get("code"))
            type_ok += (p.get("type") or None) == (g.get("type") or None)
            t = by_type.setdefault(g.get("type") or "?", [0, 0, 0])
            t[1] += 1
            t[2] += ok
            if not ok:
                errors.append(
                    {
                        "id": it["id"],
                        "mention": g["text"],
                        "want": g.get("code"),
                        "got": p.get("code"),
                        "predicted": p["text"],
                    }
                )
        for i, g in enumerate(gold):
            by_type.setdefault(g.get("type") or "?", [0, 0, 0])[0] += 1
            if i not in paired_g:
                errors.append({"id": it["id"], "missed": g["text"], "want": g.get("code")})
        for j, p in enumerate(pred):
            if j not in paired_p:
                errors.append({"id": it["id"], "spurious": p["text"], "got": p.get("code")})
    n_gold = sum(len(i["actors"]) for i in items)

    def acc(n):
        return round(n / n_pairs, 4) if n_pairs else 0.0

    return {
        "reports": len(items),
        "gold_actors": n_gold,
        "predicted_actors": loose.tp + loose.fp,
        "exact": exact.as_dict(),
        "overlap": loose.as_dict(),
        "paired": n_pairs,
        "code_accuracy": acc(code_ok),
        "country_accuracy": acc(country_ok),
        "sector_accuracy": acc(sector_ok),
        "type_accuracy": acc(type_ok),
        "coded": round(code_ok / n_gold, 4) if n_gold else 0.0,
        "by_type": {
            t: {"gold": v[0], "paired": v[1], "code_accuracy": round(v[2] / v[1], 4) if v[1] else 0.0}
            for t, v in sorted(by_type.items())
        },
        "errors": errors,
    }


def format_report(r: dict, show_errors: int = 0) -> str:
    e, o = r["exact"], r["overlap"]
    lines = [
        f"{r['reports']} reports, {r['gold_actors']} gold actors, {r['predicted_actors']} predicted, "
        f"{r['paired']} paired",
        f"{'':12}{'P':>7}{'R':>7}{'F1':>7}",
        f"{'exact span':12}{e['precision']:7.3f}{e['recall']:7.3f}{e['f1']:7.3f}",
        f"{'overlap':12}{o['precision']:7.3f}{o['recall']:7.3f}{o['f1']:7.3f}",
        f"on paired mentions: code accuracy {r['code_accuracy']:.3f}, country accuracy "
        f"{r['country_accuracy']:.3f}, sector accuracy {r['sector_accuracy']:.3f}, type accuracy "
        f"{r['type_accuracy']:.3f}",
        f"coded (right code / all gold actors) {r['coded']:.3f}",
    ]
    for t, v in r["by_type"].items():
        lines.append(
            f"  {t:14} gold {v['gold']:4}  paired {v['paired']:4}  code accuracy {v['code_accuracy']:.3f}"
        )
    for err in r["errors"][:show_errors]:
        lines.append("  " + json.dumps(err, ensure_ascii=False))
    return "\n".join(lines)
