"""Merging mentions: mentions of one happening in one article become one event."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimledger.analyse.events.article import Article, EventMention


def _countries(args) -> frozenset:
    return frozenset((a.code or "")[:3] for a in args if a.code and len(a.code) >= 3 and a.code[:3].isupper())


def _new_happening(art: Article, m: EventMention) -> bool:
    t = m.tok
    if t.pos_ == "VERB":
        return True
    for c in t.children:
        if c.i < t.i and c.dep_ in ("det", "amod", "nummod", "quantmod", "advmod") and art.cls(c, "new"):
            return True
    return t.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in t.children)  # "heavy battles"


def _definite(art: Article, m: EventMention) -> bool:
    t = m.tok
    return t.pos_ != "VERB" and any(c.dep_ in ("det", "poss") and art.cls(c, "definite") for c in t.children)


def _generic(m: EventMention) -> bool:
    """A mention that tells that something happened, not what: casualties, explosions."""
    return (m.row.role == "casualty" or m.row.lemma in ("explosion", "blast")) and not m.actors


@dataclass
class Cluster:
    mentions: list
    countries: set
    roles: tuple
    place: str | None
    date: dict | None
    type: str
    acled: str | None
    modal: str
    last_sent: int
    mode: str | None = None
    last_pos: int = 0


def _date_overlap(a, b) -> bool:
    if not a or not b or a.get("text") is None or b.get("text") is None:
        return True
    af, at, bf, bt = a.get("from"), a.get("to"), b.get("from"), b.get("to")
    return None in (af, at, bf, bt) or (af <= bt and bf <= at)


def _corefer(art: Article, mentions: list[EventMention]) -> list[list[EventMention]]:
    """One happening, one event: a later mention joins an earlier event of the same type when
    nothing tells them apart (parties, place, date, mood) and something ties them: a definite
    description ("the clashes"), the same parties ("clashes with North Korean forces" after the
    headline's), or it only tells the toll of an attack just told."""
    clusters: list[Cluster] = []
    for m in mentions:
        mc = _countries(m.actors + m.targets)
        roles = (_countries(m.actors), _countries(m.targets))
        pname = (
            None if m.place is None else (art.places[m.place].get("name") or art.places[m.place].get("text"))
        )
        modal = m.status if m.status in ("expected", "conditional") else "factual"
        new = _new_happening(art, m)
        generic = _generic(m)
        in_head = 0 <= m.span[0] < art.headline_end
        chosen = None
        # the latest told happening first, and one told with the same word before any other
        order = sorted(
            clusters,
            key=lambda c: (any(x.tok.lemma_ == m.tok.lemma_ for x in c.mentions), c.last_pos),
            reverse=True,
        )
        for c in order:
            if c.type != m.type or c.modal != modal:
                continue
            if (
                m.type == "ASSAULT"
                and c.acled
                and m.acled_type
                and c.acled != m.acled_type
                and not generic
                and m.acled_firm
                and all(x.acled_firm for x in c.mentions)
            ):
                continue
            if mc and c.countries and not (mc <= c.countries or c.countries <= mc):
                continue
            if pname and c.place and pname != c.place:
                continue
            if m.mode and c.mode and m.mode != c.mode and not generic:
                continue
            if not _date_overlap(m.date, c.date):
                continue
            first = c.mentions[0]
            head_first = 0 <= first.span[0] < art.headline_end and not in_head
            same_parties = bool(mc) and roles == c.roles
            close = m.sent - c.last_sent <= 2
            if (
                art.cls(m.tok, "campaign_event") or art.cls(first.tok, "campaign_event")
            ) and m.tok.lemma_ != first.tok.lemma_:
                continue  # "the invasion" is not "the clashes"
            if generic and (
                m.sent == c.last_sent or (m.sent - c.last_sent <= 3 and m.row.role == "casualty")
            ):
                chosen = c
            elif all(_generic(x) for x in c.mentions) and m.sent == c.last_sent:
                chosen = c  # "Explosions were heard as the capital came under attack"
            elif not new and _definite(art, m):
                chosen = c
            elif head_first and same_parties and (pname is None or c.place is None or pname == c.place):
                chosen = (
                    c  # the headline told it first: "Drones hit column" ... "drone units struck a column"
                )
            elif (
                same_parties
                and (
                    (pname is not None and pname == c.place) or ((pname is None or c.place is None) and close)
                )
                and (m.tok.pos_ != "VERB" or first.tok.lemma_ == m.tok.lemma_)
            ):
                chosen = c
            if chosen is not None:
                break
        if chosen is None:
            clusters.append(
                Cluster(
                    [m], set(mc), roles, pname, m.date, m.type, m.acled_type, modal, m.sent, m.mode, m.span[0]
                )
            )
        else:
            chosen.mentions.append(m)
            chosen.countries |= mc
            chosen.place = chosen.place or pname
            if chosen.date is None or chosen.date.get("text") is None:
                chosen.date = m.date or chosen.date
            chosen.acled = chosen.acled or m.acled_type
            chosen.mode = chosen.mode or m.mode
            chosen.last_sent = m.sent
            chosen.last_pos = m.span[0]
    return [c.mentions for c in clusters]
