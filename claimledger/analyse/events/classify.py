"""Typing: the PLOVER type and mode of a frame ("accused X of shelling"), and the finer mode
and ACLED sub-type of each mention from its instrument and modifiers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.analyse.events.detect import _in_class
from claimledger.analyse.events.syntax import (
    _agent,
    _children,
    _prep_objects,
    _subjects,
    _theme,
    _theme_candidates,
    _through_measure,
)
from claimledger.analyse.events.words import ARMED_SECTORS, COOPERATIVE, SOFT_BATTLE

if TYPE_CHECKING:
    from claimledger.analyse.events.article import Article, EventMention

INNER_MODE = {
    "THREATEN": {
        "ASSAULT": "violence",
        "MOBILIZE": "violence",
        "SANCTION": "relations",
        "RETREAT": "relations",
        "PROTEST": "restrict",
    },
    "REQUEST": {
        "RETREAT": "yield",
        "CONCEDE": "yield",
        "CONSULT": "meet",
        "AID": "assist",
        "COOPERATE": "assist",
        "SUPPORT": "assist",
        "AGREE": "yield",
    },
    "REJECT": {
        "RETREAT": "yield",
        "CONCEDE": "yield",
        "CONSULT": "meet",
        "AID": "assist",
        "COOPERATE": "assist",
        "SUPPORT": "assist",
        "AGREE": "yield",
    },
}


THEME_MODE = (
    ("deal", "yield"),
    ("talks", "meet"),
    ("aid", "assist"),
    ("weapons", "assist"),
    ("money", "assist"),
    ("sanctions", "yield"),
    ("restriction", "yield"),
    ("prisoners", "yield"),
)


COERCE_THREAT = {"arrest": "arrest", "ban": "ban", "deport": "expel", "curfew": "restrict", "censor": "ban"}


def _frame_type(art: Article, f: EventMention) -> None:
    inner = [m for m in f.inner if not m.drop]
    t = f.tok
    if any(c.dep_ == "neg" for c in t.children):
        # "did not threaten", "would not rule out": neither the act nor what it is about happened
        f.drop = True
        for m in f.inner:
            m.drop = True
        return
    if f.row.role == "promise":
        coop = any(m.type in COOPERATIVE for m in inner)
        th = _theme(art, t) if t.pos_ == "VERB" else None
        if th is not None and any(
            _in_class(art, th, c) for c in ("aid", "weapons", "money", "deal", "talks")
        ):
            coop = True
        if (t.lemma_ in ("vow", "threaten") and not coop) or (inner and not coop):
            f.type, f.acled_type, f.acled_subtype = "THREATEN", None, None
        elif not inner and th is None:
            f.drop = True
            return
        else:
            f.type = "AGREE"
    if f.type == "AGREE" and inner:
        f.intent = inner[0].type
        if inner[0].type == "AGREE" and inner[0].acled_subtype:
            f.acled_type, f.acled_subtype = inner[0].acled_type, inner[0].acled_subtype
    if f.type == "AGREE" and not inner and t.pos_ == "VERB":
        if any(
            _in_class(art, x, "deal")
            for x in _theme_candidates(art, t, "verb") + _prep_objects(t, ("to", "on"))
        ):
            f.acled_type, f.acled_subtype = "Strategic developments", "Agreement"
    if t.lemma_ == "warn":
        # a warning is a threat only when the speaker's side is the one that would act
        own = {(a.code or "")[:3] for a in f.actors if a.code}
        ok = False
        for m in inner:
            codes = {(a.code or "")[:3] for a in m.actors if a.code}
            pron = m.tok.pos_ == "VERB" and any(s.lower_ in ("it", "we", "they") for s in _subjects(m.tok))
            if m.type in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE") and (codes & own or pron):
                ok = True
        if not ok:
            f.drop = True
            for m in f.inner:
                m.frame = None
            f.inner = []
            return
    if f.mode == "*" or (f.mode is None and f.type in INNER_MODE):
        f.mode = None
        for m in inner:
            if f.type == "THREATEN" and m.type == "COERCE":
                f.mode = COERCE_THREAT.get(m.mode or "")
            elif f.type == "THREATEN" and m.type == "ASSAULT" and m.acled_subtype == "*territory":
                f.mode = "territory"
            else:
                f.mode = INNER_MODE.get(f.type, {}).get(m.type)
            if f.mode:
                break
        if f.mode is None and f.type in ("REQUEST", "REJECT"):
            objs = _prep_objects(t, ("for",))
            if t.pos_ == "VERB":
                objs = _children(t, ("dobj",)) + objs
            for o in objs:
                o = _through_measure(art, o)
                f.mode = next((mode for cls, mode in THEME_MODE if _in_class(art, o, cls)), None)
                if f.mode is None:
                    f.mode = next(
                        (
                            mode
                            for x in _prep_objects(o, ("for", "of"))
                            for cls, mode in THEME_MODE
                            if _in_class(art, x, cls)
                        ),
                        None,
                    )
                if f.mode:
                    break


MILITARY_MODS = {"military", "defence", "defense", "security", "lethal", "weapons", "arms"}


ECONOMIC_MODS = {
    "financial",
    "economic",
    "budget",
    "development",
    "cash",
    "reconstruction",
    "macro-financial",
}


HUMANITARIAN_MODS = {"humanitarian", "food", "medical", "emergency", "relief", "winter", "shelter"}


AID_CLASSES = (("weapons", "military"), ("money", "economic"), ("asylum", "asylum"), ("aid", "humanitarian"))


def _refine(art: Article, m: EventMention) -> None:
    t = m.tok
    if m.type == "ASSAULT":
        inst = _instrument(art, m)
        m.acled_firm = inst is not None or m.row.lemma not in SOFT_BATTLE
        if inst is not None:
            mode, at, ast = inst
            if mode:
                m.mode = mode
            if (
                at
                and (m.acled_type != "Battles" or m.row.lemma in SOFT_BATTLE)
                and m.acled_subtype != "Disrupted weapons use"
            ):
                m.acled_type, m.acled_subtype = at, ast
        if m.acled_subtype == "*territory":
            m.acled_subtype = _territory_subtype(m)
        objs = [m.theme] if m.theme is not None else []
        objs += _prep_objects(t, ("on", "at", "against", "upon")) + m.extra_targets
        if (
            any(_in_class(art, o, "protesters") for o in objs if o is not None)
            and m.acled_type != "Strategic developments"
        ):
            m.acled_type, m.acled_subtype = "Protests", "Excessive force against protesters"
        elif (
            m.targets
            and all((a.code or "").split()[-1:] == ["CVL"] for a in m.targets)
            and m.acled_type in (None, "Battles")
        ):
            m.acled_type, m.acled_subtype = "Violence against civilians", "Attack"
        subj = (
            (_subjects(t) + _agent(t))
            if t.pos_ == "VERB"
            else (_subjects(m.support) if m.support is not None else [])
        )
        if (
            m.acled_type in (None, "Battles", "Violence against civilians")
            and any(art.cls(_through_measure(art, x), "mob") for x in subj)
            and not any(a.code and a.code.split()[-1] in ARMED_SECTORS for a in m.actors)
        ):
            m.acled_type, m.acled_subtype = "Riots", "Mob violence"  # "a mob attacked the village"
    elif m.type == "AID" and m.mode == "*":
        m.mode = None
        words = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod")]
        th = m.theme
        if th is not None:
            words += [th] + [c for c in th.children if c.dep_ in ("amod", "compound", "nmod")]
        lows = {w.lemma_.lower() for w in words} | {t.lemma_.lower()}
        if lows & MILITARY_MODS:
            m.mode = "military"
        elif lows & ECONOMIC_MODS:
            m.mode = "economic"
        elif lows & HUMANITARIAN_MODS:
            m.mode = "humanitarian"
        else:
            m.mode = next(
                (
                    mode
                    for x in ([th] if th is not None else []) + words
                    for cls, mode in AID_CLASSES
                    if _in_class(art, x, cls)
                ),
                None,
            )
    elif m.type == "MOBILIZE" and m.mode == "*":
        m.mode = None
        cands = ([m.theme] if m.theme is not None else []) + [
            c for c in t.children if c.dep_ in ("amod", "compound")
        ]
        for x in cands:
            m.mode = (
                "police"
                if art.cls(x, "police")
                else "troops"
                if art.cls(x, "troops")
                else "weapons"
                if art.cls(x, "weapons")
                else None
            )
            if m.mode:
                break
        if m.mode is None and t.pos_ == "VERB" and not _children(t, ("dobj",)):
            m.mode = "troops"  # "deployed to the border": units that move themselves
    elif m.type == "PROTEST" and m.acled_subtype == "Peaceful protest":
        # police that disperse or detain the protesters in the same sentence intervene
        lo, hi = art.sentence_range(m.sent)
        for i in range(lo, hi):
            if art.doc[i].lemma_.lower() in ("disperse", "detain", "arrest", "detention"):
                m.acled_subtype = "Protest with intervention"
                break


def _instrument(art: Article, m: EventMention):
    lex = art.lex
    t = m.tok
    cands = [t] if t.pos_ != "VERB" and t.lemma_.lower() in lex.instruments else []
    for c in t.children:
        if c.dep_ in ("compound", "amod", "nmod", "npadvmod"):
            cands.append(c)
            cands.extend(x for x in c.children if x.dep_ in ("compound", "amod"))
    cands += _prep_objects(t, ("with", "by", "using", "from"))
    for c in t.children:
        if c.dep_ == "advcl" and c.lemma_ == "use":
            cands += _children(c, ("dobj",))
    if t.pos_ == "VERB":
        cands += _subjects(t) + _agent(t)
        if m.row.lemma in ("fire", "launch", "use", "throw", "destroy", "intercept", "down", "shoot"):
            th = _theme(art, t)
            if th is not None:
                cands.append(th)
                cands.extend(x for x in th.children if x.dep_ in ("compound", "amod"))
    for c in list(cands):
        cands.extend(x for x in c.children if x.dep_ in ("compound", "amod") and x not in cands)
    for c in cands:
        for key in (c.lemma_.lower(), c.lower_):
            if key in lex.instruments:
                return lex.instruments[key]
            for part in key.split("-"):
                if part in lex.instruments and part != "car":
                    return lex.instruments[part]
    return None


def _territory_subtype(m: EventMention) -> str:
    """ACLED: a non-state group taking ground; state forces advancing into another state's ground
    are fighting (an armed clash); taking one's own back is regaining (its own trigger words)."""
    for a in m.actors:
        sec = (a.code or "").split()
        if len(sec) > 1 and sec[1] in ("REB", "UAF", "OPP"):
            return "Non-state actor overtakes territory"
    return "Armed clash"
