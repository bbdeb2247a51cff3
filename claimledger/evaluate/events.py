"""`claimledger eval events GOLD`: events against a hand-annotated gold set.

A predicted event is paired with a gold event when one of its mentions (its trigger or a merged
mention) overlaps the gold trigger, one of the gold mentions or an accepted alternative trigger
("raid" for "killed in a raid"); pairs of the same type are taken first, then the largest
overlap, one-to-one. On that pairing, precision, recall and F1 for
- trigger:       the event is found, whatever its type;
- type:          and its PLOVER type is the gold one;
- type+actors:   and every coded gold actor and target is among the predicted actors and
                 targets (a gold code matches a predicted code that starts with it, "RUS" finds
                 "RUS MIL"; a bare sector, "CVL", matches any code with that sector);
- full:          and the place (when the gold names one: its first word is in the predicted
                 place's name or text) and the status are the gold ones.
On the pairs of the same type: accuracy of mode, ACLED type and sub-type, status, place, date,
size, dead and injured, each over the gold events that state it, and whether the gold
mentions of one happening came out as one event. A gold set stores, per text: id, text,
published, split and events (see tests/gold/events/build_gold.py).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict

from claimledger.evaluate.scoring import PRF, overlap_len
from claimledger.ingest.document import Document

ROWS = ("trigger", "type", "type+actors", "full")
ATTRS = (
    "mode",
    "acled_type",
    "acled_subtype",
    "status",
    "place",
    "date",
    "size",
    "dead",
    "injured",
    "actors",
    "targets",
    "merged",
)


def load_gold(path: str, split: str | None = None) -> list[dict]:
    """Gold items (JSON Lines); `split` None or "all" keeps every one, else "dev", "test", or a
    batch name ("blind1") to keep one written batch."""
    items = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            item = json.loads(line)
            if split in (None, "all") or item.get("split") == split or item.get("batch") == split:
                items.append(item)
    return items


def with_events(analyser):
    """The analyser itself when its pipeline already codes events, else a copy that does."""
    from claimledger.analyse import events

    if any(getattr(e, "__module__", None) == events.__name__ for e in analyser.extractors):
        return analyser
    from claimledger.analyse.pipeline import Analyser

    return Analyser(extractors=[*analyser.extractors, events.extract], nlp=analyser.nlp)


def code_match(gold: str, pred: str | None) -> bool:
    if not pred:
        return False
    if pred.startswith(gold):
        return True
    parts = gold.split()
    if len(parts) == 1 and len(gold) == 3 and gold.isupper():
        return gold in pred.split()[1:]
    return False


def _spans(ev: dict, gold: bool) -> list[tuple[int, int]]:
    out = [(ev["trigger"]["start"], ev["trigger"]["end"])]
    for key in ("mentions", "alt") if gold else ("mentions",):
        out += [(m["start"], m["end"]) for m in ev.get(key) or []]
    return out


def _overlap(g: dict, p: dict) -> int:
    return max((overlap_len(a, b) for a in _spans(g, True) for b in _spans(p, False)), default=0)


def pair(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict | None]]:
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ov = _overlap(g, p)
            if ov > 0:
                cands.append(
                    (g["type"] == p["type"], ov, -abs(g["trigger"]["start"] - p["trigger"]["start"]), i, j)
                )
    cands.sort(reverse=True)
    used_g, used_p, out = set(), set(), {}
    for _, _, _, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out[i] = pred[j]
    return [(g, out.get(i)) for i, g in enumerate(gold)]


def _codes(ev: dict) -> list[str]:
    return [a.get("code") for a in (ev.get("actors") or []) + (ev.get("targets") or []) if a.get("code")]


def actors_ok(g: dict, p: dict) -> bool:
    pc = _codes(p)
    return all(any(code_match(c, x) for x in pc) for c in _codes(g))


def _role_ok(g: dict, p: dict, role: str) -> bool | None:
    gc = [a.get("code") for a in g.get(role) or [] if a.get("code")]
    if not gc:
        return None
    pc = [a.get("code") for a in p.get(role) or [] if a.get("code")]
    return all(any(code_match(c, x) for x in pc) for c in gc)


def place_ok(g: dict, p: dict, places: list[dict]) -> bool:
    want = g.get("place")
    if not want:
        return True
    k = p.get("place")
    if not isinstance(k, int) or not 0 <= k < len(places):
        return False
    pl = places[k]
    first = want.split()[0].lower()
    return first in (pl.get("text") or "").lower() or first in (pl.get("name") or "").lower()


def _date_ok(g: dict, p: dict) -> bool:
    gd, pd = g.get("date") or {}, p.get("date") or {}
    return (pd.get("from"), pd.get("to")) == (gd.get("from"), gd.get("to"))


def _num_ok(gv, pv) -> bool:
    return pv is not None and abs(float(pv) - float(gv)) < 1e-6


def evaluate(items: list[dict], analyser) -> dict:
    analyser = with_events(analyser)
    prf = {k: PRF() for k in ROWS}
    by_type: dict[str, PRF] = defaultdict(PRF)
    attrs = {k: [0, 0] for k in ATTRS}  # correct, total
    confusion: Counter = Counter()
    errors = []
    docs = [
        Document(
            id=it["id"], text=it["text"], published=it.get("published"), language="en", title=it.get("title")
        )
        for it in items
    ]
    n_gold = n_pred = 0
    for it, rec in zip(items, analyser.analyse_many(docs), strict=True):
        gold, pred = it.get("events") or [], rec.get("events") or []
        n_gold += len(gold)
        n_pred += len(pred)
        places = rec.get("places") or []
        pairs = pair(gold, pred)
        matched = {id(p) for _, p in pairs if p is not None}
        hits = dict.fromkeys(ROWS, 0)
        typed_hits: Counter[str] = Counter()
        for g, p in pairs:
            if p is None:
                errors.append({"id": it["id"], "missed": g["trigger"]["text"], "type": g["type"]})
                continue
            hits["trigger"] += 1
            if p["type"] != g["type"]:
                confusion[(g["type"], p["type"])] += 1
                errors.append(
                    {"id": it["id"], "trigger": g["trigger"]["text"], "want": g["type"], "got": p["type"]}
                )
                continue
            hits["type"] += 1
            typed_hits[g["type"]] += 1
            a_ok = actors_ok(g, p)
            pl_ok = place_ok(g, p, places)
            st_ok = p.get("status") == g.get("status")
            hits["type+actors"] += a_ok
            hits["full"] += a_ok and pl_ok and st_ok
            _attrs(attrs, g, p, places)
            if not (a_ok and pl_ok and st_ok):
                errors.append(
                    {
                        "id": it["id"],
                        "trigger": g["trigger"]["text"],
                        "type": g["type"],
                        **({} if a_ok else {"actors_want": _codes(g), "actors_got": _codes(p)}),
                        **(
                            {}
                            if pl_ok
                            else {"place_want": g.get("place"), "place_got": _place_text(p, places)}
                        ),
                        **({} if st_ok else {"status_want": g.get("status"), "status_got": p.get("status")}),
                    }
                )
        for p in pred:
            if id(p) not in matched:
                errors.append(
                    {
                        "id": it["id"],
                        "spurious": p["trigger"]["text"],
                        "type": p["type"],
                        "status": p.get("status"),
                    }
                )
        for k in ROWS:
            prf[k].add(hits[k], len(pred) - hits[k], len(gold) - hits[k])
        for t in {e["type"] for e in gold} | {e["type"] for e in pred}:
            ng = sum(e["type"] == t for e in gold)
            npd = sum(e["type"] == t for e in pred)
            by_type[t].add(typed_hits[t], npd - typed_hits[t], ng - typed_hits[t])

    def ratio(c, n):
        return round(c / n, 4) if n else None

    return {
        "reports": len(items),
        "gold_events": n_gold,
        "predicted_events": n_pred,
        **{k: prf[k].as_dict() for k in ROWS},
        "attributes": {k: {"accuracy": ratio(*v), "n": v[1]} for k, v in attrs.items()},
        "by_type": {t: v.as_dict() for t, v in sorted(by_type.items())},
        "confusion": {f"{a}->{b}": n for (a, b), n in confusion.most_common()},
        "errors": errors,
    }


def _place_text(p: dict, places: list[dict]):
    k = p.get("place")
    return places[k].get("text") if isinstance(k, int) and 0 <= k < len(places) else None


def _attrs(attrs: dict, g: dict, p: dict, places: list[dict]) -> None:
    def add(name, ok):
        attrs[name][0] += bool(ok)
        attrs[name][1] += 1

    if g.get("mode"):
        add("mode", p.get("mode") == g["mode"])
    if g.get("acled_type"):
        add("acled_type", p.get("acled_type") == g["acled_type"])
    if g.get("acled_subtype"):
        add("acled_subtype", p.get("acled_subtype") == g["acled_subtype"])
    add("status", p.get("status") == g.get("status"))
    if g.get("place"):
        add("place", place_ok(g, p, places))
    if g.get("date"):
        add("date", _date_ok(g, p))
    for k in ("size", "dead", "injured"):
        if g.get(k) is not None:
            add(k, _num_ok(g[k], p.get(k)))
    for role in ("actors", "targets"):
        ok = _role_ok(g, p, role)
        if ok is not None:
            add(role, ok)
    if len(g.get("mentions") or []) > 1:
        got = _spans(p, False)
        add(
            "merged", all(any(overlap_len((m["start"], m["end"]), s) > 0 for s in got) for m in g["mentions"])
        )


def format_report(r: dict, show_errors: int = 0) -> str:
    lines = [
        f"{r['reports']} reports, {r['gold_events']} gold events, {r['predicted_events']} predicted",
        f"{'':14s} {'P':>7s} {'R':>7s} {'F1':>7s}   tp/fp/fn",
    ]
    for k in ROWS:
        d = r[k]
        lines.append(
            f"{k:14s} {d['precision']:7.3f} {d['recall']:7.3f} {d['f1']:7.3f}   {d['tp']}/{d['fp']}/{d['fn']}"
        )
    lines.append("")
    lines.append("on pairs of the same type (accuracy over the gold events that state it):")
    for k, v in r["attributes"].items():
        if v["n"]:
            lines.append(f"  {k:14s} {v['accuracy']:.3f}  (n={v['n']})")
    lines.append("")
    lines.append(f"{'type':12s} {'P':>7s} {'R':>7s} {'F1':>7s}  tp/fp/fn")
    for t, d in r["by_type"].items():
        lines.append(
            f"{t:12s} {d['precision']:7.3f} {d['recall']:7.3f} {d['f1']:7.3f}  {d['tp']}/{d['fp']}/{d['fn']}"
        )
    if r["confusion"]:
        lines.append("confusions: " + ", ".join(f"{k} {v}" for k, v in r["confusion"].items()))
    if show_errors:
        lines.append("")
        lines.append(f"errors (first {show_errors} of {len(r['errors'])}):")
        for e in r["errors"][:show_errors]:
            lines.append("  " + json.dumps(e, ensure_ascii=False))
    return "\n".join(lines)
