"""The actor dictionary: sector words, organisations, known persons and groups, loaded once.

Data files beside this module (see ACTORS_SOURCES.md):
  actors_sectors.tsv  nouns and modifiers that give an actor phrase its CAMEO sector
  actors_orgs.tsv     organisations with their codes (IGO/NGO codes as in CAMEO)
  actors_people.tsv   office holders often named without their office
  actors_groups.tsv   ethnic groups and world regions
plus the country table of `countries.py` (names, demonyms, capitals and seats).

Codes follow the record contract: CAMEO's three-letter parts separated by spaces, e.g.
"UKR MIL", "IGO WST NAT". `python -m claimledger.resources.actors` checks the files.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from claimledger.resources.countries import countries

# CAMEO primary and secondary role codes this project uses as sectors.
SECTORS = {
    "GOV",
    "MIL",
    "REB",
    "OPP",
    "SPY",
    "COP",
    "JUD",
    "LEG",
    "MED",
    "BUS",
    "CVL",
    "HLH",
    "EDU",
    "REL",
    "NGO",
    "UAF",
    "ELI",
    "PKO",
    "IGO",
    "HRI",
    "REF",
    "DEV",
    "KID",
    "AGR",
    "LAB",
}
# First parts of codes that are not a country: international actors and CAMEO regions/ethnic codes.
NON_STATE = {"IGO", "NGO", "IMG", "KUR", "ARB", "WST", "EUR", "AFR", "ASA", "MEA", "LAM", "PKO"}
STRENGTHS = {"head", "weak", "mod", "override"}
TYPES = {"person", "group", "organisation", "-"}


@dataclass(frozen=True)
class SectorWord:
    phrase: str
    sector: str | None  # None for nouns with no sector of their own ("inspectors")
    strength: str  # head | weak | mod | override
    type: str | None  # person | group | organisation, None for modifiers


class _Coded:
    """Country and sector read off a CAMEO-style `code` ("UKR GOV"; "IGO WST NAT" has neither)."""

    code: str

    @property
    def country(self) -> str | None:
        first = self.code.split()[0]
        return None if first in NON_STATE else first

    @property
    def sector(self) -> str | None:
        parts = self.code.split()
        return parts[1] if len(parts) > 1 and parts[0] not in NON_STATE else None


@dataclass(frozen=True)
class Org(_Coded):
    name: str
    code: str
    source: str


@dataclass(frozen=True)
class KnownPerson(_Coded):
    name: str
    code: str
    office: str


@dataclass(frozen=True)
class Group:
    name: str
    code: str
    type: str  # ethnic group | region


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, straight apostrophes, no accents, single spaces: the key of every table."""
    if text.isascii():
        return " ".join(text.split()).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.split()).lower()


def _case_sensitive(alias: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", alias)
    return len(alias) <= 6 and letters.isupper()


@dataclass
class ActorDictionary:
    heads: dict[str, SectorWord]  # phrase -> entry that can head an actor phrase
    mods: dict[str, SectorWord]  # phrase -> entry usable as a modifier (has a sector)
    max_phrase: int
    orgs: dict[str, tuple[Org, str | None]]  # folded alias -> (org, exact spelling if case-sensitive)
    people: dict[str, KnownPerson]  # folded name or alias -> person
    groups: dict[str, Group]  # folded alias -> group
    first_words: dict[str, int]  # folded first word of any org/person/group alias -> max words

    def sector_word(self, phrase: str, head: bool = True) -> SectorWord | None:
        return (self.heads if head else self.mods).get(phrase)

    def org(self, text: str) -> Org | None:
        hit = self.orgs.get(_strip_the(fold(text)))
        if not hit:
            return None
        org, exact = hit
        if exact is not None and _strip_the(" ".join(text.split())) != exact:
            return None
        return org

    def person(self, text: str) -> KnownPerson | None:
        return self.people.get(fold(text))

    def group(self, text: str) -> Group | None:
        return self.groups.get(_strip_the(fold(text)))


def _strip_the(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


def _rows(name: str):
    text = resources.files("claimledger.resources").joinpath(name).read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        yield n, [c.strip() for c in line.split("\t")]


@lru_cache(maxsize=1)
def actor_dictionary() -> ActorDictionary:
    heads: dict[str, SectorWord] = {}
    mods: dict[str, SectorWord] = {}
    max_phrase = 1
    for _, cols in _rows("actors_sectors.tsv"):
        phrase, sector, strength, typ = [*cols, "", "", "", ""][:4]
        entry = SectorWord(phrase, None if sector == "-" else sector, strength, None if typ == "-" else typ)
        max_phrase = max(max_phrase, len(phrase.split()))
        if strength != "mod":
            heads.setdefault(phrase, entry)
        if entry.sector:
            mods.setdefault(phrase, entry)
    orgs: dict[str, tuple[Org, str | None]] = {}
    people: dict[str, KnownPerson] = {}
    groups: dict[str, Group] = {}
    first_words: dict[str, int] = {}

    def index(alias: str):
        words = fold(alias).split()
        if words and words[0] == "the":
            words = words[1:]
        if words:
            first_words[words[0]] = max(first_words.get(words[0], 0), len(words))

    for _, cols in _rows("actors_orgs.tsv"):
        name, aliases, code, source = [*cols, "", "", "", ""][:4]
        org = Org(name, code, source)
        for alias in [name, *[a for a in aliases.split("|") if a]]:
            key = _strip_the(fold(alias))
            exact = _strip_the(alias) if _case_sensitive(alias) else None
            have = orgs.get(key)
            # One spelling of an org in any case ("Tass") frees its capitals-only one ("TASS").
            if have is None or (have[0] is org and exact is None):
                orgs[key] = (org, exact)
            index(alias)
    for _, cols in _rows("actors_people.tsv"):
        name, aliases, code, office = [*cols, "", "", "", ""][:4]
        person = KnownPerson(name, code, office)
        for alias in [name, *[a for a in aliases.split("|") if a]]:
            people.setdefault(fold(alias), person)
            index(alias)
    for _, cols in _rows("actors_groups.tsv"):
        name, aliases, code, typ = [*cols, "", "", "", ""][:4]
        group = Group(name, code, typ)
        for alias in [name, *[a for a in aliases.split("|") if a]]:
            groups.setdefault(_strip_the(fold(alias)), group)
            index(alias)
    return ActorDictionary(heads, mods, max_phrase, orgs, people, groups, first_words)


CODE = re.compile(r"^[A-Z]{3}( [A-Z]{3})*$")


def check() -> list[str]:
    """Problems in the actor data files and the country table; empty when all is well."""
    problems = []
    table = countries()
    iso3 = set(table.by_iso3)

    def check_code(where: str, code: str):
        if not CODE.match(code):
            problems.append(f"{where}: malformed code {code!r}")
            return
        parts = code.split()
        if parts[0] not in iso3 and parts[0] not in NON_STATE:
            problems.append(f"{where}: {parts[0]} is neither an ISO 3166-1 alpha-3 code nor a known prefix")
        if parts[0] not in NON_STATE and len(parts) > 1 and parts[1] not in SECTORS:
            problems.append(f"{where}: unknown sector {parts[1]}")

    seen: dict[tuple[str, bool], int] = {}
    for n, cols in _rows("actors_sectors.tsv"):
        if len(cols) != 4:
            problems.append(f"actors_sectors.tsv:{n}: expected 4 columns, got {len(cols)}")
            continue
        phrase, sector, strength, typ = cols
        if sector != "-" and sector not in SECTORS:
            problems.append(f"actors_sectors.tsv:{n}: unknown sector {sector}")
        if strength not in STRENGTHS:
            problems.append(f"actors_sectors.tsv:{n}: unknown strength {strength}")
        if typ not in TYPES:
            problems.append(f"actors_sectors.tsv:{n}: unknown type {typ}")
        if phrase != phrase.lower():
            problems.append(f"actors_sectors.tsv:{n}: phrase {phrase!r} is not lower case")
        key = (phrase, strength == "mod")
        if key in seen:
            problems.append(f"actors_sectors.tsv:{n}: {phrase!r} repeats line {seen[key]}")
        seen[key] = n
    for fname, code_col in (("actors_orgs.tsv", 2), ("actors_people.tsv", 2), ("actors_groups.tsv", 2)):
        claimed: dict[str, tuple[int, str]] = {}
        for n, cols in _rows(fname):
            if len(cols) < 4:
                problems.append(f"{fname}:{n}: expected 4 columns, got {len(cols)}")
                continue
            code = cols[code_col]
            if fname == "actors_groups.tsv":
                if not re.match(r"^[A-Z]{3}$", code):
                    problems.append(f"{fname}:{n}: malformed code {code!r}")
                elif code not in iso3 and code not in NON_STATE:
                    problems.append(f"{fname}:{n}: unknown code {code}")
            else:
                check_code(f"{fname}:{n}", code)
            for alias in [cols[0], *[a for a in cols[1].split("|") if a]]:
                folded = fold(alias)
                if folded in claimed and claimed[folded][1] != cols[0]:
                    problems.append(
                        f"{fname}:{n}: alias {alias!r} also names {claimed[folded][1]} (line {claimed[folded][0]})"
                    )
                claimed[folded] = (n, cols[0])
    # Every demonym names one country only.
    owner: dict[str, str] = {}
    for c in table.by_iso2.values():
        for d in c.demonyms:
            k = fold(d)
            if k in owner and owner[k] != c.iso2 and d not in ("US", "U.S."):
                problems.append(f"country_names.tsv: demonym {d!r} given to {owner[k]} and {c.iso2}")
            owner[k] = c.iso2
    missing = [c.name for c in table.by_iso3.values() if not c.demonyms and _sovereign(c)]
    if missing:
        problems.append(f"country_names.tsv: no demonym for {', '.join(sorted(missing))}")
    return problems


# Territories and dependencies in GeoNames that need no demonym of their own.
_DEPENDENCIES = {
    "AI",
    "AQ",
    "AS",
    "AW",
    "AX",
    "BL",
    "BM",
    "BQ",
    "BV",
    "CC",
    "CK",
    "CW",
    "CX",
    "FK",
    "FO",
    "GF",
    "GG",
    "GI",
    "GP",
    "GS",
    "GU",
    "HM",
    "IM",
    "IO",
    "JE",
    "KY",
    "MF",
    "MO",
    "MP",
    "MQ",
    "MS",
    "NC",
    "NF",
    "NU",
    "PF",
    "PM",
    "PN",
    "RE",
    "SH",
    "SJ",
    "ST",
    "SX",
    "TC",
    "TF",
    "TK",
    "UM",
    "VG",
    "VI",
    "WF",
    "YT",
    "DM",
    "VA",
    "CG",
}  # not a dependency: "Congolese" is given to the larger Congo (CD)


def _sovereign(c) -> bool:
    return c.iso2 not in _DEPENDENCIES


def main() -> int:
    d = actor_dictionary()
    problems = check()
    print(
        f"{len(d.heads)} sector heads, {len(d.mods)} sector modifiers, "
        f"{len({o for o, _ in d.orgs.values()})} organisations, {len(set(d.people.values()))} persons, "
        f"{len(set(d.groups.values()))} groups, {len(countries().by_iso3)} countries"
    )
    for p in problems:
        print("problem:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
