"""The reports list and one report, highlighted."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from claimledger.store import queries
from claimledger.store.ledger import claim_ids_of_report
from claimledger.web.highlight import MAX_LAYER_ITEMS, reader
from claimledger.web.site import (
    MAX_ID_CHARS,
    MAX_LIMIT,
    MAX_OFFSET,
    Limit,
    Offset,
    Ref,
    SiteDep,
    Text,
    clamp,
    paging,
    text,
    twin_url,
)

router = APIRouter(tags=["reports"])

DEFAULT_LIMIT = 100
MAX_TEXT_CHARS = 200_000
MAX_REPORT_STATEMENTS = 2000


def reports_data(s, search: str | None, limit: int, offset: int) -> dict:
    search = text(search)
    limit = clamp(limit, 1, MAX_LIMIT)
    offset = clamp(offset, 0, MAX_OFFSET)
    reports = queries.list_reports(s.store, limit=limit, offset=offset, search=search)
    return {
        "counts": queries.counts(s.store),
        "reports": reports,
        "search": search,
        "limit": limit,
        "offset": offset,
        **paging({"search": search}, limit, offset, len(reports)),
    }


@router.get("/", response_class=HTMLResponse, summary="Reports (page)")
def index(
    request: Request, s: SiteDep, search: Text = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
):
    data = reports_data(s, search, limit, offset)
    json_url = twin_url("/reports.json", {"search": data["search"]}, data, DEFAULT_LIMIT)
    return s.render(request, "index.html", data, title="Reports", json_url=json_url)


@router.get("/reports.json", summary="Reports")
@router.get("/.json", include_in_schema=False)
def index_json(s: SiteDep, search: Text = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0):
    """The stored reports, newest first, with the store's counts; `next`/`previous` page."""
    return s.as_json(reports_data(s, search, limit, offset))


# The path converter lets external ids, which are file paths or URLs (docs/record.md), be
# looked up too; links from the pages always use the numeric id.


def _find(s, ref: str):
    if len(ref) > MAX_ID_CHARS:
        return None
    return queries.get_report(s.store, ref)


@router.get("/reports/{ref:path}.json", summary="One report")
def report_json(request: Request, s: SiteDep, ref: Ref):
    """One report: its metadata and its whole record (by number or external id)."""
    found = _find(s, ref)
    if found is not None:
        return s.as_json(found)
    if _find(s, ref + ".json") is not None:  # an external id that itself ends in ".json"
        return report_page(request, s, ref + ".json")
    return s.as_json({"error": f"no report {ref!r}", "status": 404}, 404)


@router.get("/reports/{ref:path}", response_class=HTMLResponse, summary="One report (page)")
def report_page(request: Request, s: SiteDep, ref: Ref):
    found = _find(s, ref)
    if found is None:
        return s.error(request, 404, f"no report {ref!r}")
    claim_of = claim_ids_of_report(s.store, found["id"])
    record = found.get("record") or {}
    rid = found.get("id")
    statements = (record.get("statements") or [])[:MAX_REPORT_STATEMENTS]
    body_text = record.get("text") or ""
    view = reader(
        record,
        claim_of=claim_of,
        base=request.scope.get("root_path", "").rstrip("/"),
        max_chars=MAX_TEXT_CHARS,
        max_statements=MAX_REPORT_STATEMENTS,
        max_items=MAX_LAYER_ITEMS,
    )
    return s.render(
        request,
        "report.html",
        found,
        title=found.get("title") or record.get("title") or f"Report {rid}",
        body=view["body"],
        reader=view,
        statements=statements,
        statements_cut=len(record.get("statements") or []) - len(statements),
        text_cut=max(0, len(body_text) - MAX_TEXT_CHARS),
        json_url=f"/reports/{rid}.json",
        claim_of=claim_of,
    )
