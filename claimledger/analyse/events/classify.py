"""Typing: the PLOVER type and mode of a frame ("accused X of shelling"), and the finer mode
and ACLED sub-type of each mention from its instrument and modifiers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.analyse.events.article import _iso3
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
from claimledger.analyse.events.words import ARMED_SECTORS, COOPERATIVE, SOFT_BATTLE, TWO_SIDED_LEMMAS

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
    if f.type == "AGREE" and not f.acled_subtype and t.pos_ == "VERB":
        near = [x for x in t.subtree if abs(x.i - t.i) <= 12]
        if (
            not inner
            and any(
                _in_class(art, x, "deal")
                for x in _theme_candidates(art, t, "verb") + _prep_objects(t, ("to", "on"))
            )
        ) or any(art.cls(x, "truce") for x in near):
            # "agreed to a new ceasefire and to exchange prisoners": an agreement
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
    if m.acled_subtype and m.acled_subtype.startswith("~"):
        m.acled_default, m.acled_subtype = m.acled_subtype[1:], None
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
                and m.acled_subtype
                not in ("Disrupted weapons use", "Abduction/forced disappearance", "Sexual violence")
            ):
                m.acled_type, m.acled_subtype = at, ast
                m.acled_default = None
        if m.acled_subtype == "*territory":
            m.acled_type, m.acled_subtype = _territory_subtype(art, m)
        objs = [m.theme] if m.theme is not None else []
        objs += _prep_objects(t, ("on", "at", "against", "upon", "into")) + m.extra_targets
        if m.support is not None:
            objs += _prep_objects(m.support, ("on", "at", "against", "upon", "into"))  # "opened fire on"
        if (
            (any(_protesters(art, o, m.sent) for o in objs if o is not None) or _during_protest(art, m))
            and m.acled_type != "Strategic developments"
            and m.mode not in ("abduct", "sexual")
        ):
            m.acled_type, m.acled_subtype = "Protests", "Excessive force against protesters"
        elif m.acled_type in (None, "Battles") and _one_sided(art, m, objs):
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
        graded = _protest_grade(art, m)
        if graded is not None:
            m.acled_type, m.acled_subtype = graded
            if graded[0] == "Riots":
                m.mode = "riot"
    elif m.type == "COERCE" and m.acled_subtype == "Arrests":
        # arrests of protesters at their protest are the police intervening in it
        if m.theme is not None and art.cls(m.theme, "protesters_strict"):
            m.acled_type, m.acled_subtype = "Protests", "Protest with intervention"
    if m.acled_type == "Strategic developments" and m.acled_subtype == "Looting/property destruction":
        # rioters who burn and loot are a violent demonstration
        subj = _subjects(t) if t.pos_ == "VERB" else []
        hit = ([m.theme] if m.theme is not None else []) + _prep_objects(t, ("to", "on"))
        against_state = any(
            y.lemma_.lower() in STATE_PROPERTY for x in hit if x is not None for y in x.subtree
        )
        if (
            any(art.cls(_through_measure(art, x), "mob") for x in subj)
            and not _protest_in_sentence(art, m.sent)
            and not against_state
        ):
            m.acled_type, m.acled_subtype = "Riots", "Mob violence"  # "an angry mob set fire to a house"
        elif any(_protesters(art, _through_measure(art, x), m.sent) or _rioting(x) for x in subj):
            m.type, m.mode = "PROTEST", "riot"
            m.acled_type, m.acled_subtype = "Riots", "Violent demonstration"


# what angry crowds attack when they riot against the state rather than lynch a neighbour
STATE_PROPERTY = {
    "police",
    "government",
    "ministry",
    "governorate",
    "prefecture",
    "parliament",
    "courthouse",
    "barracks",
    "gendarmerie",
    "office",
    "headquarters",
    "council",
}


PROTEST_WORDS = {"protest", "demonstration", "rally", "march", "demonstrate", "sit-in", "picket", "riot"}


def _protest_in_sentence(art: Article, sent: int) -> bool:
    lo, hi = art.sentence_range(sent)
    return any(art.doc[i].lemma_.lower() in PROTEST_WORDS for i in range(lo, hi))


def _protesters(art: Article, t, sent: int) -> bool:
    """Those who protest: "protesters", "demonstrators"; students, workers, a crowd only when the
    sentence tells of a protest ("fired on students protesting", not "abducted 25 students")."""
    if t is None:
        return False
    if art.cls(t, "protesters_strict"):
        return True
    return (
        art.cls(t, "protesters")
        and (t.lemma_.lower() == "crowd" or not art.cls(t, "measure"))
        and _protest_in_sentence(art, sent)
    )


def _during_protest(art: Article, m: EventMention) -> bool:
    """State forces firing or killing "during demonstrations", "at a rally": excessive force."""
    if not any(any(x in ARMED_SECTORS or x == "GOV" for x in (a.code or "").split()) for a in m.actors):
        return False
    v = m.support if m.support is not None else m.tok
    return any(
        art.cls(o, "protesters_strict") or o.lemma_.lower() in PROTEST_WORDS
        for o in _prep_objects(v, ("during", "at", "on", "against"))
    )


def _rioting(t) -> bool:
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("rioting", "angry", "rampaging") for c in t.children
    )


CASUALTY_VERBS = {"kill", "wound", "injure", "massacre", "murder", "execute", "behead", "shoot"}


def _one_sided(art: Article, m: EventMention, objs: list) -> bool:
    """ACLED: armed violence against people who cannot fight back (villagers, a chief, a bus) is
    an attack on civilians, not a clash. Needs a victim who is a person and no armed one."""
    if m.row.lemma in TWO_SIDED_LEMMAS or m.row.lemma in (
        "advance",
        "offensive",
        "invasion",
        "invade",
        "siege",
    ):
        return False
    victims = [o for o in objs if o is not None]
    if m.tok.pos_ == "VERB":
        victims += _children(m.tok, ("dobj",))
    for x in m.tok.subtree:
        # "attacked the village, burning homes and killing 14 residents"
        if x.pos_ == "VERB" and x.lemma_.lower() in CASUALTY_VERBS and abs(x.i - m.tok.i) <= 25:
            victims += _children(x, ("dobj",))
    if any(_in_class(art, _through_measure(art, o), "armed") for o in victims):
        return False
    for a in m.targets:
        sec = (a.code or "").split()
        if any(x in ARMED_SECTORS for x in sec[1:] or sec[:1]):
            return False
    if m.targets and all((a.code or "").split()[-1:] == ["CVL"] for a in m.targets):
        return True
    for o in victims:
        o = _through_measure(art, o)
        if art.cls(o, "civilian") or art.cls(o, "people"):
            return True
        a = art.actor_mention(o)
        if a is not None and a.get("type") == "person":
            return True
    return False


def _protest_grade(art: Article, m: EventMention) -> tuple[str, str] | None:
    """ACLED's grades of a protest, from its sentence and the next: violence by the protesters makes a
    violent demonstration; lethal or brutal force against them excessive force; police that
    disperse, tear-gas or detain them an intervention."""
    lo, hi = art.sentence_range(m.sent)
    own_end = hi
    if m.sent + 1 < len(art.sentences.starts):
        hi = art.sentence_range(m.sent + 1)[1]  # "Students rallied ... Police dispersed them."
    doc = art.doc
    violent = excessive = intervened = False
    for i in range(lo, hi):
        x = doc[i]
        low = x.lemma_.lower()
        if i == m.tok.i:
            continue
        if low == "violent" and (x.head.lemma_.lower() in ("turn", "become", "grow") or x.head.i == m.tok.i):
            violent = True
        if x.pos_ == "VERB" and art.cls(x, "protestviolence"):
            subj = _subjects(x)
            if any(
                _protesters(art, _through_measure(art, s), m.sent)
                or _rioting(s)
                or s.lower_ in ("they", "some")
                for s in subj
            ) or (not subj and x.dep_ == "conj" and x.head.i == m.tok.i):
                violent = True
        if low in ("kill", "shoot", "beat", "club", "whip", "stab") and x.pos_ == "VERB":
            subj = _subjects(x) + _agent(x)
            if any(_in_class(art, s, "armed") or _in_class(art, s, "state") for s in subj):
                excessive = True
        if low == "fire" and x.pos_ == "NOUN" and x.head.lemma_.lower() == "open":
            excessive = True  # "police opened fire"
        if low in ("live", "lethal", "excessive") and x.head.lemma_.lower() in (
            "round",
            "ammunition",
            "bullet",
            "fire",
            "force",
        ):
            excessive = True
        if (
            art.cls(x, "intervention")
            and (low not in ("break", "broke") or any(c.lower_ == "up" for c in x.children))
            and (low != "rubber" or x.head.lemma_.lower() in ("bullet", "round"))
            and not (x.dep_ in ("amod", "compound", "acl") and x.pos_ in ("VERB", "ADJ"))
            and (i < own_end or low not in ("arrest", "detain", "detention", "arrests"))
        ):
            # "arrested activists" describe, they do not intervene; arrests told in the next
            # sentence may be elsewhere ("later arrested two leaders at their homes")
            intervened = True
    if violent:
        return "Riots", "Violent demonstration"
    if excessive:
        return "Protests", "Excessive force against protesters"
    if intervened:
        return "Protests", "Protest with intervention"
    return None


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
        subj = _subjects(t) + _agent(t)
        cands += subj
        for x in subj:
            # "a woman wearing an explosive vest detonated it"
            for c in x.children:
                if c.dep_ == "acl" and art.cls(c, "carry"):
                    cands += _children(c, ("dobj",))
        if m.row.lemma in ("fire", "launch", "use", "throw", "destroy", "intercept", "down", "shoot"):
            th = _theme(art, t)
            if th is not None:
                cands.append(th)
                cands.extend(x for x in th.children if x.dep_ in ("compound", "amod"))
        elif m.row.lemma in ("strike", "hit", "step", "detonate"):
            th = _theme(art, t)
            if th is not None and art.cls(th, "explosive"):
                cands.append(th)  # "their vehicle struck a mine", not "struck a drone factory"
    # a weapon's own modifiers first: "aerial bombs" are dropped from the air, not planted
    ordered, seen = [], set()
    for c in cands:
        for x in [*(x for x in c.children if x.dep_ in ("compound", "amod")), c]:
            if x.i not in seen:
                seen.add(x.i)
                ordered.append(x)
    found, bare_bomb = [], None
    for c in ordered:
        if c.lemma_.lower() == "bomb" and not any(
            x.dep_ in ("compound", "amod") and x.lemma_.lower() in lex.instruments for x in c.children
        ):
            # a bare "bomb" is planted unless something else says it fell from the air
            bare_bomb = lex.instruments["bomb"]
            continue
        if c.lower_ == "suicide" and c.head.lemma_.lower() in ("drone", "uav", "kamikaze"):
            continue  # "suicide drones" are drones

        for key in (c.lemma_.lower(), c.lower_):
            if key == "car" and c.dep_ not in ("compound", "amod", "nmod"):
                break  # "a car bomb", not "from his car"
            if key in lex.instruments:
                found.append(lex.instruments[key])
                break
            part = next((p for p in key.split("-") if p in lex.instruments and p != "car"), None)
            if part is not None:
                found.append(lex.instruments[part])
                break
    # a suicide bomber is not an aircraft, a suicide car bomb not a car bomb: "suicide" decides
    return next((f for f in found if f[0] == "suicide-attack"), found[0] if found else bare_bomb)


NON_STATE_WORDS = {
    "fighter",
    "militiaman",
    "militiamen",
    "gunman",
    "gunmen",
    "jihadist",
    "rebel",
    "militant",
    "insurgent",
    "guerrilla",
    "bandit",
    "militia",
}
UNOPPOSED = {"unopposed", "unchallenged", "peacefully"}


def _territory_subtype(art: Article, m: EventMention) -> tuple[str, str]:
    """ACLED, by who takes the ground and whose it is: taken without a fight, a non-violent
    transfer; a non-state group, overtaking; state forces on their own country's ground,
    regaining; state forces in another state's ground, fighting (an armed clash)."""
    t = m.tok
    clause = m.clause if m.clause is not None else t
    for x in clause.subtree:
        if x.lower_ in UNOPPOSED or (
            x.lower_ in ("fight", "resistance", "fighting", "shot", "incident", "bloodshed", "clashes")
            and x.dep_ == "pobj"
            and x.head.lower_ == "without"
        ):
            return "Strategic developments", "Non-violent transfer of territory"
    for a in m.actors:
        if any(x in ("REB", "UAF", "OPP") for x in (a.code or "").split()):
            return "Battles", "Non-state actor overtakes territory"
    subj = (
        (_subjects(t) + _agent(t))
        if t.pos_ == "VERB"
        else (_subjects(m.support) if m.support is not None else [])
    )
    for s in subj:
        s = _through_measure(art, s)
        if s.lemma_.lower() in NON_STATE_WORDS or s.lower_ in NON_STATE_WORDS:
            return "Battles", "Non-state actor overtakes territory"
    own = {a.code.split()[0] for a in m.actors if a.code and len(a.code.split()[0]) == 3}
    own = {c for c in own if c.isalpha() and c.isupper() and c not in ("IGO", "NGO", "MNC")}
    if own and any(any(x in ("REB", "UAF") for x in (a.code or "").split()) for a in m.targets):
        return "Battles", "Government regains territory"  # "drove al-Shabaab out of the town"
    if own:
        where = [m.theme] if m.theme is not None else []
        where += _prep_objects(t, ("of", "in", "near", "around"))
        if m.theme is not None:
            where += _prep_objects(m.theme, ("of", "in", "near"))
        for w in where:
            p = art.place_of(w)[1]
            if p is not None and p.get("country") and p.get("kind") not in ("demonym", "metonym"):
                if _iso3(p["country"]) in own:
                    return "Battles", "Government regains territory"
    return "Battles", "Armed clash"
