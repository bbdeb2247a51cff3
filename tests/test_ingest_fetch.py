"""Safe fetching, URLs and feeds, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from claimledger.ingest.document import Document, IngestError, RawInput
from claimledger.ingest.documents import iter_documents
from claimledger.ingest.fetch import USER_AGENT, fetch, refused_address
from claimledger.ingest.sources import iter_inputs

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ARTICLE = (FIXTURES / "article.html").read_bytes()
SHORT = 0.5  # seconds: the timeout the slow endpoints exceed
SLOW = 1.5


def rss(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Meridian Daily: World</title><link>{base}/</link>
<description>Test feed</description>
<item><title>Grain convoy reaches northern port</title><link>{base}/article</link>
<pubDate>Mon, 14 Oct 2024 08:30:00 +0200</pubDate></item>
<item><title>A story that has gone</title><link>/gone</link></item>
<item><title>An item without a link</title></item>
<item><title>Grain convoy, second copy</title><link>{base}/redirect</link>
<pubDate>Tue, 15 Oct 2024 23:30:00 -0500</pubDate></item>
<item><title>Broken link</title><link>http://[::1/</link></item>
</channel></rss>""".encode()


def atom(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Meridian Daily</title><id>urn:test</id>
<updated>2024-10-14T10:00:00Z</updated>
<entry><title>Grain convoy (Atom)</title><id>urn:test:1</id><link href="{base}/article"/>
<updated>2024-10-14T10:00:00Z</updated></entry>
</feed>""".encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # keep test output quiet
        pass

    def send_body(self, body: bytes, content_type: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        base = f"http://127.0.0.1:{self.server.server_port}"
        route = self.path.split("?")[0]
        if route == "/article":
            self.send_body(ARTICLE, "text/html; charset=utf-8")
        elif route == "/user-agent":
            self.send_body(self.headers.get("User-Agent", "").encode(), "text/plain")
        elif route == "/feed.xml":
            self.send_body(rss(base), "application/rss+xml")
        elif route == "/atom":
            # Served as generic XML: recognised as a feed by its content, not its type.
            self.send_body(atom(base), "application/xml")
        elif route == "/redirect":
            self.redirect("/article")
        elif route == "/loop":
            self.redirect("/loop")
        elif route == "/to-ftp":
            self.redirect("ftp://127.0.0.1/file")
        elif route == "/gone":
            self.send_body(b"<html><body>Not here</body></html>", "text/html", status=404)
        elif route == "/image":
            self.send_body(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        elif route == "/plain":
            self.send_body(b"Plain report text, the ministry said.", "text/plain; charset=utf-8")
        elif route == "/slow":
            time.sleep(SLOW)
            self.send_body(ARTICLE, "text/html")
        elif route == "/trickle":
            self.trickle()
        elif route == "/declared-huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50_000_000))
            self.end_headers()
        elif route == "/endless":
            self.endless()
        else:
            self.send_body(b"no such page", "text/plain", status=404)

    def trickle(self) -> None:
        # Each byte arrives well within the read timeout, the whole body never within SHORT.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        try:
            for _ in range(int(SLOW / 0.1)):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass

    def endless(self) -> None:
        # No Content-Length: the only limit is the one the client enforces.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        chunk = b"<p>" + b"x" * 65536 + b"</p>"
        try:
            for _ in range(2000):
                self.wfile.write(chunk)
        except OSError:
            pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


# fetch ---------------------------------------------------------------------------------------


def test_loopback_is_refused_without_allow_private(server):
    with pytest.raises(IngestError) as err:
        fetch(f"{server}/article")
    assert err.value.source == f"{server}/article"
    assert "loopback address 127.0.0.1" in err.value.reason


def test_localhost_name_is_refused_too(server):
    port = server.rsplit(":", 1)[1]
    with pytest.raises(IngestError, match="loopback"):
        fetch(f"http://localhost:{port}/article")


def test_fetch_with_allow_private(server):
    page = fetch(f"{server}/article", allow_private=True, timeout=SHORT)
    assert page.status == 200
    assert page.content_type.startswith("text/html")
    assert page.data == ARTICLE
    assert page.final_url == f"{server}/article"


def test_user_agent(server):
    assert fetch(f"{server}/user-agent", allow_private=True).data.decode() == USER_AGENT


def test_redirect_is_followed_and_recorded(server):
    page = fetch(f"{server}/redirect", allow_private=True)
    assert page.url == f"{server}/redirect"
    assert page.final_url == f"{server}/article"
    assert page.data == ARTICLE


def test_redirect_loop_is_too_many_redirects(server):
    with pytest.raises(IngestError, match=r"too many redirects \(more than 3\)"):
        fetch(f"{server}/loop", allow_private=True, max_redirects=3)


def test_every_redirect_hop_is_checked(server):
    with pytest.raises(IngestError, match="unsupported URL scheme 'ftp'"):
        fetch(f"{server}/to-ftp", allow_private=True)


def test_slow_response_times_out(server):
    started = time.monotonic()
    with pytest.raises(IngestError, match=r"timed out after 0.5 s"):
        fetch(f"{server}/slow", allow_private=True, timeout=SHORT)
    assert time.monotonic() - started < SLOW


def test_trickling_body_hits_the_overall_deadline(server):
    started = time.monotonic()
    with pytest.raises(IngestError, match="timed out"):
        fetch(f"{server}/trickle", allow_private=True, timeout=SHORT)
    assert time.monotonic() - started < SLOW


def test_endless_body_is_too_large(server):
    with pytest.raises(IngestError, match=r"too large: more than 100000 bytes"):
        fetch(f"{server}/endless", allow_private=True, max_bytes=100_000, timeout=2)


def test_declared_length_over_the_limit_is_refused_before_reading(server):
    with pytest.raises(IngestError, match=r"too large: 50000000 bytes"):
        fetch(f"{server}/declared-huge", allow_private=True, max_bytes=1_000_000)


@pytest.mark.parametrize(
    "url", ["ftp://example.org/report.html", "file:///etc/passwd", "javascript:alert(1)"]
)
def test_only_http_and_https(url):
    with pytest.raises(IngestError, match="unsupported URL scheme"):
        fetch(url)


def test_unresolvable_host():
    with pytest.raises(IngestError, match="cannot resolve host"):
        fetch("http://no-such-host.invalid/")


def test_connection_refused_is_an_ingest_error():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(IngestError, match="cannot connect"):
        fetch(f"http://127.0.0.1:{port}/", allow_private=True, timeout=SHORT)


@pytest.mark.parametrize(
    "address, reason",
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("169.254.169.254", "link-local"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "non-global"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("ff02::1", "multicast"),
        ("::", "unspecified"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("8.8.8.8", None),
        ("2001:4860:4860::8888", None),
    ],
)
def test_refused_addresses(address, reason):
    assert refused_address(address) == reason


# URLs and feeds as sources --------------------------------------------------------------------


def test_url_source_is_one_html_input(server):
    [raw] = list(iter_inputs([f"{server}/article"], allow_private=True))
    assert isinstance(raw, RawInput)
    assert raw.id == f"{server}/article"
    assert raw.kind == "html"
    assert raw.meta == {"url": f"{server}/article", "charset": "utf-8"}


def test_url_source_refused_without_allow_private(server):
    [err] = list(iter_inputs([f"{server}/article"]))
    assert isinstance(err, IngestError) and "loopback" in err.reason


def test_rss_feed_fetches_each_entry(server):
    items = list(iter_inputs([f"{server}/feed.xml"], allow_private=True))
    assert [type(item) for item in items] == [RawInput, IngestError, IngestError, RawInput, IngestError]
    first, gone, no_link, second, broken = items
    assert first.id == f"{server}/article"
    assert first.source == f"{server}/feed.xml"
    assert first.meta["title"] == "Grain convoy reaches northern port"
    # Dates go on as written; documents normalise them (see test_url_batch_...).
    assert first.meta["published"] == "Mon, 14 Oct 2024 08:30:00 +0200"
    assert gone.source == f"{server}/gone" and gone.reason == "HTTP status 404"
    assert no_link.source == f"{server}/feed.xml entry 3" and no_link.reason == "feed entry has no link"
    assert str(broken).startswith(f"{server}/feed.xml entry 5: invalid link 'http://[::1/'")
    assert second.id == f"{server}/redirect"
    assert second.meta["url"] == f"{server}/article"
    assert second.meta["published"] == "Tue, 15 Oct 2024 23:30:00 -0500"


def test_atom_feed_served_as_plain_xml(server):
    [entry] = list(iter_inputs([f"{server}/atom"], allow_private=True))
    assert entry.id == f"{server}/article"
    assert entry.meta["title"] == "Grain convoy (Atom)"
    assert entry.meta["published"] == "2024-10-14T10:00:00Z"


def test_plain_text_url_is_a_text_input(server):
    [raw] = list(iter_inputs([f"{server}/plain"], allow_private=True))
    assert raw.kind == "text"


def test_url_that_is_not_a_page(server):
    [err] = list(iter_inputs([f"{server}/image"], allow_private=True))
    assert isinstance(err, IngestError)
    assert err.reason == "unsupported content type 'image/png', expected an HTML page"


def test_url_batch_survives_timeout_and_oversize(server):
    sources = [f"{server}/slow", f"{server}/endless", f"{server}/article"]
    items = list(iter_documents(sources, allow_private=True, timeout=SHORT, max_bytes=200_000))
    assert [type(item) for item in items] == [IngestError, IngestError, Document]
    slow, endless, article = items
    assert str(slow) == f"{server}/slow: timed out after 0.5 s"
    assert str(endless) == f"{server}/endless: too large: more than 200000 bytes"
    assert article.title == "Grain convoy reaches northern port after week-long delay"
    assert article.url == f"{server}/article"
    assert article.outlet == "Meridian Daily"
    assert article.published == "2024-10-14"
    assert article.raw == ARTICLE and article.raw_kind == "html"


def test_feed_dates_keep_the_day_they_were_written_in(server):
    docs = list(iter_documents([f"{server}/feed.xml"], allow_private=True))
    published = [d.published for d in docs if isinstance(d, Document)]
    # 23:30 at UTC-5 is already the 16th in UTC; the outlet dated it the 15th.
    assert published == ["2024-10-14", "2024-10-15"]


@pytest.mark.parametrize(
    "address", ["2002:7f00:1::", "2002:c0a8:0101::", "::ffff:10.0.0.1", "192.0.0.8", "100.64.0.1"]
)
def test_addresses_that_hide_a_private_one_are_refused(address):
    from claimledger.ingest.fetch import refused_address

    assert refused_address(address)


def test_a_public_address_is_allowed():
    from claimledger.ingest.fetch import refused_address

    assert refused_address("8.8.8.8") is None
