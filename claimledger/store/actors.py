"""Actor codes across the store: who speaks for which government, military, agency or body.

An actor code is the CAMEO-style code the analyser gives a speaker ("UKR GOV", "PRK MIL",
"IGO WST NAT"). A code is found in two places: on each stored statement
(`statements.speaker_actor`, what the analyser said of that mention) and on each speaker
identity of the ledger (`ledger_speakers.actor`, across reports). The claims of a code are the
claims its identities took part in (`ledger_claim_statements`).

Every read is bounded (limit, offset) and returns plain JSON-ready dicts, like queries.py.
"""

from __future__ import annotations

from sqlalchemy import Integer, and_, func, literal, or_, select, union_all
from sqlalchemy.sql import sqltypes

from claimledger.store.db import Store
from claimledger.store.queries import _iso
from claimledger.store.schema import (
    documents,
    ledger_claim_statements,
    ledger_claims,
    ledger_speakers,
    statements,
)

MAX_CODE = 64  # the columns' width: a longer code is in no row


def _counts_by_code(code: str | None = None):
    """One row per actor code (or for `code` only): (code, speakers, statements, claims)."""
    st, sp, members = statements, ledger_speakers, ledger_claim_statements
    zero = literal(0, Integer)
    said = (
        st.c.speaker_actor == code
        if code
        else and_(st.c.speaker_actor.is_not(None), st.c.speaker_actor != "")
    )
    coded = sp.c.actor == code if code else and_(sp.c.actor.is_not(None), sp.c.actor != "")
    by_statement = (
        select(st.c.speaker_actor.label("code"), zero.label("sp"), func.count().label("st"), zero.label("cl"))
        .where(said)
        .group_by(st.c.speaker_actor)
    )
    by_speaker = (
        select(sp.c.actor.label("code"), func.count().label("sp"), zero.label("st"), zero.label("cl"))
        .where(coded)
        .group_by(sp.c.actor)
    )
    by_claim = (
        select(
            sp.c.actor.label("code"),
            zero.label("sp"),
            zero.label("st"),
            func.count(func.distinct(members.c.claim_id)).label("cl"),
        )
        .select_from(members.join(sp, sp.c.id == members.c.speaker_id))
        .where(coded)
        .group_by(sp.c.actor)
    )
    parts = union_all(by_statement, by_speaker, by_claim).subquery("parts")
    return select(
        parts.c.code,
        func.sum(parts.c.sp).label("speakers"),
        func.sum(parts.c.st).label("statements"),
        func.sum(parts.c.cl).label("claims"),
    ).group_by(parts.c.code)


def _row(r) -> dict:
    return {
        "code": r.code,
        "speakers": int(r.speakers or 0),
        "statements": int(r.statements or 0),
        "claims": int(r.claims or 0),
    }


def list_actors(store: Store, search: str | None = None, limit: int = 100, offset: int = 0) -> list[dict]:
    """Actor codes with how many speaker identities, statements and claims each has, most
    statements first. `search` matches the code, or the name or an alias of a speaker with
    that code ("Zelensky" finds "UKR GOV"), in any case."""
    counts = _counts_by_code().subquery("counts")
    q = select(counts)
    if search:
        sp = ledger_speakers
        named = select(sp.c.actor).where(
            or_(
                sp.c.name.icontains(search, autoescape=True),
                func.cast(sp.c.aliases, sqltypes.Text).icontains(search, autoescape=True),
            )
        )
        q = q.where(or_(counts.c.code.icontains(search, autoescape=True), counts.c.code.in_(named)))
    q = q.order_by(counts.c.statements.desc(), counts.c.speakers.desc(), counts.c.code)
    q = q.limit(limit).offset(offset)
    with store.read() as conn:
        return [_row(r) for r in conn.execute(q)]


def get_actor(
    store: Store,
    code: str,
    limit: int = 100,
    offset: int = 0,
    max_speakers: int = 200,
    max_claims: int = 200,
) -> dict | None:
    """One actor code: {code, counts: {speakers, statements, claims}, speakers, claims,
    statements, limit, offset}: its speaker identities (with aliases and roles, most
    statements first, at most `max_speakers`); the claims they took part in (most widely
    carried first, at most `max_claims`); and a page of its statements (by date, then text
    order), each with its speaker identity (`speaker_id`) and `claims`. None when no row has
    the code."""
    if not code or len(code) > MAX_CODE:
        return None
    sp, st, members, claims_t = ledger_speakers, statements, ledger_claim_statements, ledger_claims
    with store.read() as conn:
        counts = conn.execute(_counts_by_code(code)).first()
        if counts is None:
            return None
        row = _row(counts)
        out: dict = {"code": row.pop("code"), "counts": row, "limit": limit, "offset": offset}
        out["speakers"] = [
            dict(r._mapping)
            for r in conn.execute(
                select(
                    sp.c.id, sp.c.name, sp.c.type, sp.c.speaks_for, sp.c.aliases, sp.c.roles, sp.c.statements
                )
                .where(sp.c.actor == code)
                .order_by(sp.c.statements.desc(), sp.c.name, sp.c.id)
                .limit(max_speakers)
            )
        ]
        identities = select(sp.c.id).where(sp.c.actor == code)
        claim_ids = select(members.c.claim_id).where(members.c.speaker_id.in_(identities))
        out["claims"] = [
            {k: _iso(v) for k, v in r._mapping.items()}
            for r in conn.execute(
                select(
                    claims_t.c.id,
                    claims_t.c.label,
                    claims_t.c.kind,
                    claims_t.c.status,
                    claims_t.c.origins,
                    claims_t.c.outlets,
                    claims_t.c.first_date,
                )
                .where(claims_t.c.id.in_(claim_ids))
                .order_by(claims_t.c.outlets.desc(), claims_t.c.first_date, claims_t.c.id)
                .limit(max_claims)
            )
        ]
        rows = conn.execute(
            select(
                documents.c.id.label("report_id"),
                documents.c.ext_id,
                documents.c.title,
                documents.c.outlet,
                st.c.published,
                st.c.sid,
                st.c.speaker_text.label("speaker"),
                st.c.speaker_name,
                st.c.speaker_role.label("role"),
                st.c.cue,
                st.c.stance,
                st.c.kind,
                st.c.content,
                documents.c.duplicate_of,
            )
            .select_from(st.join(documents, documents.c.id == st.c.document_id))
            .where(st.c.speaker_actor == code)
            .order_by(
                st.c.published.asc().nulls_last(),
                documents.c.id,
                st.c.content_start.asc().nulls_last(),
                st.c.id,
            )
            .limit(limit)
            .offset(offset)
        ).all()
        said = [{k: _iso(v) for k, v in r._mapping.items()} for r in rows]
        # Each statement's identity and claims, read for this page's reports only.
        links: dict[tuple, dict] = {}
        report_ids = sorted({s["report_id"] for s in said})
        if report_ids:
            for m in conn.execute(
                select(members.c.document_id, members.c.sid, members.c.speaker_id, members.c.claim_id)
                .where(and_(members.c.document_id.in_(report_ids)))
                .order_by(members.c.id)
            ):
                link = links.setdefault((m.document_id, m.sid), {"speaker_id": m.speaker_id, "claims": []})
                link["claims"].append(m.claim_id)
    for s in said:
        link = links.get((s["report_id"], s["sid"])) or {}
        s["speaker_id"] = link.get("speaker_id")
        s["claims"] = link.get("claims", [])
    out["statements"] = said
    return out
