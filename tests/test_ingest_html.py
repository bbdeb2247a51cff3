"""Article extraction from HTML pages with the real trafilatura and htmldate."""

from __future__ import annotations

from pathlib import Path

import htmldate
import pytest

from claimledger.ingest.document import IngestError
from claimledger.ingest.html import decode_html, html_to_parts

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_article_text_and_metadata():
    parts = html_to_parts(page("article.html"), url="https://www.meridian.example/world/grain-convoy")
    assert parts["title"] == "Grain convoy reaches northern port after week-long delay"
    assert parts["published"] == "2024-10-14"
    assert parts["author"] == "Marta Kowal"
    assert parts["outlet"] == "Meridian Daily"
    assert parts["url"] == "https://www.meridian.example/world/grain-convoy"
    paragraphs = parts["text"].split("\n\n")
    assert paragraphs[0] == parts["title"]
    assert paragraphs[1].startswith("A convoy of forty trucks carrying wheat")
    assert paragraphs[-1].endswith("if the weather allows.")
    # Navigation, the "most read" box and the footer are not article text.
    for debris in ("Rail strike called off", "All rights reserved", "Privacy policy", "Business"):
        assert debris not in parts["text"]


def test_outlet_falls_back_to_host_without_www():
    parts = html_to_parts(
        page("copyright_year_only.html"), url="https://www.citycourier.example/culture/museum"
    )
    assert parts["outlet"] == "citycourier.example"


def test_outlet_unknown_without_sitename_or_url():
    assert html_to_parts(page("copyright_year_only.html"))["outlet"] is None


def test_copyright_year_is_not_a_publication_date():
    data = page("copyright_year_only.html")
    # htmldate on its own turns the footer's "© 2023" into 1 January 2023 ...
    assert htmldate.find_date(data.decode("utf-8")) == "2023-01-01"
    # ... which is no publication date.
    assert html_to_parts(data)["published"] is None


def test_a_real_new_year_date_is_kept():
    data = page("copyright_year_only.html").replace(
        b"<head>", b'<head><meta property="article:published_time" content="2024-01-01T09:00:00Z">'
    )
    assert html_to_parts(data)["published"] == "2024-01-01"


def test_hostile_markup_comes_out_as_inert_text():
    parts = html_to_parts(page("hostile.html"))
    text = parts["text"]
    assert "a retired engineer" in text
    assert "The vote was postponed until the next session in December" in text
    for dangerous in ("alert(", "javascript:", "document.cookie", "onerror", "onload", "<iframe", "<img"):
        assert dangerous not in text
    # Markup the page shows as text (escaped in the source) stays literal text: it is
    # plain text from here on, and escaping it is the job of whatever renders it.
    assert "<script>this escaped tag is text written in the page</script>" in text


def test_page_without_article_text():
    with pytest.raises(IngestError) as err:
        html_to_parts(page("no_article.html"), url="https://app.example/")
    assert err.value.reason == "no article text"
    assert err.value.source == "https://app.example/"


def test_charset_from_meta_declaration():
    parts = html_to_parts(page("latin1.html"))
    assert parts["title"] == "Café owners protest new terrace fees"
    assert "Owners of cafés in the old town" in parts["text"]


def test_header_charset_outranks_a_wrong_meta_declaration():
    data = "<html><head><meta charset='iso-8859-1'></head><body><p>Żółw</p></body></html>".encode()
    assert "Żółw" in decode_html(data, charset="utf-8")


def test_undeclared_bytes_try_utf8_then_windows_1252():
    assert decode_html("naïve – ok".encode()) == "naïve – ok"
    assert decode_html("naïve – ok".encode("cp1252")) == "naïve – ok"


def test_byte_order_mark_decides_the_encoding():
    assert decode_html("\ufeff<p>Київ</p>".encode("utf-16")) == "<p>Київ</p>"


def test_unknown_charset_label_is_ignored():
    assert decode_html(b"<p>plain</p>", charset="no-such-charset") == "<p>plain</p>"
