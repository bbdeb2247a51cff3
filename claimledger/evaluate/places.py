"""`claimledger eval places GOLD`: toponym recognition and resolution against a gold set.

Each gold toponym is paired with the predicted place of the same span, else with the one
that overlaps it most (one-to-one). On those pairs:
- accuracy: the GeoNames id is the gold one; where the gold has no id (vague regions,
  admin-1 regions without a certain id, seats), the country and the kind are the gold ones
  (and stands_for, for a metonym);
- Acc@161: the predicted point is within 161 km (100 miles) of the gold point, over the gold
  toponyms that have coordinates; the same GeoNames id counts as 0 km (gold coordinates of
  countries are centroids, not GeoNames' own points); a place predicted without
  coordinates counts as a miss;
- mean error km: over the pairs where both sides have coordinates.
Recognition precision, recall and F1 are given for exact spans and for overlapping spans.
`end_to_end` divides the correct resolutions by all gold toponyms, missed ones included.
"""

from __future__ import annotations

import json
from collections import defaultdict

from claimledger.evaluate.scoring import PRF, match_spans, overlap_len
from claimledger.evaluate.scoring import load_gold as load_gold
from claimledger.ingest.document import Document
from claimledger.resources.gazetteer import km

ACC_KM = 161.0


def _pair(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict | None]]:
    used, out = set(), []
    for g in gold:
        gs = (g["start"], g["end"])
        best, best_key = None, None
        for k, p in enumerate(pred):
            if k in used:
                continue
            ps = (p["start"], p["end"])
            ov = overlap_len(gs, ps)
            if ov <= 0:
                continue
            key = (ps == gs, ov)
            if best_key is None or key > best_key:
                best, best_key = k, key
        if best is not None:
            used.add(best)
        out.append((g, pred[best] if best is not None else None))
    return out


def correct(g: dict, p: dict) -> bool:
    if g.get("geonames_id") is not None:
        return p.get("geonames_id") == g["geonames_id"]
    if (p.get("country") or None) != (g.get("country") or None) or p.get("kind") != g.get("kind"):
        return False
    if g.get("kind") == "metonym":
        return (p.get("stands_for") or None) == (g.get("stands_for") or None)
    return True


def distance(g: dict, p: dict) -> float | None:
    """km between gold and predicted points; 0 for the same GeoNames id; None without points."""
    if g.get("geonames_id") is not None and p.get("geonames_id") == g["geonames_id"]:
        return 0.0
    if None in (g.get("lat"), g.get("lon"), p.get("lat"), p.get("lon")):
        return None
    return km(g["lat"], g["lon"], p["lat"], p["lon"])


def evaluate(items: list[dict], analyser) -> dict:
    exact, loose = PRF(), PRF()
    pairs = ok = with_point = within = 0
    errors_km: list[float] = []
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # gold, paired, correct
    errors = []
    docs = [
        Document(id=it["id"], text=it["text"], published=it.get("published"), language="en") for it in items
    ]
    for it, rec in zip(items, analyser.analyse_many(docs), strict=True):
        gold, pred = it["places"], rec["places"]
        g_spans = [(g["start"], g["end"]) for g in gold]
        p_spans = [(p["start"], p["end"]) for p in pred]
        exact.add(*match_spans(p_spans, g_spans, overlap=False))
        loose.add(*match_spans(p_spans, g_spans, overlap=True))
        paired = _pair(gold, pred)
        hit = set()
        for g, p in paired:
            k = by_kind[g["kind"]]
            k[0] += 1
            if p is None:
                errors.append({"id": it["id"], "missed": g["text"], "kind": g["kind"]})
                if g.get("lat") is not None:
                    with_point += 1
                continue
            hit.add(id(p))
            pairs += 1
            k[1] += 1
            good = correct(g, p)
            ok += good
            k[2] += good
            if g.get("lat") is not None:
                with_point += 1
                d = distance(g, p)
                if d is not None:
                    errors_km.append(d)
                    within += d <= ACC_KM
            if not good:
                errors.append({"id": it["id"], "text": g["text"], "want": _brief(g), "got": _brief(p)})
        for p in pred:
            if id(p) not in hit:
                errors.append({"id": it["id"], "spurious": p["text"], "got": _brief(p)})
    n_gold = sum(len(it["places"]) for it in items)

    def ratio(a, b):
        return round(a / b, 4) if b else 0.0

    return {
        "reports": len(items),
        "gold_toponyms": n_gold,
        "paired": pairs,
        "recognition": {"exact": exact.as_dict(), "overlap": loose.as_dict()},
        "accuracy": ratio(ok, pairs),
        "end_to_end": ratio(ok, n_gold),
        "acc161": ratio(within, with_point),
        "acc161_n": with_point,
        "mean_error_km": round(sum(errors_km) / len(errors_km), 1) if errors_km else None,
        "median_error_km": round(sorted(errors_km)[len(errors_km) // 2], 1) if errors_km else None,
        "by_kind": {
            k: {"gold": v[0], "paired": v[1], "accuracy": ratio(v[2], v[1])}
            for k, v in sorted(by_kind.items())
        },
        "errors": errors,
    }


def _brief(p: dict) -> str:
    bits = [p.get("kind") or "?", p.get("country") or "-", str(p.get("geonames_id") or "-")]
    if p.get("stands_for"):
        bits.append(p["stands_for"])
    return f"{p.get('name') or p.get('text')} ({' '.join(bits)})"


def format_report(r: dict, show_errors: int = 0) -> str:
    e, o = r["recognition"]["exact"], r["recognition"]["overlap"]
    mean = f"{r['mean_error_km']:.1f} km" if r["mean_error_km"] is not None else "n/a"
    lines = [
        f"{r['reports']} reports, {r['gold_toponyms']} gold toponyms, {r['paired']} paired",
        f"recognition   exact P {e['precision']:.3f} R {e['recall']:.3f} F1 {e['f1']:.3f}   "
        f"overlap P {o['precision']:.3f} R {o['recall']:.3f} F1 {o['f1']:.3f}",
        f"accuracy {r['accuracy']:.3f} (end to end {r['end_to_end']:.3f}), "
        f"Acc@161 {r['acc161']:.3f} over {r['acc161_n']} with coordinates, mean error {mean}",
        f"{'kind':10}{'gold':>6}{'paired':>8}{'accuracy':>10}",
    ]
    for k, v in r["by_kind"].items():
        lines.append(f"{k:10}{v['gold']:6}{v['paired']:8}{v['accuracy']:10.3f}")
    for err in r["errors"][:show_errors]:
        lines.append("  " + json.dumps(err, ensure_ascii=False))
    return "\n".join(lines)
