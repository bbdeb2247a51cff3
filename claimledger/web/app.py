"""The web face: server-rendered pages over the store, each with a JSON twin, and its API schema.

`create_app` wires the pieces: the shared `Site` (store, templates; site.py), one router per
page family (pages/), the static assets, security headers on every answer and errors that say
what went wrong without a traceback. The pages need no JavaScript, so the Content-Security-
Policy forbids every script. `/openapi.json` documents every page and JSON twin; there is no
/docs page (FastAPI would load it from a CDN).
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from claimledger import __version__
from claimledger.web.pages import claims, reports, speakers, statements, timeline
from claimledger.web.site import HERE, MAX_LIMIT, SECURITY_HEADERS, BadRequest, Site, safe_url

__all__ = ["MAX_LIMIT", "create_app", "safe_url"]

ROUTERS = [reports.router, statements.router, claims.router, timeline.router, speakers.router]

DESCRIPTION = (
    "Who claimed what in war reporting. Every HTML page has a JSON twin (the same path ending "
    "in `.json`) returning the same data; lists are paged with `limit` and `offset` and answer "
    "`next`/`previous` query strings. Errors answer `{error, status}`."
)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path")]
        parts.append(f"{'.'.join(loc) or 'request'}: {err.get('msg', 'invalid')}")
    return "invalid request: " + "; ".join(parts) if parts else "invalid request"


def create_app(db_url: str) -> FastAPI:
    """The web app over the store at `db_url` (a SQLAlchemy URL)."""
    site = Site(db_url)

    @asynccontextmanager
    async def lifespan(_app):
        yield
        site.close()

    app = FastAPI(
        title="claimledger",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.site = site
    app.state.store = site.store
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    @app.exception_handler(BadRequest)
    async def bad_request(request: Request, exc: BadRequest):
        return site.error(request, 400, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = "not found" if exc.status_code == 404 else str(exc.detail)
        return site.error(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        return site.error(request, 400, _validation_message(exc))

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception):
        return site.error(request, 500, "internal error")

    for router in ROUTERS:
        app.include_router(router)
    return app
