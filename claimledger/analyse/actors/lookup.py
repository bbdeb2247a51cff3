"""Dictionary look-ups: the phrases of the actor tables and the country table in a parsed text,
and the coding of a role or phrase given as plain text."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from claimledger.analyse.actors.mentions import Match, compose
from claimledger.analyse.actors.words import HONORIFICS, TITLE_MODIFIERS
from claimledger.resources.actors import actor_dictionary, fold
from claimledger.resources.countries import case_sensitive_alias, countries

if TYPE_CHECKING:
    from spacy.tokens import Doc


@lru_cache(maxsize=1)
def _country_first_words() -> dict[str, int]:
    table = countries()
    out: dict[str, int] = {}
    for d in (table.names, table.demonyms, table.seats):
        for key in d:
            words = key.split()
            out[words[0]] = max(out.get(words[0], 0), len(words))
    for k in ("us", "uk"):
        out[k] = max(out.get(k, 0), 1)
    return out


@lru_cache(maxsize=1)
def _phrase_ends() -> dict[str, int]:
    """Last word of each sector phrase -> the most words a phrase ending in it has."""
    out: dict[str, int] = {}
    for phrase in actor_dictionary().heads:
        words = phrase.replace("-", " - ").split()
        out[words[-1]] = max(out.get(words[-1], 0), len(words))
    return out


@lru_cache(maxsize=1)
def _title_words() -> tuple[frozenset, frozenset]:
    """(words never part of a person's name, words that announce a person's name)."""
    d = actor_dictionary()
    words = set(HONORIFICS) | TITLE_MODIFIERS
    person_titles = set(HONORIFICS)
    for phrase, e in list(d.heads.items()) + list(d.mods.items()):
        for w in phrase.split():
            words.add(w)
        last = phrase.split()[-1]
        own = d.heads.get(last)
        if e.type == "person" and (own is None or own.type == "person"):
            person_titles.add(last)  # not "operator" for "drone operator": "grid operator Voltaris"
    return frozenset(words), frozenset(person_titles)


def _cap(t) -> bool:
    c = t.text[:1]
    return c.isupper() or c.isdigit()


# Capitals that are also common first names or English words: never metonyms on their own.
AMBIGUOUS_SEATS = {
    "victoria",
    "kingston",
    "douglas",
    "hamilton",
    "stanley",
    "male",
    "georgetown",
    "jamestown",
    "plymouth",
    "george town",
    "saint-denis",
    "road town",
    "the valley",
    "nassau",
    "castries",
    "roseau",
    "avarua",
    "alofi",
    "kingstown",
    "basseterre",
    "marigot",
    "gustavia",
    "adamstown",
    "flying fish cove",
    "west island",
    "diego garcia",
    "hong kong",
    "singapore",
    "macao",
    "luxembourg",
    "djibouti",
    "monaco",
    "san marino",
    "gibraltar",
    "kuwait city",
    "guatemala city",
    "mexico city",
    "panama city",
    "vatican city",
    "tunis",
    "algiers",
}


def _lookup(text: str) -> Match | None:
    d = actor_dictionary()
    table = countries()
    org = d.org(text)
    if org:
        return Match(0, 0, "org", org)
    if text in ("US", "UK", "U.S.", "U.K."):
        return Match(0, 0, "country", case_sensitive_alias(text.replace(".", "")))
    c = table.country(text)
    if c:
        return Match(0, 0, "country", c)
    key = fold(text)
    c = table.seat(text)
    if c and key not in AMBIGUOUS_SEATS:
        return Match(0, 0, "seat", c)
    c = table.demonym(text)
    if c:
        return Match(0, 0, "demonym", c)
    g = d.group(text)
    if g:
        return Match(0, 0, "group", g)
    p = d.person(text)
    if p:
        return Match(0, 0, "person", p)
    return None


def _scan(doc: Doc, text: str) -> list:
    """Dictionary phrases in the text, longest first; one Match per token (None elsewhere)."""
    d = actor_dictionary()
    cfirst = _country_first_words()
    n = len(doc)
    out: list[Match | None] = [None] * n
    i = 0
    while i < n:
        t = doc[i]
        if not _cap(t) or t.is_space or t.lower_ == "the":
            i += 1
            continue
        key0 = fold(t.text)
        maxw = max(d.first_words.get(key0, 0), cfirst.get(key0, 0))
        found = None
        for w in range(min(maxw + 2, n - i), 0, -1):  # +2: "-" and "'" are tokens of their own
            last = doc[i + w - 1]
            if last.is_space or last.is_punct:
                continue
            chunk = text[t.idx : last.idx + len(last)]
            if "\n" in chunk:
                continue
            m = _lookup(chunk)
            if m:
                found = Match(i, i + w, m.kind, m.obj)
                break
        if found:
            for k in range(found.start, found.end):
                out[k] = found
            i = found.end
        else:
            i += 1
    return out


@lru_cache(maxsize=256)
def _country_words(iso3: str) -> tuple[str, ...]:
    c = countries().by_iso3.get(iso3)
    if c is None:
        return ()
    words = [c.name, *c.demonyms]
    return tuple(w for phrase in words for w in phrase.split())


def code_for_text(text: str, dominant: str | None = None) -> str | None:
    """Code a role or an actor phrase given as plain text, without a parse.

    Words are looked up in the dictionary: the first country, seat, organisation or group named
    gives the country (or a whole IGO/NGO code), the last sector noun before "of", "at" or "for"
    gives the sector, else the nearest sector word after it ("head of the ... Council" -> GOV).
    """
    d = actor_dictionary()
    words = text.replace("\u2019", "'").replace("'s ", " 's ").replace(",", " , ").split()
    country = whole = None
    i = 0
    n = len(words)
    while i < n and country is None and whole is None:
        for w in range(min(6, n - i), 0, -1):
            chunk = " ".join(words[i : i + w])
            if not chunk[:1].isupper():
                continue
            m = _lookup(chunk)
            if m and m.kind != "person":
                if m.kind in ("country", "demonym"):
                    country = m.obj.iso3
                elif m.kind == "seat":
                    country = m.obj.iso3
                elif m.kind == "org":
                    country = m.obj.country
                    whole = None if country else m.obj.code
                elif m.kind == "group":
                    country = m.obj.code
                break
        i += 1
    lw = [fold(w) for w in words]
    cut = next((k for k, w in enumerate(lw) if w in ("of", "at", "for", "in", "with", ",")), len(lw))

    def entry_at(k, table):
        for w in (3, 2, 1):
            if k - w + 1 >= 0:
                e = table.get(" ".join(lw[k - w + 1 : k + 1]))
                if e:
                    return e
        return None

    head_k, head = next(
        ((k, entry_at(k, d.heads)) for k in range(cut - 1, -1, -1) if entry_at(k, d.heads)), (None, None)
    )
    mods = [entry_at(k, d.mods) for k in range(head_k if head_k is not None else cut)]
    sector = next((e.sector for e in mods if e and e.strength == "override"), None)
    if sector is None and head is not None and head.strength in ("head", "override"):
        sector = head.sector
    if sector is None:
        sector = next((e.sector for e in reversed(mods) if e and e.sector), None)
    if sector is None:
        sector = next(
            (e.sector for e in (entry_at(k, d.mods) for k in range(len(lw) - 1, cut, -1)) if e and e.sector),
            None,
        )
    if sector is None and head is not None:
        sector = head.sector
    if whole:
        return whole
    if country is None and sector == "GOV" and dominant:
        country = dominant
    return compose(country, sector)
