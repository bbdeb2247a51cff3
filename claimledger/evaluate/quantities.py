"""`claimledger eval quantities GOLD`: quantities against a hand-annotated gold set.

A predicted quantity matches a gold one when their spans overlap and the figure agrees: the
same value (or the same total: "five units of 3,000" matches a gold 15,000), or for ranges and
vague amounts the same low and high. Matching is one-to-one, in text order. On that we report
precision, recall and F1 for
- value:               the figure alone;
- value+unit:          and the same unit, compared in canonical form (`unit_key`): every
                       spelling of a measure is one symbol ("km", "kilometres", "kilometre"
                       -> "km"), money is its ISO 4217 code ("$", "dollars", "USD" -> "USD";
                       "drams" -> "AMD"), percent is "%", a counted noun is its singular
                       ("troops" -> "troop"); a prediction's `unit_canonical` is used when it
                       has one. Case and a plural -s never count against a match;
- value+counts:        and what is counted (the head words overlap);
- value+unit|counts:   either of the two, the brief's "value with unit or counted noun";
- change:              quantities that are part of a change, with the same direction and part.
On matched pairs, agreement on approximate, bound, range, multiplier/total and role is given
for the gold items that state them.
"""

from __future__ import annotations

import json

from claimledger.evaluate.scoring import PRF
from claimledger.evaluate.scoring import load_gold as load_gold
from claimledger.ingest.document import Document
from claimledger.resources.units import canonical_unit

ROWS = ("value", "value+unit", "value+counts", "value+unit|counts", "change")
EXTRAS = ("approximate", "bound", "range", "multiplier", "total", "per", "role")


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b)) or (abs(a - b) < 5e-4 and max(abs(a), abs(b)) < 1)


def _value_match(p: dict, g: dict) -> bool:
    if g.get("value") is not None:
        return _close(p.get("value"), g["value"]) or (
            p.get("total") is not None and _close(p["total"], g["value"])
        )
    if g.get("low") is not None or g.get("high") is not None:
        return (
            p.get("value") is None
            and _close(p.get("low"), g.get("low"))
            and _close(p.get("high"), g.get("high"))
        )
    gf = (g.get("change") or {}).get("factor") or g.get("factor")
    pf = (p.get("change") or {}).get("factor")
    return p.get("value") is None and gf is not None and _close(pf, gf)


def _singular(w: str) -> str:
    w = w.lower().strip()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _words(s: str | None) -> set[str]:
    return {_singular(w) for w in (s or "").replace("-", " ").split()}


def unit_key(q: dict) -> str | None:
    """The unit of a quantity (predicted or gold) in its canonical form: the `unit_canonical`
    it carries, else its `unit` canonicalised ("kilometres", "km" and "kilometre" give "km";
    "$", "dollars" and "USD" give "USD"; "troops" gives "troop")."""
    return canonical_unit(q.get("unit_canonical") or q.get("unit"))


def unit_match(p: dict, g: dict) -> bool:
    pu, gu = p.get("unit"), g.get("unit")
    if pu is None or gu is None:
        return pu is None and gu is None
    return unit_key(p) == unit_key(g) or _singular(pu) == _singular(gu)


def counts_match(p: dict, g: dict) -> bool:
    pc, gc = p.get("counts"), g.get("counts")
    if pc is None or gc is None:
        return pc is None and gc is None
    # the gold head word (last word) is among the predicted words, or the other way round
    gw, pw = _words(gc), _words(pc)
    return _singular(gc.split()[-1]) in pw or _singular(pc.split()[-1]) in gw


def _change_key(q: dict):
    c = q.get("change")
    if not c:
        return None
    return c.get("direction"), c.get("part")


def _overlap(p: dict, g: dict) -> bool:
    return p["start"] < g["end"] and g["start"] < p["end"]


def match(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index): overlapping spans with the same figure."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi in used or not _overlap(p, g) or not _value_match(p, g):
                continue
            used.add(pi)
            pairs.append((pi, gi))
            break
    return pairs


def evaluate(items: list[dict], analyser) -> dict:
    prf = {r: PRF() for r in ROWS}
    agree = {k: [0, 0] for k in EXTRAS}
    errors = []
    n_pred = n_gold = 0
    docs = [
        Document(id=it["id"], text=it["text"], published=it.get("published"), language="en") for it in items
    ]
    for it, rec in zip(items, analyser.analyse_many(docs), strict=True):
        gold, pred = it["quantities"], rec["quantities"]
        n_pred += len(pred)
        n_gold += len(gold)
        pairs = match(pred, gold)
        paired_p = {pi for pi, _ in pairs}
        paired_g = {gi for _, gi in pairs}
        tp = {"value": len(pairs), "value+unit": 0, "value+counts": 0, "value+unit|counts": 0}
        for pi, gi in pairs:
            p, g = pred[pi], gold[gi]
            um, cm = unit_match(p, g), counts_match(p, g)
            tp["value+unit"] += um
            tp["value+counts"] += cm
            tp["value+unit|counts"] += um or (cm and g.get("counts") is not None)
            if not um or not cm:
                errors.append(
                    {
                        "id": it["id"],
                        "text": g["text"],
                        "unit": [p.get("unit"), g.get("unit")],
                        "counts": [p.get("counts"), g.get("counts")],
                    }
                )
            _agreement(agree, p, g)
        for r, n in tp.items():
            prf[r].add(n, len(pred) - n, len(gold) - n)
        # change: among quantities that carry one
        ctp = sum(
            1 for pi, gi in pairs if _change_key(pred[pi]) and _change_key(pred[pi]) == _change_key(gold[gi])
        )
        cpred = sum(1 for p in pred if _change_key(p))
        cgold = sum(1 for g in gold if _change_key(g))
        prf["change"].add(ctp, cpred - ctp, cgold - ctp)
        for pi, gi in pairs:
            if _change_key(pred[pi]) != _change_key(gold[gi]):
                errors.append(
                    {
                        "id": it["id"],
                        "text": gold[gi]["text"],
                        "change": [_change_key(pred[pi]), _change_key(gold[gi])],
                    }
                )
        for gi, g in enumerate(gold):
            if gi not in paired_g:
                errors.append({"id": it["id"], "missed": g["text"], "value": g.get("value")})
        for pi, p in enumerate(pred):
            if pi not in paired_p:
                errors.append({"id": it["id"], "spurious": p["text"], "value": p.get("value")})
    return {
        "sentences": len(items),
        "gold_quantities": n_gold,
        "predicted_quantities": n_pred,
        "scores": {r: prf[r].as_dict() for r in ROWS},
        "agreement": {
            k: {"agree": a, "of": n, "rate": round(a / n, 4) if n else None} for k, (a, n) in agree.items()
        },
        "errors": errors,
    }


def _agreement(agree: dict, p: dict, g: dict) -> None:
    def tally(key, ok):
        agree[key][0] += bool(ok)
        agree[key][1] += 1

    tally("approximate", bool(p.get("approximate")) == bool(g.get("approximate")))
    if "bound" in g:
        tally("bound", p.get("bound") == g["bound"])
    if g.get("value") is None and (g.get("low") is not None or g.get("high") is not None):
        tally("range", _close(p.get("low"), g.get("low")) and _close(p.get("high"), g.get("high")))
    if g.get("multiplier") is not None:
        tally("multiplier", _close(p.get("multiplier"), g["multiplier"]))
    if g.get("total") is not None:
        tally("total", _close(p.get("total"), g["total"]))
    if "per" in g:
        tally("per", p.get("per") == g["per"])
    if "role" in g:
        tally("role", p.get("role") == g["role"])


def format_report(r: dict, show_errors: int = 0) -> str:
    lines = [
        f"{r['sentences']} sentences, {r['gold_quantities']} gold quantities, "
        f"{r['predicted_quantities']} predicted",
        f"{'':20}{'P':>7}{'R':>7}{'F1':>7}",
    ]
    for row in ROWS:
        s = r["scores"][row]
        lines.append(f"{row:20}{s['precision']:7.3f}{s['recall']:7.3f}{s['f1']:7.3f}")
    agreed = [f"{k} {a['agree']}/{a['of']}" for k, a in r["agreement"].items() if a["of"]]
    if agreed:
        lines.append("on matched pairs: " + ", ".join(agreed))
    for e in r["errors"][:show_errors]:
        lines.append("  " + json.dumps(e, ensure_ascii=False))
    return "\n".join(lines)


# ---------------------------------------------------------------- public corpora

NEWSQUANT_UNITS = {
    "percent": "percentage",
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound",
    "UAH": "hryvnia",
    "RUB": "ruble",
    "JPY": "yen",
    "CNY": "yuan",
    "times": "times",
    # the currencies added with the glued forms, by their English names in the same style
    "INR": "rupee",
    "MYR": "ringgit",
    "ZAR": "rand",
    "NGN": "naira",
    "TRY": "lira",
    "PLN": "zloty",
    "BRL": "real",
    "ILS": "shekel",
    "AMD": "dram",
    "THB": "baht",
    "AED": "dirham",
    "SAR": "riyal",
    "KRW": "won",
    "CHF": "swiss franc",
    "HKD": "hong kong dollar",
    "SGD": "singapore dollar",
    "AUD": "australian dollar",
    "CAD": "canadian dollar",
    "NZD": "new zealand dollar",
}


def newsquant_view(q: dict) -> dict | None:
    """A record quantity in the shape of NewsQuant's annotations (CQE's evaluation):
    value (a number, or (low, high) for ranges), normalized_unit, and change in
    '=', '~', '>', '<', 'up', 'down'. None when the quantity has no figure ('doubled')."""
    value: float | tuple[float, float]
    if q.get("value") is not None:
        value = float(q["value"])
    elif q.get("low") is not None and q.get("high") is not None:
        value = (float(q["low"]), float(q["high"]))
    else:
        return None
    c = q.get("change") or {}
    if c.get("part") == "by" and c.get("direction"):
        change = c["direction"]
    elif q.get("approximate") and q.get("value") is not None:
        change = "~"
    elif q.get("bound") == "lower":
        change = ">"
    elif q.get("bound") == "upper":
        change = "<"
    else:
        change = "="
    unit = q.get("unit") or "-"
    if q.get("kind") == "count" and q.get("counts"):
        # NewsQuant names a count's unit by the counted phrase, singular: "best wireless speaker"
        words = q["counts"].lower().split()
        unit = " ".join([*words[:-1], _singular(words[-1])])
    else:
        unit = NEWSQUANT_UNITS.get(unit, _singular(unit) if q.get("kind") == "count" else unit)
    if q.get("rate") and q.get("kind") != "count":
        unit = f"{unit} per {q['rate']}"
    return {"value": value, "normalized_unit": unit.lower(), "change": change}
