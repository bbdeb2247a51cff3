"""Detection and linking: trigger words that pass their lexicon conditions become event
mentions; a verbal act takes the happening it is about as its frame."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.analyse.events.arguments import _args_of
from claimledger.analyse.events.article import EventMention
from claimledger.analyse.events.syntax import (
    _agent,
    _children,
    _governing_verb,
    _is_root,
    _light_verb,
    _pos,
    _prep_objects,
    _subjects,
    _theme,
    _theme_candidates,
    _through_measure,
)
from claimledger.analyse.events.words import (
    ADJUNCT_PREPS,
    ARMED_SECTORS,
    FRAME_DEPS,
    HOST_PREPS,
    IMPACT_VERBS,
    NON_LOCATIONS,
    PARTICLES,
    SKIP_ENTS,
    STATE_SECTORS,
    STOPPERS,
    TEMPORAL,
)

if TYPE_CHECKING:
    from claimledger.analyse.events.article import Article
    from claimledger.resources.events import EventLexicon, Row


# past forms the lemmatiser leaves as they are ("retook" -> "retook")
IRREGULAR_PAST = {
    "retook": "retake",
    "retaken": "retake",
    "overran": "overrun",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "overtook": "overtake",
    "shot": "shoot",
    "blew": "blow",
    "threw": "throw",
    "fled": "flee",
}


def _rows(lex: EventLexicon, t, pos: str):
    lemma = t.lemma_.lower()
    found = lex.rows.get((lemma, pos), ()) + lex.rows.get((lemma, "any"), ())
    if not found and t.lower_ != lemma:
        found = lex.rows.get((t.lower_, pos), ()) + lex.rows.get((t.lower_, "any"), ())
    if not found and pos == "verb" and t.lower_ in IRREGULAR_PAST:
        w = IRREGULAR_PAST[t.lower_]
        found = lex.rows.get((w, "verb"), ()) + lex.rows.get((w, "any"), ())
    if not found and pos == "verb" and t.lower_.endswith("ed") and len(t.lower_) > 4:
        # a past form the lemmatiser got wrong: "raped" -> "rap"
        for cand in (t.lower_[:-1], t.lower_[:-2]):
            found = lex.rows.get((cand, "verb"), ()) + lex.rows.get((cand, "any"), ())
            if found:
                break
    if not found and pos == "noun" and t.lower_.endswith("ing") and len(t.lower_) > 5:
        # a gerund the tagger took for a noun: "before withdrawing"
        w = t.lower_[:-3]
        for cand in (w, w + "e", w[:-1]):
            found = lex.rows.get((cand, "verb"), ())
            if found:
                break
    return found


def _holds(art: Article, row: Row, t, pos: str) -> bool:
    if not row.when:
        return True
    return any(all(_cond(art, t, pos, key, arg) != neg for neg, key, arg in alt) for alt in row.when)


def _cond(art: Article, t, pos: str, key: str, arg: str) -> bool:
    if key == "theme":
        cands = _theme_candidates(art, t, pos)
        if arg == "any":
            return bool(_children(t, ("dobj",))) if pos != "noun" else bool(cands)
        return any(_in_class(art, x, arg) for x in cands)
    if key == "obj":
        return any(_in_class(art, _through_measure(art, x), arg) for x in _children(t, ("dobj", "nsubjpass")))
    if key == "ccomp":
        return bool(_children(t, ("ccomp",)))
    if key == "mod":
        mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod", "nummod", "npadvmod", "poss")]
        return any(_in_class(art, m, arg) for m in mods)
    if key == "head":
        v = _light_verb(t)
        return v is not None and art.cls(v, arg)
    if key == "subj":
        if pos == "noun":
            v = _light_verb(t)
            subj = _subjects(v) if v is not None else []
        else:
            subj = _subjects(t)
        return any(_in_class(art, s, arg) or _in_class(art, _through_measure(art, s), arg) for s in subj)
    if key == "prt":
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == arg and c.i > t.i for c in t.children)
    if key == "adv":
        return any(c.dep_ == "advmod" and c.lower_ == arg for c in t.children)
    if key == "prep":
        return any(c.dep_ in ("prep", "agent") and c.lower_ == arg for c in t.children)
    if key == "subjof":
        return t.dep_ == "nsubj" and not _is_root(t) and art.cls(t.head, arg)
    if key in ("of", "from", "in", "on", "over", "with", "between", "within", "to"):
        return any(_in_class(art, _through_measure(art, x), arg) for x in _prep_objects(t, (key,)))
    if key == "xcomp":
        # "told X to", "asked the coalition to draw up": an infinitive clause on the verb
        return bool(_children(t, ("xcomp",))) or any(
            c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in t.children
        )
    if key == "definite":
        return any(c.dep_ == "det" and art.cls(c, "definite") for c in t.children)
    if key == "under":
        return (
            t.dep_ == "pobj"
            and t.head.lower_ == "under"
            and t.head.head.lemma_ in ("come", "be", "remain", "fall")
        )
    if key == "plural":
        return t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s")
    if key == "inner":
        return _has_inner(art, t)
    if key == "hostile":
        return _hostile(art, t)
    if key == "accident":
        v = _governing_verb(t)
        return any(art.cls(x, "accident") for x in v.subtree)
    if key == "toactor":
        dative = _children(t, ("dative",))
        dative += [o for d in dative for o in _children(d, ("pobj",))]  # "sent ... to Morocco"
        return any(art.code_at(x) for x in _prep_objects(t, ("to", "for")) + dative)
    if key == "party":
        subj = _subjects(t)
        if len(subj) > 1:
            return True
        if subj and len({a.code for a in _args_of(art, subj[0], pronoun_ok=False) if a.code}) > 1:
            return True  # "Hungarian and Romanian officials met"
        objs = _children(t, ("dobj",)) + _prep_objects(t, ("with",))
        return any(art.code_at(o) or _args_of(art, o, pronoun_ok=False) for o in objs)
    return False


def _in_class(art: Article, t, name: str) -> bool:
    if t is None:
        return False
    if name == "armed":
        a = art.actor_mention(t)
        code = (a.get("code") or "").split() if a else []
        return any(c in ARMED_SECTORS for c in code) or art.cls(t, "troops")  # "REB": rebels of nowhere
    if name == "state":
        a = art.actor_mention(t)
        if a is not None:
            code = (a.get("code") or "").split()
            if a.get("type") in ("group", "person") and not (len(code) > 1 and code[1] in STATE_SECTORS):
                return False  # "Georgians", "protesters": people, not the state
            return (len(code) == 1 and len(code[0]) == 3) or (len(code) > 1 and code[1] in STATE_SECTORS)
        p = art.place_of(t)[1]
        return p is not None and p.get("kind") in ("country", "metonym")
    if name == "territory":
        p = art.place_of(t)[1]
        if p is not None and p.get("kind") not in NON_LOCATIONS:
            return True
        return art.cls(t, "territory")
    if name == "people":
        a = art.actor_mention(t)
        return art.cls(t, "people") or (a is not None and a.get("type") in ("person", "group"))
    if name == "prisoners" and any(c.dep_ in ("amod", "compound") and c.lower_ in HELD for c in t.children):
        return True  # "40 detained fishermen", "abducted students"
    if name == "retractable" and any(c.dep_ == "compound" and art.cls(c, name) for c in t.children):
        return True  # "the quota system"
    if name == "sanctioner":
        return art.cls(t, name) or any(c.dep_ == "compound" and art.cls(c, name) for c in t.children)
    if name == "sanctionlist":
        # "added 30 entities to its sanctions list", "put on a blacklist"
        return t.lemma_.lower() == "blacklist" or (
            t.lemma_.lower() in ("list", "register")
            and any(c.dep_ in ("compound", "amod") and art.cls(c, "sanctions") for c in t.children)
        )
    if name == "sanctionlike":
        # "its import ban", "export controls": trade measures against another state
        return art.cls(t, "sanctions") or (
            t.lemma_.lower() in ("ban", "restriction", "control", "embargo", "tariff")
            and any(c.dep_ in ("compound", "amod") and art.cls(c, "banmod") for c in t.children)
        )
    if name == "aid" and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in AID_MODIFIERS for c in t.children
    ):
        return True  # "search-and-rescue teams", "field hospitals", "medical teams"
    if name == "armedgroup":
        return _armed_group(art, t)
    if name == "instrument":
        return art.cls(t, "instrument") or t.lemma_.lower() in art.lex.instruments
    if name == "diplomats":
        # "a Russian embassy employee", "diplomatic staff"
        return art.cls(t, name) or any(c.lower_ in ("embassy", "diplomatic", "consular") for c in t.children)
    return art.cls(t, name)


AID_MODIFIERS = {
    "rescue",
    "search",
    "search-and-rescue",
    "medical",
    "humanitarian",
    "relief",
    "field",
    "emergency",
}
HELD = {
    "detained",
    "jailed",
    "imprisoned",
    "abducted",
    "kidnapped",
    "captured",
    "held",
    "captive",
    "arrested",
}


def _armed_group(art: Article, t) -> bool:
    """An armed group as a whole ("a new armed group", "two jihadist factions", "the rebel
    coalition", "M23"); a pronoun stands for the last plural noun of its sentence before it."""
    if t.pos_ == "PRON":
        for k in range(t.i - 1, max(t.sent.start, t.i - 30) - 1, -1):
            x = art.doc[k]
            if x.pos_ in ("NOUN", "PROPN") and x.dep_ in ("nsubj", "nsubjpass", "dobj", "conj"):
                return _armed_group(art, x)
        return False
    if art.cls(t, "armedgroup_head"):
        return True
    a = art.actor_mention(t)
    code = (a.get("code") or "").split() if a else []
    if (
        a is not None
        and a.get("type") in ("organisation", "group")
        and any(c in ("REB", "UAF") for c in code[1:])
    ):
        return True
    if art.cls(t, "armedgroup_noun"):
        return any(c.dep_ in ("amod", "compound") and art.cls(c, "armedmod") for c in t.children)
    return False


def _hostile(art: Article, v) -> bool:
    subj = _subjects(v) + _agent(v)
    for s in subj:
        if _in_class(art, s, "armed") or _in_class(art, s, "state") or _in_class(art, s, "instrument"):
            return True
        a = art.actor_mention(s)
        if a is not None and not any(
            x in (a.get("code") or "") for x in ("CVL", "BUS", "MED", "EDU", "HLH", "IGO")
        ):
            return True
        if any(r.type == "ASSAULT" for r in _rows(art.lex, s, "noun")):
            return True
    th = _theme(art, v)
    if th is not None:
        if _in_class(art, th, "territory") or art.cls(th, "infrastructure") or _in_class(art, th, "armed"):
            return True
        if art.actor_mention(th) is not None and not subj:
            return True
    return False


def _has_inner(art: Article, t) -> bool:
    """Whether a frame word takes an event: an infinitive, a clause or a noun that is a trigger."""
    for c in t.subtree:
        if c.i == t.i or abs(c.i - t.i) > 40:
            continue
        pos = _pos(c)
        if pos is None or not _rows(art.lex, c, pos):
            continue
        h, hops = c, 0
        while h.i != t.i and hops < 4 and h.dep_ in FRAME_DEPS:
            h, hops = h.head, hops + 1
        if h.i == t.i:
            return True
    return False


def _detect(art: Article) -> list[EventMention]:
    lex = art.lex
    out = []
    for t in art.doc:
        pos = _pos(t)
        if pos is None:
            continue
        rows = _rows(lex, t, pos)
        if not rows:
            continue
        if t.ent_type_ in SKIP_ENTS and not (t.lower_ == t.text and t.ent_type_ in ("NORP", "ORG")):
            continue
        if pos == "noun" and t.dep_ == "compound" and not t.lower_ == "in":
            continue
        if pos == "verb" and t.dep_ == "amod":
            continue
        row = next((r for r in rows if _holds(art, r, t, pos)), None)
        if row is None:
            continue
        if (
            pos == "verb"
            and t.dep_ == "acl"
            and t.tag_ == "VBN"
            and row.role != "casualty"
            and (not _agent(t) or row.type == "SUPPORT")
            and not (_is_root(t.head) and t.head.pos_ in ("NOUN", "PROPN"))
        ):
            # "soldiers stationed in the area", "troops deployed there": a description, not a telling
            # (unless the sentence has no other verb: "Hundreds of people protested ..." misparsed)
            continue
        out.append(_mention(art, t, row))
    return out


def _trigger_span(art: Article, t) -> tuple[int, int]:
    doc = art.doc
    lo, hi = t.i, t.i
    if t.pos_ == "VERB":
        for c in t.children:
            if c.dep_ in ("prt", "advmod") and c.lower_ in PARTICLES and c.i == hi + 1:
                hi = c.i
    else:
        # "drone strike", "air strike", "sit-in", "counter-offensive": the modifier is part of it
        k = t.i - 1
        while (
            k >= 0
            and doc[k].head.i == t.i
            and doc[k].dep_ in ("compound", "amod", "punct")
            and (
                doc[k].lemma_.lower() in art.lex.instruments
                or doc[k].lower_ == "-"
                or (k + 1 < len(doc) and doc[k + 1].lower_ == "-" and not doc[k].whitespace_)
            )
        ):
            lo = k
            k -= 1
        while lo < t.i and doc[lo].lower_ == "-":
            lo += 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _mention(art: Article, t, row: Row) -> EventMention:
    m = EventMention(
        tok=t,
        row=row,
        type=row.type,
        mode=row.mode,
        acled_type=row.acled_type,
        acled_subtype=row.acled_subtype,
        span=_trigger_span(art, t),
        sent=art.sent_of[t.i],
    )
    if t.pos_ in ("VERB", "ADJ"):
        m.clause = t
        m.theme = _theme(art, t)
        if m.theme is None and row.type == "AID":
            w = _prep_objects(t, ("with",))
            m.theme = _through_measure(art, w[0]) if w else None
    else:
        m.support = _light_verb(t)
        m.clause = m.support or _governing_verb(t)
        o = _prep_objects(t, ("of",))
        m.theme = _through_measure(art, o[0]) if o else None
    return m


def _link(art: Article, mentions: list[EventMention]) -> None:
    by_tok = {m.tok.i: m for m in mentions}
    # an event in the complement of a verbal act ("urged Moscow to withdraw", "threatened strikes")
    for m in mentions:
        t, hops = m.tok, 0
        while (
            hops < 8
            and not _is_root(t)
            and (t.dep_ in FRAME_DEPS or t.dep_ == "conj")
            and not (t.dep_ == "prep" and t.lower_ in ADJUNCT_PREPS)
        ):
            if t.dep_ == "conj":
                f0 = by_tok.get(t.head.i)
                if f0 is not None and f0.frame is not None:
                    m.frame = f0.frame
                    f0.frame.inner.append(m)
                break
            t, hops = t.head, hops + 1
            f = by_tok.get(t.i)
            if f is not None and f is not m:
                if f.row.role in ("frame", "promise"):
                    m.frame = f
                    f.inner.append(m)
                break
    for m in mentions:
        if m.frame is not None or m.row.role in ("frame", "promise"):
            continue
        t = m.tok
        if t.pos_ not in ("VERB", "ADJ"):
            if _is_root(t):
                continue
            h = t.head
            v = by_tok.get(h.i)
            # the object of a verb trigger is the same happening: "sent reinforcements",
            # "repelled an attack", "suspended the talks"
            if (
                v is None
                and t.dep_ == "pobj"
                and h.lower_ == "of"
                and not _is_root(h)
                and art.cls(h.head, "measure")
                and h.head.dep_ in ("dobj", "nsubjpass")
                and not _is_root(h.head)
            ):
                v = by_tok.get(h.head.head.i)  # "sent 20 tonnes of humanitarian aid"
                t = h.head
            if (
                v is not None
                and v is not m
                and t.dep_ in ("dobj", "nsubjpass")
                and v.frame is None
                and v.row.role not in ("frame", "promise", "casualty")
            ):
                m.absorbed_by = v
                continue
            t = m.tok
            # "mobilisation for an exercise", "detained in raids": one happening told twice
            if (
                t.dep_ == "pobj"
                and h.lower_ in ("for", "in", "during")
                and not _is_root(h)
                and not (h.lower_ == "for" and m.type == "ASSAULT")
            ):  # "retaliated for the attack"
                v = by_tok.get(h.head.i)
                if (
                    v is not None
                    and v is not m
                    and v.row.role == "event"
                    and (
                        v.type == m.type
                        or (m.type == "ASSAULT" and v.type == "COERCE" and m.row.lemma == "raid")
                    )
                ):
                    m.absorbed_by = v
            continue
        if (
            t.dep_ in ("advcl", "acl", "xcomp")
            and not _is_root(t)
            and m.row.role != "casualty"
            and (t.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children))
        ):
            # "launched an offensive to retake Khartoum", "carried out an exchange, freeing 24":
            # the aim or the outcome of a happening told with it is that happening
            h = t.head
            hosts = [by_tok.get(h.i)] + [by_tok.get(o.i) for o in _children(h, ("dobj", "nsubjpass"))]
            found = [
                x
                for x in hosts
                if x is not None
                and x is not m
                and x.type == m.type
                and x.frame is None
                and x.row.role == "event"
            ]
            if found:
                m.absorbed_by = found[0]
                found[0].extra_targets += _prep_objects(t, ("from", "against", "on"))
                continue
        if m.type != "ASSAULT" or (m.row.role != "casualty" and m.row.lemma not in IMPACT_VERBS):
            continue
        # a casualty or impact verb joins the attack it tells of: "the strike killed five",
        # "killed in a drone strike", "shelled the town, killing two", "killed when artillery shelled"
        hosts = []
        if (
            m.row.role == "casualty"
            and t.dep_ in ("advcl", "conj")
            and not _is_root(t)
            and not _children(t, ("nsubj",))
        ):
            h = t.head
            hosts.append(by_tok.get(h.i))
            for o in _children(h, ("dobj", "nsubjpass")):
                hosts.append(by_tok.get(o.i))
        hosts += [by_tok.get(s.i) for s in _children(t, ("nsubj",))]
        via_prep = []
        for c in t.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in HOST_PREPS:
                via_prep += [by_tok.get(o.i) for o in _children(c, ("pobj",))]
            if c.dep_ == "advcl" and m.row.role == "casualty":
                hosts.append(by_tok.get(c.i))
        hosts += via_prep
        found = [
            x
            for x in hosts
            if x is not None
            and x is not m
            and x.type == "ASSAULT"
            and (x.tok.pos_ != "VERB" or m.row.role == "casualty")
            and (x.row.role != "casualty" or m.row.role == "casualty")
        ]
        if found:
            host = found[0]
            m.absorbed_by = host
            for x in via_prep:
                # "raided the camp, and three were killed in exchanges of fire": one raid
                if (
                    x is not None
                    and x is not host
                    and x.type == "ASSAULT"
                    and x.tok.pos_ != "VERB"
                    and host.absorbed_by is not x
                ):
                    x.absorbed_by = host
            th = _theme(art, t)
            if th is not None:
                host.extra_targets.append(th)
            if m.row.role == "casualty":
                host.casualty_verbs.append(t)
            elif host.tok.pos_ != "VERB":
                host.clause = t
    for m in mentions:
        seen = {id(m)}
        while m.absorbed_by is not None and m.absorbed_by.absorbed_by is not None:
            if id(m.absorbed_by) in seen:  # two mentions that took each other: keep the first
                m.absorbed_by.absorbed_by = None
                break
            seen.add(id(m.absorbed_by))
            m.absorbed_by = m.absorbed_by.absorbed_by


def _dropped(art: Article, m: EventMention) -> bool:
    """Mentions that tell of no happening: a film's battle, defences against attacks, a possible
    summit, an attack nobody saw a sign of, what a suspect is suspected of."""
    t = m.tok
    for c in t.children:
        if c.dep_ == "amod" and art.cls(c, "hypothetical"):
            return True
    if art.cls(t, "campaign_event") and t.pos_ != "VERB" and not _is_root(t):
        # "since the invasion", "in the first weeks of the war": a time, not a report
        h = t.head
        if t.dep_ == "pobj" and h.lower_ in TEMPORAL | ADJUNCT_PREPS:
            return True
        if t.dep_ == "pobj" and h.lower_ == "of" and not _is_root(h) and art.cls(h.head, "timenoun"):
            return True
    x = t
    for _ in range(5):
        if _is_root(x):
            break
        h = x.head
        if x.dep_ == "pobj" and h.lower_ == "against" and not _is_root(h) and art.cls(h.head, "protect"):
            return True
        if (
            x.dep_ == "pobj"
            and h.lower_ == "of"
            and not _is_root(h)
            and art.cls(h.head, "evidence")
            and any(c.dep_ == "det" and c.lower_ == "no" for c in h.head.children)
        ):
            return True
        if (
            h.pos_ in ("NOUN", "PROPN")
            and art.cls(h, "depiction")
            and x.dep_ in ("relcl", "acl", "pobj", "prep")
        ):
            return True
        if h.dep_ == "acl" and h.tag_ == "VBN" and h.lemma_.lower() in ("suspect", "accuse", "charge"):
            return True
        if x.dep_ in ("relcl", "acl") and h.pos_ in ("NOUN", "PROPN") and art.cls(h, "deal"):
            return True  # "a pact that would commit the US to ...": the terms of a deal
        if (
            x.dep_ in ("dobj",)
            and h.lemma_.lower() in STOPPERS
            and h.dep_ in ("xcomp", "advcl", "acl", "relcl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children)
        ):
            return True  # "agreements to halt attacks": what a deal is meant to stop
        x = h
    return False
