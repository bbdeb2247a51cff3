"""Full-text search over the ledger's claims, as over statements.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05

`claims --search` and the claims page matched every word with LIKE over `search_text`: a scan
of every claim. PostgreSQL gets a generated tsvector column with a GIN index (as statements
have); SQLite with FTS5 a table `ledger_claims_fts` of its own (claim id, search text) whose
rowid is the claim id's hex digits, written by the ledger writer (store/ledger.py) in the same
transaction as the claims. Triggers are no use there: a full rewrite of the ledger would delete
the index's rows one at a time. SQLite builds without FTS5 keep the LIKE search.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_SQLITE_FTS = """
CREATE VIRTUAL TABLE ledger_claims_fts USING fts5(
    claim_id UNINDEXED, search_text,
    tokenize='porter unicode61 remove_diacritics 2'
)
"""
_PG_VECTOR = """
ALTER TABLE ledger_claims ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    to_tsvector('english', coalesce(search_text, ''))
) STORED
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        has_fts5 = bind.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'statements_fts'"
        ).first()
        if has_fts5:
            op.execute(_SQLITE_FTS)
            rows = bind.exec_driver_sql("SELECT id, search_text FROM ledger_claims").all()
            for i in range(0, len(rows), 2000):
                bind.exec_driver_sql(
                    "INSERT INTO ledger_claims_fts(rowid, claim_id, search_text) VALUES (?, ?, ?)",
                    [(int(cid[1:], 16), cid, text) for cid, text in rows[i : i + 2000]],
                )
    elif bind.dialect.name == "postgresql":
        op.execute(_PG_VECTOR)
        op.execute("CREATE INDEX ix_ledger_claims_search_vector ON ledger_claims USING GIN (search_vector)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS ledger_claims_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_ledger_claims_search_vector")
        op.drop_column("ledger_claims", "search_vector")
