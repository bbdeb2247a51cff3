"""Where reports come from: files, directories, JSON Lines, WARC archives, URLs and feeds.

`iter_inputs` turns the sources a user names into raw inputs. A source that cannot be read
yields an IngestError instead of raising, so that one bad file in a batch of thousands costs
that file and nothing else.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, TextIO

import feedparser
import httpx
from warcio.archiveiterator import WARCIterator
from warcio.exceptions import ArchiveLoadFailed

from claimledger.ingest.document import IngestError, RawInput
from claimledger.ingest.fetch import Fetched, fetch

STDIN = "-"
STDIN_LABEL = "<stdin>"
_KINDS_BY_SUFFIX = {".html": "html", ".htm": "html", ".txt": "text"}
_SUPPORTED = (".html", ".htm", ".txt", ".jsonl", ".warc", ".warc.gz")
_META_FIELDS = ("url", "title", "published", "outlet")
_FEED_TYPES = ("rss", "atom", "rdf", "feed+json")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_inputs(
    sources: list[str],
    *,
    allow_private: bool = False,
    stdin: BinaryIO | TextIO | None = None,
    timeout: float = 10.0,
    max_bytes: int = 10_000_000,
    skipped: list[str] | None = None,
) -> Iterator[RawInput | IngestError]:
    """Raw inputs from each source in order; failures are yielded as IngestError.

    `stdin` is the stream read for the source "-" (JSON Lines), sys.stdin by default;
    `allow_private`, `timeout` and `max_bytes` apply to every URL fetched (see fetch.fetch).
    Files of other types found in a directory are not read; their paths are appended to
    `skipped` when it is given, so that the caller can say how many there were.
    """
    http = _Http(allow_private=allow_private, timeout=timeout, max_bytes=max_bytes)
    skipped = skipped if skipped is not None else []
    for source in sources:
        if source == STDIN:
            yield from _jsonl_rows(stdin if stdin is not None else sys.stdin.buffer, STDIN_LABEL)
        elif source.lower().startswith(("http://", "https://")):
            yield from _url_inputs(source, http)
        else:
            yield from _path_inputs(source, skipped)


# Files and directories ---------------------------------------------------------------------


def _path_inputs(source: str, skipped: list[str]) -> Iterator[RawInput | IngestError]:
    try:
        mode = os.stat(source).st_mode
    except FileNotFoundError:
        yield IngestError(source, "no such file or directory")
        return
    except OSError as e:
        yield IngestError(source, f"cannot access: {e.strerror}")
        return
    if stat.S_ISDIR(mode):
        found = False
        for item in _directory_inputs(source, set(), skipped):
            found = True
            yield item
        if not found:
            yield IngestError(source, f"no reports in this directory (looked for {', '.join(_SUPPORTED)})")
    elif _suffix(source) is None:
        yield IngestError(source, f"unsupported file type (expected one of {', '.join(_SUPPORTED)})")
    else:
        yield from _file_inputs(source)


def _directory_inputs(
    directory: str, seen: set[tuple[int, int]], skipped: list[str]
) -> Iterator[RawInput | IngestError]:
    """Supported files under `directory`, recursively, in name order. Hidden entries are
    passed over; files of other types go to `skipped` (directories hold all sorts of things,
    so they are no error, but the user should know how many were left out). A metadata
    sidecar beside its report is read with it, not skipped."""
    try:
        info = os.stat(directory)
        # A symlink pointing back up the tree would otherwise recurse for ever.
        if (info.st_dev, info.st_ino) in seen:
            return
        seen.add((info.st_dev, info.st_ino))
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda entry: entry.name)
    except OSError as e:
        yield IngestError(directory, f"cannot read directory: {e.strerror}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(directory, entry.name)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _directory_inputs(path, seen, skipped)
        elif _suffix(entry.name) is not None:
            yield from _file_inputs(path)
        elif not _is_sidecar(path):
            skipped.append(path)


def _is_sidecar(path: str) -> bool:
    report = path[: -len(SIDECAR_SUFFIX)] if path.endswith(SIDECAR_SUFFIX) else None
    return report is not None and _suffix(report) is not None and os.path.isfile(report)


def _suffix(name: str) -> str | None:
    lowered = name.lower()
    return next((suffix for suffix in _SUPPORTED if lowered.endswith(suffix)), None)


def _file_inputs(path: str) -> Iterator[RawInput | IngestError]:
    problem = _unreadable(path)
    if problem:
        yield IngestError(path, problem)
        return
    suffix = _suffix(path)
    assert suffix is not None, "callers pass files of a supported type only"
    if suffix == ".jsonl":
        yield from _jsonl_file(path)
    elif suffix in (".warc", ".warc.gz"):
        yield from _warc_file(path)
    else:
        yield _whole_file(path, _KINDS_BY_SUFFIX[suffix])


def _unreadable(path: str) -> str | None:
    """Why a named file cannot be taken as a report, checked before opening it: opening a
    FIFO or a device would block or never end."""
    try:
        info = os.stat(path)
    except OSError as e:
        return f"cannot access: {e.strerror}"
    if stat.S_ISDIR(info.st_mode):
        return "is a directory, expected a file"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file"
    if info.st_size == 0:
        return "empty file"
    if not os.access(path, os.R_OK):
        return "permission denied"
    return None


MAX_FILE_BYTES = 50_000_000
SIDECAR_SUFFIX = ".meta.json"


def _whole_file(path: str, kind: str) -> RawInput | IngestError:
    try:
        if os.path.getsize(path) > MAX_FILE_BYTES:
            return IngestError(path, f"too large: over {MAX_FILE_BYTES // 1_000_000} MB")
        with open(path, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as e:
        return IngestError(path, f"cannot read: {e.strerror}")
    meta = _sidecar(path)
    if isinstance(meta, IngestError):
        return meta
    report_id = path_id(path)
    return RawInput(id=report_id, source=report_id, data=data, kind=kind, meta=meta)


def path_id(path: str) -> str:
    """A file's id, the same however the path was spelled ("examples/", "./examples",
    "$PWD/examples"): relative to the working directory when the file is under it, so that
    ids do not carry the analyst's home directory into records and exports."""
    full = os.path.abspath(path)
    rel = os.path.relpath(full)
    return full if rel.startswith(os.pardir) else rel


def _sidecar(path: str) -> dict | IngestError:
    """Metadata a scraper saved beside a page or text: `NAME.meta.json` with any of
    url, title, published, outlet. Plain text carries no date of its own, so this is how a
    batch of .txt reports keeps its publication dates."""
    side = path + SIDECAR_SUFFIX
    if not os.path.isfile(side):
        return {}
    try:
        with open(side, "rb") as f:
            raw = f.read(100_000)
        data = json.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        return IngestError(side, f"unreadable metadata sidecar: {e}")
    if not isinstance(data, dict):
        return IngestError(side, "metadata sidecar must be a JSON object")
    return {
        k: str(data[k]) for k in _META_FIELDS if isinstance(data.get(k), (str, int)) and str(data[k]).strip()
    }


# JSON Lines --------------------------------------------------------------------------------


def _jsonl_file(path: str) -> Iterator[RawInput | IngestError]:
    try:
        with open(path, "rb") as f:
            yield from _jsonl_rows(f, path)
    except OSError as e:
        yield IngestError(path, f"cannot read: {e.strerror}")


def _jsonl_rows(stream: Iterable[bytes | str], label: str) -> Iterator[RawInput | IngestError]:
    """One raw input per row, reading the stream line by line so that it is never held in
    memory whole; blank lines are skipped."""
    for number, line in enumerate(_bounded_lines(stream), start=1):
        where = f"{label}:{number}"
        if line is None:
            yield IngestError(where, f"row too large: over {MAX_ROW_BYTES // 1_000_000} MB")
            continue
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as e:
                yield IngestError(where, f"invalid UTF-8 at byte {e.start}")
                continue
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        yield _jsonl_row(line, where)


MAX_ROW_BYTES = MAX_FILE_BYTES


def _bounded_lines(stream):
    """Lines of at most MAX_ROW_BYTES; a longer one comes as None and is skipped to its end,
    so that one runaway row (a binary file renamed .jsonl, say) cannot exhaust memory."""
    if not hasattr(stream, "readline"):
        yield from stream
        return
    while True:
        line = stream.readline(MAX_ROW_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_ROW_BYTES and not line.endswith(b"\n" if isinstance(line, bytes) else "\n"):
            while True:
                rest = stream.readline(1_000_000)
                if not rest or rest.endswith(b"\n" if isinstance(rest, bytes) else "\n"):
                    break
            yield None
            continue
        yield line


def _jsonl_row(line: str, where: str) -> RawInput | IngestError:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as e:
        return IngestError(where, f"malformed JSON at column {e.colno}: {e.msg}")
    if not isinstance(row, dict):
        return IngestError(where, "row is not a JSON object")
    row_id = row.get("id")
    if isinstance(row_id, bool) or not isinstance(row_id, (str, int)) or str(row_id) == "":
        return IngestError(where, 'row has no "id" (a non-empty string)')
    kind = "text" if row.get("text") is not None else "html" if row.get("html") is not None else None
    if kind is None:
        return IngestError(where, 'row has neither "text" nor "html"')
    body = row[kind]
    if not isinstance(body, str):
        return IngestError(where, f'"{kind}" is not a string')
    for name in _META_FIELDS:
        if row.get(name) is not None and not isinstance(row[name], str):
            return IngestError(where, f'"{name}" is not a string')
    try:
        data = body.encode("utf-8")
    except UnicodeEncodeError:
        return IngestError(where, f'"{kind}" holds an unpaired surrogate, not valid Unicode')
    meta = {name: row[name] for name in _META_FIELDS if row.get(name) is not None}
    return RawInput(id=str(row_id), source=where, data=data, kind=kind, meta=meta)


# WARC --------------------------------------------------------------------------------------


class _CheckedWarcIterator(WARCIterator):
    """Reads WARC only (warcio would otherwise take almost any text for an ARC file).

    warcio stops quietly at a gzip member cut short; remember whether the stream ended
    cleanly so that a truncated archive is reported rather than silently shortened."""

    truncated = False

    def close(self):
        decompressor = self.reader.decompressor if self.reader else None
        if decompressor is not None and not decompressor.eof:
            self.truncated = True
        super().close()


class _BrokenWarc(Exception):
    pass


def _warc_file(path: str) -> Iterator[RawInput | IngestError]:
    found = 0
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            records = _CheckedWarcIterator(f, check_digests="raise")
            for raw in _warc_records(records, path):
                found += 1
                yield raw
            # Bytes left over after the last record warcio could parse are the start of a
            # record it gave up on.
            if records.truncated or records.offset < size:
                raise _BrokenWarc("the archive ends in the middle of a record")
    except OSError as e:
        yield IngestError(path, f"cannot read: {e.strerror}")
        return
    except _BrokenWarc as e:
        yield IngestError(path, f"broken WARC record after {found} report(s): {e}; stopped reading this file")
        return
    if found == 0:
        yield IngestError(path, "no HTML response records in this WARC file")


def _warc_records(records: WARCIterator, path: str) -> Iterator[RawInput | IngestError]:
    """HTML responses in archive order; raises _BrokenWarc at the first damaged record."""
    iterator = iter(records)
    previous = None
    while True:
        try:
            record = next(iterator, None)
            # warcio reads the rest of the previous record only now; what it could not read
            # shows as an unspent length.
            if previous is not None and previous.raw_stream.limit > 0:
                uri = previous.rec_headers.get_header("WARC-Target-URI") or previous.rec_type
                raise _BrokenWarc(f"record for {uri} is cut short")
            if record is None:
                return
            raw = _warc_record(record, path)
        except _BrokenWarc:
            raise
        except ArchiveLoadFailed as e:
            raise _BrokenWarc(_printable(str(e))) from e
        except Exception as e:
            # warcio meets some malformed input with AttributeError and the like; whatever
            # it is, the rest of the file cannot be trusted.
            raise _BrokenWarc("malformed record") from e
        previous = record
        if raw is not None:
            yield raw


def _printable(message: str, limit: int = 120) -> str:
    # warcio quotes the offending line, which in a damaged archive is compressed bytes.
    clean = "".join(c if c.isprintable() else "?" for c in message)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


def _warc_record(record, path: str) -> RawInput | IngestError | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    status = record.http_headers.get_statuscode() or ""
    if not uri or not content_type.startswith(_HTML_TYPES) or not status.startswith("2"):
        return None
    data = record.content_stream().read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        return IngestError(f"{path} [{uri}]", f"too large: over {MAX_FILE_BYTES // 1_000_000} MB")
    if record.raw_stream.limit > 0:
        raise _BrokenWarc(f"record for {uri} is cut short")
    meta = _with_charset({"url": uri}, content_type)
    return RawInput(id=uri, source=path, data=data, kind="html", meta=meta)


# URLs and feeds ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Http:
    """The fetch settings of one run."""

    allow_private: bool
    timeout: float
    max_bytes: int

    def get(self, url: str) -> Fetched:
        page = fetch(url, allow_private=self.allow_private, timeout=self.timeout, max_bytes=self.max_bytes)
        if page.status >= 400:
            raise IngestError(url, f"HTTP status {page.status}")
        return page


def _url_inputs(url: str, http: _Http) -> Iterator[RawInput | IngestError]:
    try:
        page = http.get(url)
    except IngestError as e:
        yield e
        return
    feed = _as_feed(page)
    if feed is None:
        yield _page_input(page, url, url, {})
        return
    yield from _feed_entries(feed, page, http)


def _as_feed(page: Fetched):
    """The parsed feed when the page is an RSS or Atom feed, else None. An HTML page is
    parsed as a feed only when it starts like one, since some servers label feeds text/html."""
    content_type = page.content_type.lower()
    if content_type.startswith(_HTML_TYPES) and not _starts_like_feed(page.data):
        return None
    parsed = feedparser.parse(page.data)
    declared_feed = any(kind in content_type for kind in _FEED_TYPES)
    if parsed.entries and (declared_feed or parsed.version):
        return parsed
    return None


def _starts_like_feed(data: bytes) -> bool:
    head = data[:512].lstrip().lower()
    return head.startswith((b"<rss", b"<feed", b"<rdf")) or (
        head.startswith(b"<?xml") and b"<html" not in head
    )


def _feed_entries(feed, page: Fetched, http: _Http) -> Iterator[RawInput | IngestError]:
    for number, entry in enumerate(feed.entries, start=1):
        link = entry.get("link")
        if not link:
            yield IngestError(f"{page.url} entry {number}", "feed entry has no link")
            continue
        try:
            link = str(httpx.URL(page.final_url).join(link))
            article = http.get(link)
        except httpx.InvalidURL as e:
            yield IngestError(f"{page.url} entry {number}", f"invalid link {link!r}: {e}")
            continue
        except IngestError as e:
            yield e
            continue
        yield _page_input(article, link, page.url, _entry_meta(entry))


def _entry_meta(entry) -> dict:
    # The date goes on as written: feedparser's parsed dates are in UTC and would move a
    # late-evening report to the next day. Atom feeds often carry only "updated"; for a news
    # item that is the best date there is.
    meta = {"title": entry.get("title"), "published": entry.get("published") or entry.get("updated")}
    return {name: value for name, value in meta.items() if value}


def _page_input(page: Fetched, item_id: str, source: str, meta: dict) -> RawInput | IngestError:
    content_type = page.content_type.lower()
    if content_type.startswith("text/plain"):
        kind = "text"
    elif content_type.startswith(_HTML_TYPES) or not content_type:
        kind = "html"
    else:
        return IngestError(item_id, f"unsupported content type {page.content_type!r}, expected an HTML page")
    meta = _with_charset({"url": page.final_url, **meta}, content_type)
    return RawInput(id=item_id, source=source, data=page.data, kind=kind, meta=meta)


def _with_charset(meta: dict, content_type: str) -> dict:
    """Keep the HTTP header's charset: it outranks the page's own declaration."""
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.strip() == "charset" and value.strip():
            return {**meta, "charset": value.strip().strip("\"'")}
    return meta
