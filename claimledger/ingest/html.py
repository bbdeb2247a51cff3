"""Article text and metadata out of an HTML page, with trafilatura and htmldate."""

from __future__ import annotations

import codecs
import re
from urllib.parse import urlsplit

import htmldate
import trafilatura
from trafilatura.settings import Document

from claimledger.ingest.document import IngestError

# Where a page declares its encoding: <meta charset="..."> or the http-equiv form. Browsers
# only look at the first 1024 bytes; we allow a little more for pages with long <head>s.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_SNIFF_BYTES = 4096
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def html_to_parts(data: bytes, url: str | None = None, *, charset: str | None = None) -> dict:
    """Extract the article from a page: dict with text, title, published, author, outlet, url.

    `charset` is the one from the HTTP Content-Type header, when the page was fetched.
    Paragraphs in `text` are separated by blank lines, as in plain-text reports.
    Raises IngestError("no article text") when the page holds no article.
    """
    page = decode_html(data, charset)
    found = trafilatura.bare_extraction(page, url=url, include_comments=False, with_metadata=True)
    # as_dict is left False: a Document, or None for a page with nothing to extract
    extracted = found if isinstance(found, Document) else None
    text = _paragraphs(extracted.text if extracted is not None else None)
    if extracted is None or not _reads_as_article(text):  # no text never reads as an article
        raise IngestError(url or "html", "no article text")
    page_url = extracted.url or url
    return {
        "text": text,
        "title": (extracted.title or "").strip() or None,
        "published": _publication_date(page, extracted.date, page_url),
        "author": (extracted.author or "").strip() or None,
        "outlet": (extracted.sitename or "").strip() or _host_outlet(page_url),
        "url": page_url,
    }


MIN_ARTICLE_WORDS = 8


def _reads_as_article(text: str) -> bool:
    """Navigation-only pages come back as a few menu words ("Home"): an article has at least
    one sentence of a few words."""
    return len(text.split()) >= MIN_ARTICLE_WORDS and bool(re.search(r"\w[.!?\u201d\"]", text))


def decode_html(data: bytes, charset: str | None = None) -> str:
    """Decode with the byte-order mark, else the header charset, else the page's own <meta>
    declaration, else UTF-8; Windows-1252 is the fallback because it is what mislabelled
    Western pages almost always are, and it decodes any byte."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    for candidate in (charset, _declared_charset(data), "utf-8"):
        known = _known_encoding(candidate)
        if known is None:
            continue
        try:
            return data.decode(known)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:_SNIFF_BYTES])
    return m.group(1).decode("ascii") if m else None


def _known_encoding(name: str | None) -> str | None:
    if not name:
        return None
    try:
        encoding = codecs.lookup(name).name
    except LookupError:
        return None
    # As in the WHATWG encoding standard: a page labelled latin-1 is really Windows-1252.
    return "cp1252" if encoding in ("latin-1", "iso8859-1", "ascii") else encoding


def _paragraphs(text: str | None) -> str:
    # trafilatura puts one block element per line; a blank line between them makes the
    # paragraph structure the same as in plain-text reports.
    lines = [line.strip() for line in (text or "").splitlines()]
    return "\n\n".join(line for line in lines if line)


def _publication_date(page: str, trafilatura_date: str | None, url: str | None) -> str | None:
    date = trafilatura_date or htmldate.find_date(page, url=url, original_date=True)
    if date and _only_a_year(page, date, url):
        return None
    return date


def _only_a_year(page: str, date: str, url: str | None) -> bool:
    """A date on 1 January is what htmldate reports when all it found was a bare year,
    typically the "© 2023" of a footer; that is not a publication date. We keep a 1 January
    date only when the page's structured date markup (meta tags, <time>, JSON-LD, the URL),
    which htmldate reads without its year-guessing extensive search, gives the same day, or
    the page writes out that day in full."""
    if not date.endswith("-01-01"):
        return False
    strict = htmldate.find_date(page, url=url, original_date=True, extensive_search=False)
    if strict == date:
        return False
    return not _full_new_year_date(page, date[:4])


def _full_new_year_date(page: str, year: str) -> bool:
    pattern = (
        rf"{year}[-/.]0?1[-/.]0?1\b|\b0?1[-/.]0?1[-/.]{year}"
        rf"|\bJan(?:uary|\.)?\s+1(?:st)?,?\s+{year}|\b1(?:st)?\s+Jan(?:uary|\.)?,?\s+{year}"
    )
    return re.search(pattern, page, re.IGNORECASE) is not None


def _host_outlet(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None
