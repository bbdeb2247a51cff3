"""Arguments: who acts and who or what is acted on, coded through the actor pass, places
standing as participants, and pronouns resolved to the speaker they stand for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.analyse.events.article import Arg, _innermost, _iso3
from claimledger.analyse.events.syntax import (
    _agent,
    _children,
    _conj,
    _np_range,
    _passive,
    _prep_objects,
    _subjects,
    _theme,
)
from claimledger.analyse.events.words import (
    ARMED_SECTORS,
    IMPACT_VERBS,
    PERFORMING_VERBS,
    PRONOUNS,
    STATE_SECTORS,
    THEME_TYPES,
    TWO_SIDED_LEMMAS,
    TWO_SIDED_TYPES,
    VERBAL,
    WITNESS_STANCES,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimledger.analyse.events.article import Article, EventMention


def _args_of(art: Article, t, pronoun_ok: bool = True) -> list[Arg]:
    """Actors named by the noun phrase headed by t and its conjuncts: actor mentions inside it,
    else a country or seat it names, else a resolved pronoun; "thousands of Israelis" looks
    into its "of" phrase, "its troops" takes the owner's forces."""
    out = []
    doc = art.doc
    for h in _conj(t):
        if art.cls(h, "measure"):
            inner = _prep_objects(h, ("of",))
            if inner:
                out.extend(_args_of(art, inner[0], pronoun_ok))
                continue
        lo, hi = _np_range(h)
        found = False
        seen = set()
        for i in range(lo, hi + 1):
            k = art.actor_at[i]
            if k >= 0 and k not in seen:
                seen.add(k)
                a = art.actors[k]
                out.append(Arg(a["char_start"], a["char_end"], _with_country(art, h, a.get("code")), i))
                found = True
        if found:
            continue
        first = None
        for i in range(lo, hi + 1):
            code = art.code_of_place(art.place_of(doc[i])[1])
            if not code:
                continue
            if first is not None and not (doc[i].dep_ == "conj" and doc[i].head.i == first):
                continue  # one place per phrase, unless coordinated: "US and British warplanes"
            p = art.places[art.place_at[i]]
            out.append(Arg(p["start"], p["end"], code, i))
            found = True
            if first is None:
                first = i
        if found or not pronoun_ok:
            continue
        if h.lower_ in PRONOUNS:
            code = _resolve_pronoun(art, h)
            if code:
                out.append(Arg(h.idx, h.idx + len(h), code, h.i))
            continue
        for c in h.children:
            if c.dep_ == "poss" and c.lower_ in PRONOUNS:
                # "its most experienced units", "its aircraft": the owner's forces
                code = _resolve_pronoun(art, c)
                if code:
                    country = code.split()[0]
                    if art.cls(h, "troops") or art.cls(h, "weapons") or art.cls(h, "instrument"):
                        code = country + " MIL" if len(country) == 3 and country.isupper() else code
                    out.append(Arg(doc[lo].idx, h.idx + len(h), code, h.i))
                break
    return out


def _with_country(art: Article, h, code: str | None) -> str | None:
    """ "the junta in Niger": a sector without a country takes the country of its "in" phrase."""
    if code and (
        len(code.split()[0]) != 3
        or not code.split()[0].isupper()
        or code.split()[0] in ARMED_SECTORS
        or code.split()[0] in STATE_SECTORS
        or code.split()[0] in ("CVL", "OPP", "MED", "BUS")
    ):
        if code.split()[0] in ("IGO", "NGO"):
            return code
        for o in _prep_objects(h, ("in", "of", "from")):
            p = art.place_of(o)[1]
            iso = _iso3(p["country"]) if p is not None and p.get("country") else None
            if iso:
                return f"{iso} {code}"
    return code


def _resolve_pronoun(art: Article, p) -> str | None:
    """A pronoun's actor: the speaker of the statement it sits in ("Moscow said it would ..."),
    else the nearest earlier actor of a fitting type in this sentence or the one before."""
    want = PRONOUNS.get(p.lower_, ())
    for d in art.drafts:
        if d.speaker.start <= p.idx < d.speaker.end and d.actor:
            return d.actor  # the speaker of a statement, resolved by attribution
    inner = _innermost(art, p.idx)
    if inner is not None:
        d = art.drafts[inner]
        sp_type = getattr(d.speaker, "type", None)
        if d.actor and (p.lower_ in ("we", "us", "i") or sp_type in want):
            return d.actor
    s = art.sent_of[p.i]
    lo = art.sentences.starts[max(0, s - 1)]
    for i in range(p.i - 1, lo - 1, -1):
        k = art.actor_at[i]
        if k >= 0:
            a = art.actors[k]
            if a.get("type") in want or (a.get("type") in ("country", "organisation") and "country" in want):
                return a.get("code")
        elif "country" in want:
            code = art.code_of_place(art.place_of(art.doc[i])[1])
            if code and art.places[art.place_at[i]].get("kind") != "demonym":
                return code
    return None


def _fallback_code(art: Article, t) -> list[Arg]:
    """An uncoded subject read with the actor dictionary: "A UN report", "Russia's media regulator"."""
    from claimledger.analyse.actors import code_for_text

    lo, hi = _np_range(t)
    doc = art.doc
    text = art.text[doc[lo].idx : doc[hi].idx + len(doc[hi])]
    code = code_for_text(text)
    if code and code[:3].isupper() and len(code.split()[0]) == 3:
        return [Arg(doc[lo].idx, doc[hi].idx + len(doc[hi]), code, t.i)]
    return []


def _subject_args(art: Article, subj: list) -> list[Arg]:
    out = []
    for x in subj:
        got = _args_of(art, x)
        if not got and x.pos_ in ("NOUN", "PROPN"):
            got = _fallback_code(art, x)
        out += got
    return out


def _modifier_actors(art: Article, n) -> list[Arg]:
    """Actors named inside a trigger noun's own phrase: "Russia's attack", "Russian strikes"."""
    out = []
    for c in n.children:
        if c.i < n.i and c.dep_ in ("poss", "amod", "compound", "nmod"):
            out.extend(_args_of(art, c))
    return out


def _arguments(art: Article, m: EventMention) -> None:
    t = m.tok
    lemma = t.lemma_.lower()
    two_sided = m.type in TWO_SIDED_TYPES or lemma in TWO_SIDED_LEMMAS or t.lower_ in TWO_SIDED_LEMMAS
    actors: list[Arg] = []
    targets: list[Arg] = []
    theme_args: list[Arg] = []
    v: Token | None
    preps_target: list[str] | tuple[str, ...]
    if t.pos_ in ("VERB", "ADJ"):
        v = t
        if _passive(v) or (v.dep_ == "acl" and v.tag_ == "VBN"):
            actors += _subject_args(art, _agent(v))
        else:
            actors += _subject_args(art, _subjects(v))
        if m.theme is not None:
            theme_args = _args_of(art, m.theme)
        for x in _children(v, ("dative",)):
            targets += _args_of(art, x)
        preps_target = ["against", "on", "upon", "at"]
        if m.type == "AID":
            preps_target = ["to", "for"]
            if _children(v, ("dobj",)) and _prep_objects(v, ("with",)):
                targets += _args_of(art, _children(v, ("dobj",))[0])  # "provided Ukraine with tanks"
        elif m.type in VERBAL or m.type in ("RETREAT", "COOPERATE"):
            preps_target.append("to")
        for x in _prep_objects(v, preps_target):
            targets += _args_of(art, x, pronoun_ok=False)
        if m.theme is not None and m.type == "ASSAULT":
            for x in _prep_objects(m.theme, ("against", "on", "upon")):
                targets += _args_of(art, x, pronoun_ok=False)  # "used munitions against positions"
        if _passive(v) and _children(v, ("dobj",)) and m.type not in THEME_TYPES:
            for x in _children(v, ("nsubjpass",)):
                targets += _args_of(art, x)  # "inspectors were granted access"
        if two_sided:
            for x in _prep_objects(v, ("with",)):
                actors += _args_of(art, x)
            if m.theme is not None and m.type in TWO_SIDED_TYPES:
                for x in _prep_objects(m.theme, ("with", "between")):
                    actors += _args_of(art, x)  # "signed agreements with Ukraine"
        if m.frame is not None and not actors and m.frame.type in ("ACCUSE", "REQUEST"):
            # "accused Kyiv of shelling": the accused is the one said to shell
            f = m.frame.tok
            for x in _children(f, ("dobj",)) or (_children(f, ("nsubjpass",)) if _passive(f) else []):
                actors += _args_of(art, x)
    else:
        n = t
        v = m.support
        if (
            v is not None
            and v.lemma_.lower() not in PERFORMING_VERBS
            and any(d.cue[0] <= v.idx < d.cue[1] and d.stance in WITNESS_STANCES for d in art.drafts)
        ):
            v = None  # "Defense chief confirms first battles": the speaker is not a party
        if v is not None:
            subj = _agent(v) if _passive(v) else _subjects(v)
            sargs = _subject_args(art, subj)
            if n.dep_ == "pobj" and n.head.lower_ == "under":
                targets += sargs  # "came under fire": the subject is fired upon
            elif art.cls(v, "victim"):
                targets += sargs
            elif art.cls(v, "locus"):
                m.place_hint = subj[0] if subj else None
            else:
                actors += sargs
        elif n.dep_ in ("nsubj", "nsubjpass") and n.head.pos_ in ("VERB", "AUX"):
            h = n.head
            if h.lemma_.lower() in IMPACT_VERBS:
                for o in _children(h, ("dobj",)):
                    targets += _args_of(art, o)
        actors += _modifier_actors(art, n)
        for x in _prep_objects(n, ("by", "between", "among", "amongst")):
            actors += _args_of(art, x)
        if two_sided:
            for x in _prep_objects(n, ("with",)):
                actors += _args_of(art, x)
        if m.type in THEME_TYPES:
            if m.theme is not None:
                theme_args = _args_of(art, m.theme)
            preps_target = ("to", "for")
        else:
            preps_target = ("against", "on", "upon", "at", "of") + (("to",) if m.type in VERBAL else ())
        for x in _prep_objects(n, preps_target):
            targets += _args_of(art, x, pronoun_ok=False)
        if m.type in ("ACCUSE", "REQUEST", "THREATEN", "REJECT"):
            for x in _prep_objects(n, ("from",)):
                actors += _args_of(art, x)  # "a sharp protest from Baghdad"
    for x in m.extra_targets:
        targets += _args_of(art, x)
    if m.type == "ASSAULT" and m.theme is not None and theme_args:
        p = art.place_of(m.theme)[1]
        if p is not None and p.get("kind") in ("city", "metonym", "admin1", "admin2", "region", "feature"):
            # "captured Damascus", "shelled Kharkiv": the city is where, not whom
            m.place_hint = m.theme
            theme_args = []
    # what a verb does to its object: the object is the target, except for what is moved or given
    if t.pos_ in ("VERB", "ADJ") and m.theme is not None and m.type not in THEME_TYPES:
        if (two_sided and m.type == "ASSAULT") or (m.type in TWO_SIDED_TYPES and m.type != "AGREE"):
            actors += theme_args
        else:
            targets += theme_args
    if m.type == "AID" and lemma == "receive":
        # "Lithuania expects to receive tanks from Germany": the giver acts
        targets = actors
        actors = [a for x in _prep_objects(t, ("from",)) for a in _args_of(art, x)]
    if m.type == "MOBILIZE":
        if not actors:
            actors = theme_args
        elif theme_args:
            own = {(a.code or "")[:3] for a in actors}
            targets += [a for a in theme_args if (a.code or "")[:3] not in own]
        m.theme_codes = [a.code for a in theme_args if a.code]
    m.actors = _dedupe(actors)
    own_spans = {(a.start, a.end) for a in m.actors}
    m.targets = [a for a in _dedupe(targets) if (a.start, a.end) not in own_spans]
    if not m.targets and m.type == "ASSAULT":
        objs = [m.theme] if m.theme is not None and t.pos_ in ("VERB", "ADJ") else []
        objs += _prep_objects(t, ("against", "on")) + m.extra_targets
        for o in objs:
            if o is None or o.pos_ not in ("NOUN", "PROPN") or art.place_of(o)[1] is not None:
                continue
            if art.cls(o, "civilian"):
                # "killed 12 worshippers": people with no other code are civilians
                lo, hi = _np_range(o)
                m.targets.append(Arg(art.doc[lo].idx, art.doc[hi].idx + len(art.doc[hi]), "CVL", o.i))
            else:
                m.targets += _fallback_code(art, o)  # "strikes against Houthi targets"


def _dedupe(args: list[Arg]) -> list[Arg]:
    seen, out = set(), []
    for a in args:
        if (a.start, a.end) not in seen:
            seen.add((a.start, a.end))
            out.append(a)
    return out


def _frame_arguments(art: Article, f: EventMention) -> None:
    """A verbal act's target: who is told, urged, accused; else the parties of what it is about."""
    inner = [m for m in f.inner if not m.drop]
    t = f.tok
    if not f.targets and t.pos_ == "VERB":
        if t.dep_ == "relcl" and not _children(t, ("dobj",)):
            f.targets = _args_of(art, t.head)  # "firms it accuses of supplying"
        own_codes = {a.code for a in f.actors}
        for c in _children(t, ("ccomp", "xcomp")) if f.type in ("REQUEST", "ACCUSE") else ():
            if f.targets:
                break
            for s in _children(c, ("nsubj", "nsubjpass")):
                f.targets += [
                    a for a in _args_of(art, s) if a.code not in own_codes
                ]  # "demanded that Russia return"
    if not f.targets:
        for m in inner:
            if f.type == "ACCUSE":
                f.targets = list(m.actors)
            elif f.type in ("REQUEST", "REJECT"):
                f.targets = (
                    list(m.actors)
                    if m.actors and {a.code for a in m.actors} != {a.code for a in f.actors}
                    else list(m.targets)
                )
            else:
                f.targets = list(m.targets)
            if f.targets:
                break
    if f.type in ("REJECT", "REQUEST") and not f.targets and t.pos_ == "VERB":
        th = _theme(art, t)
        if th is not None:
            # "rejected Moscow's proposal": the owner of the proposal
            f.targets = [
                a for c in th.children if c.dep_ in ("poss", "compound", "amod") for a in _args_of(art, c)
            ]
    own = {(a.start, a.end) for a in f.actors}
    f.targets = [a for a in _dedupe(f.targets) if (a.start, a.end) not in own]
