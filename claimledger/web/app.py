"""The web face: server-rendered pages over the query layer, each with a JSON twin.

Like datasette, every page is built from one plain dict; the HTML view renders it through a
template and the `.json` view returns the same dict. The app holds no business logic: it parses
query parameters, calls `claimledger.store.queries` and formats.

The pages need no JavaScript at all, so the Content-Security-Policy forbids every script; report
text is untrusted input (it comes from the web) and is escaped everywhere, which the CSP backs up.
"""

from __future__ import annotations

import math
import re
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TypedDict
from urllib.parse import quote, urlencode, urlsplit

import jinja2
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from claimledger.store import queries
from claimledger.store.db import Store
from claimledger.store.ledger import claim_ids_of_report
from claimledger.web.highlight import LEGEND, MAX_LAYER_ITEMS, reader

HERE = Path(__file__).parent

# Bounds on what one page may hold, so that one request cannot make the server render or the
# browser load an unbounded page.
MAX_LIMIT = 1000
DEFAULT_REPORTS_LIMIT = 100
DEFAULT_STATEMENTS_LIMIT = 200
DEFAULT_CLAIMS_LIMIT = 100
MAX_TEXT_CHARS = 200_000
MAX_REPORT_STATEMENTS = 2000
MAX_PARAM_CHARS = 500

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

# The chart image: its own inline styles and nothing else, and no scripts whatever it holds.
SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'"

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]")


class BadRequest(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


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


def _templates() -> jinja2.Environment:
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


class _StatementFilters(TypedDict):
    """The ledger page's filters, as queries.list_statements takes them."""

    speaker: str | None
    since: str | None
    until: str | None
    search: str | None
    stance: str | None


def _param(request: Request, name: str) -> str | None:
    """A text query parameter; empty means absent (an HTML form sends empty fields)."""
    value = request.query_params.get(name)
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if len(value) > MAX_PARAM_CHARS:
        raise BadRequest(f"{name} is longer than {MAX_PARAM_CHARS} characters")
    return value


def _int_param(request: Request, name: str, default: int, lo: int, hi: int) -> int:
    raw = _param(request, name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"{name} must be an integer, not {raw!r}") from None
    return max(lo, min(hi, value))


def _date_param(request: Request, name: str) -> str | None:
    value = _param(request, name)
    if value is not None and not _DATE.match(value):
        raise BadRequest(f"{name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not {value!r}")
    return value


def _query_string(params: dict) -> str:
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return ("?" + urlencode(kept)) if kept else ""


def _twin(ref: str) -> tuple[str, bool]:
    """(the id, whether the JSON twin was asked for) of a path's last part."""
    return (ref[: -len(".json")], True) if ref.endswith(".json") else (ref, False)


def _wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json")


def create_app(db_url: str) -> FastAPI:
    """The web app over the store at `db_url` (a SQLAlchemy URL)."""
    store = Store(db_url)
    env = _templates()

    @asynccontextmanager
    async def lifespan(_app):
        yield
        store.close()

    # No /docs or /redoc: FastAPI serves them from a CDN, and the JSON twins are the API.
    app = FastAPI(title="claimledger", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.store = store
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    def render(request: Request, template: str, data: dict, status: int = 200, **extra) -> Response:
        base = request.scope.get("root_path", "").rstrip("/")
        html = env.get_template(template).render(base=base, data=data, legend=LEGEND, **extra)
        return HTMLResponse(html, status_code=status)

    def as_json(data: dict, status: int = 200) -> Response:
        return JSONResponse(jsonable_encoder(data), status_code=status)

    def error(request: Request, status: int, message: str) -> Response:
        if _wants_json(request):
            response = as_json({"error": message, "status": status}, status)
        else:
            response = render(
                request, "error.html", {"error": message, "status": status}, status, title=f"{status}"
            )
        # Set here too: a 500 answer bypasses the middleware below.
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(BadRequest)
    async def bad_request(request: Request, exc: BadRequest):
        return error(request, 400, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = "not found" if exc.status_code == 404 else str(exc.detail)
        return error(request, exc.status_code, message)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception):
        return error(request, 500, "internal error")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        return error(request, 400, "invalid request")

    # ---- the reports list -------------------------------------------------------------

    def reports_data(request: Request) -> dict:
        limit = _int_param(request, "limit", DEFAULT_REPORTS_LIMIT, 1, MAX_LIMIT)
        offset = _int_param(request, "offset", 0, 0, 10**9)
        search = _param(request, "search")
        reports = queries.list_reports(store, limit=limit, offset=offset, search=search)
        counts = queries.counts(store)
        more = len(reports) == limit
        return {
            "counts": counts,
            "reports": reports,
            "search": search,
            "limit": limit,
            "offset": offset,
            "next": _query_string({"search": search, "limit": limit, "offset": offset + limit})
            if more
            else None,
            "previous": (
                _query_string({"search": search, "limit": limit, "offset": max(0, offset - limit)})
                if offset > 0
                else None
            ),
        }

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request):
        data = reports_data(request)
        return render(
            request,
            "index.html",
            data,
            title="Reports",
            json_url="/reports.json"
            + _query_string(
                {
                    "search": data["search"],
                    "limit": data["limit"] if data["limit"] != DEFAULT_REPORTS_LIMIT else None,
                    "offset": data["offset"] or None,
                }
            ),
        )

    @app.get("/.json")
    @app.get("/reports.json")
    def index_json(request: Request):
        return as_json(reports_data(request))

    # ---- the ledger of statements -----------------------------------------------------

    def statements_data(request: Request) -> dict:
        filters: _StatementFilters = {
            "speaker": _param(request, "speaker"),
            "since": _date_param(request, "since"),
            "until": _date_param(request, "until"),
            "search": _param(request, "search"),
            "stance": _param(request, "stance"),
        }
        limit = _int_param(request, "limit", DEFAULT_STATEMENTS_LIMIT, 1, MAX_LIMIT)
        try:
            rows = queries.list_statements(store, limit=limit, **filters)
        except ValueError as e:  # a date of the right shape that is no date (2024-13-45)
            raise BadRequest(str(e)) from None
        return {"filters": filters, "limit": limit, "statements": rows, "truncated": len(rows) >= limit}

    @app.get("/statements", response_class=HTMLResponse)
    def statements(request: Request):
        data = statements_data(request)
        return render(
            request,
            "statements.html",
            data,
            title="Statements",
            json_url="/statements.json"
            + _query_string(
                {
                    **data["filters"],
                    "limit": data["limit"] if data["limit"] != DEFAULT_STATEMENTS_LIMIT else None,
                }
            ),
            stances=STANCES,
        )

    @app.get("/statements.json")
    def statements_json(request: Request):
        return as_json(statements_data(request))

    # ---- one report -------------------------------------------------------------------
    # The path converter lets external ids, which are file paths or URLs (docs/record.md), be
    # looked up too; links from the pages always use the numeric id.

    def find_report(ref: str):
        if len(ref) > 2048:
            return None
        return queries.get_report(store, ref)

    @app.get("/reports/{ref:path}")
    def report(request: Request, ref: str):
        if ref.endswith(".json"):
            found = find_report(ref[: -len(".json")])
            if found is not None:
                return as_json(found)
            if find_report(ref) is None:
                return as_json({"error": f"no report {ref[: -len('.json')]!r}", "status": 404}, 404)
            # An external id that itself ends in ".json": show its page.
        found = find_report(ref)
        if found is None:
            return error(request, 404, f"no report {ref!r}")
        claim_of = claim_ids_of_report(store, found["id"])
        record = found.get("record") or {}
        rid = found.get("id")
        statements = (record.get("statements") or [])[:MAX_REPORT_STATEMENTS]
        text = record.get("text") or ""
        view = reader(
            record,
            claim_of=claim_of,
            base=request.scope.get("root_path", "").rstrip("/"),
            max_chars=MAX_TEXT_CHARS,
            max_statements=MAX_REPORT_STATEMENTS,
            max_items=MAX_LAYER_ITEMS,
        )
        return render(
            request,
            "report.html",
            found,
            title=found.get("title") or record.get("title") or f"Report {rid}",
            body=view["body"],
            reader=view,
            statements=statements,
            statements_cut=len(record.get("statements") or []) - len(statements),
            text_cut=max(0, len(text) - MAX_TEXT_CHARS),
            json_url=f"/reports/{rid}.json",
            claim_of=claim_of,
        )

    # ---- the ledger: claims, timelines, speakers ----------------------------------------

    def claims_data(request: Request) -> dict:
        filters = {
            "search": _param(request, "search"),
            "speaker": _param(request, "speaker"),
            "since": _date_param(request, "since"),
            "until": _date_param(request, "until"),
            "kind": _param(request, "kind"),
            "status": _param(request, "status"),
        }
        contested = _param(request, "contested") in ("1", "on", "true", "yes")
        limit = _int_param(request, "limit", DEFAULT_CLAIMS_LIMIT, 1, MAX_LIMIT)
        offset = _int_param(request, "offset", 0, 0, 10**9)
        try:
            rows = queries.list_claims(store, contested=contested, limit=limit, offset=offset, **filters)
        except ValueError as e:
            raise BadRequest(str(e)) from None
        params = {**filters, "contested": "1" if contested else None, "limit": limit}
        return {
            "filters": {**filters, "contested": contested},
            "limit": limit,
            "offset": offset,
            "claims": rows,
            "counts": queries.ledger_counts(store),
            "next": _query_string({**params, "offset": offset + limit}) if len(rows) == limit else None,
            "previous": _query_string({**params, "offset": max(0, offset - limit)}) if offset else None,
        }

    @app.get("/claims", response_class=HTMLResponse)
    def claims_page(request: Request):
        data = claims_data(request)
        return render(
            request,
            "claims.html",
            data,
            title="Claims",
            json_url="/claims.json"
            + _query_string({**data["filters"], "contested": "1" if data["filters"]["contested"] else None}),
        )

    @app.get("/claims.json")
    def claims_json(request: Request):
        return as_json(claims_data(request))

    @app.get("/claims/{claim_id}")
    def claim_page(request: Request, claim_id: str):
        cid, as_data = _twin(claim_id)
        found = queries.get_claim(store, cid[:64])
        if found is None:
            return error(request, 404, f"no claim {cid!r}")
        if as_data:
            return as_json(found)
        return render(request, "claim.html", found, title=f"Claim {cid}", json_url=f"/claims/{cid}.json")

    def timeline_data(request: Request) -> dict:
        q = _param(request, "q")
        points = queries.timeline(store, q) if q else []
        return {"q": q, "points": points}

    @app.get("/timeline", response_class=HTMLResponse)
    def timeline_page(request: Request):
        data = timeline_data(request)
        return render(
            request,
            "timeline.html",
            data,
            title="Timeline" + (f": {data['q']}" if data["q"] else ""),
            json_url="/timeline.json" + _query_string({"q": data["q"]}),
            chart_url="/timeline.svg" + _query_string({"q": data["q"]}) if data["points"] else None,
        )

    @app.get("/timeline.svg")
    def timeline_svg(request: Request):
        from claimledger.chart import timeline_chart

        data = timeline_data(request)
        if not data["points"]:
            return error(request, 404, "nothing matched")
        svg = timeline_chart(data["points"], title=data["q"] or "", fmt="svg")
        # Shown as an image, where nothing in it can run; matplotlib styles with inline CSS.
        return Response(svg, media_type="image/svg+xml", headers={"Content-Security-Policy": SVG_CSP})

    @app.get("/timeline.json")
    def timeline_json(request: Request):
        return as_json(timeline_data(request))

    def speakers_data(request: Request) -> dict:
        search = _param(request, "search")
        limit = _int_param(request, "limit", DEFAULT_CLAIMS_LIMIT, 1, MAX_LIMIT)
        return {
            "search": search,
            "limit": limit,
            "speakers": queries.list_speakers(store, search=search, limit=limit),
        }

    @app.get("/speakers", response_class=HTMLResponse)
    def speakers_page(request: Request):
        data = speakers_data(request)
        return render(
            request,
            "speakers.html",
            data,
            title="Speakers",
            json_url="/speakers.json" + _query_string({"search": data["search"]}),
        )

    @app.get("/speakers.json")
    def speakers_json(request: Request):
        return as_json(speakers_data(request))

    @app.get("/speakers/{speaker_id:path}")
    def speaker_page(request: Request, speaker_id: str):
        sid, as_data = _twin(speaker_id)
        found = queries.get_speaker(store, sid[:300])
        if found is None:
            return error(request, 404, f"no speaker {sid!r}")
        if as_data:
            return as_json(found)
        return render(
            request,
            "speaker.html",
            found,
            title=found["name"],
            json_url=f"/speakers/{quote(sid, safe='')}.json",
        )

    return app


# Offered in the stance filter; any lower-case word is accepted.
STANCES = [
    "assert",
    "confirm",
    "claim",
    "deny",
    "expect",
    "believe",
    "suspect",
    "warn",
    "promise",
    "accuse",
    "question",
]
