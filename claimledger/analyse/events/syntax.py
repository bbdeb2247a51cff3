"""Walks over the dependency parse that every event stage uses: subjects, objects, governing
verbs, noun-phrase extents. Tokens are compared by index (`.i`), never by identity."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.analyse.events.words import OBJECT_CONTROL, RELATIVE_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimledger.analyse.events.article import Article


def _is_root(t) -> bool:
    return t.head.i == t.i


def _pos(t) -> str | None:
    if t.pos_ == "VERB":
        return "verb"
    if t.pos_ in ("NOUN", "PROPN"):
        return "noun"
    if t.pos_ == "ADJ":
        return "adj"
    return None


def _children(t, deps) -> list:
    return [c for c in t.children if c.dep_ in deps]


def _prep_objects(t, preps) -> list:
    out = []
    for c in t.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            out.extend(_children(c, ("pobj", "pcomp")))
    return out


def _conj(t) -> list:
    out, seen, stack = [t], {t.i}, [t]
    while stack:
        for c in stack.pop().children:
            if c.dep_ == "conj" and c.i not in seen:
                seen.add(c.i)
                out.append(c)
                stack.append(c)
    return out


def _passive(v) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)


def _through_measure(art: Article, t):
    """ "12 tonnes of food" -> food; "a convoy of soldiers" -> soldiers; "the state of emergency";
    "most of which" -> what "which" stands for."""
    if t is not None and (art.cls(t, "measure") or t.like_num):
        o = _prep_objects(t, ("of",))
        if o:
            t = o[0]
    if t is not None and t.lower_ in ("which", "whom", "that"):
        x = t
        for _ in range(4):
            if _is_root(x):
                break
            if x.dep_ == "relcl":
                return x.head
            x = x.head
    return t


def _theme(art: Article, v):
    """The object of a verb: the direct object, else the subject of a passive."""
    d = _children(v, ("dobj",))
    if d:
        return _through_measure(art, d[0])
    if _passive(v):
        s = _children(v, ("nsubjpass",))
        return _through_measure(art, s[0]) if s else None
    return None


def _theme_candidates(art: Article, t, pos: str) -> list:
    if pos == "noun":
        return [_through_measure(art, x) for x in _prep_objects(t, ("of",))]
    out = [
        # "the base ..., which was taken over": the relative pronoun stands for its noun
        _through_measure(art, t.head if x.lower_ in ("which", "that") and t.dep_ == "relcl" else x)
        for x in _children(t, ("dobj", "nsubjpass"))
    ]
    out += [_through_measure(art, x) for x in _prep_objects(t, ("with",))]
    return out


def _subjects(v, depth: int = 0) -> list:
    """Subjects of a verb, through control ("continued to shell"), coordination and relatives."""
    if depth > 4:
        return []
    s = _children(v, ("nsubj", "csubj"))
    if s:
        out = []
        for x in s:
            if x.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                out.append(v.head)
            else:
                out.extend(_conj(x))
        return out
    if _passive(v) or _is_root(v):
        return []
    h = v.head
    if v.dep_ == "acomp" and h.pos_ in ("VERB", "AUX"):
        return _subjects(h, depth + 1)  # "it was ready to accept"
    if v.dep_ == "xcomp" and h.pos_ in ("VERB", "AUX", "ADJ"):
        if h.lemma_.lower() in OBJECT_CONTROL:
            o = _children(h, ("dobj",))
            if o:
                return _conj(o[0])
        if h.pos_ == "ADJ":
            return _subjects(h.head, depth + 1) if h.dep_ in ("acomp", "xcomp") else []
        return _subjects(h, depth + 1)
    if v.dep_ == "conj" and h.pos_ in ("VERB", "AUX"):
        return _subjects(h, depth + 1)
    if v.dep_ == "advcl" and v.tag_ == "VBG" and h.pos_ in ("VERB", "AUX"):
        return _subjects(h, depth + 1)
    if v.dep_ == "relcl":
        return [h]
    if v.dep_ == "acl" and h.pos_ in ("NOUN", "PROPN"):
        # "Kyiv's decision to allow inspectors": the owner of the decision acts
        return [c for c in h.children if c.dep_ == "poss"]
    return []


def _agent(v) -> list:
    out = []
    for c in v.children:
        if c.dep_ == "agent":
            for o in _children(c, ("pobj",)):
                out.extend(_conj(o))
    return out


def _governing_verb(t, limit: int = 6):
    h = t
    for _ in range(limit):
        if _is_root(h):
            return h
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            return h
    return h


def _light_verb(n):
    """The verb a trigger noun is the object of: "launched an offensive", "came under fire",
    "adopted a package of sanctions"."""
    if _is_root(n):
        return None
    h = n.head
    if (
        n.dep_ == "pobj"
        and h.lower_ == "of"
        and h.head.pos_ in ("NOUN", "PROPN")
        and not _is_root(h.head)
        and (
            h.head.dep_ in ("dobj", "nsubjpass", "attr")
            or (h.head.dep_ == "pobj" and h.head.lemma_.lower() in ("state", "level", "degree"))
        )
    ):
        return _light_verb(h.head)  # "put on the highest state of readiness"
    if n.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and h.pos_ in ("VERB", "AUX"):
        return h
    if (
        n.dep_ == "pobj"
        and h.dep_ == "prep"
        and h.head.pos_ in ("VERB", "AUX")
        and h.lower_ in ("under", "on", "into", "to", "for", "in")
    ):
        return h.head
    return None


def _np_range(h) -> tuple[int, int]:
    lo, hi = h.left_edge.i, h.i
    for c in h.rights:
        if c.dep_ in ("prep", "relcl", "acl", "punct", "cc", "conj", "advcl"):
            break
        if c.dep_ == "appos" and (c.left_edge.i != hi + 1 or h.doc[hi].whitespace_ == ""):
            break  # "leader Ismail Haniyeh" is one phrase; "Kovalenko, head of ..." is two
        hi = c.right_edge.i
    return lo, hi


def _hangs_on(tok: Token, anchors: set, stop_at_verb: bool = False) -> bool:
    """Whether `tok` reaches one of `anchors` climbing at most 8 heads; with stop_at_verb the
    climb ends at the first other verb (a time belongs to the nearest clause)."""
    x = tok
    for _ in range(8):
        if x.i in anchors:
            return True
        if _is_root(x):
            return False
        x = x.head
        if stop_at_verb and x.pos_ in ("VERB", "AUX") and x.i not in anchors:
            return False
    return x.i in anchors
