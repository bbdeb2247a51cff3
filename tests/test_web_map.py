"""The map and the place pages against a real SQLite store filled through the real Store, and
the map's drawing (web/geomap.py) and its basemap on their own."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET

import placefixtures as pf
import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

from claimledger.resources.basemap import build as basemap_build
from claimledger.resources.basemap import countries
from claimledger.store import Store
from claimledger.store import places as P
from claimledger.store.ledger import rebuild
from claimledger.web import geomap
from claimledger.web.app import create_app

SVG = "{http://www.w3.org/2000/svg}"
# What the map may hold: nothing that runs, nothing that loads.
SVG_TAGS = {"svg", "title", "desc", "rect", "g", "path", "a", "circle", "text"}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('map') / 'ledger.db'}"
    with Store(url) as store:
        added = pf.fill_store(store)
        rebuild(store)
    app = create_app(url)
    with TestClient(app) as client:
        yield {"client": client, "store": app.state.store, "ids": {k: r.id for k, r in added.items()}}


@pytest.fixture
def client(site):
    return site["client"]


def gid(name):
    return pf.gaz(name)["geonames_id"]


def svg_of(page: str) -> ET.Element:
    """The page's inline map, parsed as XML: what escapes badly either fails to parse or shows
    up as an element or attribute of its own."""
    m = re.search(r"<svg class=\"geomap\".*?</svg>", page, re.S)
    assert m, "the page has its map"
    return ET.fromstring(m.group(0))


def markers(svg: ET.Element) -> list[ET.Element]:
    return list(svg.iter(SVG + "a"))


def check_inert(svg: ET.Element) -> None:
    for el in svg.iter():
        assert el.tag.startswith(SVG) and el.tag[len(SVG) :] in SVG_TAGS, el.tag
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), name
            if name == "href":
                assert value.startswith(("/places/", "/map?")), value


# ---- the map ----------------------------------------------------------------------------


def test_map_has_a_marker_for_every_located_place(site, client):
    r = client.get("/map")
    assert r.status_code == 200
    data = client.get("/map.json").json()
    located = {p["geonames_id"] for p in data["places"]}
    assert gid("Feodosia") in located and gid("Irpin") in located and gid("Kyiv") in located
    assert pf.NOWHERE_ID not in located, "no coordinates, no marker"
    assert data["total"] == len(located) == 13

    svg = svg_of(r.text)
    check_inert(svg)
    links = markers(svg)
    assert len(links) == data["map"]["markers"]
    # Every place is on the map: as its own marker or counted in a cluster.
    singles = {int(a.get("href").rsplit("/", 1)[1]) for a in links if a.get("href").startswith("/places/")}
    counts = [int(t.text) for a in links for t in a.iter(SVG + "text") if t.get("class") == "count"]
    assert len(singles) + sum(counts) == len(located)
    assert singles <= located
    assert data["map"]["clusters"] == len(counts) >= 1
    for a in links:
        title = a.find(SVG + "title")
        assert title is not None and title.text and a.get("aria-label")
    # The Kyiv suburbs are a few kilometres apart: one cluster at this scale.
    kyiv = [a for a in links if "Irpin" in (a.find(SVG + "title").text or "")]
    assert len(kyiv) == 1 and "cluster" in kyiv[0].get("class")
    tip = kyiv[0].find(SVG + "title").text
    assert all(n in tip for n in ("Irpin", "Bucha", "Hostomel")) and "GeoNames" in tip
    # The table under the map names every place with a link to it.
    for p in data["places"]:
        assert f'href="/places/{p["geonames_id"]}"' in r.text


def test_a_cluster_zooms_in_and_the_zoomed_map_separates_its_places(client):
    svg = svg_of(client.get("/map").text)
    kyiv = next(a for a in markers(svg) if "Irpin" in (a.find(SVG + "title").text or ""))
    zoom = kyiv.get("href")
    assert zoom.startswith("/map?bbox=")
    page = client.get(zoom)
    assert page.status_code == 200 and "show the whole map" in page.text
    data = client.get(zoom.replace("/map?", "/map.json?")).json()
    names = {p["name"] for p in data["places"]}
    assert {"Irpin", "Bucha", "Hostomel"} <= names and "Odesa" not in names
    assert data["map"]["markers"] >= 2, "zoomed in, the suburbs stand apart"


def test_single_markers_carry_name_country_id_and_counts(client):
    svg = svg_of(client.get("/map?report=1,2,3").text)
    by_href = {a.get("href"): a for a in markers(svg)}
    odesa = by_href[f"/places/{gid('Odesa')}"]
    title = odesa.find(SVG + "title").text
    assert title == odesa.get("aria-label")
    assert "Odesa (UA)" in title and f"GeoNames {gid('Odesa')}" in title and "1 report" in title
    assert "1 statement" in title
    # Size says how much a place is reported, not colour alone.
    assert float(odesa.find(SVG + "circle").get("r")) > 0


def test_hostile_place_names_are_inert_everywhere(site, client):
    hostile_id = site["ids"]["hostile"]
    for path in (
        f"/map?report={hostile_id}",
        "/map",
        "/places",
        f"/places/{pf.HOSTILE_ID}",
        f"/places/{pf.HOSTILE_ID2}",
    ):
        page = client.get(path).text
        for raw in (pf.HOSTILE_NAME, pf.HOSTILE_MENTION, pf.HOSTILE_MENTION2, pf.HOSTILE_COUNTRY):
            assert raw not in page, (path, raw)
        for frag in ("<img", "<script", "<a href=javascript", "<b>", "<i>", 'onmouseover="'):
            assert frag not in page.replace("<b>Outlet</b>", ""), (path, frag)
        if "geomap" in page:
            check_inert(svg_of(page))
    # Shown, as text, in the tooltip, the accessible name and the table.
    page = client.get(f"/map?report={hostile_id}&bbox=37.5,48.6,37.7,48.8").text
    svg = svg_of(page)
    [a] = markers(svg)
    assert pf.HOSTILE_NAME in a.find(SVG + "title").text and pf.HOSTILE_NAME in a.get("aria-label")
    assert str(escape(pf.HOSTILE_NAME)) in page
    place = client.get(f"/places/{pf.HOSTILE_ID}").text
    assert f"<h1>{escape(pf.HOSTILE_NAME)}</h1>" in place
    assert str(escape(pf.HOSTILE_MENTION)) in place


def test_filters(site, client):
    ids = site["ids"]

    def names(query):
        r = client.get("/map.json" + query)
        assert r.status_code == 200, r.text
        return sorted(p["name"] for p in r.json()["places"])

    assert names(f"?report={ids['kharkiv']}") == ["Belgorod", "Kharkiv"]
    assert names(f"?report={ids['kharkiv']},+{ids['drones']}") == [
        "Belgorod",
        "Crimea",
        "Feodosiya",
        "Kharkiv",
        "Moscow",
        "Odesa",
    ]
    assert names("?search=glide") == ["Belgorod", "Kharkiv"]
    assert names("?since=2024-11-13&until=2024-11-15") == ["Brovary", "Bucha", "Hostomel", "Irpin", "Kyiv"]
    assert names("?until=2024-10") == ["Belgorod", "Kharkiv"]
    assert names("?report=&claim=&search=&since=&until=&bbox=") == names("")
    claim = P.claim_ids_at_place(site["store"], gid("Irpin"))[0]
    assert names(f"?claim={claim}") == ["Bucha", "Hostomel", "Irpin"]
    assert names("?claim=nosuchclaim") == []
    data = client.get("/map.json?limit=2").json()
    assert len(data["places"]) == 2 and data["truncated"] and data["total"] == 13
    # The page shows what its twin holds.
    page = client.get(f"/map?report={ids['kharkiv']}").text
    assert 'href="/map.json?report=' in page
    assert page.count('href="/places/') == 2 * 2  # a marker and a table row each


def test_bad_parameters_are_400_not_500(client):
    for path in (
        "/map?report=abc",
        "/map?report=1;2",
        "/map?report=" + ",".join(str(i) for i in range(1, 120)),
        "/map?report=99999999999999999999",
        "/map?bbox=1,2,3",
        "/map?bbox=10,0,5,1",
        "/map?bbox=0,0,1,nan",
        "/map?bbox=-200,0,1,1",
        "/map?bbox=a,b,c,d",
        "/map?since=2024-13-01",
        "/map?since=yesterday",
        "/map?until=2024-02-30",
        "/map?limit=many",
        "/map?claim=%3Cscript%3E",
        "/map?search=%00",
        "/places?limit=x",
        "/places?offset=-",
        "/places/abc",
        "/places/-1",
        "/places/99999999999",
        "/places/1.5.json",
    ):
        for p in (path, path.replace("/map?", "/map.json?").replace("/places?", "/places.json?")):
            r = client.get(p)
            assert r.status_code == 400, (p, r.status_code, r.text[:200])
    assert client.get("/places/1").status_code == 404
    assert client.get("/places/1.json").json() == {"error": "no place 1", "status": 404}
    assert client.get("/map?limit=0").status_code == 200, "limits are clamped"


def test_places_list_and_twin(site, client):
    data = client.get("/places.json").json()
    assert data["places"] == P.list_places(site["store"], limit=100)
    assert data["total"] == 14 and data["next"] is None
    page = client.get("/places").text
    for p in data["places"]:
        assert f'href="/places/{p["geonames_id"]}"' in page
    assert "no coordinates" in page, "Lowerfield is listed, flagged"
    found = client.get("/places.json?search=bucha").json()["places"]
    assert [p["geonames_id"] for p in found] == [gid("Bucha")]
    first = client.get("/places.json?limit=5").json()
    assert first["next"] == "?limit=5&offset=5" and first["previous"] is None
    second = client.get("/places.json" + first["next"]).json()
    assert [p["geonames_id"] for p in first["places"] + second["places"]] == [
        p["geonames_id"] for p in data["places"][:10]
    ]


def test_one_place_and_twin(site, client):
    feodosia = gid("Feodosia")
    data = client.get(f"/places/{feodosia}.json").json()
    assert data == P.get_place(site["store"], feodosia, limit=200)
    page = client.get(f"/places/{feodosia}").text
    assert "<title>Feodosiya · claimledger</title>" in page
    assert f'href="/reports/{site["ids"]["drones"]}"' in page
    [st] = data["statement_list"]
    assert f'href="/claims/{st["claims"][0]}"' in page
    assert f'href="/claims?place={feodosia}"' in page
    svg = svg_of(page)
    assert [a.get("href") for a in markers(svg)] == [f"/places/{feodosia}"]
    # A place without coordinates has its page, without a map.
    nowhere = client.get(f"/places/{pf.NOWHERE_ID}").text
    assert "geomap" not in nowhere and "none known" in nowhere


def test_openapi_documents_the_map_and_places(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in (
        "/map",
        "/map.json",
        "/places",
        "/places.json",
        "/places/{geonames_id}",
        "/places/{geonames_id}.json",
    ):
        assert p in paths, p
    params = {q["name"] for q in paths["/map.json"]["get"]["parameters"]}
    assert {"report", "claim", "search", "since", "until", "bbox", "limit"} <= params


# ---- the drawing on its own -------------------------------------------------------------


def place(i, lat, lon, reports=1, name=None):
    return {
        "geonames_id": i,
        "name": name or f"P{i}",
        "country": "XX",
        "lat": lat,
        "lon": lon,
        "reports": reports,
    }


def test_dense_places_merge_and_distant_ones_do_not():
    view = geomap.fit([(0, 0), (40, 20)])
    dense = [place(i, 10 + i * 0.001, 10 + i * 0.001) for i in range(50)]
    far = [place(100, 0, 0), place(101, 20, 40)]
    ms = geomap.cluster(dense + far, view)
    assert len(ms) == 3
    big = max(ms, key=lambda m: len(m.places))
    assert len(big.places) == 50
    # Two markers a pixel either side of a grid line merge: no cell border splits them.
    x0, _y0 = view.xy(20, 5)
    lon_a = 20 + ((geomap.CELL * (x0 // geomap.CELL + 1) - 1) - x0) / (view.k * view.scale)
    lon_b = lon_a + 2 / (view.k * view.scale)
    assert len(geomap.cluster([place(1, 5, lon_a), place(2, 5, lon_b)], view)) == 1
    svg, shown = geomap.render_map(dense + far, lambda p: f"/places/{p['geonames_id']}")
    root = ET.fromstring(str(svg))
    check_inert(root)
    assert shown["markers"] == 3 and shown["clusters"] == 1 and shown["places"] == 52
    cluster = next(a for a in root.iter(SVG + "a") if "cluster" in a.get("class"))
    assert cluster.find(SVG + "text").text == "50"
    tip = cluster.find(SVG + "title").text
    assert tip.count("•") == geomap.MAX_TOOLTIP_PLACES and "and 42 more" in tip


def test_the_view_fits_the_places_or_shows_the_world():
    world = geomap.fit([])
    assert world.visible()[0] == -180 and world.visible()[2] == 180
    one = geomap.fit([(30.5, 50.4)])
    west, south, east, north = one.visible()
    assert west < 30.5 < east and south < 50.4 < north and east - west >= geomap.MIN_SPAN
    both = geomap.fit([(-77.0, 38.9), (37.6, 55.7)])
    for lon, lat in ((-77.0, 38.9), (37.6, 55.7)):
        x, y = both.xy(lon, lat)
        assert 0 < x < both.width and 0 < y < both.height
    # Places nowhere or out of range are left off, not drawn at 0,0.
    bad = [place(1, None, 3), place(2, 95, 3), place(3, float("nan"), 3), place(4, 10, 200)]
    assert geomap.cluster(bad, world) == []


def test_basemap_draws_the_countries_in_view_across_the_antimeridian():
    ukraine = geomap.fit([(22.1, 44.4), (40.2, 52.4)])
    drawn = geomap.basemap(ukraine)
    assert "<title>Ukraine</title>" in drawn and "<title>Brazil</title>" not in drawn
    # Chukotka lies east of 180 in the data; a view of the Bering Strait shows Russia there.
    bering = geomap.view_of((-179.0, 60.0, -165.0, 70.0))
    assert "<title>Russia</title>" in geomap.basemap(bering)
    names = {c.name for c in countries()}
    assert len(names) >= 170 and {"Ukraine", "Russia", "Fiji"} <= names
    assert {c.iso2 for c in countries() if c.name == "Ukraine"} == {"UA"}


def test_basemap_file_is_what_the_build_makes(tmp_path):
    """The shipped countries.json is byte for byte what build.py makes from world-atlas 2.0.2;
    the package comes from npm's cache only (no download in a test), else this skips."""
    try:
        tarball = basemap_build.fetch_tarball(offline=True)
    except (basemap_build.BuildError, subprocess.SubprocessError) as e:
        pytest.skip(f"world-atlas@{basemap_build.VERSION} is not in npm's cache: {e}")
    shipped = (basemap_build.HERE / basemap_build.OUT_FILE).read_bytes()
    assert basemap_build.build(tarball) == shipped
    assert len(shipped) < 200_000
