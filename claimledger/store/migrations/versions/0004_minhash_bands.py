"""The near-duplicate index in the store: LSH bands of every report's MinHash signature.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04

Until now each process built a MinHash LSH index in memory from every stored signature; it grew
with the store, and two processes deciding at once could both miss each other's copy. The
bands now live in `minhash_bands`, written in the transaction that stores the report, and are
backfilled here from the signatures already in `documents.minhash`.

The band cut is spelled out here rather than imported, so that this revision keeps meaning what
it meant when later code changes (ingest/dedup.py band_buckets must cut the same way; a test
checks that the backfill equals what the store writes).
"""

from __future__ import annotations

import hashlib

import numpy as np
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_BANDS = 25
_ROWS = 5
_BATCH = 500


def _buckets(signature: bytes) -> list[tuple[int, int]]:
    values = np.frombuffer(signature, dtype="<u8")
    out = []
    for band in range(_BANDS):
        chunk = values[band * _ROWS : (band + 1) * _ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "little", signed=True)))
    return out


def upgrade() -> None:
    bands = op.create_table(
        "minhash_bands",
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("documents.id", name="fk_minhash_bands_document_id", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column("band", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("bucket", sa.BigInteger, nullable=False),
    )
    op.create_index(
        "ix_minhash_bands_band_bucket_document_id", "minhash_bands", ["band", "bucket", "document_id"]
    )

    documents = sa.table("documents", sa.column("id", sa.Integer), sa.column("minhash", sa.LargeBinary))
    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.execute(
            sa.select(documents.c.id, documents.c.minhash)
            .where(documents.c.id > last, documents.c.minhash.is_not(None))
            .order_by(documents.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        conn.execute(
            bands.insert(),
            [
                {"document_id": doc_id, "band": band, "bucket": bucket}
                for doc_id, signature in rows
                for band, bucket in _buckets(signature)
            ],
        )
        last = rows[-1].id


def downgrade() -> None:
    op.drop_index("ix_minhash_bands_band_bucket_document_id", table_name="minhash_bands")
    op.drop_table("minhash_bands")
