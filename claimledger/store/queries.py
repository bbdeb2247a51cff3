"""The one query layer under every face (CLI, web pages, JSON API, exports).

Each function takes a Store and returns plain dicts of JSON-serialisable values (dates and
times as ISO strings), so that a face only formats.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import and_, false, func, literal_column, or_, select, text
from sqlalchemy.sql import ColumnElement, sqltypes

from claimledger.ledger.counted import _CLASS_OF, BARE, Counted
from claimledger.ledger.items import words
from claimledger.ledger.timeline import timeline as timeline_points
from claimledger.store.db import Store
from claimledger.store.places import claims_at_place
from claimledger.store.schema import (
    documents,
    ledger_claim_statements,
    ledger_claims,
    ledger_relations,
    ledger_speakers,
    statements,
)

_BATCH = 100


def _iso(value):
    if isinstance(value, datetime):
        # SQLite hands back naive datetimes; everything is stored in UTC.
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


# -- full-text search -------------------------------------------------------------------

_TERM = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')
_WORD = re.compile(r"\w+")


def fts5_query(search: str) -> tuple[str | None, str | None]:
    """Translate web-search syntax (words, "phrases", -excluded, OR) into FTS5.

    Returns (must match, must not match); either may be None. Every term is quoted, so
    nothing a user types is read as FTS5 syntax.
    """
    groups: list[list[str]] = []
    excluded: list[str] = []
    join_or = False
    for neg1, phrase, neg2, word in _TERM.findall(search):
        if not phrase and word.lower() == "or" and not neg2:
            join_or = bool(groups)
            continue
        terms = _WORD.findall(phrase or word)
        if not terms:
            continue
        quoted = '"' + " ".join(terms) + '"'
        if neg1 or neg2:
            excluded.append(quoted)
        elif join_or:
            groups[-1].append(quoted)
        else:
            groups.append([quoted])
        join_or = False
    match = " AND ".join("(" + " OR ".join(g) + ")" for g in groups) or None
    return match, (" OR ".join(excluded) or None)


def _fts5_ids(query: str, name: str):
    return (
        text(f"SELECT rowid FROM statements_fts WHERE statements_fts MATCH :{name}")
        .bindparams(**{name: query})
        .columns(literal_column("rowid"))
    )


def statement_match(store: Store, search: str) -> ColumnElement | None:
    """A condition on `statements` for a full-text search over content and speaker."""
    if not _WORD.search(search or ""):
        return None
    if store.fts == "tsvector":
        return literal_column("statements.search_vector").op("@@")(
            func.websearch_to_tsquery("english", search)
        )
    if store.fts == "fts5":
        match, excluded = fts5_query(search)
        conds = []
        if match:
            conds.append(statements.c.id.in_(_fts5_ids(match, "fts_match")))
        if excluded:
            conds.append(statements.c.id.not_in(_fts5_ids(excluded, "fts_excluded")))
        return and_(*conds) if conds else None
    # No FTS5 in this SQLite build: every word must appear in the content or the speaker.
    return and_(
        *(
            or_(
                statements.c.content.icontains(w, autoescape=True),
                statements.c.speaker_text.icontains(w, autoescape=True),
                statements.c.speaker_name.icontains(w, autoescape=True),
            )
            for w in _WORD.findall(search)
        )
    )


# -- keyset paging ----------------------------------------------------------------------


def _after(keys: Sequence[tuple[ColumnElement, bool]], cursor) -> ColumnElement:
    """Rows that come after `cursor` (the sort key values of the last row of a page) in the
    order of `keys`, each (column, descending) with NULLs last: the next page is then one
    ordered scan from there, where OFFSET reads and throws away every row before it."""
    values = list(cursor)
    if len(values) != len(keys):
        raise ValueError(f"a cursor has {len(keys)} values, not {len(values)}")
    conds = []
    for i, ((col, descending), value) in enumerate(zip(keys, values, strict=True)):
        if value is None:
            continue  # NULLs sort last: nothing follows a NULL on this key but other NULLs
        same = [c.is_(None) if v is None else c == v for (c, _), v in zip(keys[:i], values[:i], strict=True)]
        later = col < value if descending else col > value
        conds.append(and_(*same, or_(later, col.is_(None))))
    return or_(*conds) if conds else false()


# -- reports ----------------------------------------------------------------------------


def _n_statements():
    return (
        select(func.count())
        .where(statements.c.document_id == documents.c.id)
        .correlate(documents)
        .scalar_subquery()
        .label("n_statements")
    )


def report_cursor(row: dict) -> tuple:
    """The `after` of list_reports for the page that follows `row`."""
    return (row["published"], row["id"])


def list_reports(
    store: Store,
    limit: int | None = 100,
    offset: int = 0,
    search: str | None = None,
    after: tuple | None = None,
) -> list[dict]:
    """Reports, newest publication first (undated last), then latest ingested first.

    `search` matches the title, outlet or id (substring), or any statement (full text).
    `after`: only reports after this one, given as report_cursor(its row) (keyset paging).
    """
    root = documents.alias("root")
    q = (
        select(
            documents.c.id,
            documents.c.ext_id,
            documents.c.title,
            documents.c.outlet,
            documents.c.url,
            documents.c.published,
            documents.c.language,
            _n_statements(),
            documents.c.duplicate_of,
            root.c.ext_id.label("duplicate_of_ext_id"),
            documents.c.ingested_at,
        )
        .select_from(documents.outerjoin(root, root.c.id == documents.c.duplicate_of))
        .order_by(documents.c.published.desc().nulls_last(), documents.c.id.desc())
        .offset(offset)
    )
    if after is not None:
        q = q.where(_after([(documents.c.published, True), (documents.c.id, True)], after))
    if limit is not None:
        q = q.limit(limit)
    if search and search.strip():
        s = search.strip()
        conds = [
            documents.c.title.icontains(s, autoescape=True),
            documents.c.outlet.icontains(s, autoescape=True),
            documents.c.ext_id.icontains(s, autoescape=True),
        ]
        match = statement_match(store, s)
        if match is not None:
            conds.append(documents.c.id.in_(select(statements.c.document_id).where(match)))
        q = q.where(or_(*conds))
    with store.read() as conn:
        return [{k: _iso(v) for k, v in row._mapping.items()} for row in conn.execute(q)]


def _find_report_row(conn, id_or_ext_id):
    cols = select(documents, _n_statements())
    if isinstance(id_or_ext_id, int) and not isinstance(id_or_ext_id, bool):
        return conn.execute(cols.where(documents.c.id == id_or_ext_id)).first()
    key = str(id_or_ext_id)
    row = conn.execute(cols.where(documents.c.ext_id == key)).first()
    # An ext_id wins over an id: inputs may well be named "42".
    if row is None and key.isascii() and key.isdigit() and int(key) < 2**31:
        row = conn.execute(cols.where(documents.c.id == int(key))).first()
    return row


# raw bytes and signatures are internal; `source` is a local file path and `raw_meta` what the
# scraper knew: neither belongs on a page or in an API answer others may see.
_HIDDEN = {"raw", "minhash", "text", "record", "source", "raw_meta"}


def get_report(store: Store, id_or_ext_id: int | str) -> dict | None:
    """One report by id (an int, or digits that are no report's ext_id) or by ext_id.

    Metadata columns, n_statements, duplicate_of (+ duplicate_of_ext_id), duplicates (the
    later copies of this one: [{id, ext_id, outlet, similarity}]) and the full `record`.
    """
    with store.read() as conn:
        row = _find_report_row(conn, id_or_ext_id)
        if row is None:
            return None
        m = row._mapping
        report = {k: _iso(v) for k, v in m.items() if k not in _HIDDEN}
        report["duplicate_of_ext_id"] = None
        if m["duplicate_of"] is not None:
            report["duplicate_of_ext_id"] = conn.execute(
                select(documents.c.ext_id).where(documents.c.id == m["duplicate_of"])
            ).scalar()
        report["duplicates"] = [
            dict(r._mapping)
            for r in conn.execute(
                select(documents.c.id, documents.c.ext_id, documents.c.outlet, documents.c.similarity)
                .where(documents.c.duplicate_of == m["id"])
                .order_by(documents.c.id)
            )
        ]
        report["record"] = m["record"]
        return report


# -- statements -------------------------------------------------------------------------


def _bound(value, end: bool) -> str:
    """An ISO date ("2024", "2024-03", "2024-03-05" or a date) as the first day it covers, or
    for `end` the day after the last, so that `until` is inclusive whatever its precision."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        if end and value == date.max:
            return "9999-12-32"  # sorts after every real date
        return (value + timedelta(days=1) if end else value).isoformat()
    s = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}", s):
            first = date(int(s), 1, 1)
            step = lambda: date(int(s) + 1, 1, 1)  # noqa: E731
        elif re.fullmatch(r"\d{4}-\d{2}", s):
            y, mth = int(s[:4]), int(s[5:])
            first = date(y, mth, 1)
            step = lambda: date(y + mth // 12, mth % 12 + 1, 1)  # noqa: E731
        else:
            first = date.fromisoformat(s[:10])
            step = lambda: first + timedelta(days=1)  # noqa: E731
    except ValueError:
        raise ValueError(f"not an ISO date: {value!r}") from None
    if not end:
        return first.isoformat()
    try:
        return step().isoformat()
    except (ValueError, OverflowError):
        # the day after 9999-12-31 is no date, but as a bound it only has to sort last
        return "9999-12-32"


_STATEMENT_ORDER = [
    (statements.c.published, False),
    (statements.c.document_id, False),
    (statements.c.content_start, False),
    (statements.c.sid, False),
]


def statement_cursor(row: dict) -> tuple:
    """The `after` of list_statements for the page that follows `row`."""
    return (row["published"], row["report_id"], row["content_start"], row["sid"])


def list_statements(
    store: Store,
    speaker: str | None = None,
    since=None,
    until=None,
    search: str | None = None,
    stance: str | list[str] | None = None,
    limit: int | None = None,
    copies: bool = True,
    offset: int = 0,
    after: tuple | None = None,
) -> list[dict]:
    """Attributed statements across reports, by publication date (undated last), then in
    text order.

    speaker: substring of the resolved name or the mention, any case. since/until: ISO dates,
    inclusive, of any precision. search: full text over content and speaker (web-search
    syntax). stance: one stance or a list. copies=False leaves out reports that are copies
    of an earlier one (a wire story republished), so that each source counts once.
    offset, or after = statement_cursor(the last row of a page): the page after (keyset).
    """
    q = select(
        documents.c.id.label("report_id"),
        documents.c.ext_id,
        documents.c.title,
        documents.c.outlet,
        statements.c.published,
        statements.c.sid,
        statements.c.speaker_text.label("speaker"),
        statements.c.speaker_name,
        statements.c.speaker_role.label("role"),
        statements.c.speaker_type.label("type"),
        statements.c.speaker_actor.label("actor"),
        statements.c.cue,
        statements.c.stance,
        statements.c.kind,
        statements.c.content,
        statements.c.content_start,
        statements.c.content_end,
        statements.c.parent,
        documents.c.duplicate_of,
    ).select_from(statements.join(documents, documents.c.id == statements.c.document_id))
    if not copies:
        q = q.where(documents.c.duplicate_of.is_(None))
    if speaker:
        q = q.where(
            or_(
                statements.c.speaker_name.icontains(speaker, autoescape=True),
                statements.c.speaker_text.icontains(speaker, autoescape=True),
            )
        )
    if since:
        q = q.where(statements.c.published >= _bound(since, end=False))
    if until:
        q = q.where(statements.c.published < _bound(until, end=True))
    if stance:
        stances = [stance] if isinstance(stance, str) else list(stance)
        q = q.where(statements.c.stance.in_([s.lower() for s in stances]))
    if search:
        match = statement_match(store, search)
        if match is not None:
            q = q.where(match)
    if after is not None:
        q = q.where(_after(_STATEMENT_ORDER, after))
    q = q.order_by(
        statements.c.published.asc().nulls_last(),
        statements.c.document_id,
        statements.c.content_start.asc().nulls_last(),
        # A statement's id in its report, which the rows carry, so that they make a cursor.
        statements.c.sid,
    ).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    with store.read() as conn:
        return [{k: _iso(v) for k, v in row._mapping.items()} for row in conn.execute(q)]


# -- whole-store reads ------------------------------------------------------------------


def iter_records(store: Store) -> Iterator[dict]:
    """Every record, in id order, read in batches so that exports of any size stream."""
    for row in store.iter_documents(documents.c.record):
        yield row.record


STATEMENT_COLUMNS = [
    "report",
    "url",
    "outlet",
    "published",
    "title",
    "statement",
    "speaker",
    "speaker_name",
    "role",
    "speaker_type",
    "actor",
    "cue",
    "stance",
    "kind",
    "content",
    "content_start",
    "content_end",
    "cited_source",
    "venue",
    "addressee",
    "parent",
    "conditional",
    "negated",
]


def statement_rows(record: dict) -> Iterator[dict]:
    """A record's statements as flat rows (STATEMENT_COLUMNS), for CSV and the like."""
    for st in record.get("statements", []):
        sp = st["speaker"]
        yield {
            "report": record["id"],
            "url": record.get("url"),
            "outlet": record.get("outlet"),
            "published": record.get("published"),
            "title": record.get("title"),
            "statement": st["id"],
            "speaker": sp["text"],
            "speaker_name": sp.get("name"),
            "role": sp.get("role"),
            "speaker_type": sp.get("type"),
            "actor": sp.get("actor"),
            "cue": st["cue"]["text"],
            "stance": st["stance"],
            "kind": st["kind"],
            "content": st["content"]["text"],
            "content_start": st["content"]["start"],
            "content_end": st["content"]["end"],
            "cited_source": (st.get("cited_source") or {}).get("text"),
            "venue": (st.get("venue") or {}).get("text"),
            "addressee": (st.get("addressee") or {}).get("text"),
            "parent": st.get("parent"),
            "conditional": st.get("conditional"),
            "negated": st.get("negated"),
        }


def place_features(record: dict) -> Iterator[dict]:
    """GeoJSON Point features (RFC 7946: [lon, lat]) for a record's geocoded place mentions,
    each with the statements whose content mentions it."""
    for i, p in enumerate(record.get("places", [])):
        if p.get("lat") is None or p.get("lon") is None:
            continue
        mentioned_in = [
            st["id"]
            for st in record.get("statements", [])
            if st["content"]["start"] <= p["start"] < st["content"]["end"]
        ]
        yield {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
            "properties": {
                "report": record["id"],
                "url": record.get("url"),
                "outlet": record.get("outlet"),
                "published": record.get("published"),
                "title": record.get("title"),
                "place": i,
                "mention": p["text"],
                "start": p["start"],
                "end": p["end"],
                "name": p.get("name"),
                "kind": p.get("kind"),
                "country": p.get("country"),
                "geonames_id": p.get("geonames_id"),
                "stands_for": p.get("stands_for"),
                "statements": mentioned_in,
            },
        }


def counts(store: Store) -> dict:
    """{documents, duplicates, statements}: duplicates are reports stored as copies of another."""
    with store.read() as conn:
        return {
            "documents": conn.execute(select(func.count()).select_from(documents)).scalar_one(),
            "duplicates": conn.execute(
                select(func.count()).select_from(documents).where(documents.c.duplicate_of.is_not(None))
            ).scalar_one(),
            "statements": conn.execute(select(func.count()).select_from(statements)).scalar_one(),
        }


# -- the ledger -------------------------------------------------------------------------


def _claim_search(store: Store, search: str) -> Sequence[ColumnElement]:
    """Conditions on `ledger_claims` for a full-text search over a claim's label, contents,
    speakers and outlets: the same syntax and stemming as the statements' search."""
    if not _WORD.search(search):
        return []
    if store.fts == "tsvector":
        return [
            literal_column("ledger_claims.search_vector").op("@@")(
                func.websearch_to_tsquery("english", search)
            )
        ]
    if store.fts == "fts5":
        match, excluded = fts5_query(search)
        conds = []
        for query, name, keep in ((match, "claims_match", True), (excluded, "claims_excluded", False)):
            if query:
                ids = (
                    text(f"SELECT claim_id FROM ledger_claims_fts WHERE ledger_claims_fts MATCH :{name}")
                    .bindparams(**{name: query})
                    .columns(literal_column("claim_id"))
                )
                conds.append(ledger_claims.c.id.in_(ids) if keep else ledger_claims.c.id.not_in(ids))
        return conds
    # No FTS5 in this SQLite build: every word must appear.
    return [ledger_claims.c.search_text.contains(w, autoescape=True) for w in words(search)]


def list_claims(
    store: Store,
    search: str | None = None,
    speaker: str | None = None,
    since=None,
    until=None,
    contested: bool = False,
    kind: str | None = None,
    status: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    actor: str | None = None,
    stance: str | None = None,
    place: str | None = None,
    sort: str = "widest",
) -> list[dict]:
    """Claims of the ledger (their public shape, see README "claims"). speaker: a speaker name
    or alias contains this; actor: a speaker's actor code ("PRK MIL", or a prefix such as
    "PRK"); stance: one of the claim's statements has it; place: a statement's content mentions
    the place (GeoNames id or name); since/until: first reported within (ISO, inclusive);
    contested: only claims with a contradiction (denied or contested, or in a `contradicts`
    relation). sort: `widest` (most outlets first, then statements, then earliest),
    `earliest`, `latest` (by first report) or `statements` (most first)."""
    if sort not in CLAIM_SORTS:
        raise ValueError(f"sort must be one of {', '.join(CLAIM_SORTS)}, not {sort!r}")
    claims_t, members, relations_t, speakers_t = (
        ledger_claims,
        ledger_claim_statements,
        ledger_relations,
        ledger_speakers,
    )
    q = select(claims_t.c.id)
    for cond in _claim_search(store, search or ""):
        q = q.where(cond)
    if speaker:
        who = select(speakers_t.c.id).where(
            or_(
                speakers_t.c.name.icontains(speaker, autoescape=True),
                func.cast(speakers_t.c.aliases, sqltypes.Text).icontains(speaker, autoescape=True),
            )
        )
        q = q.where(claims_t.c.id.in_(select(members.c.claim_id).where(members.c.speaker_id.in_(who))))
    if since:
        q = q.where(claims_t.c.first_date >= _bound(since, end=False))
    if until:
        q = q.where(claims_t.c.first_date < _bound(until, end=True))
    if kind:
        q = q.where(claims_t.c.kind == kind)
    if status:
        q = q.where(claims_t.c.status == status)
    if contested:
        q = q.where(
            or_(
                claims_t.c.status.in_(["contested", "denied"]),
                claims_t.c.id.in_(select(relations_t.c.source).where(relations_t.c.type == "contradicts")),
                claims_t.c.id.in_(select(relations_t.c.target).where(relations_t.c.type == "contradicts")),
            )
        )
    if actor:
        code = actor.strip().upper()
        who = select(speakers_t.c.id).where(
            or_(speakers_t.c.actor == code, speakers_t.c.actor.startswith(code + " ", autoescape=True))
        )
        q = q.where(claims_t.c.id.in_(select(members.c.claim_id).where(members.c.speaker_id.in_(who))))
    if stance:
        said = (
            select(members.c.claim_id)
            .select_from(
                members.join(
                    statements,
                    (statements.c.document_id == members.c.document_id) & (statements.c.sid == members.c.sid),
                )
            )
            .where(statements.c.stance == stance.strip().lower())
        )
        q = q.where(claims_t.c.id.in_(said))
    if place:
        q = q.where(claims_t.c.id.in_(claims_at_place(place)))
    order = CLAIM_SORTS[sort](claims_t)
    q = q.order_by(*order).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    # The page is chosen by id first, then its summaries read: SQLite's sorter carries whole
    # rows, and sorting every claim with its summary took 11 s at 100,000 reports (0.23 s so).
    page = select(claims_t.c.summary).where(claims_t.c.id.in_(q.scalar_subquery())).order_by(*order)
    with store.read() as conn:
        return [row.summary for row in conn.execute(page)]


CLAIM_SORTS = {
    "widest": lambda t: (t.c.outlets.desc(), t.c.n_statements.desc(), t.c.first_date, t.c.id),
    "earliest": lambda t: (t.c.first_date.asc().nulls_last(), t.c.outlets.desc(), t.c.id),
    "latest": lambda t: (t.c.first_date.desc().nulls_last(), t.c.outlets.desc(), t.c.id),
    "statements": lambda t: (t.c.n_statements.desc(), t.c.outlets.desc(), t.c.first_date, t.c.id),
}


def get_claim(store: Store, claim_id: str) -> dict | None:
    with store.read() as conn:
        row = conn.execute(select(ledger_claims.c.summary).where(ledger_claims.c.id == claim_id)).first()
    return row.summary if row else None


def timeline(store: Store, query: str) -> list[dict]:
    """The estimate timeline of the counted things matching `query` (ledger/timeline.py)."""
    claims_t = ledger_claims
    q = select(claims_t.c.summary).where(claims_t.c.kind == "quantity")
    classes = sorted({_CLASS_OF[w] for w in words(query) if w in _CLASS_OF})
    if classes:
        # The class decides most of the match: let the index narrow it down first.
        q = q.where(claims_t.c.counted_what.in_([*classes, "people", BARE]))
    with store.read() as conn:
        return timeline_points((row.summary for row in conn.execute(q)), query)


def counted_things(store: Store, limit: int = 40) -> list[dict]:
    """The things the ledger's figures count, most reported first: {what, country, label,
    claims, outlets}, where `label` ("Belarusian personnel") is a timeline query that finds
    them. Figures whose noun was never said (BARE) are left out: they have no name to offer."""
    claims_t = ledger_claims
    outlets = func.sum(claims_t.c.outlets).label("outlets")
    n = func.count().label("claims")
    q = (
        select(claims_t.c.counted_what, claims_t.c.counted_country, n, outlets)
        .where(
            claims_t.c.kind == "quantity",
            claims_t.c.counted_what.is_not(None),
            claims_t.c.counted_what != BARE,
        )
        .group_by(claims_t.c.counted_what, claims_t.c.counted_country)
        .order_by(outlets.desc(), n.desc(), claims_t.c.counted_what, claims_t.c.counted_country)
        .limit(limit * 3)
    )
    with store.read() as conn:
        rows = conn.execute(q).all()
    # A country code the country list does not know ("MIL") is no part of the label: its
    # things are the label's things, and are found by the same query.
    by_label: dict[str, dict] = {}
    for r in rows:
        label = Counted(r.counted_what, r.counted_country, "is").label
        known = by_label.get(label)
        if known is None:
            by_label[label] = {
                "what": r.counted_what,
                "country": r.counted_country if label != Counted(r.counted_what, None, "is").label else None,
                "label": label,
                "claims": r.claims,
                "outlets": int(r.outlets or 0),
            }
        else:
            known["claims"] += r.claims
            known["outlets"] += int(r.outlets or 0)
    things = sorted(by_label.values(), key=lambda t: (-t["outlets"], -t["claims"], t["label"]))
    return things[:limit]


def reports_by_ext_id(store: Store, ext_ids) -> dict[str, dict]:
    """{ext_id: {id, ext_id, outlet, published}} of these reports (a timeline point names its
    reports by ext_id); ids that are no report are left out."""
    keys = list(dict.fromkeys(str(k) for k in ext_ids))
    out: dict[str, dict] = {}
    with store.read() as conn:
        for i in range(0, len(keys), 500):
            q = select(documents.c.id, documents.c.ext_id, documents.c.outlet, documents.c.published).where(
                documents.c.ext_id.in_(keys[i : i + 500])
            )
            for row in conn.execute(q):
                out[row.ext_id] = {k: _iso(v) for k, v in row._mapping.items()}
    return out


def list_speakers(store: Store, search: str | None = None, limit: int | None = None) -> list[dict]:
    """Speaker identities with their aliases, most statements first."""
    speakers_t = ledger_speakers
    q = select(speakers_t).order_by(speakers_t.c.statements.desc(), speakers_t.c.name)
    if search:
        q = q.where(
            or_(
                speakers_t.c.name.icontains(search, autoescape=True),
                func.cast(speakers_t.c.aliases, sqltypes.Text).icontains(search, autoescape=True),
            )
        )
    if limit is not None:
        q = q.limit(limit)
    with store.read() as conn:
        return [dict(row._mapping) for row in conn.execute(q)]


def get_speaker(store: Store, speaker_id: str) -> dict | None:
    """One identity with the claims it took part in."""
    claims_t, members, speakers_t = ledger_claims, ledger_claim_statements, ledger_speakers
    with store.read() as conn:
        row = conn.execute(select(speakers_t).where(speakers_t.c.id == speaker_id)).first()
        if row is None:
            return None
        claims = conn.execute(
            select(
                claims_t.c.id,
                claims_t.c.label,
                claims_t.c.kind,
                claims_t.c.status,
                members.c.relation,
                members.c.published,
            )
            .select_from(members.join(claims_t, claims_t.c.id == members.c.claim_id))
            .where(members.c.speaker_id == speaker_id)
            .order_by(members.c.published.asc().nulls_last(), claims_t.c.id)
        ).all()
    out = dict(row._mapping)
    out["claims"] = [dict(c._mapping) for c in claims]
    return out


def ledger_counts(store: Store) -> dict:
    claims_t, relations_t, speakers_t = ledger_claims, ledger_relations, ledger_speakers
    with store.read() as conn:
        out = {
            "claims": conn.execute(select(func.count()).select_from(claims_t)).scalar_one(),
            "relations": conn.execute(select(func.count()).select_from(relations_t)).scalar_one(),
            "speakers": conn.execute(select(func.count()).select_from(speakers_t)).scalar_one(),
            "unanalysed": conn.execute(
                select(func.count())
                .select_from(documents)
                .where(documents.c.language.is_not(None), documents.c.language != "en")
            ).scalar_one(),
        }
    return out
