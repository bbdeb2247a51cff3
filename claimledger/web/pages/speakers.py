"""Speaker identities across reports, with their aliases, roles and claims."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from claimledger.store import queries
from claimledger.web.site import MAX_LIMIT, Limit, Ref, SiteDep, Text, clamp, query_string, text

router = APIRouter(tags=["speakers"])

DEFAULT_LIMIT = 100
MAX_SPEAKER_ID = 300


def speakers_data(s, search: str | None, limit: int) -> dict:
    search = text(search)
    limit = clamp(limit, 1, MAX_LIMIT)
    return {
        "search": search,
        "limit": limit,
        "speakers": queries.list_speakers(s.store, search=search, limit=limit),
    }


@router.get("/speakers", response_class=HTMLResponse, summary="Speakers (page)")
def speakers_page(request: Request, s: SiteDep, search: Text = None, limit: Limit = DEFAULT_LIMIT):
    data = speakers_data(s, search, limit)
    return s.render(
        request,
        "speakers.html",
        data,
        title="Speakers",
        json_url="/speakers.json" + query_string({"search": data["search"]}),
    )


@router.get("/speakers.json", summary="Speakers")
def speakers_json(s: SiteDep, search: Text = None, limit: Limit = DEFAULT_LIMIT):
    """Speaker identities (people and bodies) across reports, most statements first, with the
    spellings they were found under; `search` matches a name or an alias."""
    return s.as_json(speakers_data(s, search, limit))


@router.get("/speakers/{speaker_id:path}.json", summary="One speaker")
def speaker_json(s: SiteDep, speaker_id: Ref):
    """One speaker identity with its aliases, roles and the claims it took part in."""
    found = queries.get_speaker(s.store, speaker_id[:MAX_SPEAKER_ID])
    if found is None:
        return s.as_json({"error": f"no speaker {speaker_id!r}", "status": 404}, 404)
    return s.as_json(found)


@router.get("/speakers/{speaker_id:path}", response_class=HTMLResponse, summary="One speaker (page)")
def speaker_page(request: Request, s: SiteDep, speaker_id: Ref):
    found = queries.get_speaker(s.store, speaker_id[:MAX_SPEAKER_ID])
    if found is None:
        return s.error(request, 404, f"no speaker {speaker_id!r}")
    return s.render(
        request,
        "speaker.html",
        found,
        title=found["name"],
        json_url=f"/speakers/{quote(speaker_id, safe='')}.json",
    )
