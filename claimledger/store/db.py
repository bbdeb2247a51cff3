"""The store: documents, their raw input and their records, in SQLite or PostgreSQL.

Every write is one transaction: a report is stored with its record and statements, or not at
all. The raw input is kept (compressed) so that any record can be recomputed with a newer
analyser (`iter_raw` + `update_record`).
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeGuard

from sqlalchemy import and_, bindparam, create_engine, delete, event, func, insert, or_, select, text, update
from sqlalchemy.engine import Connection, Engine, Row, make_url
from sqlalchemy.exc import IntegrityError

from claimledger.ingest.document import Document, RawInput
from claimledger.store.places import replace_place_mentions
from claimledger.store.schema import documents, minhash_bands, statements

# Estimated Jaccard similarity of word 5-shingles at which a report is taken for a copy of an
# earlier one. Measured on the bundled examples: the wire story and its republication under
# another credit line and footer score 0.73; two different reports on the same story score
# under 0.1. Wire copies of short reports lose more to their framing, hence 0.5, not 0.8.
NEAR_DUPLICATE_THRESHOLD = 0.5

# Execution option that marks a connection as about to write (see _sqlite_begin).
_WRITE = "claimledger_write"
_BATCH = 100
# Any constant: a key space of our own for advisory locks on LSH band buckets.
_PG_BAND_LOCK = 0x636C62  # "clb"


def default_url() -> str:
    return os.environ.get("CLAIMLEDGER_DB") or "sqlite:///claimledger.db"


def normalise_url(url: str) -> str:
    """An SQLAlchemy URL for what a user typed: a URL, or a bare path meaning an SQLite file."""
    url = str(url)
    if "://" not in url:
        return "sqlite:///" + url
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        # psycopg 3 is the driver we ship; SQLAlchemy's default driver could be another.
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


# At most this many stored reports, those sharing the most LSH bands with a new one, have
# their signatures compared with it. A wire story copied a thousand times shares a bucket with
# every copy: comparing them all made each store slower than the last (bench/bench_store.py).
# The number of shared bands follows the similarity, so the best match is among the first.
MAX_CANDIDATES = 32


@functools.cache
def _candidates_query():
    """Stored reports sharing a bucket of one of the LSH bands (parameters bucket0..), those
    sharing the most first, at most MAX_CANDIDATES: built once, since building the 25-way
    condition costs more than running it (and on first use, so that commands that store
    nothing do not import datasketch)."""
    from claimledger.ingest.dedup import LSH_BANDS

    bands = minhash_bands.c
    shared = func.count().label("shared")
    sharing = (
        select(bands.document_id, shared)
        .where(
            or_(
                *(
                    and_(bands.band == band, bands.bucket == bindparam(f"bucket{band}"))
                    for band in range(LSH_BANDS)
                )
            )
        )
        .group_by(bands.document_id)
        .order_by(shared.desc(), bands.document_id)
        .limit(MAX_CANDIDATES)
        .subquery()
    )
    return (
        select(documents.c.id, documents.c.minhash)
        .join(sharing, sharing.c.document_id == documents.c.id)
        .where(documents.c.minhash.is_not(None))
    )


def _lock_key(band: int, bucket: int) -> int:
    """A 32-bit advisory lock key for a band bucket (PostgreSQL's two-key form takes int4s);
    two buckets sharing a key only take turns that they need not have."""
    h = (bucket ^ (band * 0x9E3779B97F4A7C15)) & 0xFFFFFFFFFFFFFFFF
    h = (h ^ (h >> 32)) & 0xFFFFFFFF
    return h - (1 << 32) if h >= 1 << 31 else h


def _json_dumps(value) -> str:
    # NaN is not JSON and PostgreSQL's json type rejects it: refuse it on every backend alike.
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    u = make_url(url)
    if u.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, json_serializer=_json_dumps)

    if u.database and u.database != ":memory:" and not u.database.startswith("file:"):
        Path(u.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30}, json_serializer=_json_dumps)

    @event.listens_for(engine, "connect")
    def _sqlite_connect(dbapi_conn, _record):
        # Take BEGIN away from the sqlite3 module, which skips it before SELECT and DDL; then a
        # transaction really covers everything in it, migrations included.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        # WAL lets readers (the web face) go on while an ingest writes. Switching a new file
        # to WAL while another process does the same can fail at once, without waiting on
        # the busy timeout (SQLite avoids a lock deadlock that way): try again shortly.
        for attempt in range(100):
            try:
                cur.execute("PRAGMA journal_mode = WAL")
                break
            except sqlite3.OperationalError:
                if attempt == 99:
                    raise
                time.sleep(0.05)
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _sqlite_begin(conn):
        # A deferred transaction that reads and then writes fails with "database is locked"
        # when another process wrote in between; taking the write lock first makes it wait.
        immediate = conn.get_execution_options().get(_WRITE)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def alembic_config():
    """Alembic's configuration for the migrations shipped inside the package; no ini file.
    To run a command on an open connection, set `cfg.attributes["connection"]` first."""
    from alembic.config import Config

    cfg = Config()
    location = str(Path(__file__).with_name("migrations"))
    cfg.set_main_option("script_location", location.replace("%", "%%"))
    return cfg


@dataclass(frozen=True)
class AddResult:
    """What `Store.add` did.

    status: "new", "unchanged" (same id, same text: nothing written), "updated" (same id, new
    text: replaced, id kept) or "near_duplicate" (new, and an earlier report has the same or
    nearly the same text). `duplicate_of` is the id of the first copy (the root of its
    family); `similarity` is the estimated Jaccard similarity to it, 1.0 for an exact copy.
    """

    status: str
    id: int
    duplicate_of: int | None = None
    similarity: float | None = None


def _now() -> datetime:
    return datetime.now(UTC)


def _text(value) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _metadata(doc: Document, record: dict) -> dict:
    """The report's metadata columns; the record wins where it has the field, being the
    analysed truth that users see."""
    cols = {}
    for key in ("url", "outlet", "title", "published", "language"):
        value = record[key] if key in record else getattr(doc, key)
        cols[key] = _text(value) if key == "published" else value
    return cols


def _raw_meta(raw: RawInput, overrides: dict | None) -> dict:
    return {"meta": raw.meta or {}, "overrides": overrides or {}}


def _stored_input(ext_id: str):
    return select(
        documents.c.id,
        documents.c.content_hash,
        documents.c.duplicate_of,
        documents.c.similarity,
        documents.c.raw_meta,
    ).where(documents.c.ext_id == ext_id)


def _same_input(existing: Row[Any] | None, content_hash: str, raw_meta: dict) -> TypeGuard[Row[Any]]:
    # Same text under the same metadata: nothing to do. A new --published or outlet changes
    # the record (relative times resolve against the date), so it is not the same input.
    return existing is not None and existing.content_hash == content_hash and existing.raw_meta == raw_meta


def statement_rows(document_id: int, record: dict, published: str | None) -> list[dict]:
    rows = []
    for i, st in enumerate(record.get("statements") or (), start=1):
        speaker = st.get("speaker") or {}
        cue = st.get("cue") or {}
        content = st.get("content") or {}
        rows.append(
            {
                "document_id": document_id,
                "sid": st.get("id") or f"s{i}",
                "speaker_text": speaker.get("text"),
                "speaker_name": speaker.get("name"),
                "speaker_role": speaker.get("role"),
                "speaker_type": speaker.get("type"),
                "speaker_actor": speaker.get("actor"),
                "cue": cue.get("text"),
                "stance": st.get("stance"),
                "kind": st.get("kind"),
                "content": content.get("text"),
                "content_start": content.get("start"),
                "content_end": content.get("end"),
                "parent": st.get("parent"),
                "published": published,
            }
        )
    return rows


class Store:
    """A claimledger database. Opening it brings its schema up to date."""

    def __init__(self, url: str | None = None):
        self.url = normalise_url(url or default_url())
        self.engine = make_engine(self.url)
        self.dialect = self.engine.dialect.name
        self._migrate()
        self.fts = self._detect_fts()

    # -- plumbing -------------------------------------------------------------------------

    def _migrate(self) -> None:
        from alembic import command
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        cfg = alembic_config()
        heads = set(ScriptDirectory.from_config(cfg).get_heads())
        # Look before taking the write lock: an up-to-date database (the usual case) then
        # opens without waiting for a running ingest, and read-only access works.
        with self.read() as conn:
            if set(MigrationContext.configure(conn).get_current_heads()) == heads:
                return
        with self._write() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def _detect_fts(self) -> str | None:
        """How statements are searched: "fts5", "tsvector", or None for the LIKE fallback."""
        if self.dialect == "postgresql":
            return "tsvector"
        if self.dialect == "sqlite":
            with self.read() as conn:
                found = conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'statements_fts'"
                ).first()
            return "fts5" if found else None
        return None

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading; one transaction, so one consistent snapshot."""
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn.execution_options(**{_WRITE: True})
            with conn.begin():
                yield conn

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- near-duplicate index ------------------------------------------------------------
    #
    # The LSH bands of every stored signature are rows of minhash_bands, written in the
    # transaction that stores the report. Candidates are one indexed query over the new
    # report's bands, inside the write transaction that stores it; writers whose reports
    # share a band bucket take turns (SQLite: the write lock, BEGIN IMMEDIATE; PostgreSQL: an
    # advisory lock per bucket), so that of two near copies stored at the same instant the
    # second always sees the first.

    def _lock_bands(self, conn: Connection, buckets: list[tuple[int, int]]) -> None:
        if self.dialect != "postgresql":
            return
        # In ascending order, so that two writers sharing several buckets cannot deadlock.
        # Exact copies have equal signatures, hence equal buckets: they take turns too.
        keys = sorted({_lock_key(band, bucket) for band, bucket in buckets})
        conn.execute(
            text(
                "SELECT count(pg_advisory_xact_lock(:ns, k)) "
                "FROM unnest(CAST(:keys AS integer[])) WITH ORDINALITY AS t(k, i)"
            ),
            {"ns": _PG_BAND_LOCK, "keys": keys},
        )

    @staticmethod
    def _candidates(conn: Connection, m, buckets: list[tuple[int, int]]) -> list[tuple[int, float]]:
        """(document id, estimated Jaccard similarity) of the stored reports sharing a band
        bucket with `m` and reaching the threshold, best first (as MinHashLSH + jaccard did)."""
        from claimledger.ingest import dedup

        params = {f"bucket{band}": bucket for band, bucket in buckets}
        rows = conn.execute(_candidates_query(), params).all()
        scored = ((row.id, float(m.jaccard(dedup.from_signature_bytes(row.minhash)))) for row in rows)
        matches = [(key, j) for key, j in scored if j >= NEAR_DUPLICATE_THRESHOLD]
        return sorted(matches, key=lambda kj: (-kj[1], kj[0]))

    @staticmethod
    def _write_bands(conn: Connection, doc_id: int, buckets: list[tuple[int, int]], replace: bool) -> None:
        if replace:
            conn.execute(delete(minhash_bands).where(minhash_bands.c.document_id == doc_id))
        conn.execute(
            insert(minhash_bands),
            [{"document_id": doc_id, "band": band, "bucket": bucket} for band, bucket in buckets],
        )

    # -- writing --------------------------------------------------------------------------

    def add(
        self,
        raw: RawInput,
        doc: Document,
        record: dict,
        analyser_version: str,
        overrides: dict | None = None,
    ) -> AddResult:
        """Store one report with its record, in one transaction. See AddResult for statuses."""
        from claimledger.ingest import dedup

        content_hash = dedup.content_hash(doc.text)
        m = dedup.minhash(doc.text)
        buckets = dedup.band_buckets(m)
        try:
            return self._add(raw, doc, record, analyser_version, overrides, content_hash, m, buckets)
        except IntegrityError:
            # Another process stored the same id between our look-up and our insert; a second
            # pass sees its row and answers unchanged or updated.
            return self._add(raw, doc, record, analyser_version, overrides, content_hash, m, buckets)

    def unchanged(self, raw: RawInput, doc: Document, overrides: dict | None = None) -> AddResult | None:
        """What `add` would answer for a report that is stored already with the same text and
        metadata ("unchanged"), else None. Only reads, and needs no record: ingest asks first
        and spares unchanged reports their analysis."""
        from claimledger.ingest import dedup

        with self.read() as conn:
            existing = conn.execute(_stored_input(raw.id)).first()
        if not _same_input(existing, dedup.content_hash(doc.text), _raw_meta(raw, overrides)):
            return None
        return AddResult("unchanged", existing.id, existing.duplicate_of, existing.similarity)

    def _add(self, raw, doc, record, analyser_version, overrides, content_hash, m, buckets):
        from claimledger.ingest import dedup

        with self._write() as conn:
            # Two processes storing near copies at once must not both find no earlier copy.
            self._lock_bands(conn, buckets)
            existing = conn.execute(_stored_input(raw.id)).first()
            raw_meta = _raw_meta(raw, overrides)
            if _same_input(existing, content_hash, raw_meta):
                return AddResult("unchanged", existing.id, existing.duplicate_of, existing.similarity)
            self_id = existing.id if existing is not None else None

            candidates = self._candidates(conn, m, buckets)
            duplicate_of, similarity = self._find_root(conn, self_id, content_hash, m, candidates)

            meta = _metadata(doc, record)
            data = raw.data.encode("utf-8") if isinstance(raw.data, str) else bytes(raw.data)
            now = _now()
            values = dict(
                meta,
                source=raw.source or doc.source or None,
                author=doc.author,
                text=doc.text,
                text_offset=doc.text_offset or 0,
                content_hash=content_hash,
                minhash=dedup.signature_bytes(m),
                duplicate_of=duplicate_of,
                similarity=similarity,
                raw=zlib.compress(data),
                raw_kind=raw.kind,
                raw_meta=raw_meta,
                record=record,
                analyser_version=analyser_version,
                updated_at=now,
            )
            if self_id is None:
                key = conn.execute(
                    insert(documents).values(ext_id=raw.id, ingested_at=now, **values)
                ).inserted_primary_key
                assert key is not None, "an INSERT of one row has its primary key"
                doc_id = key[0]
                status = "near_duplicate" if duplicate_of is not None else "new"
            else:
                doc_id = self_id
                conn.execute(update(documents).where(documents.c.id == doc_id).values(**values))
                conn.execute(delete(statements).where(statements.c.document_id == doc_id))
                self._relink_children(conn, doc_id, content_hash, m, duplicate_of)
                status = "updated"
            self._write_bands(conn, doc_id, buckets, replace=self_id is not None)
            rows = statement_rows(doc_id, record, meta["published"])
            if rows:
                conn.execute(insert(statements), rows)
            replace_place_mentions(conn, doc_id, record, meta["published"])
        return AddResult(status, doc_id, duplicate_of, similarity)

    def _find_root(self, conn, self_id, content_hash, m, candidates):
        """(root id, similarity to it) of the earliest copy of this text, or (None, None)."""
        from claimledger.ingest import dedup

        q = select(documents.c.id).where(documents.c.content_hash == content_hash)
        if self_id is not None:
            q = q.where(documents.c.id != self_id)
        exact = conn.execute(q.order_by(documents.c.id).limit(1)).scalar()
        ordered = [exact] if exact is not None else []
        ordered += [key for key, _ in sorted(candidates, key=lambda kj: (-kj[1], kj[0])) if key != self_id]
        for target in ordered:
            root = self._root(conn, target)
            # An updated report must not become a copy of its own copy.
            if root is None or root == self_id:
                continue
            row = conn.execute(
                select(documents.c.content_hash, documents.c.minhash).where(documents.c.id == root)
            ).first()
            if row.content_hash == content_hash:
                return root, 1.0
            if row.minhash is not None:
                return root, float(m.jaccard(dedup.from_signature_bytes(row.minhash)))
            return root, dict(candidates).get(target)
        return None, None

    @staticmethod
    def _root(conn, doc_id: int) -> int | None:
        seen = set()
        while doc_id is not None and doc_id not in seen:
            seen.add(doc_id)
            parent = conn.execute(select(documents.c.duplicate_of).where(documents.c.id == doc_id)).first()
            if parent is None:
                return None
            if parent[0] is None:
                return doc_id
            doc_id = parent[0]
        return doc_id

    @staticmethod
    def _relink_children(conn, doc_id: int, content_hash: str, m, root: int | None) -> None:
        """Copies of a report whose text changed: those still close to the new text follow
        it (to its root, if it became a copy itself); the others were copies of the old text
        only, and the earliest of them becomes their first copy. So duplicate_of keeps naming
        the first copy of a text, and similarity keeps measuring against it."""
        from claimledger.ingest import dedup

        def sim(hash_a, m_a, hash_b, m_b):
            if hash_a == hash_b:
                return 1.0
            return float(m_a.jaccard(m_b)) if m_a is not None and m_b is not None else None

        def load(sig):
            return dedup.from_signature_bytes(sig) if sig is not None else None

        target, target_hash, target_m = doc_id, content_hash, m
        if root is not None:
            row = conn.execute(
                select(documents.c.content_hash, documents.c.minhash).where(documents.c.id == root)
            ).one()
            target, target_hash, target_m = root, row.content_hash, load(row.minhash)
        children = conn.execute(
            select(documents.c.id, documents.c.content_hash, documents.c.minhash)
            .where(documents.c.duplicate_of == doc_id)
            .order_by(documents.c.id)
        ).all()
        orphan_root = None
        new: tuple[int | None, float | None]
        for child in children:
            child_m = load(child.minhash)
            still = sim(child.content_hash, child_m, content_hash, m)
            if still is not None and still >= NEAR_DUPLICATE_THRESHOLD:
                new = (target, sim(child.content_hash, child_m, target_hash, target_m))
            elif orphan_root is None:
                orphan_root = child
                new = (None, None)
            else:
                new = (
                    orphan_root.id,
                    sim(child.content_hash, child_m, orphan_root.content_hash, load(orphan_root.minhash)),
                )
            conn.execute(
                update(documents)
                .where(documents.c.id == child.id)
                .values(duplicate_of=new[0], similarity=new[1])
            )

    def update_record(self, doc_id: int, record: dict, analyser_version: str) -> None:
        """Replace a report's record (after reanalysis) and rebuild its statements.

        A newer cleaner may cut the text differently: the text, its hash and its MinHash
        signature follow the record, so that re-ingest and duplicate finding see the text the
        record indexes. Existing duplicate links are kept as they were."""
        from claimledger.ingest import dedup

        with self._write() as conn:
            values = {}
            for key in ("url", "outlet", "title", "published", "language"):
                if key in record:
                    values[key] = _text(record[key]) if key == "published" else record[key]
            m = None
            if "text" in record:
                m = dedup.minhash(record["text"])
                values.update(
                    text=record["text"],
                    text_offset=record.get("text_offset") or 0,
                    content_hash=dedup.content_hash(record["text"]),
                    minhash=dedup.signature_bytes(m),
                )
            # No RETURNING: SQLite only has it from 3.35, older than some systems' builds.
            res = conn.execute(
                update(documents)
                .where(documents.c.id == doc_id)
                .values(record=record, analyser_version=analyser_version, updated_at=_now(), **values)
            )
            if res.rowcount != 1:
                raise KeyError(doc_id)
            published = conn.execute(select(documents.c.published).where(documents.c.id == doc_id)).scalar()
            conn.execute(delete(statements).where(statements.c.document_id == doc_id))
            rows = statement_rows(doc_id, record, published)
            if rows:
                conn.execute(insert(statements), rows)
            replace_place_mentions(conn, doc_id, record, published)
            if m is not None:
                self._write_bands(conn, doc_id, dedup.band_buckets(m), replace=True)

    # -- reading back the inputs ----------------------------------------------------------

    def iter_raw(self) -> Iterator[tuple[int, RawInput, dict]]:
        """(document id, the RawInput as it arrived, the overrides used) in id order.

        Reads in small batches of short transactions, so that the caller may write
        (update_record) between items without holding a read open.
        """
        columns = (
            documents.c.ext_id,
            documents.c.source,
            documents.c.raw,
            documents.c.raw_kind,
            documents.c.raw_meta,
        )
        for row in self.iter_documents(*columns):
            meta = row.raw_meta or {}
            raw = RawInput(
                id=row.ext_id,
                source=row.source or "",
                data=zlib.decompress(row.raw),
                kind=row.raw_kind,
                meta=dict(meta.get("meta") or {}),
            )
            yield row.id, raw, dict(meta.get("overrides") or {})

    def iter_documents(self, *columns):
        """Rows of `documents` (id and the given columns) in id order, read in batches of
        short transactions: exports of any size stream, and callers may write in between."""
        last = 0
        while True:
            with self.read() as conn:
                rows = conn.execute(
                    select(documents.c.id, *columns)
                    .where(documents.c.id > last)
                    .order_by(documents.c.id)
                    .limit(_BATCH)
                ).all()
            if not rows:
                return
            yield from rows
            last = rows[-1].id
