"""Files, directories, JSON Lines, stdin and WARC archives as sources."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimledger.ingest.document import IngestError, RawInput
from claimledger.ingest.sources import iter_inputs

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ARTICLE = (FIXTURES / "article.html").read_bytes()


def only(items, kind):
    return [item for item in items if isinstance(item, kind)]


def write_warc(path: Path, *, gzip: bool, pages: int = 3) -> None:
    """A small archive: `pages` HTML responses plus records that are not reports."""
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=gzip)
        for i in range(pages):
            body = ARTICLE.replace(b"forty trucks", f"{40 + i} trucks".encode())
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    f"https://news.example/story/{i}",
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=headers,
                )
            )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG"),
                http_headers=image,
            )
        )
        missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/missing",
                "response",
                payload=io.BytesIO(b"<p>gone</p>"),
                http_headers=missing,
            )
        )
        writer.write_record(
            writer.create_warc_record("https://news.example/", "metadata", payload=io.BytesIO(b"note: test"))
        )


# Files and directories ------------------------------------------------------------------------


def test_html_and_text_files(tmp_path):
    html = tmp_path / "a.html"
    html.write_bytes(ARTICLE)
    text = tmp_path / "b.TXT"
    text.write_text("The minister said the talks would resume.", encoding="utf-8")
    items = list(iter_inputs([str(html), str(text)]))
    assert [(i.id, i.source, i.kind) for i in items] == [
        (str(html), str(html), "html"),
        (str(text), str(text), "text"),
    ]
    assert items[0].data == ARTICLE and items[0].meta == {}


def test_directory_is_walked_recursively_in_name_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Second report, the mayor said.")
    (tmp_path / "a.htm").write_bytes(ARTICLE)
    (tmp_path / "sub" / "rows.jsonl").write_text(json.dumps({"id": "r1", "text": "Row text."}) + "\n")
    write_warc(tmp_path / "sub" / "crawl.warc.gz", gzip=True, pages=1)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / "c.html").write_bytes(ARTICLE)
    items = list(iter_inputs([str(tmp_path)]))
    assert only(items, IngestError) == []
    assert [i.id for i in items] == [
        str(tmp_path / "a.htm"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "c.html"),
        "https://news.example/story/0",
        "r1",
    ]


def test_files_of_other_types_in_a_directory_are_counted_as_skipped(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("A report, the mayor said.")
    (tmp_path / "a.txt.meta.json").write_text('{"published": "2024-11-05"}')  # read with a.txt
    (tmp_path / "gone.txt.meta.json").write_text("{}")  # a sidecar without its report
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "sub" / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / ".hidden.doc").write_text("hidden")
    skipped: list[str] = []
    items = list(iter_inputs([str(tmp_path)], skipped=skipped))
    assert [i.id for i in items] == [str(tmp_path / "a.txt")]
    assert items[0].meta == {"published": "2024-11-05"}
    assert skipped == [str(tmp_path / name) for name in ("gone.txt.meta.json", "notes.pdf", "sub/photo.jpg")]


def test_empty_directory_says_so(tmp_path):
    (tmp_path / "readme.md").write_text("nothing to see")
    [err] = list(iter_inputs([str(tmp_path)]))
    assert err.source == str(tmp_path)
    assert err.reason.startswith("no reports in this directory")


def test_nonexistent_path():
    [err] = list(iter_inputs(["/no/such/report.txt"]))
    assert str(err) == "/no/such/report.txt: no such file or directory"


def test_named_file_with_unsupported_extension(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    [err] = list(iter_inputs([str(path)]))
    assert err.source == str(path)
    assert err.reason.startswith("unsupported file type (expected one of .html, .htm, .txt")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    [err] = list(iter_inputs([str(path)]))
    assert str(err) == f"{path}: empty file"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    try:
        [err] = list(iter_inputs([str(path)]))
    finally:
        path.chmod(0o644)
    assert str(err) == f"{path}: permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads directories whatever their permissions")
def test_unreadable_directory(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("text")
    locked.chmod(0)
    try:
        items = list(iter_inputs([str(locked)]))
    finally:
        locked.chmod(0o755)
    assert items[0].source == str(locked) and items[0].reason.startswith("cannot read directory")


def unprivileged_results(sources: list[str]) -> list[str]:
    """iter_inputs messages as seen by the "nobody" user, from a forked child: running as
    root, the only way to meet a permission error for real."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never return into pytest
        status = 1
        try:
            os.close(read_end)
            os.setgid(65534)
            os.setuid(65534)
            lines = [
                str(item) if isinstance(item, IngestError) else f"input {item.id}"
                for item in iter_inputs(sources)
            ]
            os.write(write_end, json.dumps(lines).encode())
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as f:
        output = f.read()
    _, status = os.waitpid(pid, 0)
    assert status == 0
    return json.loads(output)


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to drop privileges")
def test_unreadable_file_and_directory_as_unprivileged_user():
    import shutil
    import tempfile

    base = tempfile.mkdtemp()
    try:
        os.chmod(base, 0o755)
        secret = os.path.join(base, "secret.txt")
        Path(secret).write_text("text")
        os.chmod(secret, 0)
        locked = os.path.join(base, "locked")
        os.mkdir(locked)
        Path(locked, "a.txt").write_text("text")
        os.chmod(locked, 0)
        readable = os.path.join(base, "open.txt")
        Path(readable).write_text("The port reopened, officials said.")
        os.chmod(readable, 0o644)
        assert unprivileged_results([secret, locked, readable]) == [
            f"{secret}: permission denied",
            f"{locked}: cannot read directory: Permission denied",
            f"input {readable}",
        ]
    finally:
        os.chmod(os.path.join(base, "locked"), 0o755)
        shutil.rmtree(base)


def test_fifo_is_not_opened(tmp_path):
    # Opening a FIFO would block for ever; it must be refused from its file type alone.
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    [err] = list(iter_inputs([str(fifo)]))
    assert str(err) == f"{fifo}: not a regular file"


def test_path_through_a_file_cannot_be_accessed(tmp_path):
    (tmp_path / "file.txt").write_text("text")
    bad = str(tmp_path / "file.txt" / "inner.txt")
    [err] = list(iter_inputs([bad]))
    assert err.source == bad and err.reason == "cannot access: Not a directory"


def test_one_bad_source_does_not_stop_the_batch(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The council said it would vote on Friday.")
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    items = list(iter_inputs([str(tmp_path / "missing.txt"), str(empty), str(good)]))
    assert [type(i) for i in items] == [IngestError, IngestError, RawInput]
    assert items[2].id == str(good)


# JSON Lines -----------------------------------------------------------------------------------


def jsonl_lines() -> list[bytes]:
    return [
        json.dumps(
            {
                "id": "r1",
                "text": "Report one.",
                "url": "https://a.example/1",
                "title": "One",
                "published": "2024-11-05",
                "outlet": "Alpha",
                "extra": "ignored",
            }
        ).encode(),
        b"",
        json.dumps({"id": 7, "html": "<p>Report two.</p>"}).encode(),
        b'{"id": "r3", "text": "unterminated',
        b'["not", "an", "object"]',
        json.dumps({"text": "no id"}).encode(),
        json.dumps({"id": "r6", "title": "neither text nor html"}).encode(),
        json.dumps({"id": "r7", "text": 42}).encode(),
        json.dumps({"id": "r8", "text": "ok", "published": 2024}).encode(),
        b'{"id": "r9", "text": "caf\xe9"}',
        json.dumps({"id": "r10", "text": "Last report."}).encode(),
    ]


def check_jsonl_items(items, label: str) -> None:
    assert [type(i) for i in items] == [RawInput, RawInput] + [IngestError] * 7 + [RawInput]
    one, two = items[0], items[1]
    assert (one.id, one.source, one.kind, one.data) == ("r1", f"{label}:1", "text", b"Report one.")
    assert one.meta == {
        "url": "https://a.example/1",
        "title": "One",
        "published": "2024-11-05",
        "outlet": "Alpha",
    }
    assert (two.id, two.source, two.kind, two.data) == ("7", f"{label}:3", "html", b"<p>Report two.</p>")
    errors = [str(e) for e in items[2:9]]
    bad_byte = jsonl_lines()[9].index(b"\xe9")
    assert errors == [
        f"{label}:4: malformed JSON at column 22: Unterminated string starting at",
        f"{label}:5: row is not a JSON object",
        f'{label}:6: row has no "id" (a non-empty string)',
        f'{label}:7: row has neither "text" nor "html"',
        f'{label}:8: "text" is not a string',
        f'{label}:9: "published" is not a string',
        f"{label}:10: invalid UTF-8 at byte {bad_byte}",
    ]
    assert items[9].id == "r10" and items[9].source == f"{label}:11"


def test_jsonl_file_rows_and_errors_with_line_numbers(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b"\n".join(jsonl_lines()) + b"\n")
    check_jsonl_items(list(iter_inputs([str(path)])), str(path))


def test_stdin_binary_stream():
    stream = io.BytesIO(b"\n".join(jsonl_lines()) + b"\n")
    check_jsonl_items(list(iter_inputs(["-"], stdin=stream)), "<stdin>")


def test_stdin_text_stream():
    rows = [json.dumps({"id": "a", "text": "Київ заявив."}, ensure_ascii=False), "{broken"]
    items = list(iter_inputs(["-"], stdin=io.StringIO("\n".join(rows))))
    assert items[0].data == "Київ заявив.".encode()
    assert str(items[1]).startswith("<stdin>:2: malformed JSON")


def test_stdin_is_read_line_by_line():
    class OneRowThenFail:
        """A stream that must not be read past the row the caller asked for."""

        def __iter__(self):
            yield json.dumps({"id": "first", "text": "First."}).encode()
            raise AssertionError("read more than was needed")

    first = next(iter_inputs(["-"], stdin=OneRowThenFail()))
    assert first.id == "first"


# WARC -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, gzip", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_html_responses_become_inputs(tmp_path, name, gzip):
    path = tmp_path / name
    write_warc(path, gzip=gzip)
    items = list(iter_inputs([str(path)]))
    assert only(items, IngestError) == []
    assert [i.id for i in items] == [f"https://news.example/story/{n}" for n in range(3)]
    assert all(i.kind == "html" and i.source == str(path) for i in items)
    assert items[1].meta == {"url": "https://news.example/story/1", "charset": "utf-8"}
    assert b"41 trucks" in items[1].data


@pytest.mark.parametrize("fraction", [0.1, 0.3, 0.5, 0.7, 0.9, 0.99])
@pytest.mark.parametrize("name, gzip", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_truncated_warc_keeps_what_was_read(tmp_path, name, gzip, fraction):
    path = tmp_path / name
    write_warc(path, gzip=gzip)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])
    items = list(iter_inputs([str(path)]))
    inputs, errors = only(items, RawInput), only(items, IngestError)
    assert [i.id for i in inputs] == [f"https://news.example/story/{n}" for n in range(len(inputs))]
    [err] = errors
    assert items[-1] is err
    assert err.source == str(path)
    assert err.reason.startswith(f"broken WARC record after {len(inputs)} report(s): ")
    assert err.reason.endswith("; stopped reading this file")


def test_truncated_gzip_trailer_is_reported(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, gzip=True)
    path.write_bytes(path.read_bytes()[:-3])
    items = list(iter_inputs([str(path)]))
    assert len(only(items, RawInput)) == 3
    assert "the archive ends in the middle of a record" in items[-1].reason


def test_corrupted_warc_payload_fails_its_digest(tmp_path):
    path = tmp_path / "crawl.warc"
    write_warc(path, gzip=False)
    data = path.read_bytes()
    second = data.index(b"https://news.example/story/1")
    at = data.index(b"wheat", second)
    path.write_bytes(data[:at] + b"WHEAT" + data[at + 5 :])
    items = list(iter_inputs([str(path)]))
    assert [i.id for i in only(items, RawInput)] == ["https://news.example/story/0"]
    assert "digest" in items[-1].reason


def test_file_that_is_not_a_warc(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_text("this is just some text pretending to be an archive\n")
    [err] = list(iter_inputs([str(path)]))
    assert err.source == str(path)
    assert err.reason.startswith("broken WARC record after 0 report(s)")


def test_warc_without_html_responses(tmp_path):
    path = tmp_path / "meta.warc.gz"
    write_warc(path, gzip=True, pages=0)
    [err] = list(iter_inputs([str(path)]))
    assert str(err) == f"{path}: no HTML response records in this WARC file"


def test_broken_warc_does_not_stop_the_batch(tmp_path):
    broken = tmp_path / "broken.warc.gz"
    write_warc(broken, gzip=True)
    broken.write_bytes(broken.read_bytes()[:400])
    good = tmp_path / "good.txt"
    good.write_text("The port reopened on Monday, officials said.")
    items = list(iter_inputs([str(broken), str(good)]))
    assert isinstance(items[-2], IngestError) and items[-2].source == str(broken)
    assert isinstance(items[-1], RawInput) and items[-1].id == str(good)


def test_sidecar_metadata_is_read_beside_a_text_file(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("Troops crossed the river\n\nThe ministry said the crossing began at dawn.\n")
    (tmp_path / "report.txt.meta.json").write_text(
        '{"published": "2025-03-04", "outlet": "River Post", "x": 1}'
    )
    (item,) = list(iter_inputs([str(tmp_path)]))
    assert item.meta == {"published": "2025-03-04", "outlet": "River Post"}


def test_broken_sidecar_is_reported(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("The ministry said the crossing began at dawn.\n")
    (tmp_path / "report.txt.meta.json").write_text("{not json")
    (item,) = list(iter_inputs([str(report)]))
    assert isinstance(item, IngestError) and "sidecar" in item.reason


def test_a_runaway_jsonl_row_is_reported_and_skipped(tmp_path, monkeypatch):
    import claimledger.ingest.sources as sources

    monkeypatch.setattr(sources, "MAX_ROW_BYTES", 200)
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps({"id": "big", "text": "x" * 5000})
        + "\n"
        + json.dumps({"id": "ok", "text": "The ministry said the talks went well."})
        + "\n"
    )
    items = list(iter_inputs([str(rows)]))
    assert (
        isinstance(items[0], IngestError)
        and "too large" in items[0].reason
        and items[0].source.endswith(":1")
    )
    assert isinstance(items[1], RawInput) and items[1].id == "ok"
