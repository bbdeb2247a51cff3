"""From raw inputs to Documents, and batches in which some inputs are bad."""

from __future__ import annotations

import io
import json
import os
from dataclasses import asdict
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimledger.ingest.document import Document, IngestError, RawInput
from claimledger.ingest.documents import iter_documents, parse_date, to_document

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_8bc150cff370669c.txt"
ARTICLE = (FIXTURES / "article.html").read_bytes()
PROSE = "The regional council approved the budget for the new hospital wing on Tuesday, its chairwoman said."


def text_input(data: bytes, name: str = "report.txt", **meta) -> RawInput:
    return RawInput(id=name, source=name, data=data, kind="text", meta=meta)


def error_of(raw: RawInput, **kwargs) -> IngestError:
    with pytest.raises(IngestError) as err:
        to_document(raw, **kwargs)
    return err.value


# Plain text -----------------------------------------------------------------------------------


@pytest.mark.shared
def test_seed_document():
    data = SEED.read_bytes()
    doc = to_document(text_input(data, "seeds/000.txt"), published="2024-11-05")
    assert doc.id == "seeds/000.txt" and doc.source == "seeds/000.txt"
    golden = json.loads((SEED.parent.parent / "golden" / "seed.json").read_text(encoding="utf-8"))
    assert doc.title == golden["title"]
    assert doc.text.startswith(doc.title + "\n\n")
    assert doc.text.endswith("forces in the war.")
    assert doc.published == "2024-11-05"
    assert doc.language == "en" and doc.warnings == []
    assert "LEAVE A REPLY" in doc.boilerplate
    assert doc.raw == data and doc.raw_kind == "text"


def test_text_offset_maps_back_to_the_input():
    data = (FIXTURES / "text_cookie_banner.txt").read_bytes()
    doc = to_document(text_input(data))
    decoded = data.decode("utf-8")
    assert doc.text_offset > 0
    assert decoded[doc.text_offset : doc.text_offset + len(doc.text)] == doc.text
    assert doc.title == "Harbour authority says storm damaged two cargo cranes"
    assert doc.boilerplate[-1] == "© 2024 Coastal Herald Media. All rights reserved."


def test_byte_order_mark_is_not_text():
    data = ("\ufeff" + PROSE).encode("utf-8")
    doc = to_document(text_input(data))
    assert doc.text == PROSE
    assert data.decode("utf-8")[doc.text_offset :].startswith(PROSE)


def test_to_document_is_deterministic():
    raw = text_input((FIXTURES / "text_related_stories.txt").read_bytes(), url="https://www.valley.example/a")
    assert asdict(to_document(raw)) == asdict(to_document(raw))
    html = RawInput(id="a.html", source="a.html", data=ARTICLE, kind="html")
    assert asdict(to_document(html)) == asdict(to_document(html))


def test_jsonl_metadata_is_used_and_normalised():
    raw = text_input(
        PROSE.encode(),
        "row-1",
        url="https://www.harbour-news.example/story",
        title="Council approves hospital budget",
        published="Tue, 05 Nov 2024 10:00:00 +0200",
    )
    doc = to_document(raw)
    assert doc.title == "Council approves hospital budget"
    # The text stays an exact slice of the input: a title from metadata is not prepended.
    assert doc.text == PROSE and doc.text_offset == 0
    assert doc.published == "2024-11-05"
    assert doc.url == "https://www.harbour-news.example/story"
    assert doc.outlet == "harbour-news.example"
    assert doc.raw_meta == raw.meta


def test_arguments_override_metadata():
    raw = text_input(PROSE.encode(), published="2020-01-02", outlet="Row Outlet")
    doc = to_document(raw, published="5 November 2024", outlet="Given Outlet")
    assert doc.published == "2024-11-05"
    assert doc.outlet == "Given Outlet"


def test_unparseable_published_argument_is_an_error():
    err = error_of(text_input(PROSE.encode()), published="sometime soon")
    assert str(err) == "report.txt: unparseable published date 'sometime soon'"


def test_unparseable_published_metadata_is_a_warning():
    doc = to_document(text_input(PROSE.encode(), published="around Easter"))
    assert doc.published is None
    assert doc.warnings == ["ignored unparseable published date 'around Easter'"]


def test_non_english_report_is_kept_with_a_warning():
    text = (
        "Міністр оборони заявив у вівторок, що перші зіткнення з північнокорейськими військами вже відбулися."
    )
    doc = to_document(text_input(text.encode()))
    assert doc.language == "uk"
    assert doc.text == text
    assert doc.warnings == ["language uk is not supported; stored without analysis"]


def test_long_input_is_truncated_with_a_warning():
    paragraph = PROSE + "\n\n"
    data = (paragraph * 100).encode()
    doc = to_document(text_input(data), max_chars=1000)
    assert len(doc.text) <= 1000
    assert doc.text.endswith("chairwoman said.")
    assert doc.warnings == [f"input truncated to {len(doc.text)} of {len(data)} characters"]


# HTML -----------------------------------------------------------------------------------------


def test_html_document():
    raw = RawInput(
        id="https://www.meridian.example/a",
        source="feed.xml",
        data=ARTICLE,
        kind="html",
        meta={"url": "https://www.meridian.example/a"},
    )
    doc = to_document(raw)
    assert doc.title == "Grain convoy reaches northern port after week-long delay"
    assert doc.text.startswith(doc.title + "\n\nA convoy of forty trucks")
    assert doc.text.count(doc.title) == 1
    assert (doc.outlet, doc.published, doc.author) == ("Meridian Daily", "2024-10-14", "Marta Kowal")
    assert doc.url == "https://www.meridian.example/a"
    assert doc.text_offset == 0 and doc.boilerplate == []
    assert doc.raw == ARTICLE and doc.raw_kind == "html" and doc.source == "feed.xml"


def test_html_title_is_prepended_when_the_body_lacks_it():
    page = (
        b"<html><head><meta charset='utf-8'><meta property='og:title' content='Bridge reopens after repairs'></head>"
        b"<body><article><p>"
        + PROSE.encode()
        + b"</p><p>Traffic was flowing again by noon, the police said.</p>"
        b"</article></body></html>"
    )
    doc = to_document(RawInput(id="b.html", source="b.html", data=page, kind="html"))
    assert doc.title == "Bridge reopens after repairs"
    assert (
        doc.text
        == f"Bridge reopens after repairs\n\n{PROSE}\n\nTraffic was flowing again by noon, the police said."
    )


def test_feed_title_outranks_the_page_title():
    raw = RawInput(
        id="u",
        source="feed",
        data=ARTICLE,
        kind="html",
        meta={"title": "Convoy arrives", "published": "2024-10-20"},
    )
    doc = to_document(raw)
    assert doc.title == "Convoy arrives"
    assert doc.text.startswith("Convoy arrives\n\nGrain convoy reaches northern port")
    assert doc.published == "2024-10-20"


def test_html_without_article_text():
    raw = RawInput(
        id="app.html", source="app.html", data=(FIXTURES / "no_article.html").read_bytes(), kind="html"
    )
    assert str(error_of(raw)) == "app.html: no article text"


# Bad inputs -----------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", b"\xef\xbb\xbf\n"])
def test_empty_report(data):
    assert str(error_of(text_input(data))) == "report.txt: empty report"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        b"%PDF-1.7 text with a \x00 in it",
        bytes(range(1, 9)) * 20 + b"some letters",
    ],
)
def test_binary_file(data):
    for kind in ("text", "html"):
        raw = RawInput(id="x.txt", source="x.txt", data=data, kind=kind)
        assert str(error_of(raw)) == "x.txt: binary file, not a report"


def test_invalid_utf8_names_the_byte():
    data = "Prices rose in the café".encode() + b" \xff and fell again."
    bad_byte = data.index(b"\xff")
    assert str(error_of(text_input(data))) == f"report.txt: invalid UTF-8 at byte {bad_byte}"


def test_latin1_text_file_is_invalid_utf8():
    assert (
        error_of(text_input("Café owners protested.".encode("latin-1"))).reason == "invalid UTF-8 at byte 3"
    )


def test_text_url_with_declared_charset():
    raw = RawInput(
        id="u",
        source="u",
        data="Café owners protested on Monday, the union said.".encode("latin-1"),
        kind="text",
        meta={"charset": "iso-8859-1"},
    )
    assert to_document(raw).text.startswith("Café owners")


def test_only_debris():
    assert error_of(text_input(b"Subscribe\nLog in\n\xc2\xa9 2024 All rights reserved")).reason == (
        "no article text, only page debris"
    )


def test_jsonl_row_errors_name_row_and_id():
    raw = RawInput(id="r9", source="batch.jsonl:9", data=b"", kind="text")
    assert str(error_of(raw)) == "batch.jsonl:9 [r9]: empty report"


# parse_date -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written, iso",
    [
        ("2024-11-05", "2024-11-05"),
        ("2024-11-05T23:30:00-05:00", "2024-11-05"),
        ("2024/11/05", "2024-11-05"),
        ("Tue, 05 Nov 2024 10:00:00 +0200", "2024-11-05"),
        ("5 November 2024", "2024-11-05"),
        ("November 5, 2024", "2024-11-05"),
        ("5 листопада 2024", "2024-11-05"),
        ("2024-02-30", None),
        ("2024", None),
        ("yesterday", None),
        ("", None),
        ("not a date", None),
    ],
)
def test_parse_date(written, iso):
    assert parse_date(written) == iso


# Batches --------------------------------------------------------------------------------------


def write_warc(path: Path) -> None:
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for i in range(2):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    f"https://news.example/{i}", "response", payload=io.BytesIO(ARTICLE), http_headers=headers
                )
            )


def test_batch_with_every_kind_of_bad_input(tmp_path):
    good_text = tmp_path / "good.txt"
    good_text.write_text(PROSE, encoding="utf-8")
    good_html = tmp_path / "good.html"
    good_html.write_bytes(ARTICLE)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Café".encode("latin-1"))
    no_article = tmp_path / "app.html"
    no_article.write_bytes((FIXTURES / "no_article.html").read_bytes())
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps({"id": "row-a", "text": PROSE})
        + "\n{oops\n"
        + json.dumps({"id": "row-c", "text": " "})
        + "\n"
    )
    broken = tmp_path / "crawl.warc.gz"
    write_warc(broken)
    broken.write_bytes(broken.read_bytes()[:-200])
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    directory_as_file = tmp_path / "folder.txt"
    directory_as_file.mkdir()
    sources = [
        str(p)
        for p in (
            tmp_path / "missing.txt",
            binary,
            empty,
            latin1,
            no_article,
            rows,
            broken,
            fifo,
            directory_as_file,
            good_text,
            good_html,
        )
    ]
    items = list(iter_documents(sources))
    messages = [str(i) for i in items if isinstance(i, IngestError)]
    assert messages == [
        f"{tmp_path}/missing.txt: no such file or directory",
        f"{binary}: binary file, not a report",
        f"{empty}: empty file",
        f"{latin1}: invalid UTF-8 at byte 3",
        f"{no_article}: no article text",
        f"{rows}:2: malformed JSON at column 2: Expecting property name enclosed in double quotes",
        f"{rows}:3 [row-c]: empty report",
        f"{broken}: broken WARC record after 1 report(s): record for https://news.example/1 is cut short;"
        " stopped reading this file",
        f"{fifo}: not a regular file",
        f"{directory_as_file}: no reports in this directory (looked for .html, .htm, .txt, .jsonl, .warc, .warc.gz)",
    ]
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.id for d in docs] == ["row-a", "https://news.example/0", str(good_text), str(good_html)]
    assert all(d.language == "en" for d in docs)


def test_batch_rejects_an_unparseable_published_date_before_reading(tmp_path):
    with pytest.raises(ValueError, match="unparseable published date 'next week'"):
        next(iter_documents([str(tmp_path)], published="next week"))


def test_batch_applies_published_and_outlet(tmp_path):
    (tmp_path / "a.txt").write_text(PROSE)
    [doc] = list(iter_documents([str(tmp_path / "a.txt")], published="2024-11-05", outlet="Kyiv Desk"))
    assert (doc.published, doc.outlet) == ("2024-11-05", "Kyiv Desk")


def test_utf16_html_with_a_byte_order_mark_is_read():
    html = (
        "<html><head><title>Ferry</title></head><body><article><h1>Ferry resumes</h1><p>The regional "
        "governor said on Friday that the ferry between the two river ports would run again from Monday, "
        "after divers cleared the channel.</p></article></body></html>"
    )
    doc = to_document(RawInput("u16", "u16", html.encode("utf-16"), "html"))
    assert "ferry between the two river ports" in doc.text


def test_prose_that_looks_like_debris_is_a_document_with_a_warning():
    text = "If you want to understand this war, you need to hear more from the people who live beside the front line."
    doc = to_document(text_input(text.encode()), published="2025-03-02")
    assert doc.text == text
    assert len(doc.warnings) == 1 and "looked like page debris" in doc.warnings[0]
