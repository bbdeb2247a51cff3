"""The report reader (/reports/{id}): every layer of a record over the text, switchable, each
item saying what it is, each statement leading to its claim; over records of the real analyser.

The store is filled by `claimledger ingest` (the real analyser and ledger) from reports written
for these tests and one of the invented demo reports in examples/. Hostile layer values (place
names, actor codes, units, event types ...) cannot come out of the analyser, so one real record
is copied with every layer value replaced by markup that tries to break out of its attribute.
"""

from __future__ import annotations

import copy
import html
import json
import math
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from markupsafe import escape

from claimledger.cli import main
from claimledger.ingest.document import Document, RawInput
from claimledger.store import queries
from claimledger.store.db import Store
from claimledger.store.ledger import claim_ids_of_report, rebuild
from claimledger.web.app import create_app
from claimledger.web.highlight import LAYERS, MAX_LAYER_ITEMS, reader

EXAMPLES = Path(__file__).parent.parent / "examples"

IZMAIL = (
    "Port authority says drone strike damaged grain terminal in Izmail\n"
    "\n"
    "ODESA, June 9 (Harbour Wire) - Ukraine's port authority said on Monday that a drone strike "
    "overnight damaged a grain terminal in Izmail and wounded three dock workers, citing reports "
    "from its own engineers.\n"
    "\n"
    '"Two storage silos caught fire and about 4,000 tonnes of wheat were lost," the authority\'s '
    "deputy head, Marta Kovalenko, told reporters in Odesa.\n"
    "\n"
    "Romania's defence ministry said in a statement on Facebook that no drone had entered "
    "Romanian airspace.\n"
    "\n"
    "Moscow has not commented on the attack. Last week Russian forces shelled the Danube port of "
    "Reni, killing two people, regional officials said.\n"
)

# Markup in the report text itself, as a scraped page could leave it: it reaches the analyser
# and comes back inside spans, names and counted nouns.
MARKUP_TEXT = (
    "Mayor <b>denies</b> curfew in Kherson\n"
    "\n"
    "KHERSON, May 2 (Delta Post) - The mayor of Kherson, Olena <script>alert(1)</script>Marchuk, "
    "said on Friday that no curfew would be imposed, after 12 <img src=x onerror=alert(2)> shells hit "
    "the river port, according to a statement on the city council's website.\n"
    "\n"
    '"We will not close the city," Marchuk told residents in a video address.\n'
)

# Every layer value of the copied record is replaced by one of these.
EVIL = {
    "place": '"><script>alert("place")</script>',
    "country": "<b>UA</b>",
    "actor_code": '" onfocus="alert(1)" x="',
    "actor_name": "<img src=x onerror=alert('actor')>",
    "unit": "</a><a href=javascript:alert('unit')>tonnes",
    "counts": "<style>*{display:none}</style>wheat",
    "time": '2025-06-09"><svg onload=alert(1)>',
    "event_type": "<iframe src=javascript:alert('event')>",
    "acled": "Battles</span><script>alert('acled')</script>",
    "status": "claimed' autofocus onfocus='alert(1)",
    "speaker": "Marta <script>alert('speaker')</script>",
    "role": '" style="position:fixed;inset:0" x="',
    "stance": "<u>assert</u>",
}

TIP = re.compile(r'<a class="tip tip-([a-z]+)" id="([^"]*)" href="([^"]*)" aria-label="([^"]*)"></a>')
ROW = re.compile(
    r'<tr id="(place|actor|time|quantity|event)-(\d+)"><td class="short">(?:<a href="#([^"]*)")?'
)


def tips(page: str) -> list[dict]:
    """The focusable item links of the page's text, their attributes unescaped."""
    return [
        {"layer": m[1], "id": html.unescape(m[2]), "href": html.unescape(m[3]), "label": html.unescape(m[4])}
        for m in TIP.finditer(page)
    ]


def body_of(page: str) -> str:
    return page[page.index('<div class="body">') : page.index('<section class="statements">')]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reader-reports")
    (folder / "izmail.txt").write_text(IZMAIL)
    (folder / "izmail.txt.meta.json").write_text(
        json.dumps(
            {"published": "2025-06-09", "outlet": "Harbour Wire", "url": "https://harbour.example/izmail"}
        )
    )
    (folder / "kherson.txt").write_text(MARKUP_TEXT)
    (folder / "kherson.txt.meta.json").write_text(
        json.dumps({"published": "2025-05-02", "outlet": "Delta Post"})
    )
    shutil.copy(EXAMPLES / "2025-03-04_continental-dispatch_minsk-denies.txt", folder)
    shutil.copy(EXAMPLES / "2025-03-04_continental-dispatch_minsk-denies.txt.meta.json", folder)
    url = f"sqlite:///{tmp_path_factory.mktemp('reader-db') / 'ledger.db'}"
    r = CliRunner().invoke(main, ["ingest", str(folder), "--db", url, "--no-progress"])
    assert r.exit_code == 0, r.output
    with Store(url) as store:
        ids = {
            name: next(x["id"] for x in queries.list_reports(store) if x["ext_id"].endswith(name))
            for name in ("izmail.txt", "kherson.txt", "minsk-denies.txt")
        }
        izmail = queries.get_report(store, ids["izmail.txt"])
        evil = _evil_copy(izmail["record"])
        doc = Document(
            id="evil-layers",
            text=evil["text"],
            title=evil["title"],
            url=None,
            outlet="Harbour Wire",
            published="2025-06-10",
            language="en",
            raw=evil["text"].encode(),
            raw_kind="text",
            source="evil-layers",
        )
        raw = RawInput(id=doc.id, source=doc.source, data=doc.raw, kind="text", meta={})
        ids["evil"] = store.add(raw, doc, evil, "reader-tests").id
        rebuild(store)
    app = create_app(url)
    with TestClient(app) as client:
        yield {"client": client, "store": app.state.store, "ids": ids}


def _evil_copy(record: dict) -> dict:
    """The record with every layer value hostile and its statement ids too (offsets kept; a
    line added at the end so that the text is not a copy)."""
    rec = copy.deepcopy(record)
    rec["id"] = "evil-layers"
    rec["text"] = rec["text"] + "\nCorrection appended.\n"
    for p in rec["places"]:
        p.update(name=EVIL["place"], country=EVIL["country"], stands_for=EVIL["actor_code"])
    for a in rec["actors"]:
        a.update(name=EVIL["actor_name"], code=EVIL["actor_code"], type=EVIL["country"])
    for q in rec["quantities"]:
        q.update(unit=EVIL["unit"], unit_canonical=EVIL["unit"], counts=EVIL["counts"], kind=EVIL["status"])
    for t in rec["times"]:
        t.update({"from": EVIL["time"], "to": EVIL["time"], "granularity": EVIL["status"]})
    for e in rec["events"]:
        e.update(type=EVIL["event_type"], acled_type=EVIL["acled"], status=EVIL["status"], id=EVIL["place"])
    for i, st in enumerate(rec["statements"]):
        st["id"] = f'"><i>s{i + 1}</i>'
        st["stance"] = EVIL["stance"]
        st["speaker"].update(name=EVIL["speaker"], role=EVIL["role"], actor=EVIL["actor_code"])
    return rec


def page_of(site, name):
    r = site["client"].get(f"/reports/{site['ids'][name]}")
    assert r.status_code == 200
    return r.text


def record_of(site, name):
    return queries.get_report(site["store"], site["ids"][name])["record"]


# ---- every layer, with what each item is --------------------------------------------------


def test_every_layer_is_highlighted_and_has_items(site):
    page = page_of(site, "izmail.txt")
    body = body_of(page)
    found = tips(page)
    for layer in LAYERS:
        assert re.search(rf'<mark class="hl [^"]*\b{layer.cls}\b', body), layer.key
        assert any(t["layer"] == layer.key for t in found), layer.key
    # one link per item, each id once, each right after a segment (never inside one)
    assert len({t["id"] for t in found}) == len(found)
    assert "<mark" not in re.sub(r"<mark[^>]*>[^<]*</mark>", "", body)
    assert body.count('<span class="tips">') == len(re.findall(r'</mark><span class="tips">', body))
    # the links hold no text: the text of the page is the report's text
    rec = record_of(site, "izmail.txt")
    shown = html.unescape(re.sub(r"<[^>]+>", "", body[len('<div class="body">') :]))
    assert re.sub(r"\s+", " ", shown).strip() == re.sub(r"\s+", " ", rec["text"]).strip()


def _row_links(page: str) -> dict[tuple[str, int], str]:
    """{(layer, row number): id of the item link the row's number leads to}."""
    return {(m[1], int(m[2])): html.unescape(m[3]) for m in ROW.finditer(page) if m[3]}


def test_places_actors_times_quantities_say_what_they_are(site):
    page = page_of(site, "izmail.txt")
    rec = record_of(site, "izmail.txt")
    by_id = {t["id"]: t for t in tips(page)}
    rows = _row_links(page)
    assert rec["places"] and rec["actors"] and rec["times"] and rec["quantities"]
    for i, p in enumerate(rec["places"]):
        tip = by_id[rows["place", i + 1]]
        assert tip["layer"] == "place" and tip["href"].startswith("#place-")
        label = tip["label"]
        assert f"Place: {p['name']}" in label
        assert f"kind: {p['kind']}" in label
        if p["country"]:
            assert f"country: {p['country']}" in label
        if p["geonames_id"] is not None:
            assert f"GeoNames: {p['geonames_id']}" in label
        if p["lat"] is not None:
            assert f"coordinates: {p['lat']:.4f}, {p['lon']:.4f}" in label
        # and the table row holds the same
        row = page[page.index(f'<tr id="place-{i + 1}">') :].split("</tr>")[0]
        assert str(escape(p["text"])) in row and str(escape(p["name"])) in row
    for i, a in enumerate(rec["actors"]):
        label = by_id[rows["actor", i + 1]]["label"]
        assert (
            f"Actor: {a['code']}" in label and f"name: {a['name']}" in label and f"type: {a['type']}" in label
        )
    for i, t in enumerate(rec["times"]):
        label = by_id[rows["time", i + 1]]["label"]
        when = t["from"] if t["from"] == t["to"] else f"{t['from']} to {t['to']}"
        assert f"Time: {when}" in label and f"granularity: {t['granularity']}" in label
    tonnes = next(q for q in rec["quantities"] if q["unit"] == "tonne")
    label = by_id[rows["quantity", rec["quantities"].index(tonnes) + 1]]["label"]
    # the analyser reads "about 4,000 tonnes of wheat": approximate, a mass, wheat counted
    assert label.startswith("Quantity: ≈4,000 tonne (t)")
    assert "counts: wheat" in label and "kind: mass" in label
    injured = next(q for q in rec["quantities"] if q.get("role") == "injured")
    label = by_id[rows["quantity", rec["quantities"].index(injured) + 1]]["label"]
    assert f"counts: {injured['counts']}" in label and "role: injured" in label


def test_events_say_type_acled_and_status(site):
    page = page_of(site, "izmail.txt")
    rec = record_of(site, "izmail.txt")
    found = [t for t in tips(page) if t["layer"] == "event"]
    assert rec["events"]
    mentions = {(m["start"], m["end"]) for e in rec["events"] for m in e["mentions"]}
    assert 0 < len(found) <= len(mentions)
    rows = _row_links(page)
    for i, e in enumerate(rec["events"]):
        tip = next(t for t in found if t["id"] == rows["event", i + 1])
        assert f"Event {e['id']}: {e['type']}" in tip["label"]
        assert f"status: {e['status']}" in tip["label"]
        if e["acled_type"]:
            assert f"ACLED: {e['acled_type']} / {e['acled_subtype']}" in tip["label"]
        if e["place"] is not None:
            assert f"where: {rec['places'][e['place']]['name']}" in tip["label"]
    # a mention carried by a statement says so
    said = [m for e in rec["events"] for m in e["mentions"] if m.get("statement")]
    assert said and any(f"statement: {said[0]['statement']}" in t["label"] for t in found)


def test_speakers_cues_sources_venues_say_what_they_are(site):
    page = page_of(site, "izmail.txt")
    rec = record_of(site, "izmail.txt")
    found = tips(page)
    for st in rec["statements"]:
        sp = st["speaker"]
        if not sp["text"]:
            continue  # a speakerless statement has no mention to mark
        tip = next(t for t in found if t["layer"] == "speaker" and f"Speaker of {st['id']}:" in t["label"])
        # a mention shared by statements is one item, leading to the first one's row
        first = next(s["id"] for s in rec["statements"] if s["speaker"] == sp)
        assert tip["href"] == f"#statement-{first}"
        for key in ("role", "type", "actor"):
            if sp.get(key):
                assert str(sp[key]) in tip["label"], key
        assert (sp.get("name") or sp["text"]) in tip["label"]
        cue = next(t for t in found if t["layer"] == "cue" and f"Cue of {st['id']}:" in t["label"])
        assert f"stance: {st['stance']}" in cue["label"]
    cited = next(st for st in rec["statements"] if st["cited_source"])
    tip = next(t for t in found if t["layer"] == "source")
    assert tip["label"] == f"Cited source of {cited['id']}: {cited['cited_source']['text']}"
    assert tip["href"] == f"#statement-{cited['id']}"
    venue = next(st for st in rec["statements"] if st["venue"])
    assert any(t["label"] == f"Venue of {venue['id']}: {venue['venue']['text']}" for t in found)


def test_statements_lead_to_their_claims(site):
    client = site["client"]
    rid = site["ids"]["minsk-denies.txt"]
    page = page_of(site, "minsk-denies.txt")
    rec = record_of(site, "minsk-denies.txt")
    claim_of = claim_ids_of_report(site["store"], rid)
    assert claim_of
    contents = {t["id"]: t for t in tips(page) if t["layer"] == "content"}
    linked = 0
    for st in rec["statements"]:
        cids = claim_of.get(st["id"])
        # the statements table's number leads to the content in the text ...
        m = re.search(
            rf'<tr id="statement-{re.escape(st["id"])}">\s*<td class="sid short"><a href="#([^"]+)"', page
        )
        assert m, st["id"]
        tip = contents[m[1]]
        assert f"Statement {st['id']} · {st['stance']}" in tip["label"]
        assert f"cue: {st['cue']['text']}" in tip["label"]
        if not cids:
            assert tip["href"] == f"#statement-{st['id']}"
            continue
        # ... whose link opens the claim, which holds this statement of this report
        assert tip["href"] == f"/claims/{cids[0]}" and f"claim: {cids[0]}" in tip["label"]
        claim = client.get(tip["href"] + ".json")
        assert claim.status_code == 200
        assert any(s["sid"] == st["id"] and s["report"] == rec["id"] for s in claim.json()["statements"])
        assert client.get(tip["href"]).status_code == 200
        # the table links the claim too
        row = page[m.start() :].split("</tr>")[0]
        assert f'href="/claims/{cids[0]}"' in row
        linked += 1
    assert linked >= 3


def test_side_lists_match_the_record(site):
    page = page_of(site, "minsk-denies.txt")
    rec = record_of(site, "minsk-denies.txt")
    ids = {t["id"] for t in tips(page)}
    rows = _row_links(page)
    for name, layer in (
        ("places", "place"),
        ("actors", "actor"),
        ("times", "time"),
        ("quantities", "quantity"),
        ("events", "event"),
    ):
        n = len(rec[name])
        assert len(re.findall(rf'<tr id="{layer}-\d+">', page)) == n, name
        assert f'id="list-{name}"' in page
        # every row leads back to an item link in the text
        assert all(rows.get((layer, i + 1)) in ids for i in range(n)), name
    # the events' statements link to the statements table
    carried = [e for e in rec["events"] if e["statement"]]
    assert carried and f'href="#statement-{carried[0]["statement"]}"' in page


def test_layer_switches_are_labelled_checkboxes_with_their_styles(site):
    client = site["client"]
    page = page_of(site, "izmail.txt")
    assert '<link rel="stylesheet" href="/static/reader.css">' in page
    css = client.get("/static/reader.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    sheet = css.text
    fieldset = page[page.index('<fieldset class="layers">') : page.index("</fieldset>")]
    assert "<legend>Layers" in fieldset
    for layer in LAYERS:
        assert f'<input type="checkbox" id="layer-{layer.key}" checked>' in fieldset
        label = re.search(rf'<label for="layer-{layer.key}">(.*?)</label>', fieldset)
        assert label and layer.label in label[1] and layer.look in label[1], layer.key
        assert f'<mark class="hl {layer.cls}">' in label[1]
        # the layer's look is on while ticked, and its items leave the tab order when not
        assert f".text:has(#layer-{layer.key}:checked) mark.{layer.cls}" in sheet
        assert f".text:has(#layer-{layer.key}:not(:checked)) .body a.tip-{layer.key}" in sheet
    assert "script" not in page.split("<main", 1)[1].lower().replace("script-src", "")
    # the looks differ by more than colour: each layer names a look of its own
    assert len({layer.look for layer in LAYERS}) == len(LAYERS)


# ---- hostile values ----------------------------------------------------------------------------


def test_hostile_layer_values_are_escaped_everywhere(site):
    page = page_of(site, "evil")
    for bad in EVIL.values():
        assert bad not in page, bad
    for bad in ("<script", "<img", "<svg", "<iframe", "<style", "<u>", "<i>"):
        assert bad not in page.split("<main", 1)[1], bad
    assert not re.search(r"<[^>]*\son[a-z]+\s*=", re.sub(r'"[^"]*"', '""', page))
    assert all(h.startswith(("/", "http://", "https://", "#")) for h in re.findall(r'href="([^"]*)"', page))
    found = tips(page)
    # every item link parsed whole: its attributes stayed attributes
    assert len(found) == page.count('class="tip tip-')
    labels = {layer.key: [t["label"] for t in found if t["layer"] == layer.key] for layer in LAYERS}
    assert any(EVIL["place"] in x and EVIL["country"] in x for x in labels["place"])
    assert any(EVIL["actor_code"] in x and EVIL["actor_name"] in x for x in labels["actor"])
    assert any(EVIL["unit"] in x and EVIL["counts"] in x for x in labels["quantity"])
    assert any(EVIL["time"] in x for x in labels["time"])
    assert any(
        EVIL["event_type"] in x and EVIL["acled"] in x and EVIL["status"] in x for x in labels["event"]
    )
    assert any(EVIL["speaker"] in x and EVIL["role"] in x for x in labels["speaker"])
    assert any(EVIL["stance"] in x for x in labels["content"])
    # the same values reach the tables and the titles escaped
    for bad in (EVIL["place"], EVIL["actor_name"], EVIL["unit"], EVIL["counts"], EVIL["event_type"]):
        assert str(escape(bad)) in page, bad
    # the hostile statement ids stay inside their attributes and fragments
    assert 'id="statement-&#34;&gt;&lt;i&gt;s1&lt;/i&gt;"' in page
    assert 'href="#statement-&#34;&gt;&lt;i&gt;s1&lt;/i&gt;"' in page


def test_markup_in_the_text_stays_text_through_the_analyser(site):
    page = page_of(site, "kherson.txt")
    main_part = page.split("<main", 1)[1]
    assert "<script" not in main_part and "<img" not in main_part and "<b>" not in main_part
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body_of(page)
    assert "&lt;img src=x onerror=alert(2)&gt;" in body_of(page)
    # the analyser still found statements and places in it, and they are marked
    assert tips(page) and 'class="hl hl-speaker' in page and "tip-place" in page


# ---- bounds and odd values -----------------------------------------------------------------------


def test_each_layer_is_capped():
    text = "Kyiv " * 3000
    places = [{"text": "Kyiv", "start": 5 * i, "end": 5 * i + 4, "name": "Kyiv"} for i in range(3000)]
    events = [
        {
            "id": f"e{i}",
            "type": "ASSAULT",
            "trigger": {"text": "Kyiv", "start": 5 * i, "end": 5 * i + 4},
            "mentions": [{"text": "Kyiv", "start": 5 * i, "end": 5 * i + 4, "status": "reported"}],
        }
        for i in range(3000)
    ]
    view = reader({"text": text, "places": places, "events": events, "actors": places}, max_items=100)
    assert len(view["places"]) == 100 and view["cut"]["places"] == 2900
    assert len(view["events"]) == 100 and view["cut"]["events"] == 2900
    assert view["cut"]["times"] == 0
    counts = {x["key"]: x["count"] for x in view["layers"]}
    assert counts["place"] == counts["actor"] == counts["event"] == 100
    assert str(view["body"]).count("tip-place") == 100
    assert 1000 <= MAX_LAYER_ITEMS <= 10_000


def test_values_of_the_wrong_shape_do_not_break_the_page():
    text = "Officials in Kyiv said 40 drones flew on Monday."
    rec = {
        "text": text,
        "statements": [
            "not a statement",
            {"id": 7, "speaker": {"start": "0", "end": 9}, "cue": {"start": 18, "end": 22}, "content": None},
        ],
        "places": [
            {"text": "Kyiv", "start": 13, "end": 17, "name": ["Kyiv"], "lat": math.nan, "lon": 1.0},
            {"start": True, "end": 4},
            None,
        ],
        "actors": "officials",
        "quantities": [{"text": "40 drones", "start": 23, "end": 32, "value": 1e300, "unit": {"x": 1}}],
        "times": [{"text": "Monday", "start": 41, "end": 47, "from": None, "to": None, "duration": "P1D"}],
        "events": [{"trigger": {"start": 33, "end": 37}, "place": 99, "date": "soon", "mentions": "x"}],
    }
    view = reader(rec)
    body = str(view["body"])
    assert html.unescape(re.sub(r"<[^>]+>", "", body)) == text
    labels = [t["label"] for t in tips(body)]
    assert labels[0].startswith("Place: ['Kyiv']") and labels[1] == "Cue of 7: "
    assert not any("coordinates" in x for x in labels)  # NaN is no coordinate
    assert any(x.startswith("Quantity: 1e+300 {'x': 1}") for x in labels)
    assert any(x.startswith("Time: P1D") for x in labels)
    assert any(x.startswith("Event #1: ") for x in labels)
    assert view["actors"] == [] and len(view["places"]) == 2
