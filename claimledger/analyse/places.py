"""Places: toponyms found in the gazetteer, resolved by the article's context.

One pass over the tokens finds every capitalised name that the gazetteer
(claimledger/resources/gazetteer) or the country table (countries, demonyms, seats of
government) knows, longest match first; spaCy's entities and tags only confirm or veto:
- a name inside a longer PERSON ("George Washington") or a news outlet's name ("Kyiv
  Independent") is not a place;
- a big place (country, admin-1 region, named region, city of 50,000 or more) needs to be
  tagged a proper noun or a GPE/LOC/FAC, a small town or a name that is also an English word
  ("Mobile", "Reading") needs a locative cue too ("in", "near", "the village of") or an entity.

Each name may stand for several places; candidates are scored by admin level and population,
by the countries the article talks about, by a qualifier beside them ("Paris, Texas",
"Russia's Kursk Oblast"), and by their distance to the article's other places. A country
always wins over a same-named admin-1 region unless the context says otherwise ("Georgia"
next to "Atlanta"); a city wins over its own region when the bare name is used ("Kharkiv"
is the city, "Kharkiv region" the oblast).

Kinds beyond the gazetteer's:
- metonym: a capital or seat of government acting as a government: subject of a verb other
  than those of location ("Kyiv expects", not "Kyiv lies" or "Kyiv was hit"), a possessor of
  anything but a city's parts ("Pyongyang's forces", not "Kyiv's mayor"), the agent of a
  passive, an object of verbs like urge/accuse/support, the complement of relational nouns
  ("the involvement of Pyongyang", "talks with Moscow"), "Moscow-backed", "pro-Kremlin".
  Buildings that stand for a government ("the Kremlin", "Downing Street") are metonyms unless
  a locative preposition places something in them ("in the Kremlin": a feature).
  stands_for is "<ISO3> GOV"; the coordinates are those of the capital.
- demonym: "South Korean", "Ukrainian", with the country's id and coordinates.
- region: vague regions, with the country they belong to and no coordinates: "eastern
  Ukraine", "Ukraine's east", "the east of Ukraine", "the front line", "the (Russian) border
  region". A definite border region whose country has exactly one admin-1 region or named
  region mentioned before is resolved to it (its name, id and coordinates).
- anaphora: "there" (not existential), "this/that/the area", "this/the region", "the
  city/town/village" get the last place mentioned before them within the sentence and the two
  before it, of a fitting kind (a city for "the city"; a country only when it was named after
  a locative preposition); kind, name, id and coordinates are the antecedent's. Without such
  an antecedent they are left out.

ctx.places holds, per record place (same order), the token range, the sentence
index, the gazetteer row and, for resolved anaphora and regions, the index of the antecedent.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, TypedDict

from claimledger.analyse.context import extractor
from claimledger.analyse.parsed import doc_text, entities, sentences, token_indices
from claimledger.record import span
from claimledger.resources.countries import countries
from claimledger.resources.gazetteer import ALT, COMMON, GENERIC, STRONG, Entry, first_segment, gazetteer, km

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimledger.analyse.context import Context

MAX_TOKENS = 8
GEO_LABELS = {"GPE", "LOC", "FAC", "NORP"}
LOC_PREPS = {
    "in",
    "at",
    "near",
    "from",
    "to",
    "into",
    "outside",
    "inside",
    "around",
    "towards",
    "toward",
    "across",
    "through",
    "throughout",
    "via",
    "within",
    "over",
    "beyond",
    "past",
    "off",
    "along",
    "behind",
    "onto",
    "nearby",
    "outskirts",
    "between",
    "north",
    "south",
    "east",
    "west",
}
SETTLEMENT_NOUNS = {
    "village",
    "villages",
    "town",
    "towns",
    "city",
    "cities",
    "settlement",
    "settlements",
    "hamlet",
    "region",
    "district",
    "province",
    "area",
    "outskirts",
    "suburb",
    "suburbs",
    "port",
    "capital",
    "oblast",
    "governorate",
    "municipality",
    "community",
    "neighbourhood",
    "neighborhood",
    "camp",
}
MEDIA_WORDS = {
    "independent",
    "post",
    "times",
    "herald",
    "courier",
    "signal",
    "ledger",
    "dispatch",
    "monitor",
    "today",
    "wire",
    "daily",
    "news",
    "journal",
    "tribune",
    "gazette",
    "observer",
    "telegraph",
    "express",
    "review",
    "radio",
    "tv",
    "television",
    "pravda",
    "insider",
    "weekly",
    "chronicle",
    "bulletin",
    "standard",
    "mail",
    "guardian",
    "voice",
    "channel",
    "broadcaster",
    "network",
    "press",
}
# A capital's possessed nouns that belong to the city, not to the government.
CITY_NOUNS = {
    "mayor",
    "resident",
    "people",
    "street",
    "suburb",
    "outskirts",
    "outskirt",
    "centre",
    "center",
    "district",
    "neighborhood",
    "neighbourhood",
    "metro",
    "subway",
    "airport",
    "station",
    "skyline",
    "population",
    "citizen",
    "inhabitant",
    "building",
    "hospital",
    "school",
    "infrastructure",
    "power",
    "grid",
    "water",
    "air",
    "sky",
    "railway",
    "port",
    "harbour",
    "harbor",
    "university",
    "park",
    "square",
    "council",
    "governor",
    "region",
    "oblast",
    "province",
    "museum",
    "theatre",
    "theater",
    "zoo",
    "mosque",
    "church",
    "cathedral",
    "market",
    "downtown",
    "energy",
    "heating",
    "apartment",
    "house",
    "home",
    "bridge",
    "road",
    "highway",
    "river",
    "bank",
    "embankment",
    "suburbs",
    "streets",
    "residents",
    "historic",
    "old",
    "defence",
    "defense",
    "shelter",
    "night",
    "morning",
    "evening",
    "mall",
    "stadium",
    "hotel",
    "cafe",
}
# Verbs whose subject is a place as a place ("Kyiv lies", "Kharkiv came under fire").
LOCATION_VERBS = {
    "lie",
    "sit",
    "host",
    "border",
    "experience",
    "suffer",
    "endure",
    "shake",
    "rock",
    "wake",
    "come",
    "fall",
    "burn",
    "flood",
    "shiver",
    "tremble",
    "house",
    "overlook",
    "stand",
    "remain",
    "lose",
    "brace",
    "hear",
    "see",
    "plunge",
    "go",
    "become",
    "resemble",
    "look",
}
# Objects that make a subject a place as a place ("Kyiv saw heavy shelling").
EVENT_NOUNS = {
    "shelling",
    "attack",
    "strike",
    "explosion",
    "blast",
    "fighting",
    "battle",
    "blackout",
    "outage",
    "protest",
    "siren",
    "drone",
    "missile",
    "rain",
    "snow",
    "flood",
    "fire",
    "damage",
    "casualty",
    "power",
    "electricity",
    "water",
    "heating",
    "bombardment",
    "barrage",
    "raid",
    "alert",
    "night",
}
PASSIVE_GOV_VERBS = {
    "expect",
    "urge",
    "ask",
    "accuse",
    "pressure",
    "warn",
    "criticize",
    "criticise",
    "blame",
    "invite",
    "advise",
    "tell",
    "push",
    "press",
    "encourage",
    "require",
    "force",
    "oblige",
    "believe",
    "say",
    "think",
    "understand",
    "know",
    "report",
    "see",
    "consider",
    "allow",
    "permit",
    "authorize",
    "authorise",
    "sanction",
    "persuade",
}
OBJECT_GOV_VERBS = {
    "urge",
    "tell",
    "ask",
    "accuse",
    "warn",
    "pressure",
    "press",
    "push",
    "blame",
    "criticize",
    "criticise",
    "condemn",
    "sanction",
    "support",
    "back",
    "help",
    "arm",
    "supply",
    "persuade",
    "convince",
    "invite",
    "thank",
    "praise",
    "reassure",
    "assure",
    "inform",
    "notify",
    "advise",
    "encourage",
    "force",
    "threaten",
    "punish",
    "reward",
    "lobby",
    "court",
    "rebuke",
    "trust",
    "recognize",
    "recognise",
    "oppose",
    "defy",
    "betray",
    "provoke",
    "deter",
    "embolden",
    "isolate",
    "call",
    "join",
    "engage",
    "confront",
    "challenge",
    "appease",
    "accommodate",
}
# Heads that make "of/with/between/against/on/from/to X" a government ("talks with Moscow").
RELATIONAL = {
    "involvement",
    "support",
    "position",
    "demand",
    "decision",
    "role",
    "stance",
    "response",
    "accusation",
    "claim",
    "ally",
    "alliance",
    "proposal",
    "plan",
    "request",
    "refusal",
    "denial",
    "warning",
    "threat",
    "backing",
    "participation",
    "complicity",
    "intervention",
    "ambition",
    "policy",
    "interest",
    "relation",
    "relationship",
    "tie",
    "talk",
    "negotiation",
    "deal",
    "agreement",
    "dialogue",
    "tension",
    "conflict",
    "war",
    "contact",
    "cooperation",
    "rift",
    "dispute",
    "pressure",
    "sanction",
    "message",
    "appeal",
    "letter",
    "offer",
    "loyal",
    "close",
    "hostile",
    "friendly",
    "aid",
    "assistance",
    "help",
    "approval",
    "permission",
    "consent",
    "ultimatum",
    "condition",
    "behalf",
    "envoy",
    "ambassador",
    "delegation",
    "representative",
    "allegation",
    "protest",
    "complaint",
    "pledge",
    "promise",
    "commitment",
    "guarantee",
    "order",
    "instruction",
    "answer",
    "reply",
    "reaction",
    "objection",
    "opposition",
    "criticism",
    "condemnation",
    "recognition",
    "confirm",
    "deny",
    "say",
    "announce",
    "admit",
    "signal",
    "overture",
    "concession",
    "retaliation",
    "provocation",
    "aggression",
    "invasion",
    "blame",
    "loyalty",
    "dependence",
    "reliance",
    "influence",
    "control",
    "orders",
    "official",
}
BACKED = {
    "backed",
    "led",
    "allied",
    "aligned",
    "installed",
    "appointed",
    "sponsored",
    "funded",
    "controlled",
    "friendly",
    "leaning",
    "imposed",
    "supported",
    "run",
}
DIRECTION_ADJ = {
    "eastern": "east",
    "western": "west",
    "northern": "north",
    "southern": "south",
    "central": "centre",
    "northeastern": "northeast",
    "northwestern": "northwest",
    "southeastern": "southeast",
    "southwestern": "southwest",
    "east": "east",
    "west": "west",
    "north": "north",
    "south": "south",
}
DIRECTION_NOUNS = {
    "east",
    "west",
    "north",
    "south",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "centre",
    "center",
    "interior",
    "heartland",
    "hinterland",
}
AREA_NOUNS = {
    "region",
    "regions",
    "area",
    "areas",
    "district",
    "districts",
    "province",
    "provinces",
    "part",
    "parts",
    "territory",
    "territories",
    "borderlands",
}
ASSAULT_NOUNS = {
    "attack",
    "assault",
    "strike",
    "offensive",
    "advance",
    "push",
    "raid",
    "bombardment",
    "shelling",
    "march",
    "drive",
    "pressure",
    "battle",
    "fight",
    "fighting",
    "siege",
    "claim",
}
PLURAL_GENERIC = {"regions", "oblasts", "provinces", "governorates"}
# Kinds of place that lie in one admin-1 region and lend the article a point.
LOCATED = ("city", "admin1", "admin2", "region")
ANAPHORA = {"area": "any", "region": "region", "city": "city", "town": "city", "village": "city"}
DETERMINERS = {"the", "this", "that"}


class PlaceNote(TypedDict):
    """What events need of a place beyond its record: where it sits in the parse."""

    tokens: tuple[int, int]
    sentence: int
    row: int | None  # the gazetteer row of the chosen entry
    antecedent: int | None  # index of the place an anaphor or vague region stands for


@dataclass
class Candidate:
    entry: Entry | None  # None for a seat of government that the gazetteer lacks
    how: int  # STRONG, ALT or COMMON
    source: str  # gazetteer | country | demonym | seat
    country: str | None
    score: float = 0.0

    @property
    def gaz(self) -> Entry:
        """The entry of a candidate known to have one: every "gazetteer" candidate has."""
        assert self.entry is not None, "a candidate without a gazetteer entry"
        return self.entry


@dataclass
class PlaceMention:
    i: int  # token range [i, j)
    j: int
    cands: list[Candidate]
    sent: int
    chosen: Candidate | None = None
    kind: str | None = None
    name: str | None = None
    stands_for: str | None = None
    antecedent: PlaceMention | None = None  # what an anaphor or a resolved region refers to
    extra: dict = field(default_factory=dict)

    @property
    def country(self):
        return self.chosen.country if self.chosen else self.extra.get("country")


@lru_cache(maxsize=1)
def _country_first_segments() -> frozenset[str]:
    t = countries()
    return frozenset(first_segment(k).lower() for d in (t.names, t.demonyms, t.seats) for k in d)


@extractor("places", gives=("places",))
def extract(ctx: Context) -> None:
    doc = ctx.doc
    sent_of = sentences(doc).of
    mentions = _find(doc, sent_of)
    mentions = _accepted(doc, mentions)
    _resolve(doc, mentions)
    for m in mentions:
        _classify(doc, m)
    mentions = _features(doc, mentions, sent_of)
    mentions = sorted(_vague_regions(doc, mentions, sent_of), key=lambda m: m.i)
    _resolve_regions(mentions)
    mentions = sorted(mentions + _anaphora(doc, mentions, sent_of), key=lambda m: m.i)
    _emit(ctx, mentions)


# ---------------------------------------------------------------------------- finding names


def _find(doc: Doc, sent_of) -> list[PlaceMention]:
    gaz = gazetteer()
    table = countries()
    cfirst = _country_first_segments()
    text = doc_text(doc)
    n = len(doc)
    out: list[PlaceMention] = []
    regions_of: int | None = None  # where a list after "the regions of" ends so far
    i = 0
    while i < n:
        tok = doc[i]
        t = tok.text
        if not t[:1].isupper() or tok.is_punct:
            i += 1
            continue
        if t in ("US", "UK"):
            out.append(PlaceMention(i, i + 1, _candidates(t, gaz, table), sent_of[i]))
            i += 1
            continue
        headline_caps = t.isupper() and len(t) >= 4
        seg = first_segment(t)
        if not (seg in gaz.first_segments or seg.lower() in cfirst or headline_caps):
            i += 1
            continue
        best = None
        start = tok.idx
        limit = min(n, i + MAX_TOKENS)
        for j in range(i + 1, limit + 1):
            last = doc[j - 1]
            if j > i + 1:
                lt = last.text
                if last.is_space or sent_of[j - 1] != sent_of[i] or "\n" in lt:
                    break
                # names go on over capitalised words and the lower-case words that names
                # hold ("Sea of Azov", "Rostov-on-Don", "Kursk region", "nuclear plant")
                if not lt[:1].isupper():
                    if lt in "-'’." or lt in ("'s", "’s"):  # "Donetsk People's Republic"
                        continue
                    if lt not in GENERIC and lt not in gaz.inner_lower:
                        break
            surface = text[start : last.idx + len(last.text)]
            if headline_caps:
                # "KYIV, March 3": datelines and shouted headlines, big places only
                if j > i + 1:
                    break
                cands = [
                    c
                    for c in _candidates(t.title(), gaz, table)
                    if c.source != "gazetteer" or c.gaz.kind != "city" or c.gaz.population >= 100000
                ]
            else:
                cands = _candidates(surface, gaz, table)
            if cands:
                best = (j, cands)
        if best is None:
            i += 1
            continue
        j, cands = best
        if (
            i > 0
            and doc[i - 1].lower_ == "the"
            and not (j < n and doc[j].is_alpha and doc[j].text[:1].isupper())  # "the Dnipro Evening Courier"
            and not any(
                c.entry is not None and c.entry.kind in ("country", "region", "feature") for c in cands
            )
        ):
            # "crossed the Dnipro", "along the Don": a settlement takes no article, a river does
            name = text[start : doc[j - 1].idx + len(doc[j - 1].text)]
            river = [
                c
                for form in (f"{name} River", f"River {name}")
                for c in _candidates(form, gaz, table)
                if c.entry is not None and c.entry.kind == "feature"
            ]
            if river:
                cands = river
        # "the Bryansk and Belgorod regions", "the region of Belgorod": the regions, not the cities
        if j < n and doc[j].lower_ in PLURAL_GENERIC:
            admin = _candidates(text[start : doc[j - 1].idx + len(doc[j - 1].text)] + " region", gaz, table)
            if admin:
                cands, j = admin, j + 1
                # the whole list: "Donetsk, Luhansk, Zaporizhzhia and Kherson regions"
                at = i
                for prev in reversed(out):
                    if not _listed(doc, prev.j, at):
                        break
                    first = _candidates(doc[prev.i : prev.j].text + " region", gaz, table)
                    if not first:
                        break
                    prev.cands, at = first, prev.i
        elif (
            i >= 2
            and doc[i - 1].lower_ == "of"
            and doc[i - 2].lower_
            in ("region", "oblast", "province", "governorate", "governor", *PLURAL_GENERIC)
        ) or (regions_of is not None and _listed(doc, regions_of, i)):
            # "the region of Belgorod", "the regions of Kherson and Zaporizhzhia"
            admin = _candidates(text[start : doc[j - 1].idx + len(doc[j - 1].text)] + " region", gaz, table)
            if admin:
                cands = admin
                regions_of = j if doc[i - 2].lower_ in PLURAL_GENERIC or regions_of is not None else None
        else:
            regions_of = None
        out.append(PlaceMention(i, j, cands, sent_of[i]))
        i = j
    return out


def _listed(doc: Doc, end: int, start: int) -> bool:
    """Whether the tokens between two names only join a list ("," "and" "or", ", and")."""
    between = doc[end:start]
    return 1 <= len(between) <= 2 and all(t.lower_ in ("and", "or", ",") for t in between)


def _candidates(surface: str, gaz, table) -> list[Candidate]:
    out: list[Candidate] = []
    seen = set()
    for e, how in gaz.lookup(surface):
        if e.row not in seen:
            seen.add(e.row)
            out.append(Candidate(e, how, "gazetteer", e.country))
    if surface in ("US", "UK"):
        iso = {"US": "US", "UK": "GB"}[surface]
        e = gaz.country(iso)
        if e.row not in seen:
            seen.add(e.row)
            out.append(Candidate(e, STRONG, "country", iso))
        return out
    key = " ".join(surface.replace("\u2019", "'").split()).lower()
    if key.startswith("the "):
        return out
    for source, d in (("country", table.names), ("demonym", table.demonyms), ("seat", table.seats)):
        iso = d.get(key)
        if not iso:
            continue
        if source == "country":
            e = gaz.country(iso)
            if e is None:
                continue
            if e.row not in seen:
                seen.add(e.row)
                out.append(Candidate(e, STRONG, "country", iso))
            else:
                for c in out:
                    if c.entry is not None and c.entry.row == e.row:
                        c.source = "country"
        elif source == "demonym":
            out.append(Candidate(gaz.country(iso), STRONG, "demonym", iso))
        else:
            # A capital or seat the gazetteer has as a city is that city ("Tel Aviv"); a
            # building is the seat itself, even where a village bears its name ("White House")
            if not any(
                c.entry is not None
                and c.country == iso
                and c.entry.kind == "city"
                and (c.entry.capital or c.entry.population >= 100000)
                for c in out
            ):
                out.append(Candidate(None, STRONG, "seat", iso))
    if any(c.source == "demonym" for c in out) and any(c.source == "country" for c in out):
        # "U.S." is both; as a modifier it is the country
        out = [c for c in out if c.source != "demonym"]
    return out


# ------------------------------------------------------------------------------- filtering


def _strong(c: Candidate) -> bool:
    if c.source in ("country", "demonym", "seat"):
        return True
    e = c.gaz
    if e.kind in ("country", "region", "feature"):
        return True
    if e.kind == "admin1":
        return e.curated or c.how == STRONG
    if e.kind == "admin2":
        return c.how == STRONG  # named with its generic word: "Bakhmut district", "Cook County"
    return e.population >= 50000 and c.how != COMMON


def _accepted(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Mentions with enough evidence; a name accepted once is a place wherever else the
    article uses it (unless a person's or an organisation's name holds it)."""
    qualifiers = {
        m.i
        for m in mentions
        if any(c.entry is not None and c.entry.kind in ("admin1", "country") for c in m.cands)
    }
    ents = entities(doc)
    ok: list[PlaceMention] = []
    rest: list[PlaceMention] = []
    for m in mentions:
        (ok if _accept(doc, ents, m, qualifiers) else rest).append(m)
    names = {doc[m.i : m.j].text for m in ok}
    again = [m for m in rest if doc[m.i : m.j].text in names and not _inside_name(ents, m)]
    ok = sorted(ok + again, key=lambda m: m.i)
    # "near Pokrovsk and Myrnohrad", "Kyiv, Kharkiv and Odesa": a list goes on with places
    ends = {m.j: m for m in ok}
    for m in sorted((m for m in rest if m not in again), key=lambda m: m.i):
        k = m.i - 1
        if (
            k > 0
            and doc[k].lower_ in ("and", "or", ",")
            and k in ends
            and not _inside_name(ents, m)
            and all(t.tag_ in ("NNP", "NNPS") for t in doc[m.i : m.j] if t.is_alpha and not t.is_lower)
            and any(c.how != COMMON for c in m.cands)
        ):
            ok.append(m)
            ends[m.j] = m
    return sorted(ok, key=lambda m: m.i)


def _inside_name(ents, m: PlaceMention) -> bool:
    return any(
        e.label_ in ("PERSON", "ORG") and e.start <= m.i and e.end >= m.j and (e.start, e.end) != (m.i, m.j)
        for e in ents
    )


def _accept(doc: Doc, ents, m: PlaceMention, qualifiers: set[int]) -> bool:
    toks = doc[m.i : m.j]
    words = [t for t in toks if t.is_alpha and not t.is_lower]
    for ent in ents:
        if ent.end <= m.i or ent.start >= m.j:
            continue
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        larger = start < m.i or ent.end > m.j
        if ent.label_ == "PERSON":
            if larger:
                return False
            # the small model takes many a town for a person: a big place, or one after "in"
            return any(_strong(c) for c in m.cands) or _locative_cue(doc, m)
        if ent.label_ == "ORG" and larger:
            # a place names an organisation at its start or after "of" ("Kharkiv Regional
            # Military Administration", "University of Kyiv"), never a media outlet
            if ent[-1].lower_ in MEDIA_WORDS or not (start == m.i or doc[m.i - 1].lower_ == "of"):
                return False
            m.cands = [
                c for c in m.cands if c.source != "gazetteer" or (c.gaz.kind != "city" and c.how == STRONG)
            ]
            return bool(m.cands)
    if any(c.source in ("demonym", "country", "seat") for c in m.cands):
        return True
    # "the Lombardy region", "the Kerem Shalom crossing": a capitalised name with the generic
    # word of a place is that place whatever the tagger makes of the name
    if (
        len(toks) > 1
        and toks[0].text[:1].isupper()
        and any(t.lower_ in GENERIC for t in toks[1:])
        and any(
            c.source == "gazetteer" and c.how == STRONG and c.gaz.kind in ("admin1", "admin2", "feature")
            for c in m.cands
        )
    ):
        return True
    ner_geo = any(t.ent_type_ in GEO_LABELS for t in toks)
    propn = all(t.tag_ in ("NNP", "NNPS") for t in words) if words else False
    cue = _locative_cue(doc, m) or (m.j + 1 < len(doc) and doc[m.j].text == "," and m.j + 1 in qualifiers)
    if any(_strong(c) for c in m.cands) and (ner_geo or propn or cue):
        if not cue:
            m.cands = [c for c in m.cands if c.how != COMMON] or m.cands
        return True
    if (ner_geo or cue) and (propn or ner_geo):
        if all(c.how == COMMON for c in m.cands):
            # "near Lake Chad": a common word that starts a longer name is not the place
            if not cue or (
                m.j < len(doc) and doc[m.j].text[:1].isupper() and doc[m.j].tag_ in ("NNP", "NNPS")
            ):
                return False
        return True
    return False


def _locative_cue(doc: Doc, m: PlaceMention) -> bool:
    k = m.i - 1
    while k >= 0 and doc[k].lower_ in ("the", "a"):
        k -= 1
    if k < 0:
        return False
    prev = doc[k]
    if prev.lower_ in LOC_PREPS:
        return True
    # "an assault on Chasiv Yar", "the battle for Bakhmut"
    if prev.lower_ in ("on", "against", "for") and k > 0 and doc[k - 1].lemma_ in ASSAULT_NOUNS:
        return True
    if (
        prev.lower_ == "of"
        and k > 0
        and (
            doc[k - 1].lower_ in SETTLEMENT_NOUNS
            or doc[k - 1].lower_ in DIRECTION_ADJ
            or doc[k - 1].lower_ in DIRECTION_NOUNS
        )
    ):
        return True
    if prev.lower_ in SETTLEMENT_NOUNS:
        return True
    # "Vasylivka, a town of 13,000"
    after = doc[m.j : m.j + 3]
    if (
        len(after) == 3
        and after[0].text == ","
        and after[1].lower_ in ("a", "the")
        and after[2].lower_ in SETTLEMENT_NOUNS
    ):
        return True
    return False


# ------------------------------------------------------------------------------ resolution


def _base(c: Candidate) -> float:
    if c.source == "seat" or c.entry is None:
        return 11.0
    e = c.entry
    if e.kind == "country":
        return 10.5
    if e.kind in ("region", "feature"):
        return 10.0
    if e.kind == "admin1":
        return 1.5 * math.log10(e.population) - 1 if e.population > 0 else 4.0
    if e.kind == "admin2":
        # below a town of its own population: a bare "Sharjah" is the city, not its district
        return 1.5 * math.log10(max(e.population, 1000)) - 1.5
    return 1.5 * math.log10(max(e.population, 1000))


def _resolve(doc: Doc, mentions: list[PlaceMention]) -> None:
    # A bare name that is a city and its own region is the city ("Donetsk", "Idlib").
    for m in mentions:
        generic = any(
            t.lower_
            in (
                "oblast",
                "region",
                "province",
                "governorate",
                "state",
                "district",
                "krai",
                "kray",
                "territory",
                "raion",
                "rayon",
                "county",
            )
            for t in doc[m.i : m.j]
        )
        if generic:
            continue
        if _region_reading(doc, m):
            # the region whose capital bears the name, not a city that is its own region
            # ("across Kyiv" is the city)
            cities = [c.entry for c in m.cands if c.entry is not None and c.entry.kind == "city"]
            regions = [
                c
                for c in m.cands
                if c.entry is not None
                and c.entry.kind == "admin1"
                and not c.entry.name.endswith(" City")
                and any(
                    e.country == c.country
                    and e.admin1 == c.entry.admin1
                    and c.entry.population > 1.5 * e.population
                    for e in cities
                )
            ]
            if regions:
                m.cands = regions
                continue
        # (its capital lies in it: the town of Florida, New York, leaves the state alone)
        towns = [
            c.entry
            for c in m.cands
            if c.entry is not None and c.entry.kind == "city" and c.entry.population >= 10000
        ]
        m.cands = [
            c
            for c in m.cands
            if not (
                c.entry is not None
                and c.entry.kind == "admin1"
                and any(
                    t.country == c.country and (c.entry.admin1 is None or t.admin1 == c.entry.admin1)
                    for t in towns
                )
                and not (c.entry.curated and c.how == STRONG)
            )
        ] or m.cands

    _qualifier_bonus(doc, mentions)
    context = _context(mentions, resolved=False)
    for n, m in enumerate(mentions):
        _choose(m, n, context)
    context = _context(mentions, resolved=True)
    for n, m in enumerate(mentions):
        if len(m.cands) > 1:
            _choose(m, n, context, proximity=True)


# "across Donetsk", "much of Kherson", "Donetsk's governor": a bare name that is both a
# region and its capital reads as the region after these; "the city of", "downtown" keep the
# city (the default).
REGION_BEFORE = {"across", "throughout"}
REGION_OF = {"parts", "much", "most", "all", "whole", "rest", "swathes", "swaths", "governor"}
REGION_AFTER = {"governor", "governorate", "regional", "countryside", "villages", "province"}


def _region_reading(doc: Doc, m: PlaceMention) -> bool:
    k = m.i - 1
    while k >= 0 and doc[k].lower_ in ("the", "all", "over"):
        k -= 1
    if k >= 0 and doc[k].lower_ in REGION_BEFORE:
        return True
    if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in REGION_OF:
        return True
    after = doc[m.j : m.j + 2]
    if len(after) == 2 and after[0].lower_ in ("'s", "\u2019s") and after[1].lower_ in REGION_AFTER:
        return True
    return False


def _qualifier_bonus(doc: Doc, mentions: list[PlaceMention]) -> None:
    """'Paris, Texas', 'Tbilisi, Georgia', "Russia's Kursk Oblast": the qualifier picks."""
    for a, b in itertools.pairwise(mentions):
        between = doc[a.j : b.i]
        if len(between) == 1 and between[0].text == ",":
            inner, outer = a, b
        elif len(between) == 1 and between[0].lower_ in ("'s", "\u2019s"):
            inner, outer = b, a
        else:
            continue
        for c in inner.cands:
            if c.entry is None:
                continue
            for q in outer.cands:
                if q.entry is None or q.source == "demonym":
                    continue
                if q.entry.kind == "country" and q.country == c.country and c.entry.kind != "country":
                    c.score += 6
                    q.score += 3
                elif (
                    q.entry.kind == "admin1"
                    and q.country == c.country
                    and q.entry.admin1
                    and q.entry.admin1 == c.entry.admin1
                    and c.entry.kind == "city"
                ):
                    c.score += 6
                    q.score += 3


def _context(mentions: list[PlaceMention], resolved: bool) -> dict:
    weights: dict[str, float] = {}
    admin1: set = set()
    points: list[tuple[int, float, float]] = []
    for n, m in enumerate(mentions):
        if resolved and m.chosen is not None:
            chosen = [m.chosen]
        else:
            countries_ = {c.country for c in m.cands}
            if len(countries_) != 1:
                continue
            chosen = m.cands if len(m.cands) == 1 else []
            cc = next(iter(countries_))
            if cc:
                weights[cc] = weights.get(cc, 0) + _evidence(m.cands[0])
            if not chosen:
                continue
        c = chosen[0]
        if resolved and c.country:
            weights[c.country] = weights.get(c.country, 0) + _evidence(c)
        if c.entry is not None and c.entry.kind in LOCATED and c.entry.admin1:
            admin1.add((c.country, c.entry.admin1))
        if (
            c.entry is not None
            and c.entry.lat is not None
            and c.entry.lon is not None
            and c.entry.kind in LOCATED
        ):
            points.append((n, c.entry.lat, c.entry.lon))
    return {"weights": weights, "max": max(weights.values(), default=0), "admin1": admin1, "points": points}


def _evidence(c: Candidate) -> float:
    """How much a mention says the article is about its country: "Russian forces" fight
    abroad, so a demonym says less than a place."""
    return 0.3 if c.source == "demonym" else 1.0


def _choose(m: PlaceMention, me: int, context: dict, proximity: bool = False) -> None:
    weights, top = context["weights"], context["max"]
    best: tuple[float, Candidate] | None = None
    for c in m.cands:
        s = _base(c) + c.score + {STRONG: 1.5, ALT: 0.0, COMMON: -1.0}[c.how]
        if c.entry is not None and c.entry.capital:
            s += 1  # capitals are named far more often than their size says
        if c.entry is not None and c.entry.curated:
            s += 2.5 if c.how == STRONG else 0.5
        if top and c.country:
            w = weights.get(c.country, 0)
            if m.chosen is not None and m.chosen.country == c.country:
                w -= _evidence(m.chosen)  # not its own evidence
            s += 3 * max(w, 0) / top
        elif top:
            s += 1.5  # a sea belongs to no country: neither helped nor hurt
        e = c.entry
        located = e if e is not None and e.kind in LOCATED else None
        if (
            located is not None
            and located.kind != "admin1"
            and located.admin1
            and (c.country, located.admin1) in context["admin1"]
        ):
            s += 1.5
        if proximity and located is not None and located.lat is not None and located.lon is not None:
            d = min(
                (km(located.lat, located.lon, la, lo) for n, la, lo in context["points"] if n != me),
                default=None,
            )
            if d is not None:
                s += 2 if d < 150 else 1 if d < 400 else 0
        if best is None or s > best[0]:
            best = (s, c)
    assert best is not None, "a mention to choose for has candidates"
    m.chosen = best[1]


# ------------------------------------------------------------------------ kinds, metonyms


def _classify(doc: Doc, m: PlaceMention) -> None:
    c = m.chosen
    assert c is not None, "classified after a candidate is chosen"
    table = countries()
    if c.source == "demonym":
        m.kind = "demonym"
        if c.entry:
            m.name = c.entry.name
        else:
            assert c.country is not None, "a demonym names its country"
            m.name = table.by_iso2[c.country].name
        return
    if c.source == "seat":
        m.name = doc[m.i : m.j].text
        m.kind = "feature" if _governed_by_locative(doc, m) else "metonym"
        if m.kind == "metonym":
            m.stands_for = _gov_code(c.country)
        return
    e = c.gaz
    m.kind, m.name = e.kind, e.name
    dateline = doc[m.i].is_upper and m.j < len(doc) and doc[m.j].text == ","
    if e.kind == "city" and not dateline and _is_seat(doc, m, e) and _acts_as_government(doc, m):
        m.kind = "metonym"
        m.stands_for = _gov_code(e.country)


def _gov_code(iso2: str | None) -> str | None:
    co = countries().by_iso2.get(iso2) if iso2 is not None else None
    return f"{co.iso3} GOV" if co else None


def _is_seat(doc: Doc, m: PlaceMention, e: Entry) -> bool:
    if e.capital:
        return True
    seat = countries().seats.get(doc[m.i : m.j].text.lower())
    return seat == e.country


def _governed_by_locative(doc: Doc, m: PlaceMention) -> bool:
    head = doc[m.i : m.j].root
    return head.dep_ == "pobj" and head.head.lower_ in LOC_PREPS - {"between", "to", "from"}


def _acts_as_government(doc: Doc, m: PlaceMention) -> bool:
    root = doc[m.i : m.j].root
    # "Moscow-backed", "pro-Kremlin"
    if m.j + 1 < len(doc) and doc[m.j].text == "-" and doc[m.j + 1].lower_ in BACKED:
        return True
    if m.i >= 2 and doc[m.i - 1].text == "-" and doc[m.i - 2].lower_ in ("pro", "anti"):
        return True
    r = root
    while r.dep_ == "conj" and r.head.i != r.i:
        r = r.head
    dep, head = r.dep_, r.head
    if dep == "nsubj":
        if head.lemma_ in LOCATION_VERBS:
            return False
        if head.lemma_ == "be":
            return any(
                ch.dep_ in ("acomp", "xcomp")
                and ch.lemma_
                in ("ready", "willing", "prepared", "keen", "eager", "determined", "unwilling", "reluctant")
                for ch in head.children
            )
        if any(ch.dep_ == "dobj" and ch.lemma_ in EVENT_NOUNS for ch in head.children):
            return False
        return True
    if dep == "nsubjpass":
        return head.lemma_ in PASSIVE_GOV_VERBS
    if dep == "poss":
        return head.lemma_ not in CITY_NOUNS
    if dep == "dobj":
        return head.lemma_ in OBJECT_GOV_VERBS
    if dep == "pobj":
        prep = head
        if prep.dep_ == "agent":
            return True
        if prep.lower_ in ("of", "with", "between", "against", "on", "from", "to", "toward", "towards", "by"):
            return prep.head.lemma_ in RELATIONAL
    return False


# ------------------------------------------------------------------ vague regions, anaphora

FEATURE_HEADS = {
    "Lake",
    "Mount",
    "Gulf",
    "Sea",
    "Strait",
    "Bay",
    "Cape",
    "Mountains",
    "River",
    "Lakes",
    "Desert",
    "Canal",
    "Reservoir",
    "Dam",
    "Island",
    "Islands",
    "Peninsula",
    "Plateau",
}
FEATURE_FIRST = {"Lake", "Mount", "Gulf", "Sea", "Strait", "Bay", "Cape"}


def _features(doc: Doc, mentions: list[PlaceMention], sent_of) -> list[PlaceMention]:
    """Seas, rivers, lakes and mountains the gazetteer lacks ("Lake Chad", "Oskil River",
    "Caspian Sea"): kind feature, no country, no coordinates. A place inside such a name
    ("Chad" in "Lake Chad") is not a place of its own."""
    n = len(doc)
    out: list[PlaceMention] = []
    for t in (doc[i] for i in token_indices(doc, FEATURE_HEADS)):
        if t.is_sent_start and t.text not in FEATURE_FIRST:
            continue
        i = j = t.i
        if t.text in FEATURE_FIRST and i + 1 < n:
            k = i + 1
            if doc[k].lower_ == "of" and k + 1 < n:
                k += 1
            while (
                k < n
                and doc[k].tag_ in ("NNP", "NNPS")
                and doc[k].text[:1].isupper()
                and doc[k].text not in FEATURE_HEADS
            ):
                k += 1
            j = k
        if j - i < 2 or (j == i + 2 and doc[i + 1].lower_ == "of"):
            i, j = t.i, t.i + 1
            k = i - 1
            while (
                k >= 0
                and doc[k].tag_ in ("NNP", "NNPS", "JJ")
                and doc[k].text[:1].isupper()
                and not doc[k].is_sent_start
            ):
                k -= 1
            if doc[k].is_sent_start and doc[k].text[:1].isupper() and doc[k].tag_ in ("NNP", "NNPS", "JJ"):
                k -= 1
            i = k + 1
            if j - i < 2:
                continue
        if any(
            m.i < j
            and i < m.j
            and (not (i <= m.i and m.j <= j) or (m.i, m.j) == (i, j) or m.kind == "feature")
            for m in mentions + out
        ):
            continue
        f = PlaceMention(i, j, [], sent_of[i], kind="feature", name=doc[i:j].text)
        f.extra = {"country": None}
        out.append(f)
    out += _works(doc, mentions + out, sent_of)
    if not out:
        return mentions
    inside = {id(m) for m in mentions for f in out if f.i <= m.i and m.j <= f.j}
    return [m for m in mentions if id(m) not in inside] + out


# Lower-case heads of works and features named after a place or a proper name: "the Vovcha
# river", "Kramatorsk airfield", "the Pechenihy reservoir".
WORK_HEADS = {"river", "crossing", "dam", "bridge", "reservoir", "airport", "airfield", "airbase", "canal"}
WATER_HEADS = {"river", "reservoir", "dam", "canal"}


def _works(doc: Doc, mentions: list[PlaceMention], sent_of) -> list[PlaceMention]:
    """Features the gazetteer lacks, written as a proper name and a lower-case head: kind
    feature; one named after a place ("Kramatorsk airfield") lies at or beside it and takes
    its country and coordinates; a river or reservoir otherwise takes the country the
    sentence or article is about, and no coordinates."""
    out: list[PlaceMention] = []
    for t in (doc[i] for i in token_indices(doc, WORK_HEADS)):
        if t.i == 0:
            continue
        k = t.i - 1
        while k >= 0 and doc[k].tag_ in ("NNP", "NNPS") and doc[k].text[:1].isupper():
            k -= 1
        i, j = k + 1, t.i + 1
        if j - i < 2 or (doc[i].is_sent_start and not any(m.i == i for m in mentions)):
            continue
        if any(m.i < j and i < m.j and not (i <= m.i and m.j <= j and m.kind != "feature") for m in mentions):
            continue
        inner = [m.chosen for m in mentions if i <= m.i and m.j <= j and m.chosen is not None]
        f = PlaceMention(i, j, [], sent_of[i], kind="feature", name=doc[i:j].text)
        e = inner[-1].entry if inner else None
        if e is not None and e.lat is not None and e.kind in ("city", "admin2"):
            f.extra = {"country": e.country, "point": e}
        elif not inner:
            water = t.text in WATER_HEADS
            f.extra = {"country": _dominant_country(mentions, i, sent_of[i]) if water else None}
        else:
            continue
        out.append(f)
    return out


def _dominant_country(mentions: list[PlaceMention], before: int, sent: int) -> str | None:
    same = [m for m in mentions if m.sent == sent and m.i < before and m.country]
    if same:
        return same[-1].country
    weights: dict[str, int] = {}
    for m in mentions:
        if m.country and m.kind != "demonym":
            weights[m.country] = weights.get(m.country, 0) + 1
    return (
        max(weights, key=lambda k: (weights[k], -min(x.i for x in mentions if x.country == k)))
        if weights
        else None
    )


def _region(
    i: int, j: int, sent: int, name: str, country: str | None, base: PlaceMention | None = None, **extra
) -> PlaceMention:
    """A vague region; one built on a named place ("eastern Ukraine") keeps that place's
    coordinates, as the best point there is, but no GeoNames id."""
    m = PlaceMention(i, j, [], sent, kind="region", name=name)
    m.extra = {"country": country, **extra}
    if base is not None and base.chosen is not None and base.chosen.entry is not None:
        m.extra["point"] = base.chosen.entry
    return m


def _vague_regions(doc: Doc, mentions: list[PlaceMention], sent_of) -> list[PlaceMention]:
    n = len(doc)
    out: list[PlaceMention] = []
    drop: set[int] = set()
    for m in mentions:
        if m.kind not in ("country", "admin1", "region", "demonym"):
            continue
        # "eastern Ukraine", "northern Gaza"
        k = m.i - 1
        if (
            m.kind != "demonym"
            and k >= 0
            and doc[k].lower_ in DIRECTION_ADJ
            and (doc[k].is_lower or doc[k].is_sent_start)
        ):
            start = k
            if k >= 2 and doc[k - 1].text == "-" and doc[k - 2].lower_ in ("north", "south"):
                start = k - 2
            out.append(_region(start, m.j, m.sent, doc[start : m.j].text, m.country, m))
            drop.add(id(m))
            continue
        # "Ukraine's east", "Ukraine's eastern regions", "the Russian border region"
        j = m.j
        if m.kind != "demonym" and j + 1 < n and doc[j].lower_ in ("'s", "\u2019s"):
            w = doc[j + 1]
            if w.lower_ in DIRECTION_NOUNS and w.is_lower:
                out.append(_region(m.i, j + 2, m.sent, doc[m.i : j + 2].text, m.country, m))
                drop.add(id(m))
                continue
            if w.lower_ in DIRECTION_ADJ and j + 2 < n and doc[j + 2].lower_ in AREA_NOUNS:
                out.append(_region(m.i, j + 3, m.sent, doc[m.i : j + 3].text, m.country, m))
                drop.add(id(m))
                continue
            j += 1
        if (
            j + 1 < n
            and doc[j].lower_ in ("border", "frontier", "frontline", "front-line")
            and doc[j + 1].lower_ in AREA_NOUNS
        ):
            definite = m.i > 0 and doc[m.i - 1].lower_ in DETERMINERS
            out.append(_region(m.i, j + 2, m.sent, doc[m.i : j + 2].text, m.country, definite=definite))
            drop.add(id(m))
            continue
    # "the east of Ukraine"
    for m in mentions:
        if (
            m.kind in ("country", "admin1", "region")
            and m.i >= 3
            and doc[m.i - 1].lower_ == "of"
            and doc[m.i - 2].lower_ in DIRECTION_NOUNS
            and doc[m.i - 3].lower_ == "the"
            and id(m) not in drop
        ):
            out.append(_region(m.i - 2, m.j, m.sent, doc[m.i - 2 : m.j].text, m.country, m))
            drop.add(id(m))
    kept = [m for m in mentions if id(m) not in drop]
    taken = {k for m in kept + out for k in range(m.i, m.j)}
    # "the front line", "the border region" without a country word
    for t in doc:
        if t.i in taken:
            continue
        k, end = t.i, None
        if t.lower_ in ("front", "contact") and k + 1 < n and doc[k + 1].lower_ in ("line", "lines"):
            end = k + 2
        elif t.lower_ in ("frontline", "frontlines", "front-line") and not (
            k + 1 < n and doc[k + 1].pos_ in ("NOUN", "PROPN")
        ):
            end = k + 1
        elif (
            t.lower_ == "front"
            and k + 2 < n
            and doc[k + 1].text == "-"
            and doc[k + 2].lower_ in ("line", "lines")
            and not (k + 3 < n and doc[k + 3].pos_ in ("NOUN", "PROPN"))
        ):
            end = k + 3
        elif (
            t.lower_ in ("border", "frontier")
            and k + 1 < n
            and doc[k + 1].lower_ in AREA_NOUNS
            and k > 0
            and doc[k - 1].lower_ in DETERMINERS
        ):
            end = k + 2
        if end is None or any(x in taken for x in range(k, end)):
            continue
        country = _dominant_country(kept + out, k, sent_of[k])
        definite = k > 0 and doc[k - 1].lower_ in DETERMINERS
        out.append(
            _region(
                k,
                end,
                sent_of[k],
                doc[k:end].text,
                country,
                definite=definite and t.lower_ in ("border", "frontier"),
            )
        )
        taken.update(range(k, end))
    return kept + out


def _anaphora(doc: Doc, mentions: list[PlaceMention], sent_of) -> list[PlaceMention]:
    out = []
    taken = {k for m in mentions for k in range(m.i, m.j)}
    ordered = sorted(mentions, key=lambda m: m.i)
    for t in doc:
        if t.i in taken:
            continue
        want = None
        i, j = t.i, t.i + 1
        if t.lower_ == "there" and t.dep_ == "advmod":
            want = "any"
        elif (
            t.lower_ in ANAPHORA
            and t.i > 0
            and doc[t.i - 1].lower_ in DETERMINERS
            and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of")
            and t.tag_ == "NN"
        ):
            want = ANAPHORA[t.lower_]
            i = t.i - 1
        if want is None:
            continue
        ante = None
        for m in reversed(ordered):
            if m.i >= t.i:
                continue
            if sent_of[t.i] - m.sent > 2:
                break
            if _fits(doc, m, want):
                ante = m
                break
        if ante is None:
            continue
        a = PlaceMention(i, j, [], sent_of[t.i], chosen=ante.chosen, kind=ante.kind, name=ante.name)
        a.extra = {"country": ante.country, "anaphor": True, "point": ante.extra.get("point")}
        a.antecedent = ante
        out.append(a)
    return out


def _fits(doc: Doc, m: PlaceMention, want: str) -> bool:
    if m.kind in ("demonym", "metonym") or m.kind is None:
        return False
    if m.kind == "region" and m.chosen is None and m.extra.get("point") is None:
        return False
    if want == "city":
        return m.kind == "city"
    if want == "region":
        return m.kind in ("admin1", "admin2", "region")
    if m.kind == "country":
        return _governed_by_locative(doc, m)
    return True


def _resolve_regions(mentions: list[PlaceMention]) -> None:
    """A definite border region ("the Russian border region") is the one admin-1 region or
    named region of that country mentioned before it or in its sentence, when there is
    exactly one."""
    for n, m in enumerate(mentions):
        if not m.extra.get("definite") or not m.country:
            continue
        before = {
            p.chosen.entry.row: p
            for k, p in enumerate(mentions)
            if (k < n or p.sent == m.sent)
            and k != n
            and p.kind in ("admin1", "region")
            and p.chosen is not None
            and p.chosen.entry is not None
            and p.country == m.country
        }
        if len(before) == 1:
            ante = next(iter(before.values()))
            m.chosen, m.name, m.antecedent = ante.chosen, ante.name, ante
            m.extra["resolved"] = True


# --------------------------------------------------------------------------------- output


def _emit(ctx: Context, mentions: list[PlaceMention]) -> None:
    doc = ctx.doc
    text = doc_text(doc)
    places: list[dict] = []
    notes: list[PlaceNote] = []
    index_of = {id(m): k for k, m in enumerate(mentions)}
    for m in mentions:
        start, end = doc[m.i].idx, doc[m.j - 1].idx + len(doc[m.j - 1].text)
        c = m.chosen
        e = c.entry if c is not None else None
        if c is not None and c.source == "seat":
            e = _capital(c.country)
            gid = None
        else:
            gid = e.geonames_id if e is not None else None
        if e is None and m.extra.get("point") is not None:
            e = m.extra["point"]
        country = m.country
        places.append(
            span(
                text,
                start,
                end,
                name=m.name,
                kind=m.kind,
                country=country,
                geonames_id=gid,
                lat=e.lat if e is not None else None,
                lon=e.lon if e is not None else None,
                stands_for=m.stands_for,
            )
        )
        notes.append(
            {
                "tokens": (m.i, m.j),
                "sentence": m.sent,
                "row": e.row if e is not None else None,
                "antecedent": index_of.get(id(m.antecedent)) if m.antecedent is not None else None,
            }
        )
    ctx.record["places"] = places
    ctx.places = notes


def _capital(iso2: str | None) -> Entry | None:
    co = countries().by_iso2.get(iso2) if iso2 is not None else None
    if co is None or not co.capital:
        return None
    cands = [e for e, _ in gazetteer().lookup(co.capital) if e.kind == "city" and e.country == iso2]
    return max(cands, key=lambda e: (e.capital, e.population)) if cands else None
