"""The web face against a real SQLite store filled through the real Store."""

from __future__ import annotations

import html
import re

import pytest
import webfixtures as wf
from fastapi.testclient import TestClient
from markupsafe import escape

from claimledger.store import queries
from claimledger.store.db import Store
from claimledger.store.ledger import rebuild
from claimledger.web.app import MAX_LIMIT, create_app, safe_url
from claimledger.web.highlight import highlight, paragraphs, segments, statement_marks

CSP = "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "ledger.db"
    url = f"sqlite:///{path}"
    with Store(url) as store:
        added = wf.fill_store(store)
        rebuild(store)
    app = create_app(url)
    with TestClient(app) as client:
        yield {"client": client, "store": app.state.store, "added": added}


@pytest.fixture
def client(site):
    return site["client"]


def ids(site):
    return {name: r.id for name, r in site["added"].items()}


def jsonable(value):
    """What a JSON twin holds for `value`: datetimes and the like as JSON sees them."""
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(value)


# ---- pages and their JSON twins -------------------------------------------------------


def test_index_lists_reports_with_counts_and_links(site, client):
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    page = r.text
    data = client.get("/reports.json").json()
    assert data == client.get("/.json").json()
    assert data["counts"] == jsonable(queries.counts(site["store"]))
    assert data["reports"] == jsonable(queries.list_reports(site["store"], limit=100))
    assert len(data["reports"]) == 4
    for rep in data["reports"]:
        assert f'href="/reports/{rep["id"]}"' in page
        if rep["title"]:
            assert str(escape(rep["title"])) in page
        if rep["outlet"]:
            assert str(escape(rep["outlet"])) in page
        assert f">{rep['n_statements']}<" in page
    for n in data["counts"].values():
        assert f"<strong>{n}</strong>" in page
    assert 'href="/reports.json"' in page


def test_index_shows_duplicate_of_link(site, client):
    i = ids(site)
    reprint = site["added"]["reprint"]
    assert reprint.duplicate_of == i["navy"], "the reprint is stored as a duplicate"
    rows = {r["id"]: r for r in client.get("/reports.json").json()["reports"]}
    assert rows[i["reprint"]]["duplicate_of"] == i["navy"]
    page = client.get("/").text
    row = re.search(rf'<tr class="duplicate">.*?href="/reports/{i["reprint"]}".*?</tr>', page, re.S)
    assert row and f'href="/reports/{i["navy"]}"' in row.group(0)


def test_index_search_and_paging(site, client):
    data = client.get("/reports.json", params={"search": "Kharkiv"}).json()
    assert [r["ext_id"] for r in data["reports"]] == ["kharkiv-1"]
    assert data["search"] == "Kharkiv"
    page = client.get("/", params={"search": "Kharkiv"}).text
    assert "Governor warns" in page and "Navy says" not in page
    first = client.get("/reports.json", params={"limit": 2}).json()
    second = client.get("/reports.json", params={"limit": 2, "offset": 2}).json()
    assert len(first["reports"]) == 2 and len(second["reports"]) == 2
    assert not {r["id"] for r in first["reports"]} & {r["id"] for r in second["reports"]}
    assert first["next"] == "?limit=2&offset=2"
    assert 'href="/?limit=2&amp;offset=2"' in client.get("/", params={"limit": 2}).text


def test_limits_are_capped(client):
    assert client.get("/reports.json", params={"limit": 10**9}).json()["limit"] == MAX_LIMIT
    assert client.get("/statements.json", params={"limit": 10**9}).json()["limit"] == MAX_LIMIT
    assert client.get("/reports.json", params={"limit": -5}).json()["limit"] == 1
    r = client.get("/reports.json", params={"limit": "lots"})
    assert r.status_code == 400 and "limit" in r.json()["error"]
    assert client.get("/", params={"limit": "lots"}).status_code == 400
    assert client.get("/statements.json", params={"search": "x" * 5000}).status_code == 400


def test_report_page_highlights_statements(site, client):
    i = ids(site)
    r = client.get(f"/reports/{i['navy']}")
    assert r.status_code == 200
    page = r.text
    for cls in ("hl-speaker", "hl-cue", "hl-content", "hl-venue", "hl-source"):
        assert f'class="hl {cls}"' in page, cls  # the legend
    assert re.search(
        r'<mark class="hl hl-speaker" data-statements="s2"[^>]*>Ukraine&#39;s Navy '
        r"spokesperson Dmytro Pletenchuk</mark>",
        page,
    )
    assert re.search(r'<mark class="hl hl-cue" data-statements="s4"[^>]*>denied</mark>', page)
    assert re.search(
        r'<mark class="hl hl-content" data-statements="s5"[^>]*>all drones were shot '
        r"down over the sea</mark>",
        page,
    )
    # one speaker mention shared by two statements
    assert re.search(r'<mark class="hl hl-speaker" data-statements="s4 s5"', page)
    # paragraphs, the headline first
    assert page.count('<p class="para">') == 3
    assert '<p class="headline">' in page
    # the table
    table = page[page.index('<table class="statements">') :]
    for text in (
        "Dmytro Pletenchuk",
        "Ukraine&#39;s Navy spokesperson",
        "deny",
        "claim",
        "direct",
        "in a statement on Telegram",
        "citing satellite images",
        "Russian Ministry of Defence",
    ):
        assert text in table, text
    assert table.count('<tr id="statement-') == 5
    # the source link and the duplicates
    assert '<a href="https://example.org/navy-drones" rel="noopener noreferrer nofollow">' in page
    assert f'href="/reports/{i["reprint"]}"' in page
    assert "Coastal Wire" in page
    assert f'href="/reports/{i["navy"]}.json"' in page


def test_report_json_twin_is_get_report(site, client):
    i = ids(site)
    for name in ("navy", "reprint", "hostile"):
        data = client.get(f"/reports/{i[name]}.json").json()
        assert data == jsonable(queries.get_report(site["store"], i[name]))
        assert data["record"]["statements"]
    navy = client.get(f"/reports/{i['navy']}.json").json()
    assert [d["id"] for d in navy["duplicates"]] == [i["reprint"]]
    # the page shows what its twin holds
    page = client.get(f"/reports/{i['navy']}").text
    for st in navy["record"]["statements"]:
        assert f'id="statement-{st["id"]}"' in page
        assert str(escape(st["content"]["text"])) in page


def test_report_by_external_id(site, client):
    i = ids(site)
    assert client.get("/reports/kharkiv-1.json").json()["id"] == i["governor"]
    assert "Governor warns" in client.get("/reports/kharkiv-1").text


def test_statements_ledger_and_filters(site, client):
    store = site["store"]
    everything = client.get("/statements.json").json()
    assert everything["statements"] == jsonable(queries.list_statements(store, limit=200))
    assert len(everything["statements"]) == 14

    cases = [
        ({"stance": "deny"}, {"stance": "deny"}),
        ({"speaker": "Syniehubov"}, {"speaker": "Syniehubov"}),
        ({"since": "2024-11-01"}, {"since": "2024-11-01"}),
        ({"until": "2024-10-31"}, {"until": "2024-10-31"}),
        ({"search": "drones"}, {"search": "drones"}),
        (
            {"speaker": "Pletenchuk", "since": "2024-11-13", "stance": "assert"},
            {"speaker": "Pletenchuk", "since": "2024-11-13", "stance": "assert"},
        ),
    ]
    for params, kw in cases:
        data = client.get("/statements.json", params=params).json()
        expected = jsonable(queries.list_statements(store, limit=200, **kw))
        assert data["statements"] == expected, params
        assert expected, f"{params} should match something"
        page = client.get("/statements", params=params).text
        assert page.count('<td class="content">') == len(expected)
        for row in expected:
            assert f'href="/reports/{row["report_id"]}#statement-' in page
        for k, v in params.items():
            assert f'name="{k}" value="{v}"' in page  # the form keeps the filter

    deny = client.get("/statements.json", params={"stance": "deny"}).json()["statements"]
    assert {row["stance"] for row in deny} == {"deny"}
    assert {
        row["published"]
        for row in client.get("/statements.json", params={"until": "2024-10-31"}).json()["statements"]
    } == {"2024-10-06"}
    # empty form fields mean no filter
    empty = client.get("/statements.json", params={"speaker": "", "stance": "", "since": ""}).json()
    assert empty["statements"] == everything["statements"]
    assert client.get("/statements.json", params={"since": "yesterday"}).status_code == 400
    r = client.get("/statements", params={"until": "2024-13-45"})
    assert r.status_code == 400 and r.headers["content-security-policy"] == CSP
    assert 'action="/statements"' in client.get("/statements").text


# ---- 404s and errors --------------------------------------------------------------------


def test_unknown_report_is_404(client):
    r = client.get("/reports/999999")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert "no report" in r.text
    r = client.get("/reports/999999.json")
    assert r.status_code == 404
    assert r.json()["error"]
    r = client.get("/no/such/page")
    assert r.status_code == 404 and "<h1>404</h1>" in r.text
    assert client.get("/no/such/page.json").json() == {"error": "not found", "status": 404}


def test_error_pages_escape_what_they_echo(client):
    r = client.get("/reports/<script>alert(1)<%2Fscript>")
    assert r.status_code == 404
    assert "<script>" not in r.text and "&lt;script&gt;" in r.text
    assert r.headers["content-security-policy"] == CSP


# ---- hostile input ------------------------------------------------------------------------


def test_hostile_report_renders_inert(site, client):
    i = ids(site)
    r = client.get(f"/reports/{i['hostile']}")
    assert r.status_code == 200
    page = r.text
    raw = [
        wf.HOSTILE_SCRIPT,
        wf.HOSTILE_LINK,
        wf.HOSTILE_IMG,
        wf.HOSTILE_ATTR,
        wf.HOSTILE_TITLE,
        wf.HOSTILE_OUTLET,
        wf.HOSTILE_SID,
        "<script",
        "<img",
        "<style",
        'javascript:alert(1)"',
        'href="javascript:',
        "onerror=alert(1)>",
        "<b>X</b>",
        "<i>s1</i>",
    ]
    for bad in raw:
        assert bad not in page, bad
    for bad in (wf.HOSTILE_SCRIPT, wf.HOSTILE_LINK, wf.HOSTILE_IMG, wf.HOSTILE_TITLE, wf.HOSTILE_OUTLET):
        assert str(escape(bad)) in page, bad
    # the only tags in the page are the ones the templates write
    tags = set(re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", page))
    assert tags <= {
        "html",
        "head",
        "meta",
        "title",
        "link",
        "body",
        "header",
        "nav",
        "a",
        "main",
        "footer",
        "article",
        "h1",
        "h2",
        "dl",
        "dt",
        "dd",
        "code",
        "section",
        "p",
        "mark",
        "div",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "span",
        "br",
        "ul",
        "li",
        # the report reader's layer switches and its lists
        "fieldset",
        "legend",
        "input",
        "label",
        "h3",
    }
    assert not re.search(r"<[^>]*\son[a-z]+\s*=", re.sub(r'"[^"]*"', '""', page)), (
        "no event handler attribute anywhere"
    )
    # the javascript: url is shown as text, never as a link
    assert '<span class="unsafe-url">javascript:alert(1)</span>' in page
    assert all(h.startswith(("/", "http://", "https://", "#")) for h in re.findall(r'href="([^"]*)"', page))
    # the hostile speaker fields and the statement id reach the table escaped
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in page
    assert 'id="statement-&#34;&gt;&lt;i&gt;s1&lt;/i&gt;"' in page


def test_hostile_report_on_index_and_ledger(site, client):
    for path in ("/", "/statements", "/statements?speaker=img"):
        page = client.get(path).text
        assert "<script" not in page and "<img" not in page, path
        assert str(escape(wf.HOSTILE_OUTLET)) in page or path != "/"
    page = client.get("/").text
    assert str(escape(wf.HOSTILE_TITLE)) in page


def test_filters_are_echoed_escaped(client):
    evil = '"><script>alert(1)</script>'
    page = client.get("/statements", params={"speaker": evil, "search": evil}).text
    assert "<script>" not in page
    assert 'name="speaker" value="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in page
    page = client.get("/", params={"search": evil}).text
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_server_errors_keep_headers_and_hide_details(site, monkeypatch):
    def broken(*a, **k):
        raise RuntimeError("secret detail")

    monkeypatch.setattr(queries, "counts", broken)
    with TestClient(create_app(str(site["store"].url)), raise_server_exceptions=False) as c:
        r = c.get("/")
        assert r.status_code == 500 and "secret detail" not in r.text
        assert r.headers["content-security-policy"] == CSP
        assert c.get("/.json").json() == {"error": "internal error", "status": 500}


def test_json_twin_of_hostile_report_is_json(site, client):
    r = client.get(f"/reports/{ids(site)['hostile']}.json")
    assert r.headers["content-type"] == "application/json"
    assert r.json()["record"]["text"] == wf.HOSTILE_TEXT


def test_security_headers_everywhere(site, client):
    for path in (
        "/",
        "/.json",
        "/statements",
        f"/reports/{ids(site)['hostile']}",
        "/nope",
        "/static/claimledger.css",
    ):
        r = client.get(path)
        assert r.headers["content-security-policy"] == CSP, path
        assert r.headers["x-content-type-options"] == "nosniff", path
        assert r.headers["referrer-policy"] == "no-referrer", path


def test_no_external_assets(site, client):
    for path in ("/", "/statements", f"/reports/{ids(site)['navy']}"):
        page = client.get(path).text
        for m in re.finditer(r'<(?:link|script|img|iframe)[^>]*(?:href|src)="([^"]*)"', page):
            assert m.group(1).startswith("/"), m.group(0)
    css = client.get("/static/claimledger.css")
    assert css.status_code == 200 and "hl-speaker" in css.text
    assert "url(" not in css.text and "@import" not in css.text
    assert client.get("/docs").status_code == 404  # swagger UI would load from a CDN


def test_safe_url():
    assert safe_url("https://example.org/a?b=c") == "https://example.org/a?b=c"
    assert safe_url("HTTP://example.org") == "HTTP://example.org"
    for bad in (
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:x",
        "//example.org",
        "/relative",
        "http:///nohost",
        "https://a b",
        "http://x\n",
        None,
        "",
        5,
    ):
        assert safe_url(bad) is None, bad


# ---- highlighting -------------------------------------------------------------------------


def _covering(text, marks):
    """{segment text: sorted classes} for one paragraph text."""
    return {text[a:b]: sorted(m.cls for m in cov) for a, b, cov in segments(text, marks, 0, len(text))}


def test_highlight_nested_and_crossing_spans():
    text = "Kyiv said Moscow confirmed the strike happened at dawn."
    rec = {
        "text": text,
        "statements": [
            {
                "id": "s1",
                "speaker": {"start": 0, "end": 4},
                "cue": {"start": 5, "end": 9},
                "content": {"start": 10, "end": 54},
            },
            {
                "id": "s2",
                "speaker": {"start": 10, "end": 16},
                "cue": {"start": 17, "end": 26},
                "content": {"start": 27, "end": 54},
                "venue": {"start": 47, "end": 54},
            },
            # a span crossing s2's speaker/cue boundary, and an invalid one that must be ignored
            {
                "id": "s3",
                "speaker": {"start": 13, "end": 20},
                "cue": {"start": 50, "end": 999},
                "content": {"start": 30, "end": 30},
            },
        ],
    }
    marks = statement_marks(rec)
    assert len(marks) == 8
    cov = _covering(text, marks)
    assert cov["Kyiv"] == ["hl-speaker"]
    assert cov["Mos"] == ["hl-content", "hl-speaker"]
    assert cov["cow"] == ["hl-content", "hl-speaker", "hl-speaker"]
    assert cov["at dawn"] == ["hl-content", "hl-content", "hl-venue"]
    out = str(highlight(rec))
    # segments are flat: no mark inside a mark, and the text survives intact
    assert "<mark" not in re.sub(r"<mark[^>]*>[^<]*</mark>", "", out)
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text
    assert '<mark class="hl hl-speaker hl-content" data-statements="s1 s2 s3"' in out


def test_highlight_paragraphs_and_cut():
    text = "Title line\n\n  First para\nsecond line.\n \n\nLast one."
    assert [text[a:b] for a, b in paragraphs(text)] == ["Title line", "First para\nsecond line.", "Last one."]
    rec = {
        "text": text,
        "title": "Title line",
        "statements": [{"id": "s1", "speaker": {"start": 5, "end": 22}, "cue": None, "content": None}],
    }
    out = str(highlight(rec))
    assert out.count("<p") == 3 and out.startswith('<p class="headline">')
    # a span across a paragraph break is closed and reopened, never left open
    assert out.count('data-statements="s1"') == 2
    cut = str(highlight(rec, max_chars=8))
    assert "Title li" in cut and "First" not in cut and '<span class="cut">' in cut


# ---- the same face over PostgreSQL ----------------------------------------------------------


@pytest.mark.postgres
def test_pages_over_postgresql(pg_url):
    """One pass over every page against PostgreSQL (the pg_url fixture of conftest.py)."""
    store = Store(pg_url)
    added = wf.fill_store(store)
    with TestClient(create_app(pg_url)) as c:
        data = c.get("/reports.json").json()
        assert data["counts"] == {"documents": 4, "duplicates": 1, "statements": 14}
        assert "Navy says" in c.get("/").text
        hostile = c.get(f"/reports/{added['hostile'].id}")
        assert hostile.status_code == 200 and "<script" not in hostile.text
        assert c.get(f"/reports/{added['navy'].id}.json").json()["record"]["text"] == wf.NAVY_TEXT
        for params in (
            {"stance": "deny"},
            {"search": "drones"},
            {"speaker": "Syniehubov", "until": "2024-10"},
        ):
            rows = c.get("/statements.json", params=params).json()["statements"]
            assert rows and rows == jsonable(queries.list_statements(store, limit=200, **params))
        assert c.get("/reports/424242").status_code == 404
    store.close()


# ---- the ledger pages ---------------------------------------------------------------------


def test_ledger_pages_and_their_json_twins(site, client):
    claims = client.get("/claims.json").json()
    assert claims["claims"] and claims["counts"]["claims"] == len(
        client.get("/claims.json?limit=1000").json()["claims"]
    )
    first = claims["claims"][0]
    page = client.get(f"/claims/{first['id']}")
    assert page.status_code == 200 and first["label"][:20] in html.unescape(page.text)
    assert client.get(f"/claims/{first['id']}.json").json() == first
    assert client.get("/claims/cnothing").status_code == 404
    assert client.get("/claims/cnothing.json").json()["status"] == 404
    # every statement of a report links to its claim
    report = client.get(f"/reports/{ids(site)['navy']}").text
    assert re.search(r'href="/claims/c[0-9a-f]{10}"', report)
    speakers = client.get("/speakers.json").json()["speakers"]
    assert speakers
    from urllib.parse import quote

    one = client.get("/speakers/" + quote(speakers[0]["id"], safe="") + ".json").json()
    assert one["name"] == speakers[0]["name"] and one["claims"]
    assert client.get("/timeline").status_code == 200
    assert client.get("/timeline.json?q=nothing-at-all").json() == {
        "q": "nothing-at-all",
        "points": [],
        "total": 0,
        "counted_things": [],
    }


def test_ledger_pages_render_hostile_text_inert(site, client):
    pages = ["/claims", "/speakers", "/timeline?q=" + wf.HOSTILE_IMG]
    pages += [f"/claims/{c['id']}" for c in client.get("/claims.json?limit=1000").json()["claims"]]
    pages += [
        "/speakers/" + __import__("urllib.parse").parse.quote(s["id"], safe="")
        for s in client.get("/speakers.json").json()["speakers"]
    ]
    hostile_seen = False
    for path in pages:
        r = client.get(path)
        assert r.status_code == 200, path
        assert r.headers["content-security-policy"] == CSP
        page = r.text
        assert "<script" not in page and "<img" not in page and "<style" not in page, path
        # an event handler outside quoted attribute values (escaped text inside them is inert)
        assert not re.search(r"<[^>]*\son[a-z]+\s*=", re.sub(r'"[^"]*"', '""', page)), path
        hostile_seen = hostile_seen or "&lt;img" in page or "&lt;script" in page
    assert hostile_seen, "the hostile report's statements reach some ledger page, escaped"


def test_timeline_chart_is_inline_and_an_image_with_its_own_policy(tmp_path):
    from click.testing import CliRunner

    from claimledger.cli import main

    url = f"sqlite:///{tmp_path}/story.db"
    story = __import__("pathlib").Path(__file__).parent / "fixtures" / "ledger_story.jsonl"
    assert CliRunner().invoke(main, ["ingest", str(story), "--db", url, "--no-progress"]).exit_code == 0
    with TestClient(create_app(url)) as c:
        page = c.get("/timeline", params={"q": "Russian frigates"}).text
        # inline (an image could show no tooltips), with the standalone file linked
        assert '<svg xmlns="http://www.w3.org/2000/svg" class="timeline-chart"' in page
        assert 'href="/timeline.svg?q=Russian+frigates"' in page
        r = c.get("/timeline.svg", params={"q": "Russian frigates"})
        assert r.status_code == 200 and r.headers["content-type"].startswith("image/svg+xml")
        assert r.headers["content-security-policy"] == "default-src 'none'; style-src 'unsafe-inline'"
        assert b"<script" not in r.content
        assert c.get("/timeline.svg", params={"q": "nothing at all"}).status_code == 404
