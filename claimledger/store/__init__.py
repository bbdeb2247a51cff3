"""Persistence: documents, raw inputs and records in SQLite or PostgreSQL (see db.Store),
and the one query layer that every face reads through (queries)."""

from claimledger.store.db import AddResult, Store, default_url

__all__ = ["AddResult", "Store", "default_url"]
