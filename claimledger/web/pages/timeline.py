"""The estimate timeline of a counted thing: a form, a chart and its table."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from claimledger.store import queries
from claimledger.web.site import SVG_CSP, SiteDep, Text, query_string, text

router = APIRouter(tags=["timeline"])


def timeline_data(s, q: str | None) -> dict:
    q = text(q)
    points = queries.timeline(s.store, q) if q else []
    return {"q": q, "points": points}


@router.get("/timeline", response_class=HTMLResponse, summary="Timeline (page)")
def timeline_page(request: Request, s: SiteDep, q: Text = None):
    data = timeline_data(s, q)
    return s.render(
        request,
        "timeline.html",
        data,
        title="Timeline" + (f": {data['q']}" if data["q"] else ""),
        json_url="/timeline.json" + query_string({"q": data["q"]}),
        chart_url="/timeline.svg" + query_string({"q": data["q"]}) if data["points"] else None,
    )


@router.get("/timeline.svg", summary="Timeline chart (SVG)", response_class=Response)
def timeline_svg(request: Request, s: SiteDep, q: Text = None):
    """The timeline as a standalone SVG image (404 when nothing matched)."""
    from claimledger.chart import timeline_chart

    data = timeline_data(s, q)
    if not data["points"]:
        return s.error(request, 404, "nothing matched")
    svg = timeline_chart(data["points"], title=data["q"] or "", fmt="svg")
    # Shown as an image, where nothing in it can run; matplotlib styles with inline CSS.
    return Response(svg, media_type="image/svg+xml", headers={"Content-Security-Policy": SVG_CSP})


@router.get("/timeline.json", summary="Timeline")
def timeline_json(s: SiteDep, q: Text = None):
    """The estimate timeline of the counted things matching `q`: each distinct figure once, in
    date order, with its status, first speaker, source and reports."""
    return s.as_json(timeline_data(s, q))
