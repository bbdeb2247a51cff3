"""Actors: every mention of someone who acts in a report, coded CAMEO-style (country + sector).

A code is an ISO 3166-1 alpha-3 country and a CAMEO sector, written as the record contract
writes it: "UKR MIL", "RUS GOV"; either part may be missing ("MIL" for troops of no stated
country, "RUS" for Russia as a whole). International organisations keep their CAMEO code
("IGO WST NAT" for NATO, "NGO HRI AMN" for Amnesty International). The dictionary is data:
see claimledger/resources/actors.py and ACTORS_SOURCES.md.

What counts as a mention (the gold set follows the same guide, tests/gold/actors/README.md):
- a person named in the text, with the title words in front ("Ukraine's Defense Minister
  Rustem Umerov"); later surnames ("Umerov") and titles ("the minister") are coded as the
  person they refer to;
- a noun phrase headed by a sector noun ("North Korean troops", "DPRK soldiers",
  "Pyongyang's forces", "the Ukrainian Armed Forces", "a senior US official", "rebels");
- an organisation from the table ("NATO", "KBS"), or a proper name described by a sector noun
  ("South Korean TV channel KBS");
- a country, capital or seat of government where it acts (subject, passive agent, object,
  "according to ...", "talks with ..."): "Russia" -> RUS, "Kyiv" and "the Kremlin" -> the
  government they stand for (UKR GOV, RUS GOV);
- people named after a country or an ethnic group ("North Koreans", "Buryats").
Words inside a mention (the "Ukraine" of "Ukraine's Defense Minister") are not mentions.

A person's country comes from their role anywhere in the article, else from the known-person
table, else (for government titles such as "President" only) from the article's dominant
government: the country most often named with government actors in the article.

`extract(ctx)` fills ctx.record["actors"] and leaves the analysis on ctx.actors: `notes()` gives
the events extractor token ranges, country and sector apart; `code_for` codes a speaker.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, TypedDict

from claimledger.analyse.context import extractor
from claimledger.record import span
from claimledger.resources.actors import NON_STATE, actor_dictionary, fold
from claimledger.resources.countries import case_sensitive_alias, countries, government_name
from claimledger.resources.cues import cue_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimledger.analyse.context import Context

USER_DATA_KEY = "claimledger.actors"

MOD_DEPS = {"compound", "amod", "nmod", "poss"}
LEFT_DEPS = {
    "compound",
    "amod",
    "nmod",
    "poss",
    "case",
    "det",
    "predet",
    "nummod",
    "quantmod",
    "cc",
    "conj",
    "advmod",
    "npadvmod",
    "punct",
    "prep",
    "pobj",
    "appos",
}
STRIP_WORDS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "first",
    "other",
    "several",
    "many",
    "more",
    "some",
    "few",
    "least",
    "most",
    "about",
    "around",
    "nearly",
    "almost",
    "up",
    "to",
    "over",
    "at",
    "all",
    "both",
    "each",
    "every",
    "any",
    "no",
    "such",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "another",
    "same",
    "last",
    "latest",
    "new",
    "further",
    "additional",
    "fresh",
    "estimated",
    "approximately",
    "roughly",
    "only",
    "just",
    "dozens",
    "hundreds",
    "thousands",
    "of",
    "own",
}
NON_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"}
HONORIFICS = {
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "sir",
    "dame",
    "lord",
    "lady",
    "ayatollah",
    "sheikh",
    "rev.",
    "pope",
    "president-elect",
    "prof.",
    "professor",
    "gen",
    "col",
    "lt",
    "maj",
    "sgt",
    "capt",
    "adm",
    "brig",
    "brig.",
    "lt.-gen.",
    "maj.-gen.",
    "lieut.",
}
TITLE_MODIFIERS = {
    "defense",
    "defence",
    "foreign",
    "interior",
    "deputy",
    "first",
    "chief",
    "head",
    "senior",
    "top",
    "former",
    "acting",
    "vice",
    "prime",
    "state",
    "national",
    "security",
    "supreme",
    "armed",
    "forces",
    "military",
    "intelligence",
    "press",
    "general",
    "secretary",
    "lieutenant",
    "colonel",
    "major",
    "crown",
    "ex",
    "late",
    "economy",
    "finance",
    "justice",
    "health",
    "energy",
    "affairs",
    "external",
    "home",
    "culture",
    "emergency",
    "emergencies",
    "digital",
    "transformation",
    "veterans",
    "reintegration",
    "strategic",
    "industries",
    "minister",
    "ministers",
    "president",
    "spokesman",
    "spokeswoman",
    "of",
    "staff",
}
PARTICLES = {"al", "bin", "ibn", "von", "van", "der", "de", "da", "la", "le", "el", "abu", "ben", "du", "dos"}
AGENT_PREPS = {"with", "against", "between"}
LOCATIVE_PREPS = {
    "in",
    "near",
    "at",
    "outside",
    "around",
    "towards",
    "toward",
    "into",
    "across",
    "inside",
    "through",
    "along",
    "beyond",
    "within",
    "from",
    "onto",
    "past",
    "via",
}
PLACE_NOUNS = {
    "village",
    "town",
    "city",
    "region",
    "district",
    "province",
    "oblast",
    "settlement",
    "port",
    "outskirts",
    "suburb",
    "capital",
    "area",
    "county",
    "state",
    "republic",
    "island",
    "peninsula",
}
NON_STATE_ARMED = {"REB", "UAF", "OPP"}
NEEDS_OWNER = {"intelligence"}  # an agency only with an owner or a modifier ("Ukrainian intelligence")
STATE_SECTORS = {"MIL", "GOV", "SPY", "COP", "LEG", "JUD"}
HOSTILE_VERBS = {
    "kill",
    "attack",
    "shell",
    "strike",
    "hit",
    "capture",
    "ambush",
    "wound",
    "injure",
    "fight",
    "target",
    "shoot",
    "bomb",
    "destroy",
    "repel",
    "defeat",
    "surround",
    "detain",
    "arrest",
    "execute",
    "torture",
    "abduct",
    "kidnap",
    "seize",
    "clash",
    "engage",
    "raid",
    "accuse",
    "blame",
    "sanction",
    "condemn",
    "oppose",
    "resist",
    "battle",
    "down",
    "intercept",
    "encircle",
    "rout",
    "expel",
    "deport",
    "imprison",
    "jail",
    "convict",
    "charge",
    "sue",
    "warn",
    "threaten",
    "hunt",
    "pursue",
    "face",
    "confront",
    "counter",
    "free",
    "exchange",
    "release",
    "swap",
    "identify",
    "fire",
}
POSS_PRONOUNS = {
    "its": ("organisation", "country", "region"),
    "their": None,
    "his": ("person",),
    "her": ("person",),
}
COMM_VERBS = {
    "say",
    "tell",
    "speak",
    "talk",
    "write",
    "report",
    "explain",
    "confirm",
    "deny",
    "admit",
    "complain",
    "appeal",
    "apologise",
    "apologize",
    "announce",
    "signal",
    "promise",
    "pledge",
    "propose",
    "suggest",
    "reply",
    "respond",
}
SPATIAL_PREPS = {
    "outside",
    "inside",
    "near",
    "into",
    "around",
    "towards",
    "toward",
    "behind",
    "opposite",
}
MOTION_VERBS = {
    "enter",
    "leave",
    "visit",
    "reach",
    "cross",
    "tour",
    "flee",
    "return",
    "fly",
    "travel",
    "move",
    "head",
    "arrive",
    "border",
    "call",
    "see",
    "use",
}
NOT_OWNER_AFTER = {
    "backed",
    "aligned",
    "allied",
    "controlled",
    "held",
    "occupied",
    "friendly",
    "speaking",
    "born",
    "supported",
    "sponsored",
    "trained",
    "made",
    "built",
    "supplied",
    "based",
}
CC_WORDS = {"and", "or", "&"}
RESOLVE_SYNONYMS = {
    "chief": {"minister", "head", "secretary", "commander", "director"},
    "minister": {"chief", "secretary"},
    "secretary": {"minister", "chief"},
    "head": {"chief", "director", "leader"},
    "director": {"chief", "head"},
    "commander": {"chief", "general"},
    "general": {"commander"},
    "leader": {"president", "head", "chief"},
    "president": {"leader"},
    "premier": {"prime", "minister"},
    "defense": {"defence"},
    "defence": {"defense"},
    "spokesman": {"spokesperson", "spokeswoman"},
    "spokesperson": {"spokesman", "spokeswoman"},
    "spokeswoman": {"spokesperson", "spokesman"},
    "army": {"military", "armed"},
    "military": {"army", "armed"},
    "spy": {"intelligence"},
    "intelligence": {"spy"},
}


class ActorNote(TypedDict):
    """What events need of an actor mention beyond its record: token range, country and sector apart."""

    start: int
    end: int
    head: int
    char_start: int
    char_end: int
    name: str | None
    code: str | None
    type: str | None
    country: str | None
    sector: str | None
    role: str | None


@dataclass
class Match:
    """A dictionary phrase found in the text: a country, demonym, seat, organisation, group or person."""

    start: int  # token indices, end exclusive
    end: int
    kind: str  # country | demonym | seat | org | group | person
    obj: object


@dataclass
class ActorMention:
    start: int  # token indices, end exclusive
    end: int
    head: int
    type: str
    name: str | None = None
    country: str | None = None  # ISO3, or a CAMEO ethnic/region code
    sector: str | None = None
    whole: str | None = None  # a complete code from a table (IGO/NGO codes), wins over the parts
    role: str | None = None
    explicit: bool = False  # the country comes from the mention's own words
    entity: Entity | None = None  # the person a name, surname or title refers to
    title: tuple | None = None  # (title word, modifier words) of an unnamed person, to resolve
    source: str = ""
    poss_at: int | None = None  # a possessive pronoun in a person's role ("its director")

    @property
    def code(self) -> str | None:
        if self.entity is not None:
            return self.entity.code
        return compose(self.country, self.sector, self.whole)


@dataclass
class Entity:
    """One person across the article: full name, roles and what they say about the code."""

    name: str
    mentions: list = field(default_factory=list)
    roles: list = field(default_factory=list)  # (role text, title word, role words)
    country: str | None = None
    sector: str | None = None
    whole: str | None = None
    first: int = 0

    @property
    def code(self) -> str | None:
        return compose(self.country, self.sector, self.whole)


def compose(country, sector, whole=None) -> str | None:
    if whole:
        return whole
    parts = [p for p in (country, sector) if p]
    return " ".join(parts) or None


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
    out = [None] * n
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


class ArticleActors:
    """All actor mentions of one parsed article, coded; built once per Doc (see `actors_of`)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text  # spaCy rebuilds Doc.text on every access
        self.d = actor_dictionary()
        self.matches = _scan(doc, self.text)
        self.consumed = [False] * len(doc)
        self.mentions: list[ActorMention] = []
        self.entities: list[Entity] = []
        self.dominant: str | None = None  # the article's main government, else its main country
        self.dominant_gov: str | None = None
        self._persons()
        self._organisations()
        self._noun_phrases()
        self._countries()
        self._finish()

    # ---- helpers ---------------------------------------------------------------------------
    def _match(self, i) -> Match | None:
        return self.matches[i]

    def _head_of(self, start, end):
        doc = self.doc
        for k in range(end - 1, start - 1, -1):
            h = doc[k].head
            if h.i < start or h.i >= end or doc[k].head.i == k:
                return doc[k]
        return doc[end - 1]

    def _left(self, head, start) -> int:
        """First token of the modifiers in front of `start` that belong to `head`'s phrase."""
        doc = self.doc
        lo = start
        edge = head.left_edge.i
        k = start - 1
        while k >= edge:
            t = doc[k]
            if self.consumed[k] or t.is_space or "\n" in t.text:
                break
            if t.dep_ in LEFT_DEPS or (t.is_punct and t.text in "-'\u2019\u2010\u2011"):
                if t.is_punct and t.text in ',;:()\u2014\u2013"\u201c\u201d':
                    break
                lo = k
                k -= 1
            else:
                break
        while (
            lo < start
            and self._strippable(doc[lo])
            and not (head.pos_ == "PROPN" and doc[lo].text[:1].isdigit() and doc[lo].ent_type_ == "ORDINAL")
        ):
            lo += 1  # ... but "the 59th Brigade" keeps its number
        return lo

    def _strippable(self, t) -> bool:
        if self._match(t.i):
            return False
        return (
            t.dep_ in ("det", "predet", "nummod", "quantmod", "cc", "prep")
            or t.like_num
            or t.is_punct
            or t.ent_type_ in ("ORDINAL", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE")
            or t.lower_ in STRIP_WORDS
            or t.pos_ in ("DET", "PRON", "NUM", "ADP", "CCONJ")
        )

    def _head_entry(self, t):
        """The longest sector phrase that ends at token t: (entry, index of its first token)."""
        doc = self.doc
        text = self.text
        longest = _phrase_ends().get(fold(t.text), 1)
        for w in range(min(longest + 2, t.i + 1), 0, -1):
            first = doc[t.i - w + 1]
            if first.is_space or first.is_punct:
                continue
            chunk = text[first.idx : t.idx + len(t)]
            if "\n" in chunk:
                continue
            e = self.d.heads.get(fold(chunk))
            if e:
                return e, first.i
        e = self.d.heads.get(t.lemma_.lower())
        if e and t.pos_ in ("NOUN", "PROPN"):
            return e, t.i
        return None, t.i

    def _mod_sector(self, t) -> tuple[str | None, bool]:
        """(sector, overriding?) of token t used as a modifier."""
        m = self._match(t.i)
        if m is not None:
            if m.kind == "org":
                return m.obj.sector, False
            if m.kind == "seat":
                return "GOV", False
            return None, False
        doc = self.doc
        for w in (2, 1):
            if t.i - w + 1 < 0:
                continue
            chunk = self.text[doc[t.i - w + 1].idx : t.idx + len(t)]
            e = self.d.mods.get(fold(chunk)) or self.d.heads.get(fold(chunk))
            if e and e.sector:
                return e.sector, e.strength == "override"
        return None, False

    def _sector(self, entry, mods, comps) -> str | None:
        """The sector of a phrase: an overriding modifier, a deciding head, the nearest modifier
        with a sector, then the complement ("head of the ... Council"), then the head's default."""
        found = [self._mod_sector(t) for t in mods]
        for s, override in found:
            if s and override:
                return s
        if entry is not None and entry.strength in ("head", "override") and entry.sector:
            return entry.sector
        for s, _ in reversed(found):
            if s:
                return s
        for t in reversed(comps):
            if t.pos_ in ("NOUN", "PROPN", "ADJ"):
                s, _ = self._mod_sector(t)
                if s:
                    return s
        return entry.sector if entry is not None else None

    def _owners(self, lo, hi, kinds=("country", "demonym", "seat", "org", "group", "person")) -> list[Match]:
        """Country-bearing dictionary phrases in doc[lo:hi], without "pro-Russian" or "Iran-backed"."""
        doc = self.doc
        out = []
        k = lo
        while k < hi:
            m = self._match(k)
            if m is None or m.kind not in kinds:
                k += 1
                continue
            k = m.end
            before = doc[m.start - 1].lower_ if m.start > 0 else ""
            before2 = doc[m.start - 2].lower_ if m.start > 1 else ""
            if before in ("pro", "anti", "pro-", "anti-") or (before == "-" and before2 in ("pro", "anti")):
                continue
            if m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ in NOT_OWNER_AFTER:
                continue
            if m.kind == "org" and m.obj.country is None and not m.obj.code.startswith(("IGO", "NGO", "IMG")):
                continue
            if (
                m.kind == "group"
                and m.obj.type == "region"
                and m.end < len(doc)
                and doc[m.end].pos_ == "PROPN"
            ):
                continue
            if m.kind == "person" and not (m.end < len(doc) and doc[m.end].dep_ == "case"):
                continue  # a known person owns only in the possessive: "Zelenskyy's chief of staff"
            out.append(m)
        return out

    @staticmethod
    def _owner_code(m: Match) -> tuple[str | None, str | None, str | None]:
        """(country, sector, whole code) that an owner phrase gives."""
        if m.kind in ("country", "demonym"):
            return m.obj.iso3, None, None
        if m.kind == "seat":
            return m.obj.iso3, "GOV", None
        if m.kind == "org":
            if m.obj.country is None:
                return None, None, m.obj.code
            return m.obj.country, m.obj.sector, None
        if m.kind == "group":
            return m.obj.code, None, None
        if m.kind == "person":
            return (m.obj.country, None, None) if m.obj.country else (None, None, m.obj.code)
        return None, None, None

    def _text(self, lo, hi) -> str:
        doc = self.doc
        return self.text[doc[lo].idx : doc[hi - 1].idx + len(doc[hi - 1])]

    def _add(self, m: ActorMention) -> ActorMention:
        for k in range(m.start, m.end):
            self.consumed[k] = True
        self.mentions.append(m)
        return m

    def _free(self, lo, hi) -> bool:
        return not any(self.consumed[k] for k in range(lo, hi))

    # ---- persons ---------------------------------------------------------------------------
    def _name_token(self, t) -> bool:
        m = self._match(t.i)
        if m is not None and m.kind != "person":
            return False
        if t.ent_type_ in NON_NAME_ENTS or not _cap(t) or not any(c.isalpha() for c in t.text):
            return False
        if not (t.pos_ == "PROPN" or t.ent_type_ == "PERSON" or m is not None):
            return False
        if t.text in ("'s", "\u2019s"):
            return False
        return fold(t.text) not in _title_words()[0] or m is not None

    def _runs(self):
        doc = self.doc
        n = len(doc)
        i = 0
        while i < n:
            if not self._name_token(doc[i]):
                i += 1
                continue
            j = i + 1
            while j < n:
                t = doc[j]
                prev = doc[j - 1]
                if self._name_token(t) and not prev.is_space:
                    j += 1
                elif (
                    t.text in "-\u2010\u2011"
                    and not prev.whitespace_
                    and not t.whitespace_
                    and j + 1 < n
                    and doc[j + 1].is_alpha
                ):
                    j += 2
                elif (
                    t.lower_ in PARTICLES
                    and j + 1 < n
                    and (
                        self._name_token(doc[j + 1])
                        or (
                            doc[j + 1].text in "-\u2010\u2011"
                            and not t.whitespace_
                            and j + 2 < n
                            and self._name_token(doc[j + 2])
                        )
                    )
                ):
                    j += 1
                else:
                    break
            yield i, j
            i = j

    def _persons(self):
        doc = self.doc
        d = self.d
        _, person_titles = _title_words()
        candidates = []
        for i, j in self._runs():
            name = self._text(i, j)
            head = self._head_of(i, j)
            table = d.person(name)
            ner = any(doc[k].ent_type_ == "PERSON" for k in range(i, j))
            prev = doc[i - 1] if i > 0 else None
            titled = prev is not None and fold(prev.text) in person_titles and not prev.is_space
            appos = self._appos_role(head)
            acronym = all(doc[k].is_upper for k in range(i, j) if doc[k].is_alpha) and len(name) <= 6
            other_ent = all(
                doc[k].ent_type_
                in ("GPE", "LOC", "FAC", "NORP", "ORG", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART", "LANGUAGE")
                for k in range(i, j)
            )
            # NER alone is trusted for full names only: a lone capitalised word it calls a person
            # ("Zaporizhzhia", "Kyiv") must be the surname of someone named in full elsewhere.
            full = sum(1 for k in range(i, j) if doc[k].is_alpha and len(doc[k].text) > 1) >= 2
            evidence = (
                table is not None
                or (ner and not acronym and full)
                or ((titled or appos is not None) and not (acronym and not titled))
            )
            if other_ent and not (table or titled or appos is not None):
                evidence = False
            if evidence and not (table or titled or appos is not None) and self._place_like(head):
                evidence = False
            if evidence and not table and prev is not None and prev.pos_ == "NOUN":
                e, _ = self._head_entry(prev)
                if e is not None and e.type == "organisation":
                    evidence = False  # "grid operator Voltaris": a described organisation
            candidates.append((i, j, name, head, evidence, appos))
        accepted = [c for c in candidates if c[4]]
        surnames = {fold(c[2].split()[-1]) for c in accepted} | {fold(c[2]) for c in accepted}
        for c in candidates:
            if (
                not c[4]
                and fold(c[2]) in surnames
                and not any(
                    self._match(k)
                    for k in range(c[0], c[1])
                    if self._match(k) and self._match(k).kind != "person"
                )
            ):
                accepted.append(c)
        accepted.sort()
        for i, j, name, head, _, appos in accepted:
            if not self._free(i, j):
                continue
            lo = self._left(head, i)
            role_tokens = [t for t in doc[lo:i]]
            role_entry = None
            title_at = None
            for t in reversed(role_tokens):
                e, s = self._head_entry(t)
                if e is not None and e.type == "person":
                    role_entry, title_at = e, t.i
                    break
            if role_tokens and role_entry is None:
                # "Ukraine's Kovalenko": a possessive or a demonym alone is a country, not a title.
                lo = lo if self._owners(lo, i) else i
            parts = []
            if lo < i:
                parts.append(self._text(lo, i))
            country = sector = whole = None
            owners = self._owners(lo, i)
            if owners:
                country, sector, whole = self._owner_code(owners[0])
            mods = [t for t in doc[lo:title_at]] if title_at is not None else []
            if role_entry is not None:
                sector = self._sector(role_entry, mods, []) or sector
            role_word, role_words = (
                (doc[title_at].lower_ if title_at is not None else None),
                {fold(t.text) for t in role_tokens},
            )
            if appos is not None:
                a_head, a_lo, a_hi, a_tokens = appos
                parts.append(self._text(a_lo, a_hi).strip(" ,"))
                a_entry, _ = self._head_entry(a_head)
                a_mods = [t for t in doc[a_lo : a_head.i]]
                a_comps = [t for t in a_tokens if t.i > a_head.i]
                a_owners = self._owners(a_lo, a_hi)
                if a_owners and country is None and whole is None:
                    country, s2, whole = self._owner_code(a_owners[0])
                    sector = sector or s2
                if sector is None:
                    sector = self._sector(a_entry, a_mods, a_comps)
                if role_word is None:
                    role_word = a_head.lower_
                role_words |= {fold(t.text) for t in a_tokens}
                # The appositive noun phrase describes this person: it is not a mention of its own,
                # nor is anything inside it ("Zelenskyy's chief of staff, Andriy Yermak").
                for k in range(a_lo, a_head.i + 1):
                    self.consumed[k] = True
                self.mentions = [x for x in self.mentions if not (a_lo <= x.start and x.end <= a_head.i + 1)]
            role = ", ".join(parts) or None
            m = ActorMention(
                lo,
                j,
                head.i,
                "person",
                name=name,
                country=country,
                sector=sector,
                whole=whole,
                role=role,
                explicit=country is not None,
                source="person",
            )
            if country is None and whole is None:
                # "its director, Darius Vaitkus": the owner is the organisation "its" refers to.
                scope = list(head.lefts) + (list(appos[0].lefts) if appos is not None else [])
                m.poss_at = next(
                    (t.i for t in scope if t.dep_ == "poss" and t.lower_ in ("its", "their")), None
                )
            m.title = (role_word, frozenset(role_words)) if role_word else None
            self._add(m)

    def _place_like(self, head) -> bool:
        """A name that NER calls a person but the parse puts where places go: "in Khan Younis",
        "the village of Bilozerka", "the Zaporizhzhia nuclear plant"."""
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        dep = head.dep_
        if dep in ("compound", "amod", "nmod") and head.head.pos_ == "NOUN" and head.head.i > head.i:
            e, _ = self._head_entry(head.head)
            return e is None or e.type != "person"
        if dep == "pobj":
            p = head.head
            if p.lower_ in LOCATIVE_PREPS:
                return True
            if p.lower_ == "to" and p.head.lower_ != "according" and p.head.lemma_.lower() not in COMM_VERBS:
                return True
            if p.lower_ == "of" and p.head.lemma_.lower() in PLACE_NOUNS:
                return True
        return False

    def _appos_role(self, head):
        """(role head, first, end, tokens) of an apposition describing a name: ", head of ..." or
        "Ukraine's top general, Oleksandr Syrskyi"."""
        doc = self.doc
        for c in head.children:
            if c.dep_ == "appos" and c.i > head.i and c.pos_ in ("NOUN", "PROPN"):
                e, _ = self._head_entry(c)
                if e is not None and e.type == "person" and not self._name_token(c):
                    sub = [t for t in c.subtree if not (t.is_punct and t.text in ",;()")]
                    if not sub:
                        continue
                    lo = self._left(c, c.i)
                    stop = sub[-1].i + 1
                    for t in sub:
                        if t.text in (",", ";", ")") and t.i > c.i:
                            stop = t.i
                            break
                    return c, lo, stop, [t for t in sub if t.i < stop]
        if head.dep_ == "appos" and head.head.i < head.i and head.head.pos_ == "NOUN":
            h = head.head
            e, _ = self._head_entry(h)
            if e is not None and e.type == "person":
                lo = self._left(h, h.i)
                return h, lo, h.i + 1, [t for t in doc[lo : h.i + 1]]
        return None

    # ---- organisations from the table ------------------------------------------------------
    def _organisations(self):
        doc = self.doc
        seen = set()
        for m in self.matches:
            if m is None or m.kind != "org" or id(m) in seen or not self._free(m.start, m.end):
                continue
            seen.add(id(m))
            h = self._head_of(m.start, m.end)
            if h.dep_ in MOD_DEPS and (h.head.i < m.start or h.head.i >= m.end):
                continue  # "NATO troops", "IAEA report": the phrase's head decides
            if m.end + 1 < len(doc) and doc[m.end].text in "-\u2010\u2011" and not doc[m.end - 1].whitespace_:
                continue  # "Houthi-run", "Iran-backed": part of a modifier
            lo = self._left(h, m.start)
            if m.start > 0 and not self.consumed[m.start - 1]:
                # "Russian state news agency TASS", however the parse attaches the name.
                e, hs = self._head_entry(doc[m.start - 1])
                if e is not None and e.type == "organisation" and doc[m.start - 1].pos_ == "NOUN":
                    lo = min(lo, self._left(doc[m.start - 1], hs))
            org = m.obj
            mention = ActorMention(
                lo,
                m.end,
                h.i,
                "organisation",
                name=org.name,
                whole=None if org.country else org.code,
                country=org.country,
                sector=org.sector,
                explicit=org.country is not None,
                source="org",
            )
            self._add(mention)

    # ---- noun phrases headed by a sector noun ----------------------------------------------
    def _noun_phrases(self):
        doc = self.doc
        for t in doc:
            if self.consumed[t.i] or t.pos_ not in ("NOUN", "PROPN"):
                continue
            if t.dep_ in MOD_DEPS and t.head.i > t.i:
                continue
            if t.dep_ == "conj" and t.head.dep_ in MOD_DEPS and t.head.head.i > t.i:
                continue
            m = self._match(t.i)
            if m is not None and m.kind != "person":
                continue
            entry, hs = self._head_entry(t)
            name = None
            if entry is None and t.pos_ == "PROPN":
                # An organisation the table lacks, described by a sector noun: "grid operator Ukrenergo".
                for c in t.lefts:
                    if c.dep_ == "compound" and c.pos_ == "NOUN":
                        e, s = self._head_entry(c)
                        if e is not None and e.type == "organisation":
                            entry, hs = e, s
                            first_name = c.i + 1
                            name = self._text(first_name, t.i + 1)
                            break
            if entry is None:
                continue
            if any(self.consumed[k] for k in range(hs, t.i + 1)):
                continue
            if (
                t.lower_ in NEEDS_OWNER
                and hs == t.i
                and not any(self._match(c.i) or self._mod_sector(c)[0] for c in t.lefts)
            ):
                continue  # "earlier intelligence": information, not an agency
            lo = self._left(t, hs)
            hi = t.i + 1
            comps = []
            for c in t.rights:
                if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                    pob = [x for x in c.children if x.dep_ == "pobj"]
                    if not pob:
                        continue
                    sub = list(c.subtree)
                    body = [x for x in sub[1:] if not (x.dep_ == "det" or x.is_punct)]
                    if (
                        body
                        and all(self._match(x.i) is not None or x.pos_ == "PROPN" for x in body)
                        and self._free(c.i, sub[-1].i + 1)
                        and "\n" not in self._text(c.i, sub[-1].i + 1)
                    ):
                        comps.extend(sub)
                        hi = sub[-1].i + 1
            if entry.type == "person" and entry.strength == "weak":
                # "a spokesman for the Israel Defense Forces", "an official at the ministry"
                for c in t.rights:
                    if c.dep_ == "prep" and c.lower_ in ("for", "at", "with", "of", "in") and c.i >= hi:
                        comps.extend(c.subtree)
            if not self._free(lo, hi):
                lo = max(lo, max((k + 1 for k in range(lo, hs) if self.consumed[k]), default=lo))
            owners = self._owners(lo, hs) + self._owners(t.i + 1, hi)
            if not owners and comps:
                owners = self._owners(comps[0].i, comps[-1].i + 1)
            mods = list(doc[lo:hs])
            sector = self._sector(entry, mods, comps)
            country = whole = None
            if owners:
                country, s2, whole = self._owner_code(owners[0])
                if sector is None or (entry.strength == "weak" and s2 and not self._own_sector(mods)):
                    sector = s2 or sector
                if s2 in NON_STATE_ARMED and (entry.sector in STATE_SECTORS or entry.sector is None):
                    sector = s2  # "Hamas commander", "Wagner fighters"
                if (
                    owners[0].kind == "group"
                    and owners[0].obj.type == "ethnic group"
                    and entry.strength == "weak"
                    and sector == "MIL"
                ):
                    sector = "REB"  # "Tigrayan fighters": an ethnic group's fighters are no state's army
            if entry.sector is None and not owners:
                continue  # "inspectors", "experts" of nobody in particular
            if (
                entry.strength == "weak"
                and entry.type == "organisation"
                and not owners
                and not self._own_sector(mods)
                and not any(x.pos_ == "PROPN" for x in mods)
            ):
                continue  # "the department", "the office": too vague without an owner or a name
            if (
                not owners
                and entry.type == "organisation"
                and t.dep_ == "pobj"
                and t.head.lower_ in SPATIAL_PREPS
            ):
                continue  # "outside the parliament": a building, not an actor
            typ = entry.type or "group"
            if t.pos_ == "PROPN" and typ == "group":
                typ = "organisation"
            # "between Ukrainian and North Korean soldiers": each coordinated owner is a mention.
            split = self._coordinated(owners, lo, hs)
            if split:
                for o in split[:-1]:
                    c2, s3, w2 = self._owner_code(o)
                    self._add(
                        ActorMention(
                            o.start,
                            o.end,
                            o.end - 1,
                            typ,
                            name=self._text(o.start, o.end),
                            country=c2,
                            sector=sector or s3,
                            whole=w2,
                            explicit=True,
                            source="np",
                        )
                    )
                lo = split[-1].start
                owners = [split[-1]]
                country, _, whole = self._owner_code(owners[0])
            if name is None:
                name = self._text(lo, hi)
                if t.pos_ == "PROPN" and typ == "organisation":
                    # "Ukraine's National Security and Defense Council" is named without its owner.
                    case = max((k for k in range(lo, hs) if doc[k].dep_ == "case"), default=None)
                    if case is not None and case + 1 < hi:
                        name = self._text(case + 1, hi)
            mention = ActorMention(
                lo,
                hi,
                t.i,
                typ,
                name=name,
                country=country,
                sector=sector,
                whole=whole,
                explicit=bool(owners),
                source="np",
            )
            if typ == "person" and (t.tag_ in ("NN", "NNP") or t.pos_ == "PROPN"):
                mention.title = (t.lower_, frozenset(fold(x.text) for x in doc[lo:hi]))
            if not owners and t.dep_ == "conj":
                # "North Korean soldiers and officers": a bare conjunct shares its partner's owner.
                partner = next((x for x in self.mentions if x.head == t.head.i and x.country), None)
                if partner is not None and not mods:
                    mention.country, mention.explicit = partner.country, True
            self._add(mention)

    def _own_sector(self, mods) -> bool:
        return any(self._mod_sector(t)[0] for t in mods if self._match(t.i) is None)

    def _coordinated(self, owners, lo, hs):
        if len(owners) < 2:
            return None
        doc = self.doc
        codes = {self._owner_code(o) for o in owners}
        if len(codes) < 2:
            return None
        for a, b in zip(owners, owners[1:]):
            between = doc[a.end : b.start]
            if not any(x.lower_ in CC_WORDS or x.text == "," for x in between):
                return None
        return owners

    # ---- countries, capitals, demonyms and groups -----------------------------------------
    def _countries(self):
        seen = set()
        for m in self.matches:
            if m is None or id(m) in seen or m.kind in ("org", "person"):
                continue
            seen.add(id(m))
            if not self._free(m.start, m.end):
                continue
            h = self._head_of(m.start, m.end)
            if h.dep_ in MOD_DEPS and (h.head.i >= m.end or h.head.i < m.start):
                continue
            if m.kind == "demonym":
                if h.pos_ in ("NOUN", "PROPN") and h.dep_ not in ("amod",) and self._people_word(m):
                    self._add(
                        ActorMention(
                            m.start,
                            m.end,
                            h.i,
                            "group",
                            name=self._text(m.start, m.end),
                            country=m.obj.iso3,
                            explicit=True,
                            source="demonym",
                        )
                    )
                continue
            if m.kind == "group":
                g = m.obj
                if g.type == "region":
                    if self._agentive(h) and not (m.end < len(self.doc) and self.doc[m.end].pos_ == "PROPN"):
                        self._add(
                            ActorMention(
                                m.start,
                                m.end,
                                h.i,
                                "region",
                                name=g.name,
                                country=g.code,
                                explicit=True,
                                source="region",
                            )
                        )
                elif (
                    h.pos_ in ("NOUN", "PROPN")
                    and self.doc[m.end - 1].text.lower().endswith(("s", "a", "o", "z", "n", "i"))
                    and h.tag_ in ("NNS", "NNPS", "NNP", "NN")
                ):
                    self._add(
                        ActorMention(
                            m.start,
                            m.end,
                            h.i,
                            "ethnic group",
                            name=g.name,
                            country=g.code,
                            explicit=True,
                            source="ethnic",
                        )
                    )
                continue
            if not self._agentive(h):
                continue
            c = m.obj
            if m.kind == "seat":
                self._add(
                    ActorMention(
                        m.start,
                        m.end,
                        h.i,
                        "country",
                        name=government_name(c),
                        country=c.iso3,
                        sector="GOV",
                        explicit=True,
                        source="seat",
                    )
                )
            elif self._speaks(h):
                # a country that says, denies or warns is its government speaking, as a capital is
                self._add(
                    ActorMention(
                        m.start,
                        m.end,
                        h.i,
                        "country",
                        name=government_name(c),
                        country=c.iso3,
                        sector="GOV",
                        explicit=True,
                        source="country",
                    )
                )
            else:
                self._add(
                    ActorMention(
                        m.start,
                        m.end,
                        h.i,
                        "country",
                        name=c.name,
                        country=c.iso3,
                        explicit=True,
                        source="country",
                    )
                )

    def _people_word(self, m: Match) -> bool:
        """A demonym used of people ("North Koreans", "the Chinese"), not an adjective."""
        t = self.doc[m.end - 1]
        return (
            t.tag_ in ("NNS", "NNPS")
            or t.text.endswith("s")
            or t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")
        )

    def _speaks(self, h: Token) -> bool:
        """The subject of a reporting verb of the cue lexicon ("Germany said", "China denied").
        Agreeing is a joint act, not speech (tests/gold/README.md): parties that agree stay
        the countries they are."""
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        v = h.head
        if h.dep_ != "nsubj" or v.pos_ not in ("VERB", "AUX"):
            return False
        cue = cue_lexicon().verb(v)
        return cue is not None and cue.stance != "agree"

    def _agentive(self, h) -> bool:
        """A country that acts: subject, passive agent, object, "according to X", "talks with X"."""
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        dep = h.dep_
        if dep in ("nsubj", "nsubjpass"):
            return True
        if dep in ("dobj", "dative"):
            return h.head.lemma_.lower() not in MOTION_VERBS
        if dep == "pobj":
            p = h.head
            if p.lower_ == "by" and p.dep_ == "agent":
                return True
            if p.lower_ == "to" and (p.head.lower_ == "according" or p.head.lemma_.lower() in COMM_VERBS):
                return True  # "according to Kyiv", "confirmed to the West"
            if p.lower_ in AGENT_PREPS:
                return True
        return False

    # ---- whole article ---------------------------------------------------------------------
    def _finish(self):
        for m in self.mentions:
            if m.poss_at is not None:
                a = self._antecedent(m.poss_at, ("organisation", "country"), m)
                if a is not None:
                    m.country, m.whole = self._parts(a)
                    m.sector = m.sector if m.sector and m.sector != "GOV" else (a.sector or m.sector)
        self._entities()
        self._resolve_titles()
        gov, anyc = self._counts()
        self.dominant_gov = gov.most_common(1)[0][0] if gov else None
        self.dominant = self.dominant_gov or (anyc.most_common(1)[0][0] if anyc else None)
        for e in self.entities:
            if e.country is None and e.whole is None and e.sector == "GOV" and self.dominant:
                e.country = self.dominant
        self._inherit()
        for m in self.mentions:
            # "the ministry", "the prime minister": the article's government, when it has one.
            if (
                m.entity is None
                and m.country is None
                and m.whole is None
                and m.sector == "GOV"
                and m.source == "np"
                and m.type in ("person", "organisation")
                and self.dominant_gov
            ):
                m.country = self.dominant_gov
        self.mentions.sort(key=lambda m: (m.start, m.end))

    def _parts(self, m):
        if m.entity is not None:
            return m.entity.country, m.entity.whole
        return m.country, m.whole

    def _inherit(self):
        """Owners the words do not state: "its troops" (the sentence's organisation or country),
        "North Korea deployed 11,000 troops" (the subject that moves them), "soldiers of the 92nd
        Brigade" (the phrase it belongs to). Only state organs inherit from a subject, and never
        across a hostile verb: in "Hamas fighters killed soldiers" the soldiers are not Hamas's."""
        doc = self.doc
        by_head = {m.head: m for m in self.mentions}
        for m in sorted(self.mentions, key=lambda x: x.start):
            if m.source != "np" or m.entity is not None or m.country or m.whole:
                continue
            head = doc[m.head]
            got = None
            if (
                any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)
                and m.end - m.start == 1
            ):
                # "the official", "the ministry": the last one named with an owner
                lemma = head.lemma_.lower()
                prev = [
                    a
                    for a in self.mentions
                    if a.end <= m.start
                    and a.source in ("np", "org")
                    and doc[a.head].lemma_.lower() == lemma
                    and any(self._parts(a))
                ]
                if prev:
                    a = max(prev, key=lambda x: x.start)
                    m.country, m.whole = self._parts(a)
                    m.sector = a.sector or m.sector
                    continue
            poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in POSS_PRONOUNS), None)
            if poss is not None:
                a = self._antecedent(poss.i, POSS_PRONOUNS[poss.lower_], m)
                if a is not None:
                    got = self._parts(a)
            elif m.sector in STATE_SECTORS:
                if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i in by_head:
                    parent = by_head[head.head.head.i]
                    c, w = self._parts(parent)
                    if c and c not in NON_STATE:
                        got = (c, None)
                if got is None:
                    got = self._subject_owner(head, m)
            if got:
                m.country, m.whole = got[0], (got[1] if not got[0] else None)
                if m.whole:
                    m.country = None

    def _antecedent(self, at: int, kinds, m):
        """The nearest mention before token `at` in its sentence that a pronoun can refer to."""
        sent_start = self.doc[at].sent.start
        for a in sorted(self.mentions, key=lambda x: -x.start):
            if a is m or a.start >= at or a.start < sent_start:
                continue
            if kinds is not None and a.type not in kinds:
                continue
            c, w = self._parts(a)
            if c or w:
                return a
        return None

    def _subject_owner(self, head, m):
        x = head
        for _ in range(4):
            if x.head.i == x.i:
                return None
            x = x.head
            if x.pos_ not in ("VERB", "AUX"):
                continue
            if x.lemma_.lower() in HOSTILE_VERBS:
                return None
            subj = next(
                (c for c in x.children if c.dep_ in ("nsubj", "nsubjpass") and not (m.start <= c.i < m.end)),
                None,
            )
            if subj is None:
                continue
            for a in self.mentions:
                if a is not m and a.start <= subj.i < a.end:
                    c, _ = self._parts(a)
                    if c and c not in NON_STATE:
                        return c, None
                    return None
            return None
        return None

    def _counts(self):
        gov, anyc = Counter(), Counter()
        for m in self.mentions:
            if not m.explicit or not m.country or m.country in NON_STATE:
                continue
            anyc[m.country] += 1
            if m.sector == "GOV":
                gov[m.country] += 1
        return gov, anyc

    def _entities(self):
        d = self.d
        persons = [m for m in self.mentions if m.source == "person"]
        persons.sort(key=lambda m: (-len(m.name.split()), m.start))
        for m in persons:
            key = fold(m.name)
            words = key.split()
            ent = None
            for e in self.entities:
                ek = fold(e.name)
                ew = ek.split()
                if (
                    ek == key
                    or (len(words) == 1 and ew[-1] == key)
                    or ek.endswith(" " + key)
                    or key.endswith(" " + ek)
                ):
                    ent = e
                    break
                if len(words) > 1 and len(ew) > 1 and ew[-1] == words[-1] and ew[0][:1] == words[0][:1]:
                    ent = e
                    break
            if ent is None:
                ent = Entity(m.name, first=m.start)
                self.entities.append(ent)
            ent.mentions.append(m)
            ent.first = min(ent.first, m.start)
            m.entity = ent
        for e in self.entities:
            e.mentions.sort(key=lambda m: m.start)
            for m in e.mentions:
                if m.title:
                    e.roles.append((m.role, m.title[0], m.title[1]))
                if e.whole is None and m.whole:
                    e.whole = m.whole
                if e.country is None and m.country:
                    e.country = m.country
                if e.sector is None and m.sector:
                    e.sector = m.sector
            known = d.person(e.name) or next((d.person(m.name) for m in e.mentions if d.person(m.name)), None)
            if known is not None:
                e.name = known.name  # "Putin", "Zelenskyy" -> the table's full, usual spelling
                if e.whole is None and e.country is None:
                    if known.country is None:
                        e.whole = known.code
                    else:
                        e.country = known.country
                if e.sector is None and e.whole is None:
                    e.sector = known.sector

    def _resolve_titles(self):
        for m in self.mentions:
            if m.source != "np" or m.type != "person" or m.title is None or m.whole:
                continue
            best, best_score = None, 0.0
            title, words = m.title
            mods = {w for w in words if w != title and w not in STRIP_WORDS}
            for e in self.entities:
                if m.country and e.country and m.country != e.country:
                    continue
                for role, rw, rwords in e.roles:
                    if title == rw:
                        score = 1.0
                    elif rw in RESOLVE_SYNONYMS.get(title, ()) or title in RESOLVE_SYNONYMS.get(rw, ()):
                        score = 0.7
                    elif title in rwords:
                        score = 0.4
                    else:
                        continue
                    for w in mods:
                        if m.country and w in {fold(x) for x in _country_words(m.country)}:
                            continue
                        if w in rwords or RESOLVE_SYNONYMS.get(w, set()) & rwords:
                            score += 0.5
                        else:
                            score -= 0.3
                    if e.first < self.doc[m.start].idx + 1 and any(x.start < m.start for x in e.mentions):
                        score += 0.05
                    if score > best_score:
                        best, best_score = e, score
            if best is not None and best_score >= 0.7:
                m.entity = best
                m.name = best.name

    # ---- outputs ---------------------------------------------------------------------------
    def records(self) -> list[dict]:
        doc = self.doc
        out = []
        for m in self.mentions:
            start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
            out.append(span(self.text, start, end, name=self.name_of(m), code=m.code, type=m.type))
        return out

    def notes(self) -> list[ActorNote]:
        doc = self.doc
        out = []
        for m in self.mentions:
            ent = m.entity
            country = ent.country if ent is not None else m.country
            sector = ent.sector if ent is not None else m.sector
            whole = ent.whole if ent is not None else m.whole
            out.append(
                {
                    "start": m.start,
                    "end": m.end,
                    "head": m.head,
                    "char_start": doc[m.start].idx,
                    "char_end": doc[m.end - 1].idx + len(doc[m.end - 1]),
                    "name": ent.name if ent is not None else m.name,
                    "code": m.code,
                    "type": m.type,
                    "country": None if whole else country,
                    "sector": None if whole else sector,
                    "role": m.role or (ent.roles[0][0] if ent is not None and ent.roles else None),
                }
            )
        return out

    def mention_over(self, start: int, end: int) -> ActorMention | None:
        """The actor mention that overlaps doc.text[start:end] (character offsets) the most."""
        best, best_ov = None, 0
        for m in self.mentions:
            ms, me = self.doc[m.start].idx, self.doc[m.end - 1].idx + len(self.doc[m.end - 1])
            ov = min(me, end) - max(ms, start)
            if ov > best_ov:
                best, best_ov = m, ov
        return best

    def code_for_speaker(
        self, start: int, end: int, role: str | None = None, government: bool = False
    ) -> str | None:
        """The code of a speaker at doc.text[start:end]: its actor mention's, else its role's or
        its own words' ("from Belgrade:", "Pristina's claim"); `government` for a country or seat
        that speaks, which is its government, as in the actor pass."""
        best = self.mention_over(start, end)
        if best is not None:
            return best.code
        code = code_for_text(role or self.text[start:end], dominant=self.dominant)
        if government and code in countries().by_iso3:
            code = compose(code, "GOV")
        return code

    def char_span(self, m: ActorMention) -> tuple[int, int]:
        return self.doc[m.start].idx, self.doc[m.end - 1].idx + len(self.doc[m.end - 1])

    def name_of(self, m: ActorMention) -> str | None:
        return m.entity.name if m.entity is not None else m.name

    def code_for(self, start: int, end: int, role: str | None = None) -> tuple[str | None, str | None]:
        """Code and type of the actor mentioned at doc.text[start:end] (character offsets); a
        mention the pass did not find is coded from `role`, the article's dominant government
        filling in a missing country of a government role."""
        best = self.mention_over(start, end)
        if best is not None:
            return best.code, best.type
        if role:
            return code_for_text(role, dominant=self.dominant), None
        return None, None


@lru_cache(maxsize=256)
def _country_words(iso3: str) -> tuple[str, ...]:
    c = countries().by_iso3.get(iso3)
    if c is None:
        return ()
    words = [c.name, *c.demonyms]
    return tuple(w for phrase in words for w in phrase.split())


def actors_of(doc: Doc) -> ArticleActors:
    """The article's actors, computed once per Doc and kept in doc.user_data."""
    found = doc.user_data.get(USER_DATA_KEY)
    if found is None:
        found = ArticleActors(doc)
        doc.user_data[USER_DATA_KEY] = found
    return found


@extractor("actors", gives=("actors",))
def extract(ctx: Context) -> None:
    article = actors_of(ctx.doc)
    ctx.record["actors"] = article.records()
    ctx.actors = article


def code_for_mention(
    doc: Doc, start: int, end: int, role: str | None = None
) -> tuple[str | None, str | None]:
    """CAMEO-style code and actor type for a mention at doc.text[start:end], for speakers.py.

    The mention is looked up among the article's actor mentions (so "Umerov" and "the minister"
    get Rustem Umerov's code); a mention the actor pass did not find is coded from `role`
    ("Ukraine's Defense Minister" -> "UKR GOV"). Returns (None, None) when nothing is known.
    """
    return actors_of(doc).code_for(start, end, role)


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
