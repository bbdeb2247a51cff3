"""What the ledger's incremental update keeps: the ledger's items of each report, and a digest
of every stored claim and speaker.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

`ledger_items` holds, per report, the items the ledger reads off its record (claimledger/ledger/
items.py) with the stamp of the record they were read from (when it was written, which report
it copies, its language): an update reads again only the records whose stamp changed. The
digests let an update write only the claims and speakers whose rows changed. Both are derived
data: `claimledger ledger-rebuild` rewrites them from the records.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ledger_items",
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("documents.id", name="fk_ledger_items_document_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("stamp", sa.Text, nullable=False),
        sa.Column("analysed", sa.Boolean, nullable=False),
        sa.Column("dated", sa.Boolean, nullable=False),
        sa.Column("items", sa.JSON, nullable=False),
    )
    op.add_column("ledger_claims", sa.Column("digest", sa.String(40)))
    op.add_column("ledger_speakers", sa.Column("digest", sa.String(40)))


def downgrade() -> None:
    op.drop_column("ledger_speakers", "digest")
    op.drop_column("ledger_claims", "digest")
    op.drop_table("ledger_items")
