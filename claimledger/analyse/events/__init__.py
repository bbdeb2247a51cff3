"""Events: who did what to whom, where, when, how big, and on whose word (PLOVER + ACLED).

Runs last, over what the other extractors found. A trigger lexicon (resources/events_*.tsv)
names the happening; the dependency parse gives its arguments; the actors pass gives their
codes; places give the location, times the date, quantities the size and the casualties; the
statement that carries a trigger gives the event's status. Mentions of one happening in one
article are merged into one event with its mentions listed. The conventions (argument roles,
statuses, verbal acts, merging, ACLED sub-types) are in claimledger/analyse/EVENTS.md.

The pass is linear in the tokens: a dictionary look-up per token, then parse walks of a few
steps for the few tokens that are triggers. spaCy makes a new Token object on every access,
so tokens are compared by index (`.i`), never by identity.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimledger.analyse.context import extractor
from claimledger.analyse.events.anchors import _date, _fallback_date, _numbers, _place
from claimledger.analyse.events.arguments import _arguments, _frame_arguments
from claimledger.analyse.events.article import Arg, Article, _iso3
from claimledger.analyse.events.classify import _frame_type, _refine
from claimledger.analyse.events.detect import _detect, _dropped, _link
from claimledger.analyse.events.merge import _corefer
from claimledger.analyse.events.status import _status
from claimledger.analyse.events.syntax import _is_root
from claimledger.analyse.events.words import COOPERATIVE, STANCE_STATUS, STATUS_RANK
from claimledger.record import span

if TYPE_CHECKING:
    from claimledger.analyse.context import Context
    from claimledger.analyse.events.article import EventMention


@extractor("events", requires=("places", "actors", "times", "quantities", "statements"), gives=("events",))
def extract(ctx: Context) -> None:
    """Fill ctx.record["events"] (CONTRACT.md, plus "mentions", "intent", "expressed_in")."""
    art = Article(ctx)
    mentions = _detect(art)
    if not mentions:
        ctx.record["events"] = []
        return
    _link(art, mentions)
    live = [m for m in mentions if m.absorbed_by is None]
    for m in mentions:
        if m.absorbed_by is not None:
            m.absorbed_by.absorbed.append(m)
    for m in live:
        if _dropped(art, m):
            m.drop = True
            for x in m.inner:
                x.drop = True
    by_tok = {m.tok.i: m for m in live}
    for m in live:
        _arguments(art, m)
    for m in live:
        if m.row.role in ("frame", "promise") and not m.drop:
            _frame_type(art, m)
            _frame_arguments(art, m)
    for m in live:
        f = m.frame
        if f is not None and not f.drop and f.type in ("REQUEST", "THREATEN", "REJECT", "AGREE"):
            m.drop = True  # PLOVER codes the demand, the threat, the refusal, the promise
        if m.type == "REQUEST" and not _is_root(m.tok) and m.tok.dep_ in ("advcl", "xcomp", "conj", "acl"):
            h = by_tok.get(m.tok.head.i)
            if h is not None and h.type == "PROTEST":
                m.drop = True  # "rallied ..., demanding a deal": the protest is the demand
                for x in m.inner:
                    x.drop = True
        if (
            m.type == "PROTEST"
            and m.tok.pos_ == "VERB"
            and m.tok.dep_ in ("advcl", "xcomp")
            and not _is_root(m.tok)
        ):
            h = by_tok.get(m.tok.head.i)
            if h is not None and h.type == "PROTEST":
                m.drop = True  # "marched ... to protest against": one protest
        if m.row.lemma == "target" and m.tok.dep_ in ("advcl", "acl") and not _is_root(m.tok):
            head = m.tok.head
            if any(
                x.type == "SANCTION"
                for x in (by_tok.get(head.i), *(by_tok.get(o.i) for o in head.subtree))
                if x
            ):
                m.drop = True  # "sanctions targeting vessels"
    for m in live:
        if not m.drop:
            _state_actors(art, m)
    _inherit_mobilized(art, live)
    for m in live:
        if m.drop:
            continue
        _refine(art, m)
        _status(art, m)
        if m.drop:
            continue
        if m.type in COOPERATIVE - {"AGREE"} and m.modality == "expected" and m.frame is None:
            # PLOVER: a cooperative act announced for the future is an agreement to act
            m.intent, m.type, m.mode = m.type, "AGREE", None
            m.acled_type = m.acled_subtype = None
            # the agreement itself was made: its status is the statement's word for a fact
            d = art.drafts[m.statement] if m.statement is not None else None
            st = (
                "reported"
                if d is None
                else "claimed"
                if d.negated
                else STANCE_STATUS.get(d.stance, "claimed")
            )
            m.status = "claimed" if st == "expected" else st
        _place(art, m)
        if m.type == "CONSULT" and m.mode == "visit" and not m.targets and m.place is not None:
            p = art.places[m.place]
            iso = _iso3(p["country"]) if p.get("country") else None
            if iso and iso not in {(a.code or "")[:3] for a in m.actors}:
                m.targets = [Arg(p["start"], p["end"], iso, art.token_at(p["start"]))]  # the host
        _date(art, m)
        _numbers(art, m)
    for m in live:
        h = by_tok.get(m.tok.head.i) if m.tok.dep_ == "conj" and not _is_root(m.tok) else None
        if (
            m.type == "PROTEST"
            and not m.drop
            and h is not None
            and not h.drop
            and h.type == "PROTEST"
            and h.statement == m.statement
        ):
            # "set fire to tyres and clashed with police": one protest told by two verbs
            m.drop = True
            h.absorbed.append(m)
            h.actors += [a for a in m.actors if a.code not in {x.code for x in h.actors}]
            h.targets += [a for a in m.targets if a.code not in {x.code for x in h.targets}]
            if h.acled_type != "Riots" and m.acled_type == "Riots":
                h.mode, h.acled_type, h.acled_subtype = m.mode, m.acled_type, m.acled_subtype
    keep = sorted((m for m in live if not m.drop), key=lambda m: m.span[0])
    events: list[dict] = []
    for g in _main_first(art, _corefer(art, keep)):
        events.append(_to_event(art, g, len(events)))
    ctx.record["events"] = events


def _specificity(group: list[EventMention]) -> int:
    """3: a protest graded by the acts around it; 2: a sub-type the words decide (a weapon, "executed", "protesters threw stones"); 1: a
    sub-type by default (a bare "raid" or "attack" is a clash, a bare "blast" an IED); 0: none."""
    if any(
        m.type == "PROTEST" and m.acled_subtype not in (None, "Peaceful protest") and m.acled_firm
        for m in group
    ):
        return 3  # a protest graded by what police or protesters did: their acts are part of it
    if any(m.acled_subtype and m.acled_firm for m in group):
        return 2
    if any(m.acled_subtype or m.acled_default for m in group):
        return 1
    return 0


def _main_first(art: Article, groups: list[list[EventMention]]) -> list[list[EventMention]]:
    """The main happening first, the others in text order: the most specific event of the first
    sentence (the headline, else the lead) that tells one. "Militants raided a village and
    executed a dozen men" is an attack on civilians before it is a raid."""
    if len(groups) < 2:
        return groups
    first = min(m.sent for g in groups for m in g)
    lead = [k for k, g in enumerate(groups) if g[0].sent == first]
    main = max(lead, key=lambda k: (_specificity(groups[k]), -k))
    return [groups[main]] + [g for k, g in enumerate(groups) if k != main]


def _state_actors(art: Article, m: EventMention) -> None:
    """A country that acts is its state: "Ethiopia signed" is ETH GOV, "Russia struck" RUS MIL;
    a country's weapons or units that act are its military ("Sudanese army aircraft bombed")."""
    doc = art.doc
    for a in m.actors:
        code = a.code or ""
        if len(code) != 3 or not code.isalpha() or not code.isupper() or code in ("IGO", "NGO", "CVL"):
            continue
        k = art.token_at(a.start)
        tok = doc[k]
        p = art.place_of(tok)[1]
        am = art.actor_mention(tok)
        if (p is not None and p.get("kind") == "country") or (am is not None and am.get("type") == "country"):
            a.code = f"{code} MIL" if m.type == "ASSAULT" else f"{code} GOV"
            continue
        head = tok
        while head.dep_ in ("amod", "compound", "nmod", "poss", "conj") and head.head.i != head.i:
            head = head.head
        if head.i != tok.i and (
            art.cls(head, "troops") or art.cls(head, "weapons") or art.cls(head, "instrument")
        ):
            a.code = f"{code} MIL"


def _inherit_mobilized(art: Article, mentions: list[EventMention]) -> None:
    """Units moved with no country of their own ("five units ... to be deployed") are the units of
    the article's last mobilization that named them ("North Korea deployed 11,000 troops")."""
    last = None
    doc = art.doc
    for m in sorted(mentions, key=lambda x: x.span[0]):
        if m.type != "MOBILIZE" or m.drop:
            continue
        if m.actors and any(a.code for a in m.actors):
            last = m.theme_codes[0] if m.theme_codes else last
            continue
        if m.theme is not None and last and art.cls(m.theme, "troops"):
            th = m.theme
            lo, hi = th.left_edge.i, th.i
            for c in th.rights:
                if c.dep_ == "prep" and c.lower_ == "of":
                    hi = c.right_edge.i
            m.actors = [Arg(doc[lo].idx, doc[hi].idx + len(doc[hi]), last, th.i)]
        elif m.theme_codes:
            last = m.theme_codes[0]


def _to_event(art: Article, group: list[EventMention], n: int) -> dict:
    text = art.text
    first = group[0]
    # the carrying statement: the strongest status among the mentions, the first at that strength
    best = max(group, key=lambda m: (STATUS_RANK.get(m.status, 0), -m.span[0]))
    actors, targets, seen_a, seen_t = [], [], set(), set()
    for m in group:
        for a in m.actors:
            key = a.code or (a.start, a.end)
            if key not in seen_a:
                seen_a.add(key)
                actors.append(span(text, a.start, a.end, code=a.code))
    for m in group:
        for a in m.targets:
            key = a.code or (a.start, a.end)
            if key not in seen_t and not (a.code and a.code in seen_a):
                seen_t.add(key)
                targets.append(span(text, a.start, a.end, code=a.code))

    def pick(attr):
        return next((getattr(m, attr) for m in group if getattr(m, attr) is not None), None)

    date = next((m.date for m in group if m.date is not None), None) or _fallback_date(art, best.status)
    acled_type = next((m.acled_type for m in group if m.acled_subtype), None) or pick("acled_type")
    acled_subtype = next(
        (m.acled_subtype for m in group if m.acled_subtype and m.acled_type == acled_type), None
    ) or next((m.acled_default for m in group if m.acled_default and m.acled_type == acled_type), None)
    ev = {
        "id": f"e{n + 1}",
        "trigger": span(text, *first.span),
        "type": first.type,
        "mode": pick("mode"),
        "acled_type": acled_type,
        "acled_subtype": acled_subtype,
        "actors": actors,
        "targets": targets,
        "place": pick("place"),
        "date": date,
        "size": _num(pick("size")),
        "dead": _num(pick("dead")),
        "injured": _num(pick("injured")),
        "status": best.status,
        "statement": f"s{best.statement + 1}" if best.statement is not None else None,
        "mentions": [
            span(
                text,
                *x.span,
                status=m.status,
                statement=f"s{m.statement + 1}" if m.statement is not None else None,
            )
            for m in group
            for x in sorted([m, *m.absorbed], key=lambda x: x.span[0])
        ],
    }
    if first.own_statement is not None:
        ev["expressed_in"] = f"s{first.own_statement + 1}"
    intent = pick("intent")
    if intent and ev["type"] == "AGREE":
        ev["intent"] = intent
    return ev


def _num(v):
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v
