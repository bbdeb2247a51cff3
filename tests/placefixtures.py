"""Reports with places, written for the map and place tests and stored through the real Store.

Places carry the gazetteer's real GeoNames ids and coordinates (looked up, not typed in). The
Kyiv suburbs lie within a few kilometres of each other, so that the map must cluster them; one
hostile report names places whose mention, name, country and kind try to break out of the SVG
and HTML they are rendered into; one place has no coordinates and one no GeoNames id.
"""

from __future__ import annotations

from claimledger.ingest.document import Document, RawInput
from claimledger.record import new_record, span
from claimledger.resources.gazetteer import gazetteer

ANALYSER = "map-tests"

DRONES = (
    "Sea drones hit fuel depot near Feodosia\n"
    "\n"
    "The navy said on Tuesday that sea drones struck a fuel depot near Feodosia overnight. "
    "Crews in Odesa had prepared the boats for weeks, a navy officer told reporters. "
    "The defence ministry in Moscow denied that any depot in Crimea had been hit."
)
SUBURBS = (
    "Air defence busy over the capital region\n"
    "\n"
    "The regional governor said that drones were shot down over Irpin, Bucha and Hostomel before "
    "dawn. Debris damaged a warehouse in Brovary, the emergency service said. Kyiv itself was "
    "spared, officials said."
)
KHARKIV = (
    "Kharkiv braces for more glide bombs\n"
    "\n"
    "The mayor of Kharkiv warned that Russian aircraft were gathering near Belgorod. "
    "Schools in Kharkiv moved lessons underground."
)
HOSTILE_MENTION = "<script>alert('map')</script>Town"
HOSTILE_NAME = "<img src=x onerror=alert(1)>\"Town'</title><a href=javascript:alert(2)>"
HOSTILE_COUNTRY = '"><b>'
HOSTILE_MENTION2 = '" onmouseover="alert(3)'
HOSTILE = (
    f"Shelling reported near {HOSTILE_MENTION}\n"
    "\n"
    f"An official said that {HOSTILE_MENTION2} was shelled twice. "
    "Nobody in Lowerfield was hurt."
)
HOSTILE_ID = 990000001
HOSTILE_ID2 = 990000002
NOWHERE_ID = 990000003  # a place the gazetteer knows without coordinates


def gaz(name: str, kind: str = "city") -> dict:
    """The gazetteer's entry for a name, of the kind asked for."""
    for entry, _ in gazetteer().lookup(name):
        if entry.kind == kind:
            return {
                "name": entry.name,
                "kind": entry.kind,
                "country": entry.country,
                "geonames_id": entry.geonames_id,
                "lat": entry.lat,
                "lon": entry.lon,
            }
    raise LookupError(f"no {kind} {name!r} in the gazetteer")


def place(text: str, mention: str, nth: int = 1, stands_for=None, **attrs) -> dict:
    """A contract Place for the nth occurrence of `mention` in `text`."""
    i = -1
    for _ in range(nth):
        i = text.index(mention, i + 1)
    return span(text, i, i + len(mention), stands_for=stands_for, **attrs)


def statement(text: str, sid: str, speaker: str, cue: str, content: str, stance="assert") -> dict:
    def at(sub):
        i = text.index(sub)
        return span(text, i, i + len(sub))

    return {
        "id": sid,
        "speaker": {**at(speaker), "name": None, "role": None, "type": "organisation", "actor": None},
        "cue": at(cue),
        "content": at(content),
        "kind": "indirect",
        "stance": stance,
        "conditional": False,
        "negated": False,
        "cited_source": None,
        "venue": None,
        "addressee": None,
        "parent": None,
    }


def _report(ext_id: str, text: str, published: str, outlet: str):
    title = text.split("\n", 1)[0]
    doc = Document(
        id=ext_id,
        text=text,
        title=title,
        url=f"https://example.org/{ext_id}",
        outlet=outlet,
        published=published,
        language="en",
        raw=text.encode(),
        raw_kind="text",
        source=ext_id,
    )
    raw = RawInput(id=ext_id, source=ext_id, data=doc.raw, kind="text", meta={})
    return raw, doc, new_record(doc)


def drones():
    raw, doc, rec = _report("drones-1", DRONES, "2024-11-12", "Black Sea Monitor")
    t = DRONES
    rec["places"] = [
        place(t, "Feodosia", 1, **gaz("Feodosia")),
        place(t, "Feodosia", 2, **gaz("Feodosia")),
        place(t, "Odesa", **gaz("Odesa")),
        place(t, "Moscow", stands_for="RUS GOV", **{**gaz("Moscow"), "kind": "metonym"}),
        place(t, "Crimea", **gaz("Crimea", "admin1")),
    ]
    rec["statements"] = [
        statement(t, "s1", "The navy", "said", "sea drones struck a fuel depot near Feodosia overnight"),
        statement(t, "s2", "a navy officer", "told", "Crews in Odesa had prepared the boats for weeks"),
        statement(
            t, "s3", "The defence ministry in Moscow", "denied", "any depot in Crimea had been hit", "deny"
        ),
    ]
    return raw, doc, rec


def suburbs():
    raw, doc, rec = _report("suburbs-1", SUBURBS, "2024-11-15", "Capital Courier")
    t = SUBURBS
    rec["places"] = [place(t, n, **gaz(n)) for n in ("Irpin", "Bucha", "Hostomel", "Brovary", "Kyiv")]
    rec["statements"] = [
        statement(
            t,
            "s1",
            "The regional governor",
            "said",
            "drones were shot down over Irpin, Bucha and Hostomel before dawn",
        ),
        statement(t, "s2", "the emergency service", "said", "Debris damaged a warehouse in Brovary"),
    ]
    return raw, doc, rec


def kharkiv():
    raw, doc, rec = _report("kharkiv-1", KHARKIV, "2024-10-06", "Kharkiv Daily")
    t = KHARKIV
    rec["places"] = [
        place(t, "Kharkiv", 1, **gaz("Kharkiv")),
        place(t, "Kharkiv", 2, **gaz("Kharkiv")),
        place(t, "Belgorod", **gaz("Belgorod")),
        place(t, "Kharkiv", 3, **gaz("Kharkiv")),
    ]
    rec["statements"] = [
        statement(
            t, "s1", "The mayor of Kharkiv", "warned", "Russian aircraft were gathering near Belgorod", "warn"
        )
    ]
    return raw, doc, rec


def hostile():
    raw, doc, rec = _report("hostile-map", HOSTILE, "2024-11-20", "<b>Outlet</b>")
    t = HOSTILE
    rec["places"] = [
        place(
            t,
            HOSTILE_MENTION,
            name=HOSTILE_NAME,
            kind="city",
            country=HOSTILE_COUNTRY,
            geonames_id=HOSTILE_ID,
            lat=48.7,
            lon=37.6,
        ),
        place(
            t,
            HOSTILE_MENTION2,
            name=HOSTILE_MENTION2,
            kind='"><i>',
            country="UA",
            geonames_id=HOSTILE_ID2,
            lat=48.9,
            lon=38.4,
        ),
        # Known to the gazetteer, but with no coordinates: listed, never on the map.
        place(
            t,
            "Lowerfield",
            name="Lowerfield",
            kind="city",
            country="UA",
            geonames_id=NOWHERE_ID,
            lat=None,
            lon=None,
        ),
        # Unresolved: stored, but no place page and no marker.
        place(t, "Nobody", name=None, kind="city", country=None, geonames_id=None, lat=None, lon=None),
    ]
    rec["statements"] = [statement(t, "s1", "An official", "said", f"{HOSTILE_MENTION2} was shelled twice")]
    return raw, doc, rec


REPORTS = {"drones": drones, "suburbs": suburbs, "kharkiv": kharkiv, "hostile": hostile}


def fill_store(store) -> dict:
    """Add the reports to `store`; returns {name: AddResult}."""
    out = {}
    for name, make in REPORTS.items():
        raw, doc, rec = make()
        out[name] = store.add(raw, doc, rec, ANALYSER)
    return out
