"""Quantities, passes 4 and 5, across a sentence: a unit shared by a list, multipliers, changes,
what a bare figure counts from its clause, and roles for events."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimledger.analyse.quantities.build import Quantity, _anchor, _count_unit, _good_head, _np
from claimledger.analyse.quantities.lexicon import (
    AMOUNT_OBJECT_CHANGE,
    CHANGE_NOUNS,
    CHANGE_VERBS,
    DEAD,
    FACTOR_STEMS,
    FACTOR_VERBS,
    FOLD,
    INJURED,
    INTRANSITIVE_CHANGE,
    LEVEL_VERBS,
    NUMBER_NOUNS,
    TRANSITIVE_LEVEL,
    _change_direction,
    _change_word_before,
    _particle,
)
from claimledger.analyse.quantities.numbers import Num, _digits

if TYPE_CHECKING:
    from spacy.tokens import Doc

LIST_GLUE = {",", "and", "or", "to", "-", "–", "/"}


def _shared_units(doc: Doc, qs: list[Quantity], sent_of) -> None:
    """A unit written once for a list: '$5, $10 and $15 a month', '3 or 4 candidates', 'two or
    three days', '5, 10 and 15 percent': a bare figure takes the unit, counted noun and rate of
    the next figure of the list (right to left, so that the last one's reaches the first)."""
    for i in range(len(qs) - 2, -1, -1):
        qa, qb = qs[i], qs[i + 1]
        if qa.end > qb.start or qb.start - qa.end > 2 or sent_of(qa.num.start) != sent_of(qb.num.start):
            continue
        glue = [doc[x].lower_ for x in range(qa.end, qb.start)]
        if not glue or any(w not in LIST_GLUE for w in glue):
            continue
        if qa.unit is None and qa.kind == "count" and qa.counts is None and qb.unit is not None:
            if qa.num.vague or qa.num.fraction or qa.value is None:
                continue
            qa.unit, qa.kind = qb.unit, qb.kind
            qa.counts = qb.counts
        if glue == [",", "or"]:
            continue  # "$68.7 billion, or $95 per share": the same amount put another way
        if qa.unit == qb.unit and qa.kind == qb.kind and qa.rate is None and qb.rate is not None:
            qa.rate = qb.rate
    # and forwards, to a bare figure closing the list: "by 312 votes to 208"; and to a figure
    # whose noun is left out before the same preposition: "35 engineers in Berlin and 12 in Lisbon"
    for i in range(len(qs) - 1):
        qa, qb = qs[i], qs[i + 1]
        if qa.end > qb.start or qb.start - qa.end > 6 or sent_of(qa.num.start) != sent_of(qb.num.start):
            continue
        glue = [doc[x].lower_ for x in range(qa.end, qb.start)]
        if qa.unit is None:
            continue
        if glue not in (["to"], ["and"], ["or"], [",", "and"]) and not (
            len(glue) >= 3
            and glue[-1] in ("and", ",")
            and qb.end < len(doc)
            and doc[qb.end].lower_ == glue[0]
            and doc[qa.end].pos_ == "ADP"
            and not any(doc[x].pos_ in ("VERB", "AUX") for x in range(qa.end, qb.start))
        ):
            continue
        if (
            qb.unit is None
            and qb.kind == "count"
            and qb.counts is None
            and qa.kind not in ("age", "fraction")
        ):
            nxt = doc[qb.end] if qb.end < len(doc) else None
            if (
                nxt is None
                or nxt.is_punct
                or (nxt.pos_ in ("ADP", "CCONJ", "VERB", "AUX", "ADV") and nxt.lower_ != "of")
            ):
                if not (qb.num.vague or qb.num.fraction or qb.value is None):
                    qb.unit, qb.kind, qb.counts = qa.unit, qa.kind, qa.counts  # "from 12 years to seven"


def _multipliers(doc: Doc, qs: list[Quantity], sent_of) -> None:
    """'five units of 3,000 people each', '40 trucks, each carrying about 20 soldiers'."""
    drop = set()
    for b_i, qb in enumerate(qs):
        if qb.kind not in ("count",) and qb.kind != "money":
            continue
        s, e = sent_of(qb.num.start)
        each = False
        per_word = None
        k = qb.end
        if k < e and doc[k].lower_ in ("each", "apiece"):
            each = True
            qb.end = k + 1
        elif (
            k + 1 < e
            and doc[k].lower_ == "per"
            and _good_head(doc[k + 1])
            and doc[k + 1].lower_ not in ("day", "week", "month", "year", "hour", "cent", "minute", "night")
        ):
            per_word = doc[k + 1].lemma_.lower()
        else:
            for x in range(qb.start - 1, max(s, qb.start - 6) - 1, -1):
                if doc[x].lower_ == "each" and doc[x].dep_ != "det":
                    each = True
                    break
                if doc[x].text in (";", ".", ":"):
                    break
        if not each and not per_word:
            continue
        for a_i in range(b_i - 1, -1, -1):
            qa = qs[a_i]
            if qa.end > qb.start or sent_of(qa.num.start) != (s, e):
                continue
            if qb.num.start - qa.end > 16 or qa.kind != "count" or qa.value is None or qa.counts_head is None:
                break
            if qb.counts_head is not None and doc[qa.counts_head].lemma_ == doc[qb.counts_head].lemma_:
                break
            if per_word and doc[qa.counts_head].lemma_.lower() != per_word:
                break
            qb.multiplier = qa.value
            if qb.value is not None:
                qb.total = qb.value * qa.value
            qb.per = doc[qa.counts_head].lemma_.lower()
            qb.start = qa.start
            drop.add(a_i)
            break
    if drop:
        qs[:] = [q for i, q in enumerate(qs) if i not in drop]


def _changes(doc: Doc, qs: list[Quantity], sent_of, lows: list[str]) -> None:
    """Which quantities are part of a change: the amount ('by'), the new level ('to'), the old ('from')."""
    used_tokens = set()
    for q in qs:
        if q.kind == "factor":
            continue
        s, e = sent_of(q.num.start)
        part = c = None
        p = doc[q.start - 1] if q.start - 1 >= s else None
        if q.num.range_from:
            p = None
        if p is not None and p.lower_ in ("by", "to", "from"):
            c = _change_word_before(doc, p.i, sent_of)
            if c is not None:
                part = p.lower_
        if (
            c is None
            and p is not None
            and p.lower_ == "of"
            and p.i - 1 >= s
            and doc[p.i - 1].pos_ == "NOUN"
            and doc[p.i - 1].lemma_.lower() in CHANGE_NOUNS
        ):
            c, part = doc[p.i - 1], "by"
        if (
            c is None
            and p is not None
            and p.lower_ in ("up", "down")
            and p.pos_ in ("ADV", "ADP", "PART")
            and not _particle(p)
            and q.bound is None
        ):
            c, part = p, "by"
        if c is None and p is not None and _change_direction(p) is not None and p.pos_ == "VERB":
            lemma = p.lemma_.lower()
            if lemma in INTRANSITIVE_CHANGE or (
                lemma in AMOUNT_OBJECT_CHANGE
                and q.kind in ("percent", "money")
                and not (q.end < e and doc[q.end].lower_ == "of")
            ):
                c, part = p, "by"
        if (
            c is None
            and q.end < e
            and doc[q.end].pos_ == "NOUN"
            and doc[q.end].lemma_.lower() in CHANGE_NOUNS
        ):
            c, part = doc[q.end], "by"
            if q.counts_head == q.end:
                q.counts = q.counts_head = None
        if c is None:
            a = _anchor(doc, q)
            h = a.head
            if (
                a.dep_ in ("dobj", "npadvmod", "advmod")
                and h.i < a.i
                and h.pos_ == "VERB"
                and h.lemma_.lower() in INTRANSITIVE_CHANGE
            ):
                c, part = h, "by"
        if c is None:
            continue
        if q.counts_head is not None and q.counts_head == c.i:
            q.counts = q.counts_head = None
        q.change_token = c.i
        q.change = {
            "direction": _change_direction(c),
            "part": part,
            "by": None,
            "from": None,
            "to": None,
            "factor": FACTOR_VERBS.get(c.lemma_.lower()),
        }
        used_tokens.add(c.i)
    # one change, several parts: every quantity knows the others
    groups: dict[int | None, list[tuple[Quantity, dict]]] = {}
    for q in qs:
        if q.change is not None:
            groups.setdefault(q.change_token, []).append((q, q.change))
    for members in groups.values():
        merged: dict[str, float | None] = {}
        for q, change in members:
            merged.setdefault(change["part"], q.value if q.value is not None else q.total)
        for _, change in members:
            for part in ("by", "from", "to"):
                if part in merged:
                    change[part] = merged[part]
    # "a 3-fold rise"
    for q in qs:
        if q.kind == "factor" and q.change is None:
            c = doc[q.end] if q.end < len(doc) and _change_direction(doc[q.end]) else None
            if c is None:
                h = _anchor(doc, q).head
                c = h if _change_direction(h) else None
            q.change = {
                "direction": _change_direction(c) if c is not None else "up",
                "part": "factor",
                "by": None,
                "from": None,
                "to": None,
                "factor": q.value,
            }
            q.change_token = c.i if c is not None else None
            if c is not None:
                used_tokens.add(c.i)
    # "doubled", "tripled", "halved" with no figure; "fivefold"
    new = []
    for i, low in enumerate(lows):
        if not (low.startswith(FACTOR_STEMS) or low.endswith("fold")):
            continue
        t = doc[i]
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in FACTOR_VERBS and t.i not in used_tokens:
            if lemma == "double" and any(c.dep_ in ("dobj",) and c.lower_ in ("down",) for c in t.children):
                continue
            if any(c.dep_ == "prt" and c.lower_ == "down" for c in t.children):
                continue
            q = Quantity(Num(t.i, t.i + 1, None), t.i, t.i + 1, None, kind="factor")
            q.change = {
                "direction": CHANGE_VERBS[lemma],
                "part": "factor",
                "by": None,
                "from": None,
                "to": None,
                "factor": FACTOR_VERBS[lemma],
            }
            q.change_token = t.i
            new.append(q)
        elif t.lower_ in FOLD or re.match(r"^\d+-?fold$", t.lower_):
            f: float | None = FOLD.get(t.lower_)
            if not f:
                lead = re.match(r"^(\d+)", t.lower_)
                assert lead is not None  # "3-fold": the test above matched
                f = float(lead.group(1))
            h = t.head
            turn = _change_direction(h)
            direction = turn if turn is not None else "up"
            q = Quantity(Num(t.i, t.i + 1, f), t.i, t.i + 1, f, unit="times", kind="factor")
            q.change = {
                "direction": direction,
                "part": "factor",
                "by": None,
                "from": None,
                "to": None,
                "factor": f,
            }
            q.change_token = h.i if _change_direction(h) else t.i
            new.append(q)
    if new:
        qs.extend(new)
        qs.sort(key=lambda q: q.start)


def _counts_from_clause(doc: Doc, q: Quantity, sent_of) -> None:
    """What a bare figure counts, from its clause: 'the number of North Koreans ... to 15,000',
    'the death toll rose to 23', 'inflation reached 9.5 percent', 'a force of 3,000'."""
    if q.kind == "factor":
        return
    s, _e = sent_of(q.num.start)
    a = _anchor(doc, q)
    target = None
    # a force of 3,000; a range of 2,500 km
    if a.dep_ == "pobj" and a.head.lower_ == "of" and a.head.head.pos_ == "NOUN" and a.head.head.i < a.i:
        x = a.head.head
        if x.lemma_.lower() in CHANGE_NOUNS:
            return
        if x.lemma_.lower() not in NUMBER_NOUNS:
            q.counts = _np(doc, x, s)
            q.counts_head = x.i
            if q.unit is None and q.kind == "count":
                q.unit = _count_unit(x)
            return
        target = x
    verb = None
    if target is None:
        if a.dep_ == "pobj" and a.head.lower_ in ("to", "at", "from", "by", "of"):
            verb = a.head.head
        elif a.dep_ in (
            "dobj",
            "attr",
            "npadvmod",
            "oprd",
            "acomp",
            "nsubj",
            "advmod",
            "appos",
            "conj",
        ) and a.head.pos_ in ("VERB", "AUX"):
            verb = a.head
        if q.change_token is not None and doc[q.change_token].pos_ in ("VERB", "AUX"):
            verb = doc[q.change_token]
        while (
            verb is not None
            and verb.pos_ in ("VERB", "AUX")
            and verb.dep_ in ("xcomp", "conj", "advcl")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and verb.head.i != verb.i
        ):
            verb = verb.head
        if verb is not None and verb.pos_ in ("VERB", "AUX") and (verb.lemma_.lower() in LEVEL_VERBS):
            kids = {c.dep_: c for c in verb.children if c.i != a.i and not (q.start <= c.i < q.end)}
            obj = kids.get("dobj")
            subj = kids.get("nsubj") or kids.get("nsubjpass")
            prep = a.head.lower_ if a.dep_ == "pobj" else None
            if (
                obj is not None
                and (prep in ("to", "at") or (prep == "by" and verb.lemma_.lower() in TRANSITIVE_LEVEL))
                and (verb.lemma_.lower() in TRANSITIVE_LEVEL or obj.lemma_.lower() in NUMBER_NOUNS)
            ):
                target = obj
            elif subj is not None and (verb.lemma_.lower() != "be" or q.kind in ("count", "percent")):
                target = subj
    if target is None:
        # parse missed: "bring the total number of North Koreans involved in the war to 15,000"
        p = doc[q.start - 1] if q.start - 1 >= s else None
        if p is not None and p.lower_ in ("to", "at"):
            for x in range(p.i - 1, max(s, p.i - 15) - 1, -1):
                t = doc[x]
                if t.text in (";", ":") or (t.like_num and _digits(t.text) is not None):
                    break
                if t.pos_ == "NOUN" and t.lemma_.lower() in NUMBER_NOUNS:
                    target = t
                    break
    if target is None or target.pos_ == "PRON" or target.tag_ in ("DT", "WDT", "EX"):
        return
    if not _good_head(target):
        return
    if target.lemma_.lower() in NUMBER_NOUNS:
        of = next((c for c in target.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None and pobj.pos_ != "PRON" and _good_head(pobj):
            target = pobj
        elif not (target.lemma_.lower() == "toll" or any(c.dep_ == "compound" for c in target.children)):
            return  # "the figure", "the total": nothing to say what is counted; "death toll" is
    q.counts = _np(doc, target, s)
    q.counts_head = target.i
    if q.unit is None and q.kind == "count" and target.lemma_.lower() == "temperature":
        q.unit, q.kind = "degree", "temperature"  # "temperatures dropped to minus 12"
    elif q.unit is None and q.kind == "count":
        q.unit = _count_unit(target)


def _role(doc: Doc, q: Quantity) -> str | None:
    """'dead' or 'injured' when the quantity counts people killed or wounded."""
    if q.kind not in ("count",):
        return None
    h = doc[q.counts_head] if q.counts_head is not None else _anchor(doc, q)
    lemma = h.lemma_.lower()
    if (
        lemma in DEAD
        or h.lower_ in DEAD
        or (lemma == "toll" and any(c.lemma_ == "death" for c in h.children))
        or (lemma == "toll" and q.counts and "death" in doc[q.counts[0] : q.counts[1]].text.lower())
    ):
        return "dead"
    if lemma == "toll":
        return "dead"
    if lemma in INJURED or h.lower_ in INJURED:
        return "injured"
    for c in h.children:
        if c.dep_ in ("amod", "acl") and c.i != h.i:
            r = _role_word(c)
            if r:
                return r
    # "12 civilians were killed", "killing 12 people", "3 killed", "left 1 person dead"
    t = h
    for _ in range(3):
        if t.dep_ in ("nsubjpass", "dobj", "nsubj", "conj", "appos", "pobj") and t.head.i != t.i:
            v = t.head
            if v.pos_ in ("VERB", "ADJ") or v.tag_ == "VBN":
                r = _role_word(v)
                if r and (
                    t.dep_ in ("nsubjpass", "dobj")
                    or v.tag_ == "VBN"
                    or v.lemma_.lower() == "die"
                    or t.dep_ == "conj"
                ):
                    return r
                if t.dep_ == "dobj" and v.lemma_.lower() == "leave":
                    for c in v.children:
                        if c.dep_ in ("oprd", "ccomp", "xcomp", "advcl", "acomp") or (
                            c.i > h.i and c.pos_ == "ADJ"
                        ):
                            r = _role_word(c)
                            if r:
                                return r
                break
            if t.dep_ in ("conj", "appos"):
                t = t.head
                continue
        break
    # "... and four were wounded": the number is the subject of its own passive verb
    a = _anchor(doc, q)
    if (
        a.dep_ in ("nsubjpass", "nsubj")
        and _role_word(a.head)
        and (a.dep_ == "nsubjpass" or a.head.tag_ == "VBN" or a.head.lemma_.lower() == "die")
    ):
        return _role_word(a.head)
    # "left 1 person dead and 30 injured"
    k = q.end
    if k < len(doc) and doc[k].lower_ in ("dead", "injured", "wounded", "killed"):
        return _role_word(doc[k])
    return None


def _role_word(t) -> str | None:
    lemma = t.lemma_.lower()
    if lemma in DEAD or t.lower_ in DEAD or t.lower_ == "killed":
        return "dead"
    if lemma in INJURED or t.lower_ in INJURED:
        return "injured"
    return None


def _dedupe(qs: list[Quantity]) -> list[Quantity]:
    qs.sort(key=lambda q: (q.start, -(q.end - q.start)))
    out: list[Quantity] = []
    for q in qs:
        if out and q.start < out[-1].end:
            prev = out[-1]
            if q.kind == "factor" and prev.change is not None:
                continue
            if q.end <= prev.end:
                continue
            # overlapping but not contained: keep both, trimming the later one's start
            q.start = prev.end
            if q.start >= q.end:
                continue
        out.append(q)
    return out
