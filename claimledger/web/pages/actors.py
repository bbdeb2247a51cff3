"""Actor codes across reports ("UKR GOV", "PRK MIL"): the list, and what one code's speakers said."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from claimledger.store import actors
from claimledger.web.site import (
    MAX_LIMIT,
    MAX_OFFSET,
    Limit,
    Offset,
    Ref,
    SiteDep,
    Text,
    clamp,
    paging,
    query_string,
    text,
    twin_url,
)

router = APIRouter(tags=["actors"])

DEFAULT_LIMIT = 100


def actors_data(s, search: str | None, limit: int, offset: int) -> dict:
    search = text(search)
    limit = clamp(limit, 1, MAX_LIMIT)
    offset = clamp(offset, 0, MAX_OFFSET)
    rows = actors.list_actors(s.store, search=search, limit=limit, offset=offset)
    return {
        "search": search,
        "limit": limit,
        "offset": offset,
        "actors": rows,
        **paging({"search": search}, limit, offset, len(rows)),
    }


@router.get("/actors", response_class=HTMLResponse, summary="Actor codes (page)")
def actors_page(
    request: Request, s: SiteDep, search: Text = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
):
    data = actors_data(s, search, limit, offset)
    return s.render(
        request,
        "actors.html",
        data,
        title="Actors",
        json_url=twin_url("/actors.json", {"search": data["search"]}, data, DEFAULT_LIMIT),
    )


@router.get("/actors.json", summary="Actor codes")
def actors_json(s: SiteDep, search: Text = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0):
    """Actor codes (CAMEO-style: "UKR GOV", "PRK MIL", "IGO UNO") across reports, most
    statements first, each with how many speaker identities, statements and claims it has;
    `search` matches the code or the name or an alias of a speaker with that code."""
    return s.as_json(actors_data(s, search, limit, offset))


def actor_data(s, code: str, limit: int, offset: int) -> dict | None:
    limit = clamp(limit, 1, MAX_LIMIT)
    offset = clamp(offset, 0, MAX_OFFSET)
    found = actors.get_actor(s.store, code, limit=limit, offset=offset)
    if found is not None:
        found.update(paging({}, limit, offset, len(found["statements"])))
    return found


@router.get("/actors/{code:path}.json", summary="One actor code")
def actor_json(s: SiteDep, code: Ref, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0):
    """One actor code: its counts, its speaker identities with their aliases and roles, the
    claims they took part in, and a page of its statements (each with its speaker identity and
    claims)."""
    found = actor_data(s, code, limit, offset)
    if found is None:
        return s.as_json({"error": f"no actor {code!r}", "status": 404}, 404)
    return s.as_json(found)


@router.get("/actors/{code:path}", response_class=HTMLResponse, summary="One actor code (page)")
def actor_page(request: Request, s: SiteDep, code: Ref, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0):
    found = actor_data(s, code, limit, offset)
    if found is None:
        return s.error(request, 404, f"no actor {code!r}")
    quoted = quote(code, safe="")
    return s.render(
        request,
        "actor.html",
        found,
        title=f"Actor {code}",
        path=f"/actors/{quoted}",
        json_url=f"/actors/{quoted}.json"
        + query_string(
            {
                "limit": found["limit"] if found["limit"] != DEFAULT_LIMIT else None,
                "offset": found["offset"] or None,
            }
        ),
    )
