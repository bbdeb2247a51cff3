"""Places across reports: the rows of `place_mentions` and the queries of the map and the
place pages.

A place is a GeoNames id; its mentions are the spans of the records' `places` that the
gazetteer resolved to it. A statement mentions a place when its content span contains one of
the place's mentions in the same report; that is a range join on `statements`, not a stored
link, so it stays right whatever rebuilds the statements.

Every function here takes a Store and returns plain JSON-serialisable dicts; every list is
bounded by a limit.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, delete, distinct, exists, func, insert, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement

from claimledger.store.schema import documents, ledger_claim_statements, place_mentions, statements

if TYPE_CHECKING:
    from claimledger.store.db import Store

MAX_MENTION_CHARS = 500
DEFAULT_LIMIT = 100
MAX_LIMIT = 5000


# -- writing: rebuilt from the record with its statements ---------------------------------


def _int(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _coord(value, bound: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    value = float(value)
    return value if math.isfinite(value) and -bound <= value <= bound else None


def _str(value, size: int) -> str | None:
    return value[:size] if isinstance(value, str) else None


def place_mention_rows(document_id: int, record: dict, published: str | None) -> list[dict]:
    """The `place_mentions` rows of a record: one per place span with offsets. Values of the
    wrong type or out of range (a latitude of 900) are left out rather than stored."""
    rows = []
    places = record.get("places") if isinstance(record, dict) else None
    for i, p in enumerate(places if isinstance(places, list) else ()):
        if not isinstance(p, dict):
            continue
        start, end = _int(p.get("start")), _int(p.get("end"))
        if start is None or end is None:
            continue
        rows.append(
            {
                "document_id": document_id,
                "place": i,
                "start": start,
                "end": end,
                "mention": _str(p.get("text"), MAX_MENTION_CHARS) or "",
                "geonames_id": _int(p.get("geonames_id")),
                "name": _str(p.get("name"), MAX_MENTION_CHARS),
                "country": _str(p.get("country"), 8),
                "kind": _str(p.get("kind"), 32),
                "lat": _coord(p.get("lat"), 90),
                "lon": _coord(p.get("lon"), 180),
                "stands_for": _str(p.get("stands_for"), 64),
                "published": published,
            }
        )
    return rows


def replace_place_mentions(conn: Connection, document_id: int, record: dict, published: str | None) -> None:
    """Rebuild a report's place mentions from its record, inside the caller's transaction."""
    conn.execute(delete(place_mentions).where(place_mentions.c.document_id == document_id))
    rows = place_mention_rows(document_id, record, published)
    if rows:
        conn.execute(insert(place_mentions), rows)


# -- filters ------------------------------------------------------------------------------

pm = place_mentions


def _in_statement():
    """Join condition: the statement's content contains the mention."""
    return and_(
        statements.c.document_id == pm.c.document_id,
        statements.c.content_start <= pm.c.start,
        statements.c.content_end >= pm.c.end,
    )


def _report_search(store: Store, search: str) -> ColumnElement:
    """Mentions in reports whose title, outlet or id contains `search`, or with a statement
    that matches it (full text), as on the reports list."""
    from claimledger.store.queries import statement_match

    conds: list[ColumnElement] = [
        documents.c.title.icontains(search, autoescape=True),
        documents.c.outlet.icontains(search, autoescape=True),
        documents.c.ext_id.icontains(search, autoescape=True),
    ]
    match = statement_match(store, search)
    if match is not None:
        conds.append(documents.c.id.in_(select(statements.c.document_id).where(match)))
    return pm.c.document_id.in_(select(documents.c.id).where(or_(*conds)))


def _in_claim(claim_id: str) -> ColumnElement:
    """Mentions inside the content of a statement of the claim."""
    members = ledger_claim_statements
    return exists(
        select(1)
        .select_from(
            statements.join(
                members,
                and_(members.c.document_id == statements.c.document_id, members.c.sid == statements.c.sid),
            )
        )
        .where(members.c.claim_id == claim_id, _in_statement())
    )


def mention_filters(
    store: Store,
    *,
    reports: Sequence[int] | None = None,
    claim: str | None = None,
    search: str | None = None,
    place_search: str | None = None,
    since=None,
    until=None,
    bbox: tuple[float, float, float, float] | None = None,
    located: bool = False,
) -> list[ColumnElement]:
    """Conditions on `place_mentions` of resolved places (those with a GeoNames id).

    reports: only these report ids; claim: only mentions in that claim's statements; search:
    reports matching it (see _report_search); place_search: the place's name or the mention
    contains it; since/until: published within (ISO, inclusive, any precision); bbox: (west,
    south, east, north) in degrees; located: only places with coordinates.
    """
    from claimledger.store.queries import _bound

    conds: list[ColumnElement] = [pm.c.geonames_id.is_not(None)]
    if reports is not None:
        conds.append(pm.c.document_id.in_(list(reports)))
    if claim:
        # The claim's reports first, which the document index finds; then the span test.
        members = ledger_claim_statements
        conds.append(pm.c.document_id.in_(select(members.c.document_id).where(members.c.claim_id == claim)))
        conds.append(_in_claim(claim))
    if search and search.strip():
        conds.append(_report_search(store, search.strip()))
    if place_search and place_search.strip():
        s = place_search.strip()
        conds.append(or_(pm.c.name.icontains(s, autoescape=True), pm.c.mention.icontains(s, autoescape=True)))
    if since:
        conds.append(pm.c.published >= _bound(since, end=False))
    if until:
        conds.append(pm.c.published < _bound(until, end=True))
    if located or bbox is not None:
        conds += [pm.c.lat.is_not(None), pm.c.lon.is_not(None)]
    if bbox is not None:
        west, south, east, north = bbox
        conds += [pm.c.lat >= south, pm.c.lat <= north, pm.c.lon >= west, pm.c.lon <= east]
    return conds


# -- reading ------------------------------------------------------------------------------


def _place_columns():
    return (
        pm.c.geonames_id,
        func.min(pm.c.name).label("name"),
        func.min(pm.c.country).label("country"),
        func.min(pm.c.kind).label("kind"),
        func.min(pm.c.lat).label("lat"),
        func.min(pm.c.lon).label("lon"),
        func.count().label("mentions"),
        func.count(distinct(pm.c.document_id)).label("reports"),
    )


def _statement_counts(conn: Connection, conds: list[ColumnElement], ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    q = (
        select(pm.c.geonames_id, func.count(distinct(statements.c.id)))
        .select_from(pm.join(statements, _in_statement()))
        .where(*conds, pm.c.geonames_id.in_(ids))
        .group_by(pm.c.geonames_id)
    )
    return {int(row[0]): int(row[1]) for row in conn.execute(q)}


def _places(store: Store, conds: list[ColumnElement], limit: int, offset: int) -> list[dict]:
    q = (
        select(*_place_columns())
        .where(*conds)
        .group_by(pm.c.geonames_id)
        .order_by(
            func.count(distinct(pm.c.document_id)).desc(),
            func.count().desc(),
            func.min(pm.c.name),
            pm.c.geonames_id,
        )
        .limit(max(1, min(limit, MAX_LIMIT)))
        .offset(max(0, offset))
    )
    with store.read() as conn:
        rows = [dict(r._mapping) for r in conn.execute(q)]
        n_statements = _statement_counts(conn, conds, [r["geonames_id"] for r in rows])
    for r in rows:
        r["statements"] = n_statements.get(r["geonames_id"], 0)
    return rows


def count_places(store: Store, conds: list[ColumnElement]) -> int:
    q = select(func.count(distinct(pm.c.geonames_id))).where(*conds)
    with store.read() as conn:
        return conn.execute(q).scalar_one()


def list_places(
    store: Store,
    search: str | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
    **filters: Any,
) -> list[dict]:
    """Places named in reports, most reports first: {geonames_id, name, country, kind, lat,
    lon, mentions, reports, statements}. search: the place's name or a mention contains it;
    other filters as `mention_filters`."""
    return _places(store, mention_filters(store, place_search=search, **filters), limit, offset)


def map_places(store: Store, limit: int = 2000, **filters: Any) -> dict:
    """The located places for the map under `mention_filters`: {places (as list_places, most
    reports first, at most `limit`), total (how many places matched), truncated}."""
    conds = mention_filters(store, located=True, **filters)
    places = _places(store, conds, limit, 0)
    total = len(places) if len(places) < limit else count_places(store, conds)
    return {"places": places, "total": total, "truncated": total > len(places)}


def get_place(store: Store, geonames_id: int, limit: int = 200) -> dict | None:
    """One place: {geonames_id, name, country, kind, kinds, lat, lon, mentions, reports,
    statements (counts), spellings (mention texts, most used first), report_list (the reports
    naming it, newest first, each with its mentions), statement_list (the statements whose
    content names it, with their claim), reports_cut, statements_cut (how many were left out
    by `limit`)}."""
    limit = max(1, min(limit, MAX_LIMIT))
    conds = [pm.c.geonames_id == geonames_id]
    with store.read() as conn:
        head = conn.execute(select(*_place_columns()).where(*conds).group_by(pm.c.geonames_id)).first()
        if head is None:
            return None
        place = dict(head._mapping)
        place["statements"] = _statement_counts(conn, conds, [geonames_id]).get(geonames_id, 0)
        place["kinds"] = [
            k
            for (k,) in conn.execute(
                select(pm.c.kind).distinct().where(*conds, pm.c.kind.is_not(None)).order_by(pm.c.kind)
            )
        ]
        place["spellings"] = [
            {"text": t, "count": n}
            for t, n in conn.execute(
                select(pm.c.mention, func.count())
                .where(*conds)
                .group_by(pm.c.mention)
                .order_by(func.count().desc(), pm.c.mention)
                .limit(50)
            )
        ]

        report_rows = conn.execute(
            select(
                documents.c.id,
                documents.c.ext_id,
                documents.c.title,
                documents.c.outlet,
                documents.c.published,
                documents.c.duplicate_of,
            )
            .where(documents.c.id.in_(select(pm.c.document_id).where(*conds)))
            .order_by(documents.c.published.desc().nulls_last(), documents.c.id.desc())
            .limit(limit)
        ).all()
        reports = [dict(r._mapping) for r in report_rows]
        by_id = {r["id"]: r for r in reports}
        for r in reports:
            r["mentions"] = []
        if by_id:
            for m in conn.execute(
                select(pm.c.document_id, pm.c.place, pm.c.start, pm.c.end, pm.c.mention, pm.c.kind)
                .where(*conds, pm.c.document_id.in_(list(by_id)))
                .order_by(pm.c.document_id, pm.c.start)
            ):
                mentions = by_id[m.document_id]["mentions"]
                if len(mentions) < 50:
                    mentions.append(
                        {"place": m.place, "start": m.start, "end": m.end, "text": m.mention, "kind": m.kind}
                    )

        statement_ids = [
            sid
            for (sid,) in conn.execute(
                select(statements.c.id)
                .distinct()
                .select_from(pm.join(statements, _in_statement()))
                .where(*conds)
                .order_by(statements.c.id)
                .limit(limit)
            )
        ]
        members = ledger_claim_statements
        found = (
            conn.execute(
                select(
                    statements.c.id,
                    documents.c.id.label("report_id"),
                    documents.c.ext_id,
                    documents.c.title,
                    documents.c.outlet,
                    statements.c.published,
                    statements.c.sid,
                    statements.c.speaker_text.label("speaker"),
                    statements.c.speaker_name,
                    statements.c.stance,
                    statements.c.content,
                    statements.c.content_start,
                    statements.c.content_end,
                    members.c.claim_id,
                )
                .select_from(
                    statements.join(documents, documents.c.id == statements.c.document_id).outerjoin(
                        members,
                        and_(
                            members.c.document_id == statements.c.document_id,
                            members.c.sid == statements.c.sid,
                        ),
                    )
                )
                .where(statements.c.id.in_(statement_ids))
                .order_by(
                    statements.c.published.asc().nulls_last(),
                    documents.c.id,
                    statements.c.content_start.asc().nulls_last(),
                    statements.c.id,
                    members.c.claim_id,
                )
            ).all()
            if statement_ids
            else []
        )
    listed: dict[int, dict] = {}
    for row in found:
        st = listed.get(row.id)
        if st is None:
            st = {k: v for k, v in row._mapping.items() if k not in ("id", "claim_id")}
            st["claims"] = []
            listed[row.id] = st
        if row.claim_id is not None:
            st["claims"].append(row.claim_id)
    place["report_list"] = reports
    place["statement_list"] = list(listed.values())
    place["reports_cut"] = max(0, place["reports"] - len(reports))
    place["statements_cut"] = max(0, place["statements"] - len(listed))
    return place


def _place_is(place: str | int) -> ColumnElement:
    """Mentions of `place`: a GeoNames id (an int, or digits), else a name that the gazetteer
    gave the place or that the text used, in any case ("kyiv" finds "Kyiv")."""
    if isinstance(place, int) and not isinstance(place, bool):
        return pm.c.geonames_id == place
    key = str(place).strip()
    if key.isascii() and key.isdigit() and len(key) <= 10:
        return pm.c.geonames_id == int(key)
    low = key.lower()
    return and_(
        pm.c.geonames_id.is_not(None), or_(func.lower(pm.c.name) == low, func.lower(pm.c.mention) == low)
    )


def claims_at_place(place: str | int):
    """A select of the ids of the ledger's claims that have a statement whose content span
    contains a mention of `place` (see _place_is), to use in `IN (...)`."""
    members = ledger_claim_statements
    return (
        select(members.c.claim_id)
        .select_from(
            members.join(
                statements,
                and_(members.c.document_id == statements.c.document_id, members.c.sid == statements.c.sid),
            ).join(pm, _in_statement())
        )
        .where(_place_is(place))
    )


def claim_ids_at_place(store: Store, geonames_id: int, limit: int | None = None) -> list[str]:
    """The ledger's claims with a statement whose content names the place, by claim id."""
    found = claims_at_place(geonames_id).subquery()
    q = select(found.c.claim_id).distinct().order_by(found.c.claim_id)
    if limit is not None:
        q = q.limit(limit)
    with store.read() as conn:
        return [cid for (cid,) in conn.execute(q)]
