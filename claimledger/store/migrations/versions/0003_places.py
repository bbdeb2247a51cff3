"""Place mentions: the records' geocoded places, flattened for the map and the place pages.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

Existing documents get their rows from their stored records here (backfill). The row builder
is spelled out in this file rather than imported, so that this revision keeps meaning what it
meant when store/places.py changes.
"""

from __future__ import annotations

import math

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_BATCH = 200


def _int(value):
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _coord(value, bound):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    return value if math.isfinite(value) and -bound <= value <= bound else None


def _str(value, size):
    return value[:size] if isinstance(value, str) else None


def _rows(document_id, record, published):
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
                "mention": _str(p.get("text"), 500) or "",
                "geonames_id": _int(p.get("geonames_id")),
                "name": _str(p.get("name"), 500),
                "country": _str(p.get("country"), 8),
                "kind": _str(p.get("kind"), 32),
                "lat": _coord(p.get("lat"), 90),
                "lon": _coord(p.get("lon"), 180),
                "stands_for": _str(p.get("stands_for"), 64),
                "published": published,
            }
        )
    return rows


def upgrade() -> None:
    table = op.create_table(
        "place_mentions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("documents.id", name="fk_place_mentions_document_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("place", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("mention", sa.Text, nullable=False),
        sa.Column("geonames_id", sa.Integer),
        sa.Column("name", sa.Text),
        sa.Column("country", sa.String(8)),
        sa.Column("kind", sa.String(32)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("stands_for", sa.String(64)),
        sa.Column("published", sa.String(40)),
    )
    op.create_index(
        "ix_place_mentions_geonames_id_document_id", "place_mentions", ["geonames_id", "document_id"]
    )
    op.create_index("ix_place_mentions_document_id_start", "place_mentions", ["document_id", "start"])
    op.create_index("ix_place_mentions_published", "place_mentions", ["published"])

    # Backfill from the stored records, a batch of documents at a time.
    bind = op.get_bind()
    docs = sa.table(
        "documents", sa.column("id", sa.Integer), sa.column("record", sa.JSON), sa.column("published", sa.String)
    )
    last = 0
    while True:
        batch = bind.execute(
            sa.select(docs.c.id, docs.c.record, docs.c.published)
            .where(docs.c.id > last)
            .order_by(docs.c.id)
            .limit(_BATCH)
        ).all()
        if not batch:
            break
        rows = [r for doc in batch for r in _rows(doc.id, doc.record, doc.published)]
        if rows:
            bind.execute(sa.insert(table), rows)
        last = batch[-1].id


def downgrade() -> None:
    op.drop_table("place_mentions")
