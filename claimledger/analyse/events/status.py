"""Status: confirmed, reported, claimed, expected, conditional or denied, from the statement
that carries a mention and the modality of its clause."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.analyse.events.article import _innermost
from claimledger.analyse.events.syntax import _children, _governing_verb, _is_root
from claimledger.analyse.events.words import PRESUPPOSING, STANCE_STATUS, TEMPORAL

if TYPE_CHECKING:
    from claimledger.analyse.events.article import Article, EventMention


def _presupposed(art: Article, m: EventMention, d) -> bool:
    """ "condemned the strike", "welcomed Kyiv's decision to allow ...": the object of such a cue
    is taken as given, so what it tells keeps the status it has outside the statement."""
    cue = art.doc[art.token_at(d.cue[0])]
    for k in range(art.token_at(d.cue[0]), art.token_at(max(d.cue[0], d.cue[1] - 1)) + 1):
        if art.doc[k].pos_ == "VERB":
            cue = art.doc[k]
    if cue.lemma_.lower() not in PRESUPPOSING:
        return False
    return any(o.left_edge.i <= m.tok.i <= o.right_edge.i for o in _children(cue, ("dobj",)))


def _clause_modality(art: Article, m: EventMention) -> tuple[str | None, bool]:
    """expected / conditional / None from the trigger's own clause chain, and whether it is negated.

    The walk goes up through complements and coordination, never out of a relative clause (a
    relative clause describes the world, it does not carry the main clause's mood) and never
    past a reporting cue (the statement's stance speaks for what is above)."""
    lex = art.lex
    t = m.tok
    negated = False
    if t.pos_ not in ("VERB", "ADJ"):
        if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
            negated = True
        for c in t.children:
            if c.dep_ == "amod" and art.cls(c, "planned"):
                return "expected", negated
        x = m.clause if m.clause is not None else t
        prev = t
        if any(d.cue[0] <= x.idx < d.cue[1] for d in art.drafts):
            return None, negated  # "have not confirmed the deployment": the statement speaks
    else:
        x, prev = t, None
    modality = None
    for depth in range(6):
        if depth > 0 and any(d.cue[0] <= x.idx < d.cue[1] for d in art.drafts):
            break
        kids = list(x.children)
        if any(c.dep_ == "neg" for c in kids) and (depth == 0 or (prev is not None and prev.dep_ == "xcomp")):
            negated = True
        auxes = [c for c in kids if c.dep_ in ("aux", "auxpass")]
        lows = [c.lower_ for c in auxes]
        if any(a in lex.of("future") for a in lows) and "have" not in lows and "has" not in lows:
            modality = modality or "expected"
        if any(c.dep_ == "mark" and c.lower_ in lex.of("condition") for c in kids) and x.dep_ == "advcl":
            return "conditional", negated
        if any(a in lows for a in ("would", "could", "might", "may")) and any(
            c.dep_ == "advcl"
            and any(g.dep_ == "mark" and g.lower_ in lex.of("condition") for g in c.children)
            for c in kids
        ):
            return "conditional", negated
        if depth > 0 and prev is not None and prev.dep_ == "xcomp" and x.lemma_.lower() in lex.of("intent"):
            modality = modality or "expected"
        if x.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and not _is_root(x):
            # "permission to use", "plans to deploy": a possibility or a plan, under what holds the noun
            if art.cls(x.head, "potential"):
                modality = modality or "expected"
            prev, x = x, _governing_verb(x.head)
            continue
        if x.dep_ in ("relcl", "acl") or _is_root(x) or (x.dep_ == "advcl" and x.tag_ == "VBG"):
            break
        if x.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TEMPORAL for c in x.children):
            break  # "will boost spending after Trump refused": the refusal is past
        if x.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "acomp", "pcomp", "prep", "pobj", "dobj"):
            break
        prev, x = x, x.head
    return modality, negated


def _status(art: Article, m: EventMention) -> None:
    char = m.span[0]
    own = next((k for k, d in enumerate(art.drafts) if d.cue[0] <= char < d.cue[1]), None)
    m.own_statement = own
    if own is not None:
        # a verbal act is carried by the statement that holds its speaker and cue, if any
        sp = art.drafts[own].speaker.start
        inner = None
        for k, (lo, hi) in enumerate(art.cover):
            if (
                k != own
                and lo <= min(sp, char)
                and char < hi
                and (inner is None or hi - lo < art.cover[inner][1] - art.cover[inner][0])
            ):
                inner = k
    elif m.frame is not None and m.frame.row.lemma in PRESUPPOSING and m.tok.pos_ != "VERB":
        inner = _innermost(art, m.frame.span[0])
    else:
        inner = _innermost(art, char)
        if inner is not None and _presupposed(art, m, art.drafts[inner]):
            inner = _innermost(art, art.drafts[inner].cue[0], exclude=inner)
    status = "reported"
    if inner is not None:
        d = art.drafts[inner]
        status = "claimed" if d.negated else STANCE_STATUS.get(d.stance, "claimed")
        m.statement = inner
    elif m.frame is not None and m.frame.type == "ACCUSE" and m.frame.row.lemma not in PRESUPPOSING:
        # "accused Kyiv of shelling" with no statement found: the shelling is the accuser's claim
        status = "claimed"
        m.statement = next(
            (k for k, d in enumerate(art.drafts) if d.cue[0] <= m.frame.span[0] < d.cue[1]), None
        )
    modality, negated = _clause_modality(art, m)
    m.modality = modality
    if negated:
        if inner is not None:
            status = "denied"
        else:
            m.drop = True
    elif status != "denied":
        if modality == "conditional":
            status = "conditional"
        elif modality == "expected" and status in ("reported", "claimed", "confirmed"):
            status = "expected"
    m.status = status
