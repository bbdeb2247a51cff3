"""Alembic environment: a Store passes its own connection; the alembic CLI gets an engine.

No logging configuration here: the store runs migrations inside the application, whose
logging is not ours to change.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from claimledger.store.schema import Base

# Any constant works; it only has to be the same for every process migrating one database.
_PG_MIGRATION_LOCK = 0x636C6D6C  # "clml"


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite can only alter tables by copying them; batch mode lets later migrations
        # use the ordinary alter operations.
        render_as_batch=connection.dialect.name == "sqlite",
        transactional_ddl=True,
    )
    if connection.dialect.name == "postgresql":
        # Two processes opening a fresh database at once must not both create the tables.
        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from claimledger.store.db import default_url, make_engine

    # make_engine, not create_engine: on SQLite it is what makes the DDL transactional.
    engine = make_engine(context.config.get_main_option("sqlalchemy.url") or default_url())
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("claimledger migrations are dialect-aware and need a live connection")
run_online()
