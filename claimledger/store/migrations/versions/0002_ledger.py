"""The ledger across reports: speaker identities, claims, their statements and relations.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04

The ledger is derived data, rebuilt from the stored records (store/ledger.py); these tables
hold its latest build so that the faces can page and filter it in SQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ledger_speakers",
        sa.Column("id", sa.String(300), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(32)),
        sa.Column("actor", sa.String(64)),
        sa.Column("speaks_for", sa.String(300)),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("roles", sa.JSON, nullable=False),
        sa.Column("statements", sa.Integer, nullable=False),
    )
    op.create_index("ix_ledger_speakers_name", "ledger_speakers", ["name"])

    op.create_table(
        "ledger_claims",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("origins", sa.Integer, nullable=False),
        sa.Column("outlets", sa.Integer, nullable=False),
        sa.Column("n_statements", sa.Integer, nullable=False),
        sa.Column("first_date", sa.String(40)),
        sa.Column("latest_date", sa.String(40)),
        sa.Column("counted_what", sa.Text),
        sa.Column("counted_country", sa.String(8)),
        sa.Column("search_text", sa.Text, nullable=False),
        sa.Column("summary", sa.JSON, nullable=False),
    )
    for col in ("kind", "status", "first_date", "counted_what"):
        op.create_index(f"ix_ledger_claims_{col}", "ledger_claims", [col])

    op.create_table(
        "ledger_claim_statements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "claim_id",
            sa.String(16),
            sa.ForeignKey("ledger_claims.id", name="fk_ledger_claim_statements_claim_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("documents.id", name="fk_ledger_claim_statements_document_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("sid", sa.String(32), nullable=False),
        sa.Column("speaker_id", sa.String(300)),
        sa.Column("relation", sa.String(16), nullable=False),
        sa.Column("published", sa.String(40)),
    )
    op.create_index("ix_ledger_claim_statements_claim_id", "ledger_claim_statements", ["claim_id"])
    op.create_index("ix_ledger_claim_statements_speaker_id", "ledger_claim_statements", ["speaker_id"])
    op.create_index(
        "ix_ledger_claim_statements_document_id_sid", "ledger_claim_statements", ["document_id", "sid"]
    )

    op.create_table(
        "ledger_relations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column(
            "source",
            sa.String(16),
            sa.ForeignKey("ledger_claims.id", name="fk_ledger_relations_source", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "target",
            sa.String(16),
            sa.ForeignKey("ledger_claims.id", name="fk_ledger_relations_target", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("evidence", sa.JSON, nullable=False),
    )
    op.create_index("ix_ledger_relations_source", "ledger_relations", ["source"])
    op.create_index("ix_ledger_relations_target", "ledger_relations", ["target"])


def downgrade() -> None:
    op.drop_table("ledger_relations")
    op.drop_table("ledger_claim_statements")
    op.drop_table("ledger_claims")
    op.drop_table("ledger_speakers")
