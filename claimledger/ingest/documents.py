"""From a raw input to the clean Document that analysis reads.

`to_document` depends on nothing but its arguments, so the store can keep the raw input and
rebuild the same document later with a newer cleaner or analyser.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from datetime import date
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from claimledger.ingest.document import Document, IngestError, RawInput
from claimledger.ingest.html import html_to_parts
from claimledger.ingest.language import DETECTED_LANGUAGES as DATE_LANGUAGES
from claimledger.ingest.language import UNKNOWN, identify_language
from claimledger.ingest.sources import iter_inputs
from claimledger.ingest.text import clean_text

ANALYSED_LANGUAGES = ("en",)
MAX_CHARS = 1_000_000  # spaCy parses at most 1,000,000 characters (nlp.max_length)
# Text files hold tabs, newlines and form feeds but hardly any other control characters;
# more than a few per cent of them means the bytes are not text at all.
_BINARY_SAMPLE = 65536
_MAX_CONTROL_SHARE = 0.05
_CONTROL_BYTES = frozenset(range(0x01, 0x09)) | frozenset(range(0x0E, 0x20)) | {0x7F}
_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])")


def iter_documents(
    sources: list[str],
    *,
    allow_private: bool = False,
    stdin=None,
    published: str | None = None,
    outlet: str | None = None,
    max_chars: int = MAX_CHARS,
    timeout: float = 10.0,
    max_bytes: int = 10_000_000,
    skipped: list[str] | None = None,
) -> Iterator[Document | IngestError]:
    """Documents from the named sources; each input that fails is yielded as an IngestError
    and the batch goes on. Files of unsupported types in a directory are appended to
    `skipped` (see iter_inputs). Raises ValueError, before reading any input, for an
    unparseable `published`."""
    if published is not None and parse_date(published) is None:
        raise ValueError(f"unparseable published date {published!r}")
    inputs = iter_inputs(
        sources,
        allow_private=allow_private,
        stdin=stdin,
        timeout=timeout,
        max_bytes=max_bytes,
        skipped=skipped,
    )
    for item in inputs:
        if isinstance(item, IngestError):
            yield item
            continue
        try:
            yield to_document(item, published=published, outlet=outlet, max_chars=max_chars)
        except IngestError as e:
            yield e


def to_document(
    raw: RawInput, *, published: str | None = None, outlet: str | None = None, max_chars: int = MAX_CHARS
) -> Document:
    """Clean one raw input; raises IngestError naming the input and the reason.

    `published` and `outlet`, when given, override what the input says about itself.
    """
    label = input_label(raw)
    if not raw.data.strip():
        raise IngestError(label, "empty report")
    if _looks_binary(raw.data):
        raise IngestError(label, "binary file, not a report")
    if raw.kind == "html":
        doc = _html_document(raw, label, max_chars)
    elif raw.kind == "text":
        doc = _text_document(raw, label, max_chars)
    else:
        raise IngestError(label, f"unknown input kind {raw.kind!r}")
    _add_metadata(doc, raw, label, published, outlet)
    _add_language(doc)
    return doc


def input_label(raw: RawInput) -> str:
    """How messages name an input: its source, and its id when that says more."""
    return raw.source if raw.id == raw.source else f"{raw.source} [{raw.id}]"


def _looks_binary(data: bytes) -> bool:
    # UTF-16 text is full of NUL bytes; its byte-order mark says it is text all the same
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return controls > _MAX_CONTROL_SHARE * len(sample)


def _html_document(raw: RawInput, label: str, max_chars: int) -> Document:
    try:
        parts = html_to_parts(raw.data, raw.meta.get("url"), charset=raw.meta.get("charset"))
    except IngestError as e:
        raise IngestError(label, e.reason) from None
    body, warnings = _truncated(parts["text"], max_chars)
    title = raw.meta.get("title") or parts["title"]
    # The headline carries claims too, so it opens the text unless the page already has it.
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    return Document(
        id=raw.id,
        text=text,
        title=title,
        url=parts["url"],
        outlet=parts["outlet"],
        published=parts["published"],
        author=parts["author"],
        warnings=warnings,
    )


def _text_document(raw: RawInput, label: str, max_chars: int) -> Document:
    decoded = _decode_text(raw, label)
    if not decoded.replace("\ufeff", "").strip():
        raise IngestError(label, "empty report")
    text, warnings = _truncated(decoded, max_chars)
    clean = clean_text(text)
    if not clean.body:
        raise IngestError(label, "no article text, only page debris")
    # The text stays an exact slice of the input, so a title known from metadata is not
    # prepended here; it is recorded in `title` only.
    return Document(
        id=raw.id,
        text=clean.body,
        title=raw.meta.get("title") or clean.title,
        text_offset=clean.offset,
        boilerplate=clean.boilerplate,
        warnings=warnings + clean.warnings,
    )


def _decode_text(raw: RawInput, label: str) -> str:
    encoding = raw.meta.get("charset") or "utf-8"
    try:
        return raw.data.decode(encoding)
    except UnicodeDecodeError as e:
        if encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
            raise IngestError(label, f"invalid UTF-8 at byte {e.start}") from None
        raise IngestError(label, f"invalid {encoding} at byte {e.start}") from None
    except LookupError:
        raise IngestError(label, f"unknown character encoding {encoding!r}") from None


def _truncated(text: str, max_chars: int) -> tuple[str, list[str]]:
    if len(text) <= max_chars:
        return text, []
    # Cut at a paragraph or at least a word boundary when one is near the limit, so that
    # the last sentence analysed is not a fragment of a word.
    cut = text.rfind("\n\n", 0, max_chars)
    if cut < max_chars * 0.9:
        cut = max(text.rfind(" ", 0, max_chars), text.rfind("\n", 0, max_chars))
    if cut < max_chars * 0.9:
        cut = max_chars
    return text[:cut], [f"input truncated to {cut} of {len(text)} characters"]


def _add_metadata(
    doc: Document, raw: RawInput, label: str, published: str | None, outlet: str | None
) -> None:
    doc.source = raw.source
    doc.raw = raw.data
    doc.raw_kind = raw.kind
    doc.raw_meta = dict(raw.meta)
    doc.url = raw.meta.get("url") or doc.url
    doc.outlet = outlet or raw.meta.get("outlet") or doc.outlet or _host(doc.url)
    if published is not None:
        doc.published = parse_date(published)
        if doc.published is None:
            raise IngestError(label, f"unparseable published date {published!r}")
    elif raw.meta.get("published"):
        doc.published = parse_date(raw.meta["published"])
        if doc.published is None:
            doc.warnings.append(f"ignored unparseable published date {raw.meta['published']!r}")


def _host(url: str | None) -> str | None:
    host = (urlsplit(url).hostname or "") if url else ""
    return host.removeprefix("www.") or None


def _add_language(doc: Document) -> None:
    guess = identify_language(doc.text)
    doc.language = guess.code
    if guess.warning:
        doc.warnings.append(guess.warning)
    if doc.language == UNKNOWN:
        doc.warnings.append("language could not be detected; stored without analysis")
    elif doc.language not in ANALYSED_LANGUAGES:
        doc.warnings.append(f"language {doc.language} is not supported; stored without analysis")


def parse_date(s: str) -> str | None:
    """An ISO date (YYYY-MM-DD) for a written date, or None when it names no single day.

    A timestamp keeps the calendar day it was written in, without conversion to UTC: that is
    the day the outlet dated the report. Relative dates ("yesterday") are refused because
    their meaning changes with the day they are read.
    """
    s = s.strip()
    if not s:
        return None
    return _iso_date(s) or _email_date(s) or _written_date(s)


def _iso_date(s: str) -> str | None:
    m = _ISO_DATE.match(s)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _email_date(s: str) -> str | None:
    # RFC 2822, as in RSS pubDate: "Tue, 05 Nov 2024 10:00:00 +0200".
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _written_date(s: str) -> str | None:
    import dateparser  # slow to import and needed only for dates written out in words

    parsed = dateparser.parse(
        s,
        # Naming the languages spares dateparser from trying all 200 of its locales.
        languages=list(DATE_LANGUAGES),
        settings={
            "PARSERS": ["custom-formats", "absolute-time"],
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
        },
    )
    return parsed.date().isoformat() if parsed else None


def batched(items: Iterable, size: int) -> Iterator[list]:
    """`items` in lists of `size` (the last one shorter), lazily."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
