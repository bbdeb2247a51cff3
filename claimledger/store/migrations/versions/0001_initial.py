"""Documents, their flattened statements, and full-text search over statements.

Revision ID: 0001
Revises:
Create Date: 2025-01-01

Hand-written because the full-text parts differ by dialect and autogenerate cannot see them.
The SQL is spelled out here rather than imported so that this revision keeps meaning what it
meant when later code changes.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Porter stemming makes "confirms" find "confirmed", close to what PostgreSQL's 'english'
# configuration does, so that the two backends answer searches alike.
_SQLITE_FTS = """
CREATE VIRTUAL TABLE statements_fts USING fts5(
    content, speaker_text, speaker_name,
    content='statements', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
)
"""
# External-content FTS5 tables must be told the old values to forget them; triggers do it in
# the same transaction as the change, including deletes cascaded from documents.
_SQLITE_TRIGGERS = (
    """
    CREATE TRIGGER statements_fts_ai AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts(rowid, content, speaker_text, speaker_name)
        VALUES (new.id, new.content, new.speaker_text, new.speaker_name);
    END
    """,
    """
    CREATE TRIGGER statements_fts_ad AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, content, speaker_text, speaker_name)
        VALUES ('delete', old.id, old.content, old.speaker_text, old.speaker_name);
    END
    """,
    """
    CREATE TRIGGER statements_fts_au AFTER UPDATE ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, content, speaker_text, speaker_name)
        VALUES ('delete', old.id, old.content, old.speaker_text, old.speaker_name);
        INSERT INTO statements_fts(rowid, content, speaker_text, speaker_name)
        VALUES (new.id, new.content, new.speaker_text, new.speaker_name);
    END
    """,
)
# A generated column keeps the vector in step with the row without triggers; the query side
# matches against the column, so the GIN index is used whatever the query looks like.
_PG_VECTOR = """
ALTER TABLE statements ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    to_tsvector('english',
        coalesce(content, '') || ' ' || coalesce(speaker_text, '') || ' ' || coalesce(speaker_name, ''))
) STORED
"""


def _sqlite_has_fts5(bind) -> bool:
    opts = {row[0] for row in bind.exec_driver_sql("PRAGMA compile_options")}
    if "ENABLE_FTS5" in opts:
        return True
    # FTS5 may also be present as a loaded extension; asking for its module list tells.
    try:
        return bool(bind.exec_driver_sql("SELECT 1 FROM pragma_module_list WHERE name = 'fts5'").first())
    except sa.exc.DBAPIError:
        return False


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ext_id", sa.Text, nullable=False),
        sa.Column("source", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("language", sa.String(16)),
        sa.Column("author", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("text_offset", sa.Integer, nullable=False),
        sa.Column("content_hash", sa.String(128), nullable=False),
        sa.Column("minhash", sa.LargeBinary),
        sa.Column(
            "duplicate_of",
            sa.Integer,
            sa.ForeignKey("documents.id", name="fk_documents_duplicate_of", ondelete="SET NULL"),
        ),
        sa.Column("similarity", sa.Float),
        sa.Column("raw", sa.LargeBinary, nullable=False),
        sa.Column("raw_kind", sa.String(16), nullable=False),
        sa.Column("raw_meta", sa.JSON, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("analyser_version", sa.String(64), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("ext_id", name="uq_documents_ext_id"),
    )
    op.create_index("ix_documents_content_hash", "documents", ["content_hash"])
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_documents_duplicate_of", "documents", ["duplicate_of"])

    op.create_table(
        "statements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("documents.id", name="fk_statements_document_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("sid", sa.String(32), nullable=False),
        sa.Column("speaker_text", sa.Text),
        sa.Column("speaker_name", sa.Text),
        sa.Column("speaker_role", sa.Text),
        sa.Column("speaker_type", sa.String(32)),
        sa.Column("speaker_actor", sa.String(64)),
        sa.Column("cue", sa.Text),
        sa.Column("stance", sa.String(32)),
        sa.Column("kind", sa.String(32)),
        sa.Column("content", sa.Text),
        sa.Column("content_start", sa.Integer),
        sa.Column("content_end", sa.Integer),
        sa.Column("parent", sa.String(32)),
        sa.Column("published", sa.String(40)),
    )
    op.create_index("ix_statements_document_id_sid", "statements", ["document_id", "sid"])
    op.create_index("ix_statements_speaker_name", "statements", ["speaker_name"])
    op.create_index("ix_statements_stance", "statements", ["stance"])
    op.create_index("ix_statements_published", "statements", ["published"])

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # Without FTS5 the query layer falls back to LIKE; the store still works.
        if _sqlite_has_fts5(bind):
            op.execute(_SQLITE_FTS)
            for trigger in _SQLITE_TRIGGERS:
                op.execute(trigger)
    elif bind.dialect.name == "postgresql":
        op.execute(_PG_VECTOR)
        op.execute("CREATE INDEX ix_statements_search_vector ON statements USING GIN (search_vector)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("statements_fts_ai", "statements_fts_ad", "statements_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS statements_fts")
    op.drop_table("statements")
    op.drop_table("documents")
