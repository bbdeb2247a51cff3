"""The timeline page: its inline SVG chart, the standalone SVG, the form and the JSON twin.

Two stores: the bundled examples/ ingested through the real analyser (a story whose troop
estimate moves), and a small story written here through the real Store whose speakers, sources
and outlets are hostile, with a figure, a range and a bound whose drawing is known.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import webfixtures as wf
from click.testing import CliRunner
from fastapi.testclient import TestClient

from claimledger.chart import STATUS_STYLE
from claimledger.cli import main
from claimledger.record import new_record
from claimledger.store import queries
from claimledger.store.db import Store
from claimledger.store.ledger import rebuild
from claimledger.web import timeline_svg
from claimledger.web.app import create_app
from claimledger.web.site import SVG_CSP

ROOT = Path(__file__).resolve().parent.parent
SVG_NS = "{http://www.w3.org/2000/svg}"
SHAPE_TAG = {"o": "circle", "s": "rect", "^": "polygon", "D": "polygon", "v": "polygon", "x": "path"}

EVIL_SPEAKER = '"><img src=x onerror=alert(1)> Colonel Vex'
EVIL_SOURCE = "citing <script>alert('src')</script> intercepts"
EVIL_OUTLET = "<svg onload=alert(2)>Border Courier"
EVIL_TITLE = "Crossing at the <b>border</b>"


# ---- the stores -------------------------------------------------------------------------


def _story_report(ext_id, published, outlet, text, speaker, cue, content, figure, quantity, **st):
    doc = wf._doc(ext_id, text, EVIL_TITLE, outlet, f"https://example.org/{ext_id}", published)
    rec = new_record(doc)
    rec["statements"] = [
        wf.statement(text, "s1", speaker, cue, content, name=speaker, type="person", actor="KRV MIL", **st)
    ]
    start = text.index(figure)
    rec["quantities"] = [
        {
            "text": figure,
            "start": start,
            "end": start + len(figure),
            "kind": "count",
            "unit": "troops",
            **quantity,
        }
    ]
    return doc, rec


STORY = [
    # ext_id, date, outlet, text, speaker, cue, content, figure, quantity fields, statement fields
    (
        "crossing-1",
        "2025-06-02",
        EVIL_OUTLET,
        f"{EVIL_SPEAKER} said that 1,200 Korvathi troops had crossed the river, {EVIL_SOURCE}.",
        EVIL_SPEAKER,
        "said",
        "1,200 Korvathi troops had crossed the river",
        "1,200 Korvathi troops",
        {"value": 1200, "counts": "Korvathi troops", "approximate": False},
        {"stance": "claim", "cited_source": EVIL_SOURCE},
    ),
    (
        "crossing-2",
        "2025-06-09",
        "Valley Herald",
        "Analyst Mira Sorel estimated that between 900 and 1,500 Korvathi troops were camped near the dam.",
        "Analyst Mira Sorel",
        "estimated",
        "between 900 and 1,500 Korvathi troops were camped near the dam",
        "between 900 and 1,500 Korvathi troops",
        {"value": None, "low": 900, "high": 1500, "counts": "Korvathi troops", "approximate": False},
        {"stance": "estimate"},
    ),
    (
        "crossing-3",
        "2025-06-20",
        "Valley Herald",
        "General Oren Task confirmed that at least 2,000 Korvathi troops were now across the river.",
        "General Oren Task",
        "confirmed",
        "at least 2,000 Korvathi troops were now across the river",
        "at least 2,000 Korvathi troops",
        {"value": 2000, "bound": "lower", "counts": "Korvathi troops", "approximate": False},
        {"stance": "confirm"},
    ),
]


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('timeline-story') / 'story.db'}"
    with Store(url) as store:
        for row in STORY:
            doc, rec = _story_report(*row[:9], **row[9])
            store.add(wf._raw(doc), doc, rec, wf.ANALYSER)
        rebuild(store)
    with TestClient(create_app(url)) as client:
        yield client


@pytest.fixture(scope="module")
def examples(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('timeline-examples') / 'examples.db'}"
    r = CliRunner().invoke(main, ["ingest", str(ROOT / "examples"), "--db", url, "--no-progress"])
    assert r.exit_code == 0, r.output
    app = create_app(url)
    with TestClient(app) as client:
        yield client, app.state.store


def inline_svg(page: str) -> ET.Element:
    """The chart of a page, parsed as the XML it must be."""
    m = re.search(r'<svg xmlns="http://www.w3.org/2000/svg" class="timeline-chart".*?</svg>', page, re.S)
    assert m, "the chart is inline in the page"
    return ET.fromstring(m.group(0))


def points_of(svg: ET.Element) -> list[ET.Element]:
    return [a for a in svg.iter(SVG_NS + "a") if "point" in a.get("class", "").split()]


def mark_of(a: ET.Element) -> ET.Element:
    return next(e for e in a.iter() if "mark" in e.get("class", "").split())


def centre(mark: ET.Element) -> tuple[float, float]:
    if mark.tag == SVG_NS + "circle":
        return float(mark.get("cx")), float(mark.get("cy"))
    if mark.tag == SVG_NS + "rect":
        return (
            float(mark.get("x")) + float(mark.get("width")) / 2,
            float(mark.get("y")) + float(mark.get("height")) / 2,
        )
    xy = [tuple(map(float, p.split(","))) for p in mark.get("points").split()]
    return sum(x for x, _ in xy) / len(xy), (min(y for _, y in xy) + max(y for _, y in xy)) / 2


def value_axis(svg: ET.Element) -> tuple[float, float, float, float]:
    """(lowest value, its y, highest value, its y) from the value axis's tick labels."""
    ticks = [
        (float(t.text.replace(",", "")), float(t.get("y")) - 4)
        for t in svg.iter(SVG_NS + "text")
        if t.get("text-anchor") == "end" and re.fullmatch(r"[\d,.]+", t.text or "")
    ]
    (v0, y0), (v1, y1) = min(ticks), max(ticks)
    return v0, y0, v1, y1


# ---- the chart over the analysed examples -----------------------------------------------


def test_examples_chart_has_one_marker_per_point_with_its_status_shape(examples):
    client, _ = examples
    data = client.get("/timeline.json", params={"q": "Belarusian troops"}).json()
    points = data["points"]
    assert len(points) >= 5, "the examples' troop estimate moves over several reports"
    assert data["total"] == len(points)
    page = client.get("/timeline", params={"q": "Belarusian troops"}).text
    svg = inline_svg(page)
    drawn = points_of(svg)
    assert len(drawn) == len(points)
    for i, (a, p) in enumerate(zip(drawn, points, strict=True)):
        assert a.get("id") == f"tl-point-{i}"
        colour, shape = STATUS_STYLE[p["status"]]
        assert f"status-{p['status']}" in a.get("class").split()
        mark = mark_of(a)
        assert mark.tag == SVG_NS + SHAPE_TAG[shape]
        assert colour in (mark.get("fill"), mark.get("stroke"))
        assert a.get("href") == f"/claims/{p['claim']}"
        # hover (the title) and focus (aria-label, the details box) say who, on whose authority, where
        title = a.find(SVG_NS + "title").text
        for said in (title, a.get("aria-label"), " ".join(a.find(SVG_NS + "g").itertext())):
            assert f"Said by: {p['speaker']}" in said
            assert f"{len(p['reports'])} report" in said
            assert p["first_reports"][0]["outlet"] in said
            if p["cited_source"]:
                assert p["cited_source"][:60] in said
        # the details box is hidden until hover or focus (the stylesheet shows it)
        assert a.find(SVG_NS + "g").get("display") == "none"
    # the table stays under the chart, a row per point, each linking its claim
    table = page[page.index("</figure>") :]
    for i, p in enumerate(points):
        assert f'<tr id="point-{i}"' in table
        assert f'href="/claims/{p["claim"]}"' in table
    # a legend names every status drawn, and the range and bound conventions
    legend = " ".join(next(g for g in svg.iter(SVG_NS + "g") if g.get("class") == "legend").itertext())
    for status in {p["status"] for p in points}:
        assert status in legend
    assert "range" in legend and "bound" in legend


def test_examples_ranges_are_bars_from_low_to_high(examples):
    client, _ = examples
    points = client.get("/timeline.json", params={"q": "Belarusian troops"}).json()["points"]
    ranges = [i for i, p in enumerate(points) if p["value"] is None]
    assert ranges, "the examples give ranges (3,000 to 5,000)"
    svg = inline_svg(client.get("/timeline", params={"q": "Belarusian troops"}).text)
    v0, y0, v1, y1 = value_axis(svg)

    def y_of(v):
        return y0 + (v - v0) / (v1 - v0) * (y1 - y0)

    drawn = points_of(svg)
    for i, a in enumerate(drawn):
        bars = [e for e in a.iter(SVG_NS + "rect") if e.get("class") == "bar"]
        if i not in ranges:
            assert not bars, "a single figure has no bar"
            continue
        (bar,) = bars
        top, height = float(bar.get("y")), float(bar.get("height"))
        assert top == pytest.approx(y_of(points[i]["high"]), abs=2)
        assert top + height == pytest.approx(y_of(points[i]["low"]), abs=2)


def test_examples_counted_things_lead_to_timelines(examples):
    client, store = examples
    page = client.get("/timeline")
    assert page.status_code == 200
    # the form's input is labelled
    assert re.search(r"<label>Counted thing <input type=\"search\" name=\"q\"", page.text)
    things = client.get("/timeline.json").json()["counted_things"]
    assert things == queries.counted_things(store, limit=40)
    assert [t["outlets"] for t in things] == sorted((t["outlets"] for t in things), reverse=True)
    assert any(t["label"] == "Belarusian personnel" for t in things)
    for t in things:
        link = "/timeline?q=" + __import__("urllib.parse").parse.quote(t["label"], safe="")
        assert f'href="{link}"' in page.text.replace("&amp;", "&")
        assert client.get("/timeline.json", params={"q": t["label"]}).json()["points"], t["label"]


# ---- the hand-written story: a figure, a range, a bound, hostile names -----------------------


def test_story_figure_range_and_bound_are_drawn_as_such(story):
    data = story.get("/timeline.json", params={"q": "Korvathi troops"}).json()
    points = data["points"]
    assert [(p["value"], p["low"], p["high"], p["bound"]) for p in points] == [
        (1200, None, None, None),
        (None, 900, 1500, None),
        (2000, None, None, "at least"),
    ]
    assert [p["status"] for p in points] == ["claimed", "estimated", "confirmed"]
    svg = inline_svg(story.get("/timeline", params={"q": "Korvathi troops"}).text)
    figure, span, bound = points_of(svg)
    # a stated figure: filled circle (claimed), no bar
    assert (
        mark_of(figure).tag == SVG_NS + "circle" and mark_of(figure).get("fill") == STATUS_STYLE["claimed"][0]
    )
    assert "bound" not in figure.get("class").split()
    # a range: a bar, and its square (estimated) half way up it
    (bar,) = [e for e in span.iter(SVG_NS + "rect") if e.get("class") == "bar"]
    mark = mark_of(span)
    assert mark.tag == SVG_NS + "rect"
    top, bottom = float(bar.get("y")), float(bar.get("y")) + float(bar.get("height"))
    assert centre(mark)[1] == pytest.approx((top + bottom) / 2, abs=0.2)
    caps = next(e for e in span.iter(SVG_NS + "path") if e.get("class") == "caps")
    assert [float(y) for y in re.findall(r"M[\d.]+,([\d.]+)", caps.get("d"))] == pytest.approx(
        [top, bottom], abs=0.1
    )
    # an "at least": an open diamond (confirmed, white inside) with an arrow pointing up
    mark = mark_of(bound)
    assert mark.tag == SVG_NS + "polygon" and mark.get("fill") == "#ffffff"
    assert mark.get("stroke") == STATUS_STYLE["confirmed"][0]
    assert "bound" in bound.get("class").split()
    arrow = next(e for e in bound.iter(SVG_NS + "path") if e.get("class") == "arrow")
    ys = [float(y) for y in re.findall(r"[ML][\d.]+,([\d.]+)", arrow.get("d"))]
    assert min(ys) < centre(mark)[1]
    # higher figures are higher on the chart, later dates further right
    xs = [centre(mark_of(a))[0] for a in (figure, span, bound)]
    assert xs == sorted(xs)
    assert (
        centre(mark_of(bound))[1]
        < centre(mark_of(figure))[1]
        < float(bar.get("y")) + float(bar.get("height"))
    )


def _no_active_markup(svg_text: str, where: str) -> None:
    for raw in ("<img", "<script", "<svg onload", "<b>"):
        assert raw not in svg_text, (raw, where)
    # no event handler outside quoted attribute values (escaped text inside them is inert)
    assert not re.search(r"<[^>]*\son[a-z]+\s*=", re.sub(r'"[^"]*"', '""', svg_text)), where


def test_story_hostile_names_are_escaped_everywhere_in_the_chart(story):
    page = story.get("/timeline", params={"q": "Korvathi troops"}).text
    m = re.search(r'<svg xmlns="http://www.w3.org/2000/svg" class="timeline-chart".*?</svg>', page, re.S)
    assert m
    inline = m.group(0)
    standalone = story.get("/timeline.svg", params={"q": "Korvathi troops"}).text
    for text, where in ((inline, "inline"), (standalone, "standalone")):
        _no_active_markup(text, where)
        svg = ET.fromstring(text.split("?>", 1)[-1])  # well-formed XML whatever the reports hold
        # no element has an event handler, and no link leaves the site
        for el in svg.iter():
            assert not [k for k in el.attrib if k.lower().startswith("on")], (el.tag, where)
            href = el.get("href") or el.get("{http://www.w3.org/1999/xlink}href")
            assert href is None or href.startswith("/claims/c"), href
        first = points_of(svg)[0]
        # the hostile strings come back as the text they were, in every place they show
        title = first.find(SVG_NS + "title").text
        assert f"Said by: {EVIL_SPEAKER}" in title
        assert EVIL_SOURCE in title
        assert EVIL_OUTLET in title
        assert EVIL_SPEAKER in first.get("aria-label") and EVIL_OUTLET in first.get("aria-label")
        box = " ".join(first.find(SVG_NS + "g").itertext())
        assert EVIL_SPEAKER in box and EVIL_SOURCE in box and EVIL_OUTLET in box
    # and the table under the chart escapes them too
    assert "&lt;svg onload=alert(2)&gt;Border Courier" in page
    assert "<script" not in page and "<img" not in page


def test_standalone_svg_has_its_own_policy_and_stylesheet(story):
    r = story.get("/timeline.svg", params={"q": "Korvathi troops"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("image/svg+xml")
    assert r.headers["content-security-policy"] == SVG_CSP
    assert r.text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    svg = ET.fromstring(r.text.split("?>", 1)[1])
    style = svg.find(SVG_NS + "style").text
    assert ".point:focus .tip" in style and ".point:hover .tip" in style
    assert len(points_of(svg)) == 3
    # the page itself carries no inline style (its policy would refuse it): its stylesheet is linked
    page = story.get("/timeline", params={"q": "Korvathi troops"}).text
    assert "<style" not in page and " style=" not in page
    assert 'href="/static/timeline.css"' in page
    css = story.get("/static/timeline.css")
    assert css.status_code == 200 and ".point:focus .tip" in css.text


def test_bad_parameters_are_400_and_no_match_is_empty(story):
    long = "x" * 501
    for path in ("/timeline", "/timeline.json", "/timeline.svg"):
        assert story.get(path, params={"q": long}).status_code == 400, path
        assert story.get(path, params={"q": "troops\x00"}).status_code == 400, path
    assert story.get("/timeline.json", params={"q": long}).json()["status"] == 400
    assert story.get("/timeline.svg", params={"q": "no such thing"}).status_code == 404
    r = story.get("/timeline", params={"q": "no such thing"})
    assert r.status_code == 200 and "Nothing matched" in r.text and "<svg" not in r.text
    # a query of the hostile speaker's name matches nothing, and is escaped in the page
    r = story.get("/timeline", params={"q": EVIL_SPEAKER})
    assert r.status_code == 200 and "<img" not in r.text


def test_json_twin_is_the_query_layer_plus_first_reports(story):
    data = story.get("/timeline.json", params={"q": "Korvathi troops"}).json()
    store = story.app.state.store
    expected = queries.timeline(store, "Korvathi troops")
    assert [{k: v for k, v in p.items() if k != "first_reports"} for p in data["points"]] == expected
    first = data["points"][0]["first_reports"]
    assert [r["outlet"] for r in first] == [EVIL_OUTLET]
    assert first[0]["ext_id"] == "crossing-1" and isinstance(first[0]["id"], int)
    assert data["counted_things"] == []  # offered only with the form


# ---- the drawing module on its own ----------------------------------------------------------


def _pt(**kw):
    p = {
        "date": "2025-01-10",
        "dated": True,
        "value": 10.0,
        "low": None,
        "high": None,
        "bound": None,
        "counted": "personnel",
        "scope": None,
        "speaker": "A",
        "cited_source": None,
        "status": "claimed",
        "reports": ["r1"],
        "urls": [],
        "claim": "c1",
    }
    p.update(kw)
    return p


def _render(points, title="t"):
    return str(timeline_svg.render(points, title, link=lambda p: "/claims/" + p["claim"]))


def test_undrawable_points_are_counted_not_drawn():
    points = [
        _pt(),
        _pt(date=None, claim="c2"),
        _pt(date="someday", claim="c3"),
        _pt(value=float("inf"), claim="c4"),
        _pt(value=None, low=None, high=None, claim="c5"),
        _pt(value=1e300, claim="c6"),
    ]
    svg = ET.fromstring(_render(points))
    assert len(points_of(svg)) == 1
    assert "5 points without a drawable date or figure" in "".join(svg.itertext())
    empty = ET.fromstring(_render([_pt(date=None)]))
    assert not points_of(empty) and "No point with a date" in "".join(empty.itertext())


def test_drawn_points_are_bounded():
    points = [_pt(claim=f"c{i}", value=float(i)) for i in range(timeline_svg.MAX_DRAWN + 20)]
    svg = ET.fromstring(_render(points))
    assert len(points_of(svg)) == timeline_svg.MAX_DRAWN
    assert "20 points without" in "".join(svg.itertext())


def test_text_is_cut_and_cleaned_of_characters_xml_forbids():
    speaker = "Name\x01\x08 with\x0b control" + "ж" * 1000
    svg_text = _render([_pt(speaker=speaker, status="\x02odd")])
    svg = ET.fromstring(svg_text)  # would fail on a control character
    (a,) = points_of(svg)
    assert len(a.get("aria-label")) <= timeline_svg.MAX_LABEL
    assert "Said by: Name with control" in a.find(SVG_NS + "title").text
    # an unknown status is drawn as "other", with a shape of its own
    assert "status-other" in a.get("class") and mark_of(a).tag == SVG_NS + "path"


def test_axes_ticks():
    assert timeline_svg.nice_ticks(0, 1296) == [0, 250, 500, 750, 1000, 1250, 1500]
    assert timeline_svg.nice_ticks(0, 7.5) == [0, 2, 4, 6, 8]
    from datetime import date

    days, fmt = timeline_svg.date_ticks(date(2025, 3, 1), date(2025, 3, 6))
    assert fmt == "%Y-%m-%d" and days[0] == date(2025, 3, 1) and len(days) == 6
    months, fmt = timeline_svg.date_ticks(date(2024, 11, 20), date(2025, 5, 2))
    assert fmt == "%Y-%m" and months[0] == date(2024, 12, 1) and len(months) <= 8
    years, fmt = timeline_svg.date_ticks(date(1990, 6, 1), date(2025, 1, 1))
    assert fmt == "%Y" and all(d.month == 1 and d.day == 1 for d in years) and 2 <= len(years) <= 9
    assert years[0] > date(1990, 6, 1)
