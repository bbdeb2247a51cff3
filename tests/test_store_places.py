"""Place mentions in the store and the place queries, on SQLite and PostgreSQL (conftest.db_url)."""

from __future__ import annotations

import placefixtures as pf
import pytest
from sqlalchemy import func, select

from claimledger.store import Store, queries
from claimledger.store import places as P
from claimledger.store.ledger import rebuild
from claimledger.store.schema import documents, ledger_claim_statements, place_mentions


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    yield s
    s.close()


@pytest.fixture
def filled(store):
    added = pf.fill_store(store)
    rebuild(store)
    return store, {name: r.id for name, r in added.items()}


def mention_rows(store, doc_id=None):
    q = select(place_mentions).order_by(place_mentions.c.document_id, place_mentions.c.place)
    if doc_id is not None:
        q = q.where(place_mentions.c.document_id == doc_id)
    with store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def gid(name):
    return pf.gaz(name)["geonames_id"]


def test_add_writes_one_row_per_place_span(filled):
    store, ids = filled
    rows = mention_rows(store, ids["drones"])
    _raw, _doc, rec = pf.drones()
    assert [(r["place"], r["start"], r["end"], r["mention"]) for r in rows] == [
        (i, p["start"], p["end"], p["text"]) for i, p in enumerate(rec["places"])
    ]
    for r, p in zip(rows, rec["places"], strict=True):
        assert (r["geonames_id"], r["name"], r["country"], r["kind"]) == (
            p["geonames_id"],
            p["name"],
            p["country"],
            p["kind"],
        )
        assert r["lat"] == pytest.approx(p["lat"]) and r["lon"] == pytest.approx(p["lon"])
        assert r["published"] == "2024-11-12"
        assert pf.DRONES[r["start"] : r["end"]] == r["mention"]
    assert rows[3]["stands_for"] == "RUS GOV"
    # The unresolved and the unlocated places are kept, as they are.
    hostile = {r["mention"]: r for r in mention_rows(store, ids["hostile"])}
    assert hostile["Nobody"]["geonames_id"] is None
    assert hostile["Lowerfield"]["lat"] is None and hostile["Lowerfield"]["geonames_id"] == pf.NOWHERE_ID


def test_update_and_reanalysis_rebuild_the_rows_and_delete_cascades(store):
    raw, doc, rec = pf.kharkiv()
    doc_id = store.add(raw, doc, rec, pf.ANALYSER).id
    assert len(mention_rows(store, doc_id)) == 4

    # Reanalysis: a record with one place fewer and a new date.
    rec2 = dict(rec, places=rec["places"][:2], published="2024-10-07")
    store.update_record(doc_id, rec2, "v2")
    rows = mention_rows(store, doc_id)
    assert [r["place"] for r in rows] == [0, 1]
    assert {r["published"] for r in rows} == {"2024-10-07"}

    # New text under the same id: replaced in place.
    text3 = pf.KHARKIV.replace("Schools", "Clinics")
    raw3, doc3, rec3 = pf._report("kharkiv-1", text3, "2024-10-08", "Kharkiv Daily")
    rec3["places"] = [pf.place(text3, "Belgorod", **pf.gaz("Belgorod"))]
    assert store.add(raw3, doc3, rec3, "v3").status == "updated"
    assert [(r["mention"], r["geonames_id"]) for r in mention_rows(store, doc_id)] == [
        ("Belgorod", gid("Belgorod"))
    ]

    with store._write() as conn:
        conn.execute(documents.delete().where(documents.c.id == doc_id))
    assert mention_rows(store) == []


def test_bad_values_in_a_record_are_left_out_not_stored():
    rows = P.place_mention_rows(
        7,
        {
            "places": [
                {"text": "A", "start": 0, "end": 1, "geonames_id": "12", "lat": 900, "lon": float("nan")},
                {"text": "B", "start": True, "end": 3},
                "not a place",
                {"text": "C" * 2000, "start": 4, "end": 5, "geonames_id": True, "lat": -33.9, "lon": 18.4},
            ]
        },
        None,
    )
    assert len(rows) == 2
    assert rows[0]["geonames_id"] is None and rows[0]["lat"] is None and rows[0]["lon"] is None
    assert rows[1]["geonames_id"] is None and rows[1]["lat"] == -33.9 and len(rows[1]["mention"]) == 500
    assert P.place_mention_rows(7, {"places": None}, None) == []


def test_migration_backfills_the_existing_records(store):
    from alembic import command

    from claimledger.store.db import alembic_config

    pf.fill_store(store)
    before = mention_rows(store)
    assert len(before) == 18
    cfg = alembic_config()
    with store._write() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    with store._write() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    after = mention_rows(store)
    strip = lambda rows: [{k: v for k, v in r.items() if k != "id"} for r in rows]  # noqa: E731
    assert strip(after) == strip(before)


def test_list_places_counts_and_orders(filled):
    store, _ids = filled
    places = P.list_places(store, limit=100)
    by_id = {p["geonames_id"]: p for p in places}
    assert None not in by_id, "unresolved places have no entry"
    feodosia = by_id[gid("Feodosia")]
    assert (feodosia["mentions"], feodosia["reports"], feodosia["statements"]) == (2, 1, 1)
    kharkiv = by_id[gid("Kharkiv")]
    # Three mentions, none inside a statement's content ("The mayor of Kharkiv" is the speaker).
    assert (kharkiv["mentions"], kharkiv["reports"], kharkiv["statements"]) == (3, 1, 0)
    assert places[0]["geonames_id"] == gid("Kharkiv"), "most reports, then most mentions, first"
    assert by_id[pf.NOWHERE_ID]["lat"] is None
    assert [p["geonames_id"] for p in P.list_places(store, search="bUcH")] == [gid("Bucha")]
    assert [p["geonames_id"] for p in P.list_places(store, search="Feodosia")] == [gid("Feodosia")]
    page1 = P.list_places(store, limit=3)
    page2 = P.list_places(store, limit=3, offset=3)
    assert [p["geonames_id"] for p in page1 + page2] == [p["geonames_id"] for p in places[:6]]


def test_map_places_filters(filled):
    store, ids = filled

    def names(**kw):
        return sorted(p["name"] for p in P.map_places(store, **kw)["places"])

    everything = P.map_places(store)
    assert pf.NOWHERE_ID not in {p["geonames_id"] for p in everything["places"]}, "no coordinates, no marker"
    assert everything["total"] == len(everything["places"]) == 13 and not everything["truncated"]
    assert names(reports=[ids["kharkiv"]]) == ["Belgorod", "Kharkiv"]
    assert names(since="2024-11-13", until="2024-11-15") == ["Brovary", "Bucha", "Hostomel", "Irpin", "Kyiv"]
    assert names(until="2024-10") == ["Belgorod", "Kharkiv"]
    assert names(search="glide bombs") == ["Belgorod", "Kharkiv"]
    assert names(search="depot") == ["Crimea", "Feodosiya", "Moscow", "Odesa"]
    assert names(bbox=(30.0, 50.4, 30.4, 50.6)) == ["Bucha", "Hostomel", "Irpin"]
    cut = P.map_places(store, limit=2)
    assert len(cut["places"]) == 2 and cut["total"] == 13 and cut["truncated"]

    # A claim: only the places inside its statements' content.
    with store.read() as conn:
        claim = conn.execute(
            select(ledger_claim_statements.c.claim_id).where(
                ledger_claim_statements.c.document_id == ids["suburbs"], ledger_claim_statements.c.sid == "s1"
            )
        ).scalar_one()
    assert names(claim=claim) == ["Bucha", "Hostomel", "Irpin"]
    assert names(claim="no-such-claim") == []


def test_get_place_lists_reports_mentions_statements_and_claims(filled):
    store, ids = filled
    place = P.get_place(store, gid("Feodosia"))
    assert place["name"] == "Feodosiya" and place["country"] == "UA"
    assert place["spellings"] == [{"text": "Feodosia", "count": 2}]
    [report] = place["report_list"]
    assert report["id"] == ids["drones"] and [m["text"] for m in report["mentions"]] == ["Feodosia"] * 2
    [st] = place["statement_list"]
    assert (st["report_id"], st["sid"]) == (ids["drones"], "s1") and "Feodosia" in st["content"]
    with store.read() as conn:
        claim = conn.execute(
            select(ledger_claim_statements.c.claim_id).where(
                ledger_claim_statements.c.document_id == ids["drones"], ledger_claim_statements.c.sid == "s1"
            )
        ).scalar_one()
    assert st["claims"] == [claim]
    assert P.get_place(store, 1) is None
    nowhere = P.get_place(store, pf.NOWHERE_ID)
    assert nowhere["lat"] is None and nowhere["statement_list"] == []
    # Bounded: one report at most, and says how many were left out.
    kyiv_area = P.get_place(store, gid("Kharkiv"), limit=1)
    assert len(kyiv_area["report_list"]) == 1 and kyiv_area["reports_cut"] == 0


def test_claims_at_a_place(filled):
    store, _ids = filled
    irpin = P.claim_ids_at_place(store, gid("Irpin"))
    brovary = P.claim_ids_at_place(store, gid("Brovary"))
    assert len(irpin) == 1 and len(brovary) == 1 and irpin != brovary
    assert P.claim_ids_at_place(store, gid("Kyiv")) == [], "Kyiv is named outside any statement"
    # The claims facet takes a GeoNames id or a name, any case.
    by_id = [c["id"] for c in queries.list_claims(store, place=str(gid("Irpin")))]
    by_name = [c["id"] for c in queries.list_claims(store, place="irpin")]
    assert by_id == by_name == irpin
    with store.read() as conn:
        n = conn.execute(select(func.count()).select_from(place_mentions)).scalar_one()
    assert n == 18
