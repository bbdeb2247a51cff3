"""The ledger's claims, faceted, sorted and paged; one claim with its statements side by side."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from claimledger.store import queries
from claimledger.web.pages.statements import STANCES
from claimledger.web.site import (
    MAX_LIMIT,
    MAX_OFFSET,
    BadRequest,
    Day,
    Flag,
    Limit,
    Offset,
    Ref,
    SiteDep,
    Text,
    clamp,
    flag,
    paging,
    text,
    twin_url,
)

router = APIRouter(tags=["claims"])

DEFAULT_LIMIT = 100
KINDS = ["quantity", "event", "statement"]
STATUSES = ["claimed", "confirmed", "contested", "denied"]
SORTS = [
    ("widest", "most outlets"),
    ("earliest", "first reported, oldest"),
    ("latest", "first reported, newest"),
    ("statements", "most statements"),
]
Kind = Annotated[Literal["quantity", "event", "statement", ""] | None, Query(description="Claim kind.")]
Status = Annotated[
    Literal["claimed", "confirmed", "contested", "denied", ""] | None, Query(description="Claim status.")
]
Sort = Annotated[
    Literal["widest", "earliest", "latest", "statements", ""] | None,
    Query(
        description="widest (most outlets first, the default), earliest or latest first report, "
        "statements (most first)."
    ),
]


def claims_data(
    s, search, speaker, actor, place, stance, since, until, kind, status, contested, sort, limit, offset
) -> dict:
    filters = {
        "search": text(search),
        "speaker": text(speaker),
        "actor": text(actor),
        "place": text(place),
        "stance": text(stance),
        "since": text(since),
        "until": text(until),
        "kind": text(kind),
        "status": text(status),
    }
    is_contested = flag(contested)
    sort = text(sort) or "widest"
    limit = clamp(limit, 1, MAX_LIMIT)
    offset = clamp(offset, 0, MAX_OFFSET)
    try:
        rows = queries.list_claims(
            s.store, contested=is_contested, sort=sort, limit=limit, offset=offset, **filters
        )
    except ValueError as e:
        raise BadRequest(str(e)) from None
    params = {
        **filters,
        "contested": "1" if is_contested else None,
        "sort": sort if sort != "widest" else None,
    }
    return {
        "filters": {**filters, "contested": is_contested},
        "sort": sort,
        "limit": limit,
        "offset": offset,
        "claims": rows,
        "counts": queries.ledger_counts(s.store),
        **paging(params, limit, offset, len(rows)),
    }


@router.get("/claims", response_class=HTMLResponse, summary="Claims (page)")
def claims_page(
    request: Request,
    s: SiteDep,
    search: Text = None,
    speaker: Text = None,
    actor: Text = None,
    place: Text = None,
    stance: Text = None,
    since: Day = None,
    until: Day = None,
    kind: Kind = None,
    status: Status = None,
    contested: Flag = None,
    sort: Sort = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
):
    data = claims_data(
        s, search, speaker, actor, place, stance, since, until, kind, status, contested, sort, limit, offset
    )
    json_params = {
        **data["filters"],
        "contested": "1" if data["filters"]["contested"] else None,
        "sort": data["sort"] if data["sort"] != "widest" else None,
    }
    return s.render(
        request,
        "claims.html",
        data,
        title="Claims",
        json_url=twin_url("/claims.json", json_params, data, DEFAULT_LIMIT),
        kinds=KINDS,
        statuses=STATUSES,
        stances=STANCES,
        sorts=SORTS,
    )


@router.get("/claims.json", summary="Claims")
def claims_json(
    s: SiteDep,
    search: Text = None,
    speaker: Text = None,
    actor: Text = None,
    place: Text = None,
    stance: Text = None,
    since: Day = None,
    until: Day = None,
    kind: Kind = None,
    status: Status = None,
    contested: Flag = None,
    sort: Sort = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
):
    """The ledger's claims (statements across reports that assert one thing), filtered by
    words of the claim, a speaker's name or alias, a speaker's actor code ("PRK MIL"), a place
    (GeoNames id or name) mentioned in a statement's content, a statement's stance, the first
    report's date, kind, status and contested only; sorted and paged."""
    return s.as_json(
        claims_data(
            s,
            search,
            speaker,
            actor,
            place,
            stance,
            since,
            until,
            kind,
            status,
            contested,
            sort,
            limit,
            offset,
        )
    )


def _claim(s, claim_id: str):
    return queries.get_claim(s.store, claim_id[:64])


@router.get("/claims/{claim_id}.json", summary="One claim")
def claim_json(s: SiteDep, claim_id: Ref):
    """One claim: its statements side by side with their relation, its support (origins and
    outlets) and its relations to other claims."""
    found = _claim(s, claim_id)
    if found is None:
        return s.as_json({"error": f"no claim {claim_id!r}", "status": 404}, 404)
    return s.as_json(found)


@router.get("/claims/{claim_id}", response_class=HTMLResponse, summary="One claim (page)")
def claim_page(request: Request, s: SiteDep, claim_id: Ref):
    found = _claim(s, claim_id)
    if found is None:
        return s.error(request, 404, f"no claim {claim_id!r}")
    return s.render(
        request, "claim.html", found, title=f"Claim {claim_id}", json_url=f"/claims/{claim_id}.json"
    )
