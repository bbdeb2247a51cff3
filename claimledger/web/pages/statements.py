"""The statements across reports, filtered."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from claimledger.store import queries
from claimledger.web.site import MAX_LIMIT, BadRequest, Day, Limit, SiteDep, Text, clamp, text, twin_url

router = APIRouter(tags=["statements"])

DEFAULT_LIMIT = 200

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


def statements_data(s, speaker, since, until, search, stance, limit: int) -> dict:
    filters = {
        "speaker": text(speaker),
        "since": text(since),
        "until": text(until),
        "search": text(search),
        "stance": text(stance),
    }
    limit = clamp(limit, 1, MAX_LIMIT)
    try:
        rows = queries.list_statements(
            s.store,
            limit=limit,
            speaker=filters["speaker"],
            since=filters["since"],
            until=filters["until"],
            search=filters["search"],
            stance=filters["stance"],
        )
    except ValueError as e:  # a date of the right shape that is no date (2024-13-45)
        raise BadRequest(str(e)) from None
    return {"filters": filters, "limit": limit, "statements": rows, "truncated": len(rows) >= limit}


@router.get("/statements", response_class=HTMLResponse, summary="Statements (page)")
def statements_page(
    request: Request,
    s: SiteDep,
    speaker: Text = None,
    since: Day = None,
    until: Day = None,
    search: Text = None,
    stance: Text = None,
    limit: Limit = DEFAULT_LIMIT,
):
    data = statements_data(s, speaker, since, until, search, stance, limit)
    return s.render(
        request,
        "statements.html",
        data,
        title="Statements",
        json_url=twin_url("/statements.json", data["filters"], data, DEFAULT_LIMIT),
        stances=STANCES,
    )


@router.get("/statements.json", summary="Statements")
def statements_json(
    s: SiteDep,
    speaker: Text = None,
    since: Day = None,
    until: Day = None,
    search: Text = None,
    stance: Text = None,
    limit: Limit = DEFAULT_LIMIT,
):
    """Attributed statements across reports, newest first, filtered by speaker (name or words
    of it), stance, publication dates and full-text search of their content."""
    return s.as_json(statements_data(s, speaker, since, until, search, stance, limit))
