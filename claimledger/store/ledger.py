"""Keeping the ledger in the store, up to date after every batch of reports.

The ledger is a pure function of the stored records (`claimledger.ledger.build.build`). An
update after a batch (`update`):

1. reads the stamp of every report (when its record was written, which report it copies, its
   language: cheap columns, no record) and compares it with the stamp kept beside the ledger's
   items of that report (`ledger_items`); only the records of new or changed reports are read
   and turned into items again; a removed report's items go with it (ON DELETE CASCADE);
2. builds the ledger from the items with the same pure `build` a full rebuild uses, so the
   result is the full rebuild's by construction (claims, members, statuses, relations,
   speakers): statement claims compare TF-IDF vectors whose weights depend on every statement
   in the store, and speaker identities on every name known, so no smaller set of reports
   gives the same answer (see the README);
3. writes only the difference: claims and speakers whose row digest changed, the relations
   that appeared or went, the items of the changed reports, all in one transaction. Readers
   see the old ledger or the new one, never half. Another writer that stored reports in the
   meantime is seen inside that transaction (the stamps are read again) and the update starts
   over, so a ledger never describes other records than the ones stored with it.

`rebuild` is the forced full rebuild (`claimledger ledger-rebuild`): every record read again,
every ledger table rewritten. Costs of both are measured in `bench/bench_ledger.py`.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from dataclasses import dataclass, fields

from sqlalchemy import bindparam, delete, insert, select
from sqlalchemy import update as sa_update
from sqlalchemy.engine import Connection

from claimledger.ledger.build import Ledger, build, claim_summary
from claimledger.ledger.claims import Claim
from claimledger.ledger.items import EventRef, Figure, Item, items_from_record, words
from claimledger.store.db import Store
from claimledger.store.schema import (
    documents,
    ledger_claim_statements,
    ledger_claims,
    ledger_items,
    ledger_relations,
    ledger_speakers,
)

_INSERT_BATCH = 2000
_IN_BATCH = 500  # ids in one IN (...) list
_READ_BATCH = 500  # records or item lists read in one query
# Updates that find the store changed under them start over this many times, then compute
# under the write lock.
_OPTIMISTIC_TRIES = 3


@dataclass(frozen=True)
class LedgerStats:
    reports: int
    unanalysed: int  # reports kept without analysis (another language)
    undated: int  # reports placed by their ingestion date
    statements: int
    claims: int
    relations: int
    speakers: int
    # What the update did: reports whose items were read again from their records, and rows
    # written (inserted, replaced or deleted) in the ledger tables.
    reread: int = 0
    claims_written: int = 0
    relations_written: int = 0
    speakers_written: int = 0
    # Seconds spent reading items, building (with the rows' digests) and writing.
    seconds: tuple[float, float, float] = (0.0, 0.0, 0.0)


# -- the items of a report, kept as JSON ------------------------------------------------------

_ITEM_FIELDS = [f.name for f in fields(Item) if f.name not in ("relayed", "identity")]


def item_to_json(it: Item) -> dict:
    out = {}
    for name in _ITEM_FIELDS:
        value = getattr(it, name)
        if name == "figures":
            value = [[getattr(f, g.name) for g in fields(Figure)] for f in value]
        elif name == "events":
            value = [[getattr(e, g.name) for g in fields(EventRef)] for e in value]
        elif isinstance(value, frozenset):
            value = sorted(value)
        out[name] = value
    return out


def items_from_json(rows: list[dict]) -> list[Item]:
    """The items of one report as `items_from_record` made them (relays linked again)."""
    out = []
    for d in rows:
        kw = dict(d)
        kw["figures"] = [Figure(*f) for f in d["figures"]]
        kw["events"] = [EventRef(e[0], tuple(e[1]), *e[2:]) for e in d["events"]]
        kw["report_countries"] = frozenset(d["report_countries"])
        kw["report_places"] = frozenset(d["report_places"])
        out.append(Item(**kw))
    by_sid = {it.sid: it for it in out}
    for it in out:
        if it.relays is not None:
            it.relayed = by_sid.get(it.relays)
    return out


# -- reading the stored reports ---------------------------------------------------------------


@dataclass
class _Report:
    stamp: str
    analysed: bool
    dated: bool
    items: list[Item]


def _stamp(row) -> str:
    """What a report's items depend on besides its record's content: when and by which
    analyser the record was written (every writer of a record sets `updated_at`), the report
    it copies, its language and ingestion date."""
    ingested = row.ingested_at.isoformat() if row.ingested_at else ""
    written = row.updated_at.isoformat() if row.updated_at else ""
    return f"{written}|{row.analyser_version}|{row.duplicate_of}|{row.language}|{ingested}"


def _stamps(conn: Connection) -> dict[int, str]:
    """Every report's current stamp, in id order."""
    rows = conn.execute(
        select(
            documents.c.id,
            documents.c.updated_at,
            documents.c.analyser_version,
            documents.c.duplicate_of,
            documents.c.language,
            documents.c.ingested_at,
        ).order_by(documents.c.id)
    )
    return {r.id: _stamp(r) for r in rows}


def _report_of(row) -> _Report:
    record = row.record or {}
    analysed = (row.language or record.get("language")) in (None, "en")
    dated = bool(record.get("published"))
    items: list[Item] = []
    if analysed:
        ingested = row.ingested_at.date().isoformat() if row.ingested_at else None
        items = items_from_record(
            record, document_id=row.id, root_id=row.duplicate_of, fallback_date=ingested
        )
    return _Report(_stamp(row), analysed, dated, items)


def _read_reports(
    conn: Connection, stamps: dict[int, str], reuse: bool, cache: dict[int, _Report] | None = None
) -> tuple[dict[int, _Report], set[int]]:
    """Every report's items: kept ones whose stamp still holds (when `reuse`), the others read
    again from their records. Returns them by id, and the ids read again. `cache`: the reports
    of this process's last update, taken as they are where the kept stamp still matches (no
    JSON parsed again)."""
    out: dict[int, _Report] = {}
    if reuse:
        kept = conn.execute(select(ledger_items.c.document_id, ledger_items.c.stamp))
        fresh = []
        for doc_id, stamp in kept:
            if stamps.get(doc_id) != stamp:
                continue
            known = cache.get(doc_id) if cache else None
            if known is not None and known.stamp == stamp:
                out[doc_id] = known
            else:
                fresh.append(doc_id)
        for i in range(0, len(fresh), _READ_BATCH):
            rows = conn.execute(
                select(
                    ledger_items.c.document_id,
                    ledger_items.c.stamp,
                    ledger_items.c.analysed,
                    ledger_items.c.dated,
                    ledger_items.c["items"],
                ).where(ledger_items.c.document_id.in_(fresh[i : i + _READ_BATCH]))
            )
            for r in rows:
                out[r.document_id] = _Report(
                    r.stamp, bool(r.analysed), bool(r.dated), items_from_json(r.items)
                )
    stale = [doc_id for doc_id in stamps if doc_id not in out]
    cols = (
        documents.c.id,
        documents.c.record,
        documents.c.duplicate_of,
        documents.c.ingested_at,
        documents.c.updated_at,
        documents.c.analyser_version,
        documents.c.language,
    )
    for i in range(0, len(stale), _READ_BATCH):
        for row in conn.execute(select(*cols).where(documents.c.id.in_(stale[i : i + _READ_BATCH]))):
            out[row.id] = _report_of(row)
    return out, set(stale)


def load_items(store: Store) -> tuple[list[Item], int, int, int]:
    """Every stored statement as a ledger item, read from the records; with counts of
    reports, unanalysed reports and undated ones."""
    with store.read() as conn:
        reports, _ = _read_reports(conn, _stamps(conn), reuse=False)
    items = _all_items(reports)
    unanalysed = sum(not r.analysed for r in reports.values())
    undated = sum(r.analysed and not r.dated for r in reports.values())
    return items, len(reports), unanalysed, undated


def _all_items(reports: dict[int, _Report]) -> list[Item]:
    # In id order, the order a full read gives: grouping and identities depend on it.
    return [it for doc_id in sorted(reports) for it in reports[doc_id].items]


# -- the rows of a ledger ---------------------------------------------------------------------


def _search_text(summary: dict) -> str:
    parts = [summary["label"]]
    for s in summary["statements"]:
        parts += [s["speaker"] or "", s["mention"] or "", s["content"] or "", s["outlet"] or ""]
    return " ".join(words(" ".join(parts)))


def _digest(value) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass
class _Rows:
    ledger: Ledger
    speakers: dict[str, dict]
    claims: dict[str, tuple[str, Claim]]  # id -> (digest of what its rows are made of, claim)
    relations: list[dict]

    def claim_rows(self, claim_id: str) -> tuple[dict, list[dict]]:
        """The claim's row and its statements' rows."""
        digest, claim = self.claims[claim_id]
        summary = claim_summary(claim, self.ledger)
        counted = summary.get("counted") or {}
        row = {
            "id": claim.id,
            "kind": claim.kind,
            "label": claim.label,
            "status": claim.status,
            "origins": claim.origins,
            "outlets": claim.outlets,
            "n_statements": len(claim.items),
            "first_date": summary["first_reported"]["date"],
            "latest_date": summary["latest"]["date"],
            "counted_what": counted.get("what"),
            "counted_country": counted.get("country"),
            "search_text": _search_text(summary),
            "summary": summary,
            "digest": digest,
        }
        members = [
            {
                "claim_id": claim.id,
                "document_id": it.document_id,
                "sid": it.sid,
                "speaker_id": it.identity,
                "relation": claim.relations.get(i, "origin"),
                "published": it.date or None,
            }
            for i, it in enumerate(claim.items)
        ]
        return row, members


def _claim_digest(claim: Claim, ledger: Ledger, stamps: dict[int, str]) -> str:
    """A digest of everything a claim's rows are made of (`claim_summary` reads nothing
    else): its own fields, its statements (a statement's fields are fixed by its report's
    stamp and its id), the names of their speakers and the claim's relations. Equal digests,
    equal rows: an update builds the rows of changed claims only."""
    ident = ledger.identities
    parts = (
        claim.id,
        claim.kind,
        claim.label,
        claim.status,
        claim.origins,
        claim.outlets,
        sorted(claim.relations.items()),
        claim.figure,
        claim.counted,
        claim.event_type,
        claim.place,
        [
            (
                it.document_id,
                stamps.get(it.document_id),
                it.sid,
                it.position,
                it.identity,
                ident[it.identity].name if it.identity in ident else None,
            )
            for it in claim.items
        ],
        [(r.type, r.target, r.evidence) for r in ledger.relations_of(claim.id, "source")],
        [(r.type, r.source, r.evidence) for r in ledger.relations_of(claim.id, "target")],
    )
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()


def _rows(ledger: Ledger, stamps: dict[int, str]) -> _Rows:
    speakers = {}
    for ident in ledger.identities.values():
        row = {
            "id": ident.key,
            "name": ident.name,
            "type": ident.type,
            "actor": ident.actor,
            "speaks_for": ident.speaks_for,
            "aliases": [a for a, _ in Counter(ident.aliases).most_common()],
            "roles": [r for r, _ in ident.roles.most_common(5)],
            "statements": ident.statements,
        }
        row["digest"] = _digest(row)
        speakers[ident.key] = row
    claims = {c.id: (_claim_digest(c, ledger, stamps), c) for c in ledger.claims}
    relations = [
        {
            "type": r.type,
            "source": r.source,
            "target": r.target,
            "evidence": [
                {"source": {"report": a[0], "sid": a[1]}, "target": {"report": b[0], "sid": b[1]}}
                for a, b in r.evidence
            ],
        }
        for r in ledger.relations
    ]
    return _Rows(ledger, speakers, claims, relations)


def _relation_key(row) -> tuple:
    return (row["type"], row["source"], row["target"], _digest(row["evidence"]))


# -- writing ----------------------------------------------------------------------------------


def _insert(conn: Connection, table, rows: list[dict]) -> None:
    for i in range(0, len(rows), _INSERT_BATCH):
        conn.execute(insert(table), rows[i : i + _INSERT_BATCH])


def _update(conn: Connection, table, rows: list[dict]) -> None:
    """Rows updated by primary key `id`, many in one executemany."""
    if not rows:
        return
    cols = [c for c in rows[0] if c != "id"]
    # Parameter names other than the columns': SQLAlchemy keeps those for itself.
    stmt = (
        sa_update(table).where(table.c.id == bindparam("p_id")).values({c: bindparam("p_" + c) for c in cols})
    )
    for i in range(0, len(rows), _INSERT_BATCH):
        conn.execute(stmt, [{"p_" + k: v for k, v in r.items()} for r in rows[i : i + _INSERT_BATCH]])


def _delete_in(conn: Connection, column, values) -> None:
    values = list(values)
    for i in range(0, len(values), _IN_BATCH):
        conn.execute(delete(column.table).where(column.in_(values[i : i + _IN_BATCH])))


# -- the claims' full-text index on SQLite (migration 0006; PostgreSQL's is a generated column)


def _has_claims_fts(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite" and bool(
        conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ledger_claims_fts'"
        ).first()
    )


def _fts_rowid(claim_id: str) -> int:
    return int(claim_id[1:], 16)  # "c" and ten hex digits (ledger/claims.py)


def _index_claims(conn: Connection, claim_rows: list[dict]) -> None:
    if claim_rows and _has_claims_fts(conn):
        conn.exec_driver_sql(
            "INSERT INTO ledger_claims_fts(rowid, claim_id, search_text) VALUES (?, ?, ?)",
            [(_fts_rowid(r["id"]), r["id"], r["search_text"]) for r in claim_rows],
        )


def _unindex_claims(conn: Connection, claim_ids: list[str]) -> None:
    if claim_ids and _has_claims_fts(conn):
        conn.exec_driver_sql(
            "DELETE FROM ledger_claims_fts WHERE rowid = ?", [(_fts_rowid(c),) for c in claim_ids]
        )


def _insert_claims(conn: Connection, rows: _Rows, ids: list[str]) -> None:
    for i in range(0, len(ids), _INSERT_BATCH):
        built = [rows.claim_rows(cid) for cid in ids[i : i + _INSERT_BATCH]]
        _insert(conn, ledger_claims, [row for row, _ in built])
        _insert(conn, ledger_claim_statements, [m for _, ms in built for m in ms])
        _index_claims(conn, [row for row, _ in built])


def _write_all(conn: Connection, rows: _Rows) -> tuple[int, int, int]:
    for table in (ledger_relations, ledger_claim_statements, ledger_claims, ledger_speakers):
        conn.execute(delete(table))
    if _has_claims_fts(conn):
        conn.exec_driver_sql("DELETE FROM ledger_claims_fts")
    _insert(conn, ledger_speakers, list(rows.speakers.values()))
    _insert_claims(conn, rows, list(rows.claims))
    _insert(conn, ledger_relations, rows.relations)
    return len(rows.claims), len(rows.relations), len(rows.speakers)


def _write_changes(conn: Connection, rows: _Rows) -> tuple[int, int, int]:
    """Make the stored ledger equal to `rows`, touching only the rows that differ."""
    old_claims = {r.id: r.digest for r in conn.execute(select(ledger_claims.c.id, ledger_claims.c.digest))}
    old_speakers = {
        r.id: r.digest for r in conn.execute(select(ledger_speakers.c.id, ledger_speakers.c.digest))
    }
    gone = [cid for cid in old_claims if cid not in rows.claims]
    changed = [cid for cid, (d, _) in rows.claims.items() if cid in old_claims and old_claims[cid] != d]
    added = [cid for cid in rows.claims if cid not in old_claims]
    if 2 * (len(gone) + len(changed) + len(added)) > len(rows.claims) + len(old_claims):
        # Most of the ledger changed (a first update, a large batch): rewriting it all is
        # cheaper than deleting and inserting row by row, and the result is the same.
        return _write_all(conn, rows)
    gone_set = set(gone)
    wanted = Counter(_relation_key(r) for r in rows.relations)
    stale_relations = []
    for r in conn.execute(
        select(
            ledger_relations.c.id,
            ledger_relations.c.type,
            ledger_relations.c.source,
            ledger_relations.c.target,
            ledger_relations.c.evidence,
        )
    ):
        key = _relation_key(r._mapping)
        if r.source in gone_set or r.target in gone_set or wanted[key] == 0:
            stale_relations.append(r.id)
        else:
            wanted[key] -= 1  # kept as it is
    new_relations = []
    for rel in rows.relations:
        key = _relation_key(rel)
        if wanted[key] > 0:
            wanted[key] -= 1
            new_relations.append(rel)
    _delete_in(conn, ledger_relations.c.id, stale_relations)
    _delete_in(conn, ledger_claim_statements.c.claim_id, gone + changed)
    _delete_in(conn, ledger_claims.c.id, gone)
    _unindex_claims(conn, gone + changed)
    # Changed claims are updated in place (their relations that stay, stay).
    for i in range(0, len(changed), _INSERT_BATCH):
        built = [rows.claim_rows(cid) for cid in changed[i : i + _INSERT_BATCH]]
        _update(conn, ledger_claims, [row for row, _ in built])
        _insert(conn, ledger_claim_statements, [m for _, ms in built for m in ms])
        _index_claims(conn, [row for row, _ in built])
    _insert_claims(conn, rows, added)
    _insert(conn, ledger_relations, new_relations)

    gone_speakers = [sid for sid in old_speakers if sid not in rows.speakers]
    changed_speakers = [
        k for k, row in rows.speakers.items() if k in old_speakers and old_speakers[k] != row["digest"]
    ]
    added_speakers = [k for k in rows.speakers if k not in old_speakers]
    _delete_in(conn, ledger_speakers.c.id, gone_speakers)
    _update(conn, ledger_speakers, [rows.speakers[k] for k in changed_speakers])
    _insert(conn, ledger_speakers, [rows.speakers[k] for k in added_speakers])
    return (
        len(gone) + len(changed) + len(added),
        len(stale_relations) + len(new_relations),
        len(gone_speakers) + len(changed_speakers) + len(added_speakers),
    )


def _keep_items(conn: Connection, reports: dict[int, _Report], reread: set[int], everything: bool) -> None:
    if everything:
        conn.execute(delete(ledger_items))
    else:
        # Rows of removed reports went with them (CASCADE); these are the re-read ones.
        _delete_in(conn, ledger_items.c.document_id, reread)
    ids = sorted(reports) if everything else sorted(reread)
    rows = [
        {
            "document_id": doc_id,
            "stamp": reports[doc_id].stamp,
            "analysed": reports[doc_id].analysed,
            "dated": reports[doc_id].dated,
            "items": [item_to_json(it) for it in reports[doc_id].items],
        }
        for doc_id in ids
    ]
    _insert(conn, ledger_items, rows)


# -- update and rebuild -----------------------------------------------------------------------


def _compute(conn: Connection, stamps: dict[int, str], full: bool, cache: dict[int, _Report] | None):
    t0 = time.perf_counter()
    reports, reread = _read_reports(conn, stamps, reuse=not full, cache=cache)
    items = _all_items(reports)
    t1 = time.perf_counter()
    ledger = build(items)
    rows = _rows(ledger, {k: r.stamp for k, r in reports.items()})
    return reports, reread, items, ledger, rows, (t1 - t0, time.perf_counter() - t1)


def update(store: Store, *, full: bool = False, cache: dict | None = None) -> LedgerStats:
    """Bring the stored ledger up to date with the stored reports (see the module's doc).
    `full`: read every record again and rewrite every ledger table. `cache`: a dict this
    process keeps between updates (`Upkeep` does): the reports' items stay in it, so that the
    next update parses only the changed ones."""
    for attempt in range(_OPTIMISTIC_TRIES + 1):
        locked = attempt == _OPTIMISTIC_TRIES
        if not locked:
            # Build outside the write lock: readers and writers of reports go on meanwhile.
            with store.read() as conn:
                stamps = _stamps(conn)
                computed = _compute(conn, stamps, full, cache)
        with store._write() as conn:
            if locked:
                stamps = _stamps(conn)
                computed = _compute(conn, stamps, full, cache)
            elif _stamps(conn) != stamps:
                continue  # reports were stored meanwhile: start over
            reports, reread, items, ledger, rows, (read_s, build_s) = computed
            t = time.perf_counter()
            _keep_items(conn, reports, reread, everything=full)
            written = _write_all(conn, rows) if full else _write_changes(conn, rows)
        write_s = time.perf_counter() - t  # with the commit
        if cache is not None:
            cache.clear()
            cache.update(reports)
        return LedgerStats(
            len(reports),
            sum(not r.analysed for r in reports.values()),
            sum(r.analysed and not r.dated for r in reports.values()),
            len(items),
            len(ledger.claims),
            len(ledger.relations),
            len(ledger.identities),
            len(reread),
            *written,
            seconds=(round(read_s, 3), round(build_s, 3), round(write_s, 3)),
        )
    raise AssertionError("unreachable: the last attempt holds the write lock")


def stale(store: Store) -> bool:
    """Whether stored reports changed since the ledger was last brought up to date (an
    interrupted ingest stores reports and stops before the update)."""
    with store.read() as conn:
        stamps = _stamps(conn)
        kept = {
            r.document_id: r.stamp
            for r in conn.execute(select(ledger_items.c.document_id, ledger_items.c.stamp))
        }
    return kept != stamps


class Upkeep:
    """Keeps the ledger up to date while a long ingest runs. After each batch stored, `after_batch`
    updates the ledger once enough time went by since the last update: at least `interval`
    seconds, and at least (1 - share) / share times what the last update took, so that the
    upkeep takes at most about `share` of the run whatever the store's size (the build is over
    the whole store: see the module's doc). `finish` updates it when anything is left, or when
    an earlier run left it behind. The reports' items stay in memory between updates."""

    def __init__(self, store: Store, *, interval: float = 30.0, share: float = 0.1, clock=time.monotonic):
        self.store = store
        self.interval = interval
        self.share = share
        self.clock = clock
        self.cache: dict[int, _Report] = {}
        self.pending = False
        self.last_end = clock()
        self.last_cost = 0.0
        self.updates = 0

    def stored(self) -> None:
        """A report was stored (new or changed)."""
        self.pending = True

    def due(self) -> bool:
        wait = max(self.interval, self.last_cost * (1 - self.share) / self.share)
        return self.pending and self.clock() - self.last_end >= wait

    def after_batch(self) -> LedgerStats | None:
        return self.run() if self.due() else None

    def finish(self) -> LedgerStats | None:
        return self.run() if self.pending or stale(self.store) else None

    def run(self) -> LedgerStats:
        t = self.clock()
        stats = update(self.store, cache=self.cache)
        self.last_end = self.clock()
        self.last_cost = self.last_end - t
        self.pending = False
        self.updates += 1
        return stats


def rebuild(store: Store) -> LedgerStats:
    """Build the ledger from every stored record and replace the stored one."""
    return update(store, full=True)


def write(store: Store, ledger: Ledger) -> None:
    """Replace the stored ledger by `ledger` (its items are not kept: the next `update` reads
    every record again)."""
    with store._write() as conn:
        conn.execute(delete(ledger_items))
        _write_all(conn, _rows(ledger, {}))


def claim_ids_of_report(store: Store, document_id: int) -> dict[str, list[str]]:
    """sid -> the claims (usually one) of each of one report's statements."""
    with store.read() as conn:
        rows = conn.execute(
            select(ledger_claim_statements.c.sid, ledger_claim_statements.c.claim_id).where(
                ledger_claim_statements.c.document_id == document_id
            )
        ).all()
    out: dict[str, list[str]] = {}
    for r in rows:
        out.setdefault(r.sid, []).append(r.claim_id)
    return out
