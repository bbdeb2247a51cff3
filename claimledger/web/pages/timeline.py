"""The estimate timeline of a counted thing: a form, a chart and its table.

The chart is SVG drawn on the server (web/timeline_svg.py) and put inline in the page, so that
its points are links with tooltips and a details box on hover and keyboard focus, with no
script; `/timeline.svg` is the same chart as a file of its own.
"""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from claimledger.store import queries
from claimledger.web import timeline_svg
from claimledger.web.site import SVG_CSP, SiteDep, Text, query_string, text

router = APIRouter(tags=["timeline"])

MAX_POINTS = 500  # points on one page (and in its JSON twin); `total` says how many matched
FIRST_REPORTS = 5  # reports of a point named with their outlet
COUNTED_THINGS = 40  # counted things offered by the form


def timeline_data(s, q: str | None) -> dict:
    q = text(q)
    points = queries.timeline(s.store, q) if q else []
    total = len(points)
    points = points[:MAX_POINTS]
    known = queries.reports_by_ext_id(s.store, [r for p in points for r in p["reports"][:FIRST_REPORTS]])
    for p in points:
        p["first_reports"] = [known[r] for r in p["reports"][:FIRST_REPORTS] if r in known]
    return {
        "q": q,
        "points": points,
        "total": total,
        "counted_things": [] if q else queries.counted_things(s.store, limit=COUNTED_THINGS),
    }


def _chart(request: Request, data: dict, standalone: bool = False):
    base = request.scope.get("root_path", "").rstrip("/")
    return timeline_svg.render(
        data["points"],
        data["q"] or "",
        link=lambda p: f"{base}/claims/{quote(str(p.get('claim') or ''), safe='')}",
        reports_of=lambda p: p.get("first_reports") or (),
        standalone=standalone,
    )


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
        chart=_chart(request, data) if data["points"] else None,
        badge=timeline_svg.badge,
        figure_text=timeline_svg.figure_text,
    )


@router.get("/timeline.svg", summary="Timeline chart (SVG)", response_class=Response)
def timeline_svg_file(request: Request, s: SiteDep, q: Text = None):
    """The timeline as a standalone SVG image (404 when nothing matched)."""
    data = timeline_data(s, q)
    if not data["points"]:
        return s.error(request, 404, "nothing matched")
    svg = str(_chart(request, data, standalone=True))
    # Its own policy: its inline stylesheet and nothing else, whatever a report put in it.
    return Response(svg, media_type="image/svg+xml", headers={"Content-Security-Policy": SVG_CSP})


@router.get("/timeline.json", summary="Timeline")
def timeline_json(s: SiteDep, q: Text = None):
    """The estimate timeline of the counted things matching `q`: each distinct figure once, in
    date order, with its status, first speaker, source and reports (`first_reports`: the first
    few with their outlets); at most 500 points (`total`: how many matched). Without `q`,
    `counted_things` lists what the ledger's figures count, most reported first, each with a
    `label` that is a query for it."""
    return s.as_json(timeline_data(s, q))
