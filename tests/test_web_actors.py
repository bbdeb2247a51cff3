"""The actor pages (/actors, /actors/{code}) and their JSON twins, over the web test reports
stored through the real Store with the ledger rebuilt from them."""

from __future__ import annotations

import html
import re
from collections import Counter
from urllib.parse import quote

import pytest
import webfixtures as wf
from fastapi.testclient import TestClient

from claimledger.store import actors, queries
from claimledger.store.db import Store
from claimledger.store.ledger import rebuild
from claimledger.web.app import create_app

HOSTILE_CODE = "<b>X</b>"  # the hostile report's speaker code (webfixtures)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('actors') / 'ledger.db'}"
    with Store(url) as store:
        wf.fill_store(store)
        rebuild(store)
    app = create_app(url)
    with TestClient(app) as client:
        yield client, app.state.store


def page_of(code: str) -> str:
    return "/actors/" + quote(code, safe="")


def test_actor_list_counts_agree_with_the_statements_and_the_speakers(site):
    client, store = site
    data = client.get("/actors.json").json()
    rows = {a["code"]: a for a in data["actors"]}
    # every code a statement or an identity has, counted from the other query functions
    said = Counter(st["actor"] for st in queries.list_statements(store) if st["actor"])
    identities = Counter(sp["actor"] for sp in queries.list_speakers(store) if sp["actor"])
    assert set(rows) == set(said) | set(identities)
    assert {"UKR MIL", "RUS MIL", "UKR GOV", HOSTILE_CODE} <= set(rows)
    for code, row in rows.items():
        assert row["statements"] == said[code], code
        assert row["speakers"] == identities[code], code
    # navy report and its reprint: three statements each from the Ukrainian navy
    assert rows["UKR MIL"]["statements"] == 6
    # most statements first
    assert [a["statements"] for a in data["actors"]] == sorted(
        (a["statements"] for a in data["actors"]), reverse=True
    )
    # a claim counts once for a code however many of its statements the code made
    for code, row in rows.items():
        claims = {
            c for sp in queries.list_speakers(store) if sp["actor"] == code for c in _claims_of(store, sp)
        }
        assert row["claims"] == len(claims), code


def _claims_of(store, speaker):
    return [c["id"] for c in queries.get_speaker(store, speaker["id"])["claims"]]


def test_actor_list_page_links_each_code_and_has_its_controls(site):
    client, _ = site
    r = client.get("/actors")
    assert r.status_code == 200
    page = r.text
    assert "<title>Actors · claimledger</title>" in page
    assert re.search(r'<main id="main"', page) and 'aria-label="Site"' in page
    assert re.search(r"<label>Code, or a speaker's name <input type=\"search\" name=\"search\"", page)
    for a in client.get("/actors.json").json()["actors"]:
        assert f'href="/actors/{quote(a["code"], safe="")}"' in page
    assert 'href="/static/timeline.css"' in page
    assert 'href="/actors.json"' in page
    # the hostile code is text, not markup
    assert "&lt;b&gt;X&lt;/b&gt;" in page and "<b>X</b>" not in page


@pytest.mark.parametrize(
    ("search", "codes"),
    [
        ("mil", {"UKR MIL", "RUS MIL"}),
        ("UKR", {"UKR MIL", "UKR GOV"}),
        ("Pletenchuk", {"UKR MIL"}),  # a speaker's name finds the speaker's code
        ("Syniehubov", {"UKR GOV"}),
        ("nobody-at-all", set()),
    ],
)
def test_actor_search(site, search, codes):
    client, _ = site
    found = client.get("/actors.json", params={"search": search}).json()
    assert {a["code"] for a in found["actors"]} == codes
    assert found["search"] == search


def test_actor_list_pages(site):
    client, _ = site
    every = [a["code"] for a in client.get("/actors.json").json()["actors"]]
    assert len(every) >= 3
    first = client.get("/actors.json", params={"limit": 2}).json()
    assert [a["code"] for a in first["actors"]] == every[:2]
    assert first["next"] == "?limit=2&offset=2" and first["previous"] is None
    second = client.get("/actors.json" + first["next"]).json()
    assert [a["code"] for a in second["actors"]] == every[2:4]
    assert second["previous"] == "?limit=2"  # offset 0 is the default
    page = client.get("/actors?limit=2&offset=2").text
    assert 'href="/actors?limit=2"' in page and 'href="/actors?limit=2&amp;offset=4"' in page


def test_actor_page_shows_speakers_claims_and_statements(site):
    client, store = site
    data = client.get(page_of("UKR MIL") + ".json").json()
    assert data == {**actors.get_actor(store, "UKR MIL"), "next": None, "previous": None}
    assert data["code"] == "UKR MIL"
    assert data["counts"]["statements"] == len(data["statements"]) == 6
    names = {sp["name"] for sp in data["speakers"]}
    assert "Dmytro Pletenchuk" in names
    pletenchuk = next(sp for sp in data["speakers"] if sp["name"] == "Dmytro Pletenchuk")
    assert "Pletenchuk" in pletenchuk["aliases"]
    assert data["claims"] and data["counts"]["claims"] == len(data["claims"])
    # every statement is the code's, and points at its report, its identity and its claims
    ids = {r["ext_id"] for r in data["statements"]}
    assert ids == {"navy-1", "navy-reprint"}
    for st in data["statements"]:
        assert st["claims"], st
        assert st["speaker_id"] in {sp["id"] for sp in data["speakers"]}
    page = client.get(page_of("UKR MIL"))
    assert page.status_code == 200
    text = page.text
    assert "<title>Actor UKR MIL · claimledger</title>" in text
    for sp in data["speakers"]:
        assert f'href="/speakers/{quote(sp["id"], safe="")}"' in text
    for c in data["claims"]:
        assert f'href="/claims/{c["id"]}"' in text
    for st in data["statements"]:
        assert f'href="/reports/{st["report_id"]}#statement-{st["sid"]}"' in text
    assert 'href="/claims?actor=UKR%20MIL"' in text
    assert html.escape("sea drones struck a fuel depot near Feodosia overnight") in text


def test_actor_page_pages_its_statements(site):
    client, _ = site
    first = client.get(page_of("UKR MIL") + ".json", params={"limit": 4}).json()
    assert len(first["statements"]) == 4 and first["next"] == "?limit=4&offset=4"
    rest = client.get(page_of("UKR MIL") + ".json" + first["next"]).json()
    assert len(rest["statements"]) == 2 and rest["next"] is None
    keys = {(s["report_id"], s["sid"]) for s in first["statements"] + rest["statements"]}
    assert len(keys) == 6
    page = client.get(page_of("UKR MIL"), params={"limit": 4}).text
    assert 'href="/actors/UKR%20MIL?limit=4&amp;offset=4"' in page


def test_hostile_code_is_inert_on_its_page(site):
    client, _ = site
    r = client.get(page_of(HOSTILE_CODE))
    assert r.status_code == 200
    page = r.text
    assert "<b>X</b>" not in page and "&lt;b&gt;X&lt;/b&gt;" in page
    assert "<script" not in page and "<img" not in page and "<style" not in page
    assert not re.search(r"<[^>]*\son[a-z]+\s*=", re.sub(r'"[^"]*"', '""', page))
    data = client.get(page_of(HOSTILE_CODE) + ".json").json()
    assert data["code"] == HOSTILE_CODE and data["counts"]["statements"] == 1


def test_speaker_page_links_its_actor_code(site):
    client, _ = site
    speakers = client.get("/speakers.json").json()["speakers"]
    pletenchuk = next(s for s in speakers if s["name"] == "Dmytro Pletenchuk")
    page = client.get("/speakers/" + quote(pletenchuk["id"], safe="")).text
    assert '<a href="/actors/UKR%20MIL"><code>UKR MIL</code></a>' in page
    # and the actor page links back to the speaker
    assert f'href="/speakers/{quote(pletenchuk["id"], safe="")}"' in client.get(page_of("UKR MIL")).text


def test_unknown_codes_and_bad_parameters(site):
    client, _ = site
    assert client.get(page_of("ZZZ GOV")).status_code == 404
    r = client.get(page_of("ZZZ GOV") + ".json")
    assert r.status_code == 404 and r.json() == {"error": "no actor 'ZZZ GOV'", "status": 404}
    assert client.get(page_of("A" * 65)).status_code == 404
    assert client.get(page_of("A" * 3000)).status_code == 400
    for params in ({"limit": "many"}, {"offset": "x"}, {"search": "s" * 501}, {"search": "a\x00"}):
        assert client.get("/actors", params=params).status_code == 400, params
        assert client.get("/actors.json", params=params).json()["status"] == 400, params
    assert client.get(page_of("UKR MIL"), params={"limit": "x"}).status_code == 400
    # out-of-range numbers are clamped, not refused
    assert client.get("/actors.json", params={"limit": 0, "offset": -3}).json()["limit"] == 1
    assert client.get("/actors.json", params={"offset": 10**6}).json()["actors"] == []


def test_nav_and_openapi_name_the_actor_pages(site):
    client, _ = site
    assert '<a href="/actors">Actors</a>' in client.get("/").text
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/actors", "/actors.json", "/actors/{code}", "/actors/{code}.json"):
        assert path in paths, path


def test_actor_and_counted_queries_agree_on_both_backends(db_url, tmp_path):
    """The same reports give the same actor pages on SQLite and PostgreSQL (the union of
    counts, the search over JSON aliases, the paging), and the timeline's counted things."""
    sqlite_url = f"sqlite:///{tmp_path / 'reference.db'}"
    answers = []
    for url in (sqlite_url, db_url):
        with Store(url) as store:
            wf.fill_store(store)
            rebuild(store)
        with TestClient(create_app(url)) as client:
            answers.append(
                [
                    client.get("/actors.json").json(),
                    client.get("/actors.json", params={"search": "pletenchuk"}).json(),
                    client.get("/actors.json", params={"limit": 2, "offset": 1}).json(),
                    _without_ids(client.get(page_of("UKR MIL") + ".json").json()),
                    _without_ids(client.get(page_of(HOSTILE_CODE) + ".json").json()),
                    client.get("/timeline.json").json(),
                ]
            )
    assert answers[0] == answers[1]
    assert answers[0][1]["actors"][0]["code"] == "UKR MIL"


def _without_ids(actor: dict) -> dict:
    """An actor's answer without the store's row ids (each store numbers its reports)."""
    return {
        **actor,
        "statements": [{k: v for k, v in s.items() if k != "report_id"} for s in actor["statements"]],
    }
