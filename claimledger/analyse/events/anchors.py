"""Where, when and how big: the place, the date and the numbers (casualties, sizes) of a
mention, from the places, times and quantities the earlier extractors found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.analyse.events.syntax import _hangs_on, _is_root, _subjects, _theme
from claimledger.analyse.events.words import KIND_RANK, LOC_PREPS, NON_LOCATIONS

if TYPE_CHECKING:
    from claimledger.analyse.events.article import Article, EventMention


def _place(art: Article, m: EventMention) -> None:
    doc = art.doc
    taken: set[int] = set()
    for a in m.actors + m.targets:
        taken.update(range(art.token_at(a.start), art.token_at(max(a.start, a.end - 1)) + 1))
    if m.place_hint is not None:
        k, p = art.place_of(m.place_hint)
        if p is not None and p.get("kind") not in NON_LOCATIONS:
            m.place = art.named[k]
            return
    anchors = {m.tok.i}
    for x in (m.clause, m.support):
        if x is not None:
            anchors.add(x.i)
    lo, hi = art.sentence_range(m.sent)
    best = best_key = fallback = fb_key = None
    seen = set()
    for i in range(lo, hi):
        k = art.place_at[i]
        if k < 0 or k in seen:
            continue
        seen.add(k)
        p = art.places[k]
        if p.get("kind") in NON_LOCATIONS or i in taken:
            continue
        ps, pe = art.token_at(p["start"]), art.token_at(max(p["start"], p["end"] - 1))
        h = doc[pe]
        for j in range(ps, pe + 1):
            if not (ps <= doc[j].head.i <= pe) or _is_root(doc[j]):
                h = doc[j]
                break
        if art.actor_at[h.i] >= 0 and p.get("kind") == "country":
            continue  # "Russia" acting, not a location
        if h.dep_ == "poss" and art.place_at[h.head.i] >= 0:
            continue  # "Russia's Kursk Oblast": the more specific place follows
        loc = (
            (h.dep_ == "pobj" and h.head.lower_ in LOC_PREPS)
            or h.dep_ in ("dobj", "nsubjpass", "npadvmod")
            or (
                h.dep_ in ("poss", "compound")
                and (art.cls(h.head, "infrastructure") or art.cls(h.head, "territory"))
            )
        )
        x, depth, reached = h, 0, False
        while depth < 10:
            if x.i in anchors:
                reached = True
                break
            if _is_root(x):
                break
            if x.dep_ == "prep" and x.lower_ in LOC_PREPS:
                loc = True
            elif (
                x.dep_ == "prep" and x.lower_ == "for" and (x.head.i == m.tok.i or art.cls(x.head, "control"))
            ):
                loc = True  # "the battle for Bakhmut", "fighting for control of"
            elif (
                x.dep_ == "prep"
                and x.lower_ == "of"
                and (art.cls(x.head, "territory") or art.cls(x.head, "control"))
            ):
                loc = True  # "the village of X", "the centre of X", "control of X"
            x = x.head
            depth += 1
        rank = 0 if (p.get("kind") == "region" and p.get("lat") is None) else KIND_RANK.get(p.get("kind"), 1)
        if reached and loc:
            key = (depth > 6, -rank, depth)
            if best_key is None or key < best_key:
                best, best_key = k, key
        elif loc or (h.dep_ == "nsubj" and art.cls(h.head, "locus")):
            near = (abs(i - m.tok.i), -rank)
            if fb_key is None or near < fb_key:
                fallback, fb_key = k, near
    k = best if best is not None else fallback
    m.place = art.named[k] if k is not None else None


def _date(art: Article, m: EventMention) -> None:
    anchors = {m.tok.i}
    for x in (m.clause, m.support):
        if x is not None:
            anchors.add(x.i)
    doc = art.doc
    for tm, i, j in art.times:
        if art.sent_of[i] != m.sent or (tm.get("from") is None and tm.get("to") is None):
            continue
        root = doc[j]
        for k in range(i, j + 1):
            if not (i <= doc[k].head.i <= j) or _is_root(doc[k]):
                root = doc[k]
                break
        if _hangs_on(root, anchors, stop_at_verb=True):
            to = tm.get("to")
            if art.text[max(0, tm["start"] - 6) : tm["start"]].lower().strip() == "since":
                to = art.published or to
            m.date = {"text": tm["text"], "from": tm.get("from"), "to": to}
            return


def _fallback_date(art: Article, status: str) -> dict | None:
    """No date in the clause: the publication date bounds a past event, opens a future one."""
    pub = art.published
    if not pub or status == "conditional":
        return None
    if status == "expected":
        return {"text": None, "from": pub, "to": None}
    return {"text": None, "from": None, "to": pub}


CASUALTY_ROLE = {"kill": "dead", "wound": "injured", "injure": "injured"}


def _numbers(art: Article, m: EventMention) -> None:
    """Size, dead and injured from the quantities of the sentence that hang on this event."""
    doc = art.doc
    anchors = {m.tok.i} | {v.i for v in m.casualty_verbs}
    if m.clause is not None:
        anchors.add(m.clause.i)
    size_heads = [m.theme] if m.theme is not None else []
    if m.tok.pos_ == "VERB" and (m.type == "PROTEST" or (m.type == "MOBILIZE" and not size_heads)):
        size_heads += _subjects(m.tok)
    for sq, rq in art.quantities:
        a, b = sq["tokens"]
        if a >= len(doc) or art.sent_of[a] != m.sent or rq.get("kind") not in (None, "count"):
            continue
        value = rq.get("total") if rq.get("total") is not None else rq.get("value")
        if value is None:
            continue
        role = rq.get("role")
        head = doc[sq["head"]] if sq.get("head") is not None else doc[a]
        hit = _hangs_on(head, anchors)
        in_size = any(a <= h.i < b or h.i == head.i for h in size_heads)
        if role is None and m.type == "ASSAULT":
            # "killed 12", "wounding 30", "12 were killed": the casualty verb says what is counted
            v = head.head if head.dep_ in ("dobj", "nsubjpass", "nsubj", "appos") else None
            for cv in [*m.casualty_verbs, m.tok]:
                if v is not None and v.i == cv.i:
                    role = CASUALTY_ROLE.get(cv.lemma_.lower())
        if role == "dead" and m.type == "ASSAULT" and (hit or m.dead is None):
            m.dead = value if m.dead is None else max(m.dead, value)
        elif role == "injured" and m.type == "ASSAULT" and (hit or m.injured is None):
            m.injured = value if m.injured is None else max(m.injured, value)
        elif (
            role is None
            and in_size
            and m.size is None
            and m.type in ("MOBILIZE", "PROTEST", "COERCE", "RETREAT", "AID")
        ):
            if rq.get("unit") not in ("USD", "EUR", "GBP", "tonne", "kilogram"):
                m.size = value
        elif (
            role is None and m.type == "ASSAULT" and hit and head.lemma_.lower() in ("casualty", "casualties")
        ):
            m.size = value
    if m.type == "ASSAULT" and m.dead is None:
        # "Haniyeh was killed": one named person
        for v in m.casualty_verbs + ([m.tok] if m.row.role == "casualty" else []):
            if v.lemma_.lower() != "kill":
                continue
            th = _theme(art, v)
            if th is None or th.tag_ not in ("NN", "NNP") or any(c.dep_ == "nummod" for c in th.children):
                continue
            a = art.actor_mention(th)
            if (
                (a is not None and a.get("type") == "person")
                or art.cls(th, "troops")
                or art.cls(th, "people")
                or th.lemma_.lower() in ("pilot", "commander", "general", "soldier", "officer", "journalist")
            ):
                m.dead = 1  # "Haniyeh was killed", "its pilot was killed": one person
