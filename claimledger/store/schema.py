"""The tables of the store, as SQLAlchemy declarative models.

The migrations in `migrations/versions/` are what create the database; these models describe
the same tables for the code that reads and writes them (a test checks that the two agree).
The full-text parts are dialect specific and live only in the migrations: on SQLite an FTS5
table `statements_fts` kept in sync by triggers and one `ledger_claims_fts` written by the
ledger writer (store/ledger.py); on PostgreSQL a generated `search_vector` tsvector column with
a GIN index on `statements` and on `ledger_claims`.

Types are chosen to behave the same on both backends: `published` is an ISO string (reports
carry partial or zoned dates that a DATE column would reject, and ISO strings sort and compare
as dates), and `record` is plain JSON rather than JSONB because JSONB reorders keys and the
record is a public interface whose key order users see.
"""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    # Names spelled the way migrations spell them, so that models and migrations compare equal.
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(table_name)s_%(column_0_N_name)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s",
        }
    )


class Document(Base):
    """One ingested report: its clean text, its raw input and its current record."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ext_id: Mapped[str] = mapped_column(Text, unique=True)
    source: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(40), index=True)
    language: Mapped[str | None] = mapped_column(String(16))
    author: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    text_offset: Mapped[int] = mapped_column(Integer, default=0)
    content_hash: Mapped[str] = mapped_column(String(128), index=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    duplicate_of: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    similarity: Mapped[float | None] = mapped_column(Float)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    raw_kind: Mapped[str] = mapped_column(String(16))
    raw_meta: Mapped[dict] = mapped_column(JSON)
    record: Mapped[dict] = mapped_column(JSON)
    analyser_version: Mapped[str] = mapped_column(String(64))
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    statements: Mapped[list[Statement]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )


class Statement(Base):
    """An attributed statement of a record, flattened so that it can be filtered in SQL.

    Rebuilt from `documents.record` whenever the record is written; never edited alone.
    """

    __tablename__ = "statements"
    __table_args__ = (Index("ix_statements_document_id_sid", "document_id", "sid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    sid: Mapped[str] = mapped_column(String(32))
    speaker_text: Mapped[str | None] = mapped_column(Text)
    speaker_name: Mapped[str | None] = mapped_column(Text, index=True)
    speaker_role: Mapped[str | None] = mapped_column(Text)
    speaker_type: Mapped[str | None] = mapped_column(String(32))
    speaker_actor: Mapped[str | None] = mapped_column(String(64))
    cue: Mapped[str | None] = mapped_column(Text)
    stance: Mapped[str | None] = mapped_column(String(32), index=True)
    kind: Mapped[str | None] = mapped_column(String(32))
    content: Mapped[str | None] = mapped_column(Text)
    content_start: Mapped[int | None] = mapped_column(Integer)
    content_end: Mapped[int | None] = mapped_column(Integer)
    parent: Mapped[str | None] = mapped_column(String(32))
    # Copied from the document so that date filters need no join.
    published: Mapped[str | None] = mapped_column(String(40), index=True)

    document: Mapped[Document] = relationship(back_populates="statements")


class PlaceMention(Base):
    """A place named in a report's text, with where the gazetteer put it: the record's
    `places`, flattened so that the map and the place pages can filter and count in SQL.

    Rebuilt from `documents.record` whenever the record is written, like `statements`. Which
    statements mention a place is not stored: a statement's content span contains the mention
    (`statements.content_start <= start and end <= content_end` in the same document).
    """

    __tablename__ = "place_mentions"
    __table_args__ = (
        Index("ix_place_mentions_geonames_id_document_id", "geonames_id", "document_id"),
        Index("ix_place_mentions_document_id_start", "document_id", "start"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    place: Mapped[int] = mapped_column(Integer)  # its index in the record's `places`
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    mention: Mapped[str] = mapped_column(Text)
    geonames_id: Mapped[int | None] = mapped_column(Integer)
    name: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(8))
    kind: Mapped[str | None] = mapped_column(String(32))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    stands_for: Mapped[str | None] = mapped_column(String(64))
    # Copied from the document so that date filters need no join.
    published: Mapped[str | None] = mapped_column(String(40), index=True)


class MinhashBand(Base):
    """One LSH band of a report's MinHash signature (ingest/dedup.py band_buckets): reports
    that share a (band, bucket) are near-duplicate candidates. Written with the document, so
    that finding candidates is one indexed query and no process keeps an index in memory."""

    __tablename__ = "minhash_bands"
    # Covering: the candidate query reads document ids from the index alone.
    __table_args__ = (Index("ix_minhash_bands_band_bucket_document_id", "band", "bucket", "document_id"),)

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    band: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    bucket: Mapped[int] = mapped_column(BigInteger)


documents = cast(Table, Document.__table__)
statements = cast(Table, Statement.__table__)
place_mentions = cast(Table, PlaceMention.__table__)
minhash_bands = cast(Table, MinhashBand.__table__)


# -- the ledger across reports (claimledger/ledger/); kept up to date by store/ledger.py --


class LedgerSpeaker(Base):
    """One person or body across reports, with the spellings it was found under."""

    __tablename__ = "ledger_speakers"

    id: Mapped[str] = mapped_column(String(300), primary_key=True)
    name: Mapped[str] = mapped_column(Text, index=True)
    type: Mapped[str | None] = mapped_column(String(32))
    actor: Mapped[str | None] = mapped_column(String(64))
    speaks_for: Mapped[str | None] = mapped_column(String(300))
    aliases: Mapped[list] = mapped_column(JSON)
    roles: Mapped[list] = mapped_column(JSON)
    statements: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str | None] = mapped_column(String(40))  # of the row, for incremental writes


class LedgerClaim(Base):
    """Statements across reports that assert one proposition; `summary` is its public shape."""

    __tablename__ = "ledger_claims"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    label: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), index=True)
    origins: Mapped[int] = mapped_column(Integer)
    outlets: Mapped[int] = mapped_column(Integer)
    n_statements: Mapped[int] = mapped_column(Integer)
    first_date: Mapped[str | None] = mapped_column(String(40), index=True)
    latest_date: Mapped[str | None] = mapped_column(String(40))
    counted_what: Mapped[str | None] = mapped_column(Text, index=True)
    counted_country: Mapped[str | None] = mapped_column(String(8))
    search_text: Mapped[str] = mapped_column(Text)
    summary: Mapped[dict] = mapped_column(JSON)
    digest: Mapped[str | None] = mapped_column(String(40))  # of the row and its statements


class LedgerClaimStatement(Base):
    """Which claim a statement belongs to, under which speaker identity, in which relation."""

    __tablename__ = "ledger_claim_statements"
    __table_args__ = (Index("ix_ledger_claim_statements_document_id_sid", "document_id", "sid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[str] = mapped_column(ForeignKey("ledger_claims.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    sid: Mapped[str] = mapped_column(String(32))
    speaker_id: Mapped[str | None] = mapped_column(String(300), index=True)
    relation: Mapped[str] = mapped_column(String(16))
    published: Mapped[str | None] = mapped_column(String(40))


class LedgerRelation(Base):
    """A relation between two claims (revises, contradicts), with the statements behind it."""

    __tablename__ = "ledger_relations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(ForeignKey("ledger_claims.id", ondelete="CASCADE"), index=True)
    target: Mapped[str] = mapped_column(ForeignKey("ledger_claims.id", ondelete="CASCADE"), index=True)
    evidence: Mapped[list] = mapped_column(JSON)


class LedgerItems(Base):
    """The ledger's items of one report (claimledger/ledger/items.py), kept so that an update
    reads again only the records whose `stamp` changed (store/ledger.py)."""

    __tablename__ = "ledger_items"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    stamp: Mapped[str] = mapped_column(Text)
    analysed: Mapped[bool] = mapped_column(Boolean)
    dated: Mapped[bool] = mapped_column(Boolean)
    items: Mapped[list] = mapped_column(JSON)


ledger_speakers = cast(Table, LedgerSpeaker.__table__)
ledger_claims = cast(Table, LedgerClaim.__table__)
ledger_claim_statements = cast(Table, LedgerClaimStatement.__table__)
ledger_relations = cast(Table, LedgerRelation.__table__)
ledger_items = cast(Table, LedgerItems.__table__)
