"""The map of the places named in reports, the places list and one place.

The map is an SVG drawn on the server (web/geomap.py) and inlined in the page; its JSON twin
holds the same places and what the map shows of them (view, markers, clusters), not the SVG.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from claimledger.store import places as store_places
from claimledger.web import geomap
from claimledger.web.site import (
    MAX_OFFSET,
    BadRequest,
    Day,
    Limit,
    Offset,
    SiteDep,
    Text,
    clamp,
    paging,
    query_string,
    text,
    twin_url,
)

router = APIRouter(tags=["places"])

DEFAULT_MAP_LIMIT = 500
MAX_MAP_LIMIT = 2000
DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
MAX_REPORT_IDS = 100
PLACE_LIMIT = 200

Reports = Annotated[
    str | None,
    Query(
        max_length=1000,
        pattern=r"^[\d,\s]*$",
        description=f"Report ids, separated by commas or spaces (at most {MAX_REPORT_IDS}).",
    ),
]
Claim = Annotated[
    str | None,
    Query(max_length=64, pattern=r"^[\w-]*$", description="A claim id: the places in its statements."),
]
BBoxParam = Annotated[
    str | None,
    Query(
        max_length=100,
        pattern=r"^[\d\s.,+-]*$",
        description="west,south,east,north in degrees: only the places inside, the map zoomed to it.",
    ),
]
GeonamesId = Annotated[int, Path(ge=0, le=2**31 - 1, description="The place's GeoNames id.")]
MapLimit = Annotated[int, Query(description=f"Places at most; clamped to 1..{MAX_MAP_LIMIT}.")]

_SEP = re.compile(r"[\s,]+")


def report_ids(value: str | None) -> list[int] | None:
    value = text(value)
    if value is None:
        return None
    ids = sorted({int(v) for v in _SEP.split(value) if v})
    if len(ids) > MAX_REPORT_IDS:
        raise BadRequest(f"report: at most {MAX_REPORT_IDS} report ids")
    if any(i > 2**31 - 1 for i in ids):
        raise BadRequest("report: no such report id")
    return ids or None


def bbox_of(value: str | None) -> geomap.BBox | None:
    value = text(value)
    if value is None:
        return None
    try:
        parts = [float(v) for v in value.split(",")]
    except ValueError:
        raise BadRequest("bbox must be four numbers: west,south,east,north") from None
    if len(parts) != 4 or not all(math.isfinite(v) for v in parts):
        raise BadRequest("bbox must be four numbers: west,south,east,north")
    west, south, east, north = parts
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise BadRequest("bbox must have -180 <= west < east <= 180 and -90 <= south < north <= 90")
    return west, south, east, north


def _bbox_text(bbox: Sequence[float]) -> str:
    return ",".join(f"{v:.4f}".rstrip("0").rstrip(".") for v in bbox)


def _base(request: Request) -> str:
    return request.scope.get("root_path", "").rstrip("/")


def map_data(s, request: Request, report, claim, search, since, until, bbox, limit) -> tuple[dict, object]:
    """The map page's data and its SVG."""
    filters = {
        "report": report_ids(report),
        "claim": text(claim),
        "search": text(search),
        "since": text(since),
        "until": text(until),
    }
    box = bbox_of(bbox)
    limit = clamp(limit, 1, MAX_MAP_LIMIT)
    try:
        found = store_places.map_places(
            s.store,
            limit=limit,
            reports=filters["report"],
            claim=filters["claim"],
            search=filters["search"],
            since=filters["since"],
            until=filters["until"],
            bbox=box,
        )
    except ValueError as e:  # a date of the right shape that is no date (2024-13-45)
        raise BadRequest(str(e)) from None
    base = _base(request)
    params = {**filters, "report": ",".join(map(str, filters["report"] or [])) or None}

    def place_href(p: dict) -> str:
        return f"{base}/places/{int(p['geonames_id'])}"

    def zoom_href(b: geomap.BBox) -> str:
        # A little wider than the cluster and rounded outwards, so that no member falls out.
        west, south, east, north = b
        pad = max(0.01, (east - west) * 0.1, (north - south) * 0.1)
        out = (
            max(-180.0, math.floor((west - pad) * 1e4) / 1e4),
            max(-90.0, math.floor((south - pad) * 1e4) / 1e4),
            min(180.0, math.ceil((east + pad) * 1e4) / 1e4),
            min(90.0, math.ceil((north + pad) * 1e4) / 1e4),
        )
        return f"{base}/map" + query_string({**params, "bbox": _bbox_text(out)})

    svg, shown = geomap.render_map(found["places"], place_href, zoom_href=zoom_href, bbox=box)
    data = {
        "filters": {**filters, "bbox": list(box) if box else None},
        "limit": limit,
        "places": found["places"],
        "total": found["total"],
        "truncated": found["truncated"],
        "map": shown,
    }
    return data, svg


def _query(data: dict) -> dict:
    f = data["filters"]
    return {
        **f,
        "report": ",".join(map(str, f["report"] or [])) or None,
        "bbox": _bbox_text(f["bbox"]) if f["bbox"] else None,
        "limit": data["limit"] if data["limit"] != DEFAULT_MAP_LIMIT else None,
    }


@router.get("/map", response_class=HTMLResponse, summary="Map (page)")
def map_page(
    request: Request,
    s: SiteDep,
    report: Reports = None,
    claim: Claim = None,
    search: Text = None,
    since: Day = None,
    until: Day = None,
    bbox: BBoxParam = None,
    limit: MapLimit = DEFAULT_MAP_LIMIT,
):
    data, svg = map_data(s, request, report, claim, search, since, until, bbox, limit)
    params = _query(data)
    return s.render(
        request,
        "map.html",
        data,
        title="Map",
        json_url="/map.json" + query_string(params),
        map_svg=svg,
        unzoomed=query_string({**params, "bbox": None}) if data["filters"]["bbox"] else None,
    )


@router.get("/map.json", summary="Map")
def map_json(
    request: Request,
    s: SiteDep,
    report: Reports = None,
    claim: Claim = None,
    search: Text = None,
    since: Day = None,
    until: Day = None,
    bbox: BBoxParam = None,
    limit: MapLimit = DEFAULT_MAP_LIMIT,
):
    """The located places named in the reports, most reports first: by report ids, a claim
    (places inside its statements' content), a search over the reports (title, outlet, id or
    a statement's text), publication dates and a box; with what the map shows of them (its
    view as west, south, east, north, and how many markers and clusters)."""
    data, _ = map_data(s, request, report, claim, search, since, until, bbox, limit)
    return s.as_json(data)


def places_data(s, search: str | None, limit: int, offset: int) -> dict:
    search = text(search)
    limit = clamp(limit, 1, MAX_LIMIT)
    offset = clamp(offset, 0, MAX_OFFSET)
    rows = store_places.list_places(s.store, search=search, limit=limit, offset=offset)
    return {
        "search": search,
        "limit": limit,
        "offset": offset,
        "places": rows,
        "total": store_places.count_places(
            s.store, store_places.mention_filters(s.store, place_search=search)
        ),
        **paging({"search": search}, limit, offset, len(rows)),
    }


@router.get("/places", response_class=HTMLResponse, summary="Places (page)")
def places_page(
    request: Request, s: SiteDep, search: Text = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
):
    data = places_data(s, search, limit, offset)
    json_url = twin_url("/places.json", {"search": data["search"]}, data, DEFAULT_LIMIT)
    return s.render(request, "places.html", data, title="Places", json_url=json_url)


@router.get("/places.json", summary="Places")
def places_json(s: SiteDep, search: Text = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0):
    """Places (GeoNames ids) named in the reports, most reports first, with how many reports,
    mentions and statements name them; `search` matches the place's name or a mention."""
    return s.as_json(places_data(s, search, limit, offset))


@router.get("/places/{geonames_id}.json", summary="One place")
def place_json(s: SiteDep, geonames_id: GeonamesId):
    """One place: its mentions across reports, the statements whose content names it (with
    their claims), and its spellings."""
    found = store_places.get_place(s.store, geonames_id, limit=PLACE_LIMIT)
    if found is None:
        return s.as_json({"error": f"no place {geonames_id}", "status": 404}, 404)
    return s.as_json(found)


@router.get("/places/{geonames_id}", response_class=HTMLResponse, summary="One place (page)")
def place_page(request: Request, s: SiteDep, geonames_id: GeonamesId):
    found = store_places.get_place(s.store, geonames_id, limit=PLACE_LIMIT)
    if found is None:
        return s.error(request, 404, f"no place {geonames_id}")
    base = _base(request)
    svg = None
    if found["lat"] is not None and found["lon"] is not None:
        svg, _ = geomap.render_map(
            [found],
            lambda p: f"{base}/places/{int(p['geonames_id'])}",
            title=f"Where {found['name'] or 'this place'} is",
            height=320,
        )
    return s.render(
        request,
        "place.html",
        found,
        title=found["name"] or f"Place {geonames_id}",
        json_url=f"/places/{geonames_id}.json",
        map_svg=svg,
    )
