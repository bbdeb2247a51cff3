"""Keeping the ledger in the store: read every record, build the ledger, write it in one
transaction (readers see the old ledger or the new one, never half of each).

The build is over the whole store: claims, relations and timelines depend on every report, and
a rebuild from the records keeps the ledger a pure function of them. Its cost is measured in
`bench/bench_ledger.py` (see the README).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import delete, insert, select

from claimledger.ledger.build import Ledger, build, claim_summary
from claimledger.ledger.items import Item, items_from_record, words
from claimledger.store.db import Store
from claimledger.store.schema import (
    documents,
    ledger_claim_statements,
    ledger_claims,
    ledger_relations,
    ledger_speakers,
)

_INSERT_BATCH = 2000


@dataclass(frozen=True)
class LedgerStats:
    reports: int
    unanalysed: int  # reports kept without analysis (another language)
    undated: int  # reports placed by their ingestion date
    statements: int
    claims: int
    relations: int
    speakers: int


def load_items(store: Store) -> tuple[list[Item], int, int, int]:
    """Every stored statement as a ledger item; with counts of reports, unanalysed reports
    and undated ones."""
    items: list[Item] = []
    reports = unanalysed = undated = 0
    cols = (documents.c.record, documents.c.duplicate_of, documents.c.ingested_at, documents.c.language)
    for row in store.iter_documents(*cols):
        reports += 1
        record = row.record or {}
        if (row.language or record.get("language")) not in (None, "en"):
            unanalysed += 1
            continue
        ingested = row.ingested_at.date().isoformat() if row.ingested_at else None
        undated += not record.get("published")
        items.extend(
            items_from_record(record, document_id=row.id, root_id=row.duplicate_of, fallback_date=ingested)
        )
    return items, reports, unanalysed, undated


def _search_text(summary: dict) -> str:
    parts = [summary["label"]]
    for s in summary["statements"]:
        parts += [s["speaker"] or "", s["mention"] or "", s["content"] or "", s["outlet"] or ""]
    return " ".join(words(" ".join(parts)))


def rebuild(store: Store) -> LedgerStats:
    """Build the ledger from every stored record and replace the stored one."""
    items, reports, unanalysed, undated = load_items(store)
    ledger = build(items)
    write(store, ledger)
    return LedgerStats(
        reports,
        unanalysed,
        undated,
        len(items),
        len(ledger.claims),
        len(ledger.relations),
        len(ledger.identities),
    )


def write(store: Store, ledger: Ledger) -> None:
    speaker_rows = [
        {
            "id": ident.key,
            "name": ident.name,
            "type": ident.type,
            "actor": ident.actor,
            "speaks_for": ident.speaks_for,
            "aliases": [a for a, _ in Counter(ident.aliases).most_common()],
            "roles": [r for r, _ in ident.roles.most_common(5)],
            "statements": ident.statements,
        }
        for ident in ledger.identities.values()
    ]
    claim_rows, member_rows = [], []
    for claim in ledger.claims:
        summary = claim_summary(claim, ledger)
        counted = summary.get("counted") or {}
        claim_rows.append(
            {
                "id": claim.id,
                "kind": claim.kind,
                "label": claim.label,
                "status": claim.status,
                "origins": claim.origins,
                "outlets": claim.outlets,
                "n_statements": len(claim.items),
                "first_date": summary["first_reported"]["date"],
                "latest_date": summary["latest"]["date"],
                "counted_what": counted.get("what"),
                "counted_country": counted.get("country"),
                "search_text": _search_text(summary),
                "summary": summary,
            }
        )
        for i, it in enumerate(claim.items):
            member_rows.append(
                {
                    "claim_id": claim.id,
                    "document_id": it.document_id,
                    "sid": it.sid,
                    "speaker_id": it.identity,
                    "relation": claim.relations.get(i, "origin"),
                    "published": it.date or None,
                }
            )
    relation_rows = [
        {
            "type": r.type,
            "source": r.source,
            "target": r.target,
            "evidence": [
                {"source": {"report": a[0], "sid": a[1]}, "target": {"report": b[0], "sid": b[1]}}
                for a, b in r.evidence
            ],
        }
        for r in ledger.relations
    ]
    with store._write() as conn:
        for table in (ledger_relations, ledger_claim_statements, ledger_claims, ledger_speakers):
            conn.execute(delete(table))
        for table, rows in (
            (ledger_speakers, speaker_rows),
            (ledger_claims, claim_rows),
            (ledger_claim_statements, member_rows),
            (ledger_relations, relation_rows),
        ):
            for i in range(0, len(rows), _INSERT_BATCH):
                conn.execute(insert(table), rows[i : i + _INSERT_BATCH])


def claim_ids_of_report(store: Store, document_id: int) -> dict[str, list[str]]:
    """sid -> the claims (usually one) of each of one report's statements."""
    with store.read() as conn:
        rows = conn.execute(
            select(ledger_claim_statements.c.sid, ledger_claim_statements.c.claim_id).where(
                ledger_claim_statements.c.document_id == document_id
            )
        ).all()
    out: dict[str, list[str]] = {}
    for r in rows:
        out.setdefault(r.sid, []).append(r.claim_id)
    return out
