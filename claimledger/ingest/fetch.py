"""Safe HTTP fetching of reports and feeds.

URLs come from users and from feeds, so a fetch must not become a way into the machine's own
network: every hop of a redirect chain is checked, the host is resolved by us and refused when
it is loopback, private, link-local, reserved, multicast or unspecified, and the connection
goes to the address we checked (so a second DNS answer cannot swap in another one). Bodies are
streamed and cut off at a size limit, and the whole fetch has a deadline.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass

import httpx

from claimledger.ingest.document import IngestError

USER_AGENT = "claimledger/0.1"
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass
class Fetched:
    url: str
    final_url: str
    status: int
    content_type: str
    data: bytes


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = 10.0,
    max_bytes: int = 10_000_000,
    max_redirects: int = 5,
) -> Fetched:
    """GET `url`, following up to `max_redirects` redirects; IngestError(url, reason) on failure.

    `timeout` bounds each network operation and the fetch as a whole.
    """
    deadline = time.monotonic() + timeout
    # trust_env=False: a proxy from the environment would make our address checks meaningless.
    with httpx.Client(timeout=timeout, trust_env=False, follow_redirects=False) as client:
        current = url
        for _ in range(max_redirects + 1):
            target = _checked_url(url, current)
            response = _send(client, url, target, allow_private, deadline, timeout)
            try:
                location = response.headers.get("location")
                if response.status_code in _REDIRECTS and location:
                    current = str(target.join(location))
                    continue
                data = _read_body(response, url, max_bytes, deadline, timeout)
                return Fetched(
                    url=url,
                    final_url=str(target),
                    status=response.status_code,
                    content_type=response.headers.get("content-type", ""),
                    data=data,
                )
            finally:
                response.close()
    raise IngestError(url, f"too many redirects (more than {max_redirects})")


def _checked_url(original: str, url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as e:
        raise IngestError(original, f"invalid URL {url!r}: {e}") from None
    if parsed.scheme not in ("http", "https"):
        raise IngestError(
            original, f"unsupported URL scheme {parsed.scheme!r} in {url} (only http and https)"
        )
    if not parsed.host:
        raise IngestError(original, f"URL has no host: {url}")
    return parsed


def _send(
    client: httpx.Client,
    original: str,
    target: httpx.URL,
    allow_private: bool,
    deadline: float,
    timeout: float,
) -> httpx.Response:
    """Connect to the checked addresses of the target's host in turn, the first that answers."""
    addresses = _resolve(original, target, allow_private)
    last_error: Exception | None = None
    for address in addresses:
        _check_deadline(original, deadline, timeout)
        request = _pinned_request(client, target, address)
        try:
            return client.send(request, stream=True)
        except httpx.ConnectError as e:
            last_error = e
        except httpx.TimeoutException:
            raise IngestError(original, f"timed out after {timeout:g} s") from None
        except httpx.HTTPError as e:
            raise IngestError(original, f"HTTP error: {e}") from None
    raise IngestError(original, f"cannot connect to {target.host}: {last_error}")


def _resolve(original: str, target: httpx.URL, allow_private: bool) -> list[str]:
    port = target.port or (443 if target.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(target.host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise IngestError(original, f"cannot resolve host {target.host}: {e}") from None
    # an IPv4 or IPv6 socket address starts with the host as text (str() only tells mypy so)
    addresses = list(dict.fromkeys(str(info[4][0]).split("%", 1)[0] for info in infos))
    if not allow_private:
        # One bad address refuses the host: we cannot tell which one a retry would get.
        for address in addresses:
            reason = refused_address(address)
            if reason:
                raise IngestError(
                    original,
                    f"refused to fetch {target.host}: it resolves to {reason} address {address}"
                    " (allow private addresses to fetch it)",
                )
    return addresses


_IETF_PROTOCOL_BLOCK = ipaddress.ip_network("192.0.0.0/24")


def refused_address(address: str) -> str | None:
    """Why an IP address must not be fetched ("loopback", "private", ...), or None."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        else:
            # 6to4 and Teredo addresses carry an IPv4 address inside: judge that one too
            embedded = [ip.sixtofour] if ip.sixtofour is not None else []
            embedded += list(ip.teredo) if ip.teredo is not None else []
            for inner in embedded:
                why = refused_address(str(inner))
                if why:
                    return f"{why} (embedded in {ip})"
    # Most specific first: Python counts link-local, reserved and the like as private too.
    for kind in ("loopback", "unspecified", "link_local", "multicast", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    # Shared address space (100.64/10), the IETF block (192.0.0.0/24) and the like are none
    # of the above yet not reachable public hosts either.
    if not ip.is_global or ip in _IETF_PROTOCOL_BLOCK:
        return "non-global"
    return None


def _pinned_request(client: httpx.Client, target: httpx.URL, address: str) -> httpx.Request:
    # The request goes to the checked IP; the Host header and the TLS server name keep the
    # original host, so virtual hosting and certificate checks work as usual.
    host = target.raw_host.decode("ascii")
    host_header = f"[{host}]" if ":" in host else host
    if target.port is not None:
        host_header += f":{target.port}"
    return client.build_request(
        "GET",
        target.copy_with(host=address),
        headers={"Host": host_header, "User-Agent": USER_AGENT, "Accept": "*/*"},
        extensions={"sni_hostname": host},
    )


def _read_body(
    response: httpx.Response, original: str, max_bytes: int, deadline: float, timeout: float
) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise IngestError(original, f"too large: {declared} bytes (limit {max_bytes})")
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise IngestError(original, f"too large: more than {max_bytes} bytes")
            chunks.append(chunk)
            _check_deadline(original, deadline, timeout)
    except httpx.TimeoutException:
        raise IngestError(original, f"timed out after {timeout:g} s") from None
    except httpx.HTTPError as e:
        raise IngestError(original, f"HTTP error while reading the body: {e}") from None
    return b"".join(chunks)


def _check_deadline(original: str, deadline: float, timeout: float) -> None:
    if time.monotonic() > deadline:
        raise IngestError(original, f"timed out after {timeout:g} s")
