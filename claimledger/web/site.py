"""What every page of the web face shares: the store, the templates, answers and parameters.

Like datasette, every page is built from one plain dict; the HTML view renders it through a
template and the `.json` view returns the same dict. Routers (`claimledger/web/pages/`) hold no
business logic: they take typed query parameters (declared, so that `/openapi.json` documents
them), call the store's query modules and format.

Report text is untrusted input (it comes from the web): every template escapes it
(`autoescape=True`) and the pages are served with a policy that forbids every script.
"""

from __future__ import annotations

import math
import re
from pathlib import Path as FilePath
from typing import Annotated, Any
from urllib.parse import quote, urlencode, urlsplit

import jinja2
from fastapi import Depends, Path, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse, Response

from claimledger.store.db import Store
from claimledger.web.highlight import LEGEND

HERE = FilePath(__file__).parent

# Bounds on what one page may hold, so that one request cannot make the server render or the
# browser load an unbounded page.
MAX_LIMIT = 1000
MAX_OFFSET = 10**9
MAX_PARAM_CHARS = 500
MAX_ID_CHARS = 2048

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

# A standalone chart image: its own inline styles and nothing else, and no scripts whatever it holds.
SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'"

DATE_PATTERN = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"  # empty allowed: an HTML form sends empty fields
_CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]")

# ---- declared query parameters (they make the OpenAPI schema) ---------------------------------

# No NUL anywhere: PostgreSQL refuses it in a string, so it is a bad request, not a crash.
NO_NUL = r"^[^\x00]*$"
Text = Annotated[
    str | None,
    Query(max_length=MAX_PARAM_CHARS, pattern=NO_NUL, description="Free text; empty means absent."),
]
# The id of one thing in a path: a number, an external id (a file path or URL), a claim id.
Ref = Annotated[str, Path(max_length=MAX_ID_CHARS, pattern=NO_NUL, description="An id.")]
Day = Annotated[
    str | None,
    Query(pattern=DATE_PATTERN, description="An ISO date: YYYY, YYYY-MM or YYYY-MM-DD."),
]
Offset = Annotated[int, Query(description="Rows to skip (paging); clamped to 0 and up.")]
Flag = Annotated[str | None, Query(max_length=8, description="1, on, true or yes to switch on.")]


Limit = Annotated[int, Query(description=f"Rows per page; clamped to 1..{MAX_LIMIT}.")]


def text(value: str | None) -> str | None:
    """A text parameter with surrounding space removed; empty means absent."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def clamp(value: int, lo: int, hi: int) -> int:
    return max(lo, min(hi, value))


def flag(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "on", "true", "yes")


class BadRequest(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def query_string(params: dict) -> str:
    kept = {k: v for k, v in params.items() if v not in (None, "", False)}
    return ("?" + urlencode(kept)) if kept else ""


def twin_url(path: str, params: dict, data: dict, default_limit: int) -> str:
    """The URL of a list page's JSON twin: its filters, and its page size and offset when they
    are not the defaults."""
    limit = data["limit"] if data["limit"] != default_limit else None
    return path + query_string({**params, "limit": limit, "offset": data.get("offset") or None})


def paging(params: dict, limit: int, offset: int, returned: int) -> dict:
    """The next/previous query strings of an offset-paged list."""
    return {
        "next": query_string({**params, "limit": limit, "offset": offset + limit})
        if returned >= limit
        else None,
        "previous": query_string({**params, "limit": limit, "offset": max(0, offset - limit)})
        if offset
        else None,
    }


# ---- template filters -------------------------------------------------------------------------


def safe_url(url) -> str | None:
    """`url` when it is an absolute http(s) URL fit to be a link target, else None.

    Browsers drop tabs and newlines inside URLs and ignore leading spaces, so any whitespace
    or control character disqualifies a URL instead of being reasoned about.
    """
    if not isinstance(url, str) or not url or len(url) > 2048 or _CONTROL.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def span_text(value) -> str:
    """The text of a span dict, or the value itself when a query already flattened it."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return str(value.get("text") or "")
    return str(value)


def _percent(value) -> str:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return ""
    if math.isnan(f):
        return ""
    return f"{f * 100:.0f}%" if f <= 1 else f"{f:.0f}"


def templates() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True,  # every template, whatever its name: nothing from a report is trusted
        undefined=jinja2.ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    env.filters["span_text"] = span_text
    env.filters["percent"] = _percent
    env.filters["urlquote"] = lambda v: quote(str(v), safe="")
    return env


def wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json")


class Site:
    """The store and the templates of one app, and the three ways a page answers."""

    def __init__(self, db_url: str):
        self.store = Store(db_url)
        self.env = templates()

    def close(self) -> None:
        self.store.close()

    def render(
        self, request: Request, template: str, data: dict, status: int = 200, **extra: Any
    ) -> Response:
        base = request.scope.get("root_path", "").rstrip("/")
        html = self.env.get_template(template).render(base=base, data=data, legend=LEGEND, **extra)
        return HTMLResponse(html, status_code=status)

    @staticmethod
    def as_json(data: Any, status: int = 200) -> Response:
        return JSONResponse(jsonable_encoder(data), status_code=status)

    def error(self, request: Request, status: int, message: str) -> Response:
        if wants_json(request):
            response = self.as_json({"error": message, "status": status}, status)
        else:
            response = self.render(
                request, "error.html", {"error": message, "status": status}, status, title=f"{status}"
            )
        # Set here too: a 500 answer bypasses the middleware.
        response.headers.update(SECURITY_HEADERS)
        return response


def _site(request: Request) -> Site:
    return request.app.state.site


# The Site of the app serving a request, as a route parameter.
SiteDep = Annotated[Site, Depends(_site)]
