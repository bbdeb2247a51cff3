"""The store and its query layer, on SQLite and on PostgreSQL alike (see conftest.db_url)."""

from __future__ import annotations

import json
import zlib

import pytest
from sqlalchemy import func, inspect, select, text
from sqlalchemy.exc import ProgrammingError, StatementError

from claimledger.ingest.document import Document, RawInput
from claimledger.record import new_record, span
from claimledger.store import Store, default_url, queries
from claimledger.store.db import NEAR_DUPLICATE_THRESHOLD, AddResult, normalise_url
from claimledger.store.schema import Base, documents, statements

V1 = "test-analyser-1"

# Reports written for these tests. BRIDGE_REPRINT differs from BRIDGE in its last sentence
# only, so that MinHash sees a near copy; PORT shares nothing with either.
BRIDGE = (
    "Engineers restore river crossing near Zaporizhzhia\n"
    "\n"
    "Regional officials said on Thursday that army engineers had finished a temporary pontoon "
    "crossing over the river after the old bridge was damaged by artillery fire last week. "
    "The deputy governor, Olena Marchenko, confirmed that the crossing would carry lorries with "
    "grain and medical supplies from Monday morning. Local drivers had waited for days on both "
    "banks, and several aid convoys were turned back because the only other route ran close to "
    "the front line. Marchenko said the army would keep a repair crew on site around the clock "
    "and that traffic would be stopped during air raid alerts. A spokesman for the regional "
    "military administration denied reports that the crossing had been hit again overnight. "
    "Farmers in the district expect to move most of the remaining harvest before the first "
    "frosts arrive in the valley."
)
BRIDGE_REPRINT = BRIDGE.replace(
    "before the first frosts arrive in the valley.", "before the first frosts arrive in the area."
)
PORT = (
    "Port of Izmail resumes loading after drone attack\n"
    "\n"
    "The port authority in Izmail said cargo ships were being loaded again on Saturday, two days "
    "after a drone attack damaged a warehouse and a fuel tank. Harbour master Taras Bondar told "
    "reporters that no crew members were hurt. Moscow claimed that its forces had destroyed a "
    "weapons depot in the port, an account the port authority rejected as false."
)


def at(txt: str, sub: str) -> tuple[int, int]:
    i = txt.index(sub)
    return i, i + len(sub)


def statement(
    txt,
    sid,
    speaker,
    cue,
    content,
    *,
    name=None,
    role=None,
    type="person",
    actor=None,
    stance="assert",
    kind="indirect",
    parent=None,
):
    return {
        "id": sid,
        "speaker": span(txt, *at(txt, speaker), name=name, role=role, type=type, actor=actor),
        "cue": span(txt, *at(txt, cue)),
        "content": span(txt, *at(txt, content)),
        "kind": kind,
        "stance": stance,
        "conditional": False,
        "negated": False,
        "cited_source": None,
        "venue": None,
        "addressee": None,
        "parent": parent,
    }


def bridge_statements(txt):
    return [
        statement(
            txt,
            "s1",
            "Regional officials",
            "said",
            "army engineers had finished a temporary pontoon crossing over the river",
            type="group",
        ),
        statement(
            txt,
            "s2",
            "The deputy governor, Olena Marchenko",
            "confirmed",
            "the crossing would carry lorries with grain and medical supplies",
            name="Olena Marchenko",
            role="deputy governor",
            actor="UKR GOV",
            stance="confirm",
        ),
        statement(
            txt,
            "s3",
            "A spokesman for the regional military administration",
            "denied",
            "the crossing had been hit again overnight",
            type="organisation",
            actor="UKR MIL",
            stance="deny",
        ),
    ]


def port_statements(txt):
    return [
        statement(
            txt,
            "s1",
            "Harbour master Taras Bondar",
            "told reporters",
            "no crew members were hurt",
            name="Taras Bondar",
            role="harbour master",
        ),
        statement(
            txt,
            "s2",
            "Moscow",
            "claimed",
            "its forces had destroyed a weapons depot in the port",
            name="Russia",
            type="country",
            actor="RUS GOV",
            stance="claim",
        ),
    ]


def report(ext_id, txt, *, published=None, outlet="Test Outlet", statements_of=None, meta=None):
    """A RawInput, its Document and a record with hand-written statements."""
    title = txt.split("\n", 1)[0]
    raw = RawInput(
        id=ext_id, source=f"reports/{ext_id}.txt", data=txt.encode(), kind="text", meta=dict(meta or {})
    )
    doc = Document(
        id=ext_id,
        text=txt,
        title=title,
        url=f"https://example.org/{ext_id}",
        outlet=outlet,
        published=published,
        language="en",
        author="Staff",
        raw=raw.data,
        raw_kind="text",
        source=raw.source,
    )
    rec = new_record(doc)
    rec["statements"] = statements_of(txt) if statements_of else []
    return raw, doc, rec


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    yield s
    s.close()


def n_rows(store, table):
    with store.read() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def add(store, *args, **kw):
    raw, doc, rec = report(*args, **kw)
    return store.add(raw, doc, rec, V1)


# -- schema and migrations --------------------------------------------------------------


def test_migrations_build_the_schema_and_reopening_changes_nothing(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from claimledger.store.db import alembic_config

    first = Store(db_url)
    add(first, "bridge-1", BRIDGE, statements_of=bridge_statements)
    first.close()

    again = Store(db_url)  # upgrade head on an up-to-date database is a no-op
    try:
        with again.read() as conn:
            head = ScriptDirectory.from_config(alembic_config()).get_heads()
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == head
            names = set(inspect(conn).get_table_names())
            assert {"documents", "statements"} <= names

            def ours(obj, name, type_, reflected, compare_to):
                # The full-text objects exist only in the migration, by design.
                return (
                    not (type_ == "table" and name.startswith(("statements_fts", "ledger_claims_fts")))
                    and not (type_ == "column" and name == "search_vector")
                    and not (type_ == "index" and name.endswith("_search_vector"))
                )

            ctx = MigrationContext.configure(conn, opts={"include_object": ours, "compare_type": True})
            assert compare_metadata(ctx, Base.metadata) == []
        assert queries.counts(again) == {"documents": 1, "duplicates": 0, "statements": 3}
        assert again.fts == ("tsvector" if again.dialect == "postgresql" else "fts5")
    finally:
        again.close()


def test_downgrade_to_nothing_and_back(db_url):
    from alembic import command

    from claimledger.store.db import alembic_config

    with Store(db_url) as s:
        add(s, "port-1", PORT, statements_of=port_statements)
        cfg = alembic_config()
        with s._write() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        with s.read() as conn:
            assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    with Store(db_url) as s:
        add(s, "port-1", PORT, statements_of=port_statements)
        assert [r["sid"] for r in queries.list_statements(s, search="weapons")] == ["s2"]


def test_urls():
    assert normalise_url("ledger.db") == "sqlite:///ledger.db"
    assert normalise_url("/var/data/ledger.db") == "sqlite:////var/data/ledger.db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_default_url_and_bare_path(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMLEDGER_DB", raising=False)
    assert default_url() == "sqlite:///claimledger.db"
    monkeypatch.setenv("CLAIMLEDGER_DB", "sqlite:///elsewhere.db")
    assert default_url() == "sqlite:///elsewhere.db"
    path = tmp_path / "sub" / "bare.db"
    with Store(str(path)) as s:
        add(s, "port-1", PORT)
    assert path.exists()


# -- adding -----------------------------------------------------------------------------


def test_add_and_get_round_trip(store):
    raw, doc, rec = report(
        "bridge-1", BRIDGE, published="2024-05-02", statements_of=bridge_statements, meta={"feed": "regional"}
    )
    res = store.add(raw, doc, rec, V1, overrides={"published": "2024-05-02"})
    assert (res.status, res.duplicate_of, res.similarity) == ("new", None, None)

    got = queries.get_report(store, "bridge-1")
    assert got == queries.get_report(store, res.id) == queries.get_report(store, str(res.id))
    assert got["record"] == rec
    assert list(got["record"]) == list(rec), "key order of the record survives"
    assert got["id"] == res.id and got["ext_id"] == "bridge-1"
    assert got["title"] == "Engineers restore river crossing near Zaporizhzhia"
    assert (got["outlet"], got["published"], got["language"], got["author"]) == (
        "Test Outlet",
        "2024-05-02",
        "en",
        "Staff",
    )
    assert got["analyser_version"] == V1 and got["n_statements"] == 3
    assert got["duplicate_of"] is None and got["duplicates"] == []
    # local paths and scraper metadata stay inside the store
    assert "raw_meta" not in got and "source" not in got
    ((_, raw_back, overrides),) = [r for r in store.iter_raw() if r[0] == got["id"]]
    assert raw_back.meta == {"feed": "regional"} and overrides == {"published": "2024-05-02"}
    assert got["ingested_at"].endswith("+00:00")
    json.dumps(got)  # every value is JSON as it stands
    assert queries.get_report(store, "no-such-report") is None
    assert queries.get_report(store, 99999) is None

    with store.read() as conn:
        row = conn.execute(select(documents).where(documents.c.id == res.id)).one()
    assert zlib.decompress(row.raw) == BRIDGE.encode()
    assert row.text == BRIDGE and row.minhash


def test_unchanged_reingest_writes_nothing(store):
    first = add(store, "bridge-1", BRIDGE, statements_of=bridge_statements)
    before = queries.get_report(store, first.id)
    again = add(store, "bridge-1", BRIDGE, statements_of=bridge_statements)
    assert (again.status, again.id) == ("unchanged", first.id)
    assert queries.get_report(store, first.id) == before  # not even updated_at moved
    assert n_rows(store, documents) == 1 and n_rows(store, statements) == 3


def test_new_text_under_the_same_id_updates_in_place(store):
    first = add(store, "port-1", PORT, statements_of=port_statements)
    revised = PORT.replace("no crew members were hurt", "two crew members were lightly hurt")

    def revised_statements(txt):
        return [
            statement(
                txt,
                "s2",
                "Moscow",
                "claimed",
                "its forces had destroyed a weapons depot",
                name="Russia",
                type="country",
                stance="claim",
            )
        ]

    res = add(store, "port-1", revised, statements_of=revised_statements)
    assert (res.status, res.id) == ("updated", first.id)
    got = queries.get_report(store, "port-1")
    assert got["record"]["text"] == revised and got["n_statements"] == 1
    assert n_rows(store, documents) == 1
    assert [s["sid"] for s in queries.list_statements(store)] == ["s2"]
    assert queries.list_statements(store, search="crew") == []


def test_exact_copy_under_another_id_is_linked(store):
    first = add(store, "port-1", PORT, outlet="Harbour News")
    copy = add(store, "port-1-syndicated", PORT, outlet="Wire Service")
    assert copy.status == "near_duplicate"
    assert (copy.duplicate_of, copy.similarity) == (first.id, 1.0)
    got = queries.get_report(store, first.id)
    assert got["duplicates"] == [
        {"id": copy.id, "ext_id": "port-1-syndicated", "outlet": "Wire Service", "similarity": 1.0}
    ]
    assert queries.get_report(store, copy.id)["duplicate_of_ext_id"] == "port-1"


def test_near_duplicate_is_linked_to_the_first_copy(db_url):
    with Store(db_url) as s:
        root = add(s, "bridge-1", BRIDGE)
        other = add(s, "port-1", PORT)
        near = add(s, "bridge-2", BRIDGE_REPRINT)
    assert other.status == "new"
    assert near.status == "near_duplicate" and near.duplicate_of == root.id
    assert NEAR_DUPLICATE_THRESHOLD <= near.similarity < 1.0

    # A second copy of the reprint points at the first copy, not at the reprint, and measures
    # its similarity against it; a new Store loads its near-duplicate index from the table.
    with Store(db_url) as s:
        third = add(s, "bridge-3", BRIDGE_REPRINT)
        assert third.status == "near_duplicate" and third.duplicate_of == root.id
        assert third.similarity == near.similarity
        rows = queries.list_reports(s)
        by_ext = {r["ext_id"]: r for r in rows}
        assert by_ext["bridge-3"]["duplicate_of_ext_id"] == "bridge-1"
        assert [d["ext_id"] for d in queries.get_report(s, root.id)["duplicates"]] == ["bridge-2", "bridge-3"]
        assert queries.counts(s) == {"documents": 4, "duplicates": 2, "statements": 0}


def test_a_report_updated_into_a_copy_takes_its_copies_along(store):
    bridge = add(store, "bridge-1", BRIDGE)
    port = add(store, "port-1", PORT)
    port_copy = add(store, "port-2", PORT)
    assert port_copy.duplicate_of == port.id
    add(store, "bridge-2", BRIDGE)
    # port-1 is re-ingested with the bridge text: it becomes a copy of bridge-1; its own copy
    # was a copy of the old text only, so it becomes the first copy of that text.
    res = add(store, "port-1", BRIDGE_REPRINT)
    assert (res.status, res.duplicate_of) == ("updated", bridge.id)
    port2 = queries.get_report(store, "port-2")
    assert (port2["duplicate_of"], port2["similarity"]) == (None, None)
    # The index forgot port-1's old text: a new copy of PORT goes to port-2.
    again = add(store, "port-3", PORT)
    assert (again.duplicate_of, again.similarity) == (port_copy.id, 1.0)

    # bridge-1 is rewritten with PORT's text: its copies, which still carry bridge texts,
    # move to the earliest of them (by id), and measure against it.
    res = add(store, "bridge-1", PORT)
    assert (res.status, res.duplicate_of, res.similarity) == ("updated", port_copy.id, 1.0)
    assert queries.get_report(store, "port-1")["duplicate_of"] is None
    moved = queries.get_report(store, "bridge-2")
    assert moved["duplicate_of"] == port.id and NEAR_DUPLICATE_THRESHOLD <= moved["similarity"] < 1.0
    assert [d["ext_id"] for d in queries.get_report(store, port_copy.id)["duplicates"]] == [
        "bridge-1",
        "port-3",
    ]


def test_unchanged_answers_as_add_would_without_a_record(store):
    raw, doc, _ = report("bridge-1", BRIDGE, meta={"published": "2024-05-02"})
    assert store.unchanged(raw, doc) is None  # not stored yet
    stored = add(store, "bridge-1", BRIDGE, meta={"published": "2024-05-02"})
    assert store.unchanged(raw, doc) == AddResult("unchanged", stored.id, None, None)
    # Other text, other metadata, other overrides: not the same input, so it needs analysis.
    assert store.unchanged(*report("bridge-1", BRIDGE_REPRINT, meta={"published": "2024-05-02"})[:2]) is None
    assert store.unchanged(*report("bridge-1", BRIDGE, meta={"published": "2024-05-03"})[:2]) is None
    assert store.unchanged(raw, doc, {"published": "2024-05-02"}) is None
    assert store.unchanged(*report("bridge-2", BRIDGE, meta={"published": "2024-05-02"})[:2]) is None
    # And add agrees with it.
    assert add(store, "bridge-1", BRIDGE, meta={"published": "2024-05-02"}).status == "unchanged"


# -- all or nothing ---------------------------------------------------------------------


# What the driver says when a statement column is handed a dict it cannot bind.
UNBINDABLE_DICT = {
    "sqlite": r"Error binding parameter \d+: type 'dict' is not supported",
    "postgresql": r"cannot adapt type 'dict'",
}


def test_a_record_that_cannot_be_stored_leaves_nothing(store):
    raw, doc, rec = report("bridge-1", BRIDGE, statements_of=bridge_statements)
    rec["warnings"] = [{"not", "json"}]  # a set: the JSON column cannot serialise it
    # The JSON serialiser's TypeError, raised as it is (psycopg) or wrapped by SQLAlchemy.
    with pytest.raises((TypeError, StatementError)) as caught:
        store.add(raw, doc, rec, V1)
    error = getattr(caught.value, "orig", caught.value)
    assert type(error) is TypeError and str(error) == "Object of type set is not JSON serializable"
    assert n_rows(store, documents) == 0 and n_rows(store, statements) == 0


def test_a_failure_after_the_document_row_leaves_nothing(store):
    raw, doc, rec = report("bridge-1", BRIDGE, statements_of=bridge_statements)
    # The document row goes in first; the third statement then breaks the driver.
    rec_bad = json.loads(json.dumps(rec))
    rec_bad["statements"][2]["speaker"]["name"] = {"a": "mapping"}
    with pytest.raises(ProgrammingError, match=UNBINDABLE_DICT[store.dialect]):
        store.add(raw, doc, rec_bad, V1)
    assert n_rows(store, documents) == 0 and n_rows(store, statements) == 0
    # Nor did the failed report reach the near-duplicate index.
    res = store.add(raw, doc, rec, V1)
    assert res.status == "new" and res.duplicate_of is None
    assert queries.counts(store) == {"documents": 1, "duplicates": 0, "statements": 3}

    # A failed update keeps the previous version whole.
    raw2, doc2, rec2 = report("bridge-1", BRIDGE_REPRINT, statements_of=bridge_statements)
    rec2["statements"][0]["cue"]["text"] = {"a": "mapping"}
    with pytest.raises(ProgrammingError, match=UNBINDABLE_DICT[store.dialect]):
        store.add(raw2, doc2, rec2, V1)
    got = queries.get_report(store, "bridge-1")
    assert got["record"] == rec and got["n_statements"] == 3
    assert len(queries.list_statements(store, search="pontoon")) == 1


# -- reading ----------------------------------------------------------------------------


@pytest.fixture
def filled(store):
    add(store, "bridge-1", BRIDGE, published="2024-05-02", statements_of=bridge_statements)
    add(store, "port-1", PORT, published="2024-06-15", statements_of=port_statements, outlet="Danube Daily")
    add(store, "undated-1", PORT.replace("Izmail", "Reni"), statements_of=port_statements)
    return store


def test_list_statements_filters(filled):
    every = queries.list_statements(filled)
    assert len(every) == 7
    # Publication order, undated last, then text order within a report.
    assert [(s["ext_id"], s["sid"]) for s in every] == [
        ("bridge-1", "s1"),
        ("bridge-1", "s2"),
        ("bridge-1", "s3"),
        ("port-1", "s1"),
        ("port-1", "s2"),
        ("undated-1", "s1"),
        ("undated-1", "s2"),
    ]
    s2 = every[1]
    assert s2 == {
        "report_id": s2["report_id"],
        "ext_id": "bridge-1",
        "title": "Engineers restore river crossing near Zaporizhzhia",
        "outlet": "Test Outlet",
        "published": "2024-05-02",
        "sid": "s2",
        "speaker": "The deputy governor, Olena Marchenko",
        "speaker_name": "Olena Marchenko",
        "role": "deputy governor",
        "type": "person",
        "actor": "UKR GOV",
        "cue": "confirmed",
        "stance": "confirm",
        "kind": "indirect",
        "content": "the crossing would carry lorries with grain and medical supplies",
        "content_start": s2["content_start"],
        "content_end": s2["content_end"],
        "parent": None,
        "duplicate_of": None,
    }
    assert BRIDGE[s2["content_start"] : s2["content_end"]] == s2["content"]

    def keys(**kw):
        return [(s["ext_id"], s["sid"]) for s in queries.list_statements(filled, **kw)]

    assert keys(speaker="marchenko") == [("bridge-1", "s2")]
    assert keys(speaker="RUSSIA") == [("port-1", "s2"), ("undated-1", "s2")]  # the resolved name
    assert keys(speaker="moscow") == [("port-1", "s2"), ("undated-1", "s2")]  # the mention
    assert keys(speaker="50%") == []  # LIKE wildcards are taken literally
    assert keys(since="2024-06-01") == [("port-1", "s1"), ("port-1", "s2")]
    assert keys(until="2024-05-02") == [("bridge-1", "s1"), ("bridge-1", "s2"), ("bridge-1", "s3")]
    assert keys(since="2024-05", until="2024-05") == keys(until="2024-05-02")
    assert keys(since="2024-05-03", until="2024-06-14") == []
    with pytest.raises(ValueError):
        queries.list_statements(filled, since="last tuesday")
    assert keys(stance="deny") == [("bridge-1", "s3")]
    assert keys(stance=["claim", "confirm"]) == [("bridge-1", "s2"), ("port-1", "s2"), ("undated-1", "s2")]
    assert keys(search="lorries") == [("bridge-1", "s2")]
    assert keys(search="destroyed depot") == [("port-1", "s2"), ("undated-1", "s2")]
    assert keys(search="destroy") == keys(search="destroyed depot"), "stemmed"
    assert keys(search="Bondar") == [("port-1", "s1"), ("undated-1", "s1")]  # speaker too
    assert keys(search='"weapons depot"') == keys(search="destroyed depot")
    assert keys(search='"depot weapons"') == []
    assert keys(search="hurt or lorries") == [("bridge-1", "s2"), ("port-1", "s1"), ("undated-1", "s1")]
    assert keys(search="depot -weapons") == []
    assert keys(search="zebra") == []
    assert keys(search="  ") == keys()
    assert keys(search="hurt", since="2024-06-01", speaker="bondar", stance="assert") == [("port-1", "s1")]
    assert keys(limit=2) == keys()[:2]


def test_hostile_search_syntax_is_just_words(filled):
    for q in ['"', "NEAR(", "a AND", "*", "crossing)", "-", "OR", "col:umn", "'; DROP TABLE statements; --"]:
        queries.list_statements(filled, search=q)
    assert n_rows(filled, statements) == 7


def test_search_without_fts5_falls_back_to_like(filled):
    if filled.dialect != "sqlite":
        pytest.skip("the fallback is for SQLite builds without FTS5")
    filled.fts = None
    assert [s["sid"] for s in queries.list_statements(filled, search="lorries grain")] == ["s2"]
    assert [s["sid"] for s in queries.list_statements(filled, search="bondar")] == ["s1", "s1"]


def test_list_reports(filled):
    rows = queries.list_reports(filled)
    assert [r["ext_id"] for r in rows] == ["port-1", "bridge-1", "undated-1"]
    port = rows[0]
    assert set(port) == {
        "id",
        "ext_id",
        "title",
        "outlet",
        "url",
        "published",
        "language",
        "n_statements",
        "duplicate_of",
        "duplicate_of_ext_id",
        "ingested_at",
    }
    assert (port["n_statements"], port["outlet"], port["published"]) == (2, "Danube Daily", "2024-06-15")
    assert (rows[2]["duplicate_of"], rows[2]["duplicate_of_ext_id"]) == (port["id"], "port-1")
    json.dumps(rows)
    assert [r["ext_id"] for r in queries.list_reports(filled, limit=1, offset=1)] == ["bridge-1"]
    assert [r["ext_id"] for r in queries.list_reports(filled, search="danube")] == ["port-1"]
    assert [r["ext_id"] for r in queries.list_reports(filled, search="lorries")] == ["bridge-1"]
    assert [r["ext_id"] for r in queries.list_reports(filled, search="Reni")] == ["undated-1"]


def test_counts_and_iter_records(filled):
    # undated-1 is port-1 with one name changed: a near copy.
    assert queries.counts(filled) == {"documents": 3, "duplicates": 1, "statements": 7}
    recs = list(queries.iter_records(filled))
    assert [r["id"] for r in recs] == ["bridge-1", "port-1", "undated-1"]
    assert recs[0]["statements"][1]["speaker"]["name"] == "Olena Marchenko"


def test_iter_raw_gives_back_the_inputs(store):
    raw, doc, rec = report("bridge-1", BRIDGE, meta={"title": "From the feed"})
    store.add(raw, doc, rec, V1, overrides={"outlet": "Forced Outlet"})
    add(store, "port-1", PORT)
    got = list(store.iter_raw())
    assert [(r.id, r.kind) for _, r, _ in got] == [("bridge-1", "text"), ("port-1", "text")]
    doc_id, back, overrides = got[0]
    assert back == raw and overrides == {"outlet": "Forced Outlet"}
    assert got[1][2] == {}
    assert doc_id == queries.get_report(store, "bridge-1")["id"]


def test_update_record_rebuilds_statements_and_search(store):
    res = add(store, "bridge-1", BRIDGE, published="2024-05-02", statements_of=bridge_statements)
    rec = queries.get_report(store, res.id)["record"]
    rec["published"] = "2024-05-03"
    rec["statements"] = [
        statement(
            BRIDGE,
            "s1",
            "Farmers in the district",
            "expect",
            "to move most of the remaining harvest before the first frosts",
            type="group",
            stance="expect",
        ),
    ]
    store.update_record(res.id, rec, "test-analyser-2")
    got = queries.get_report(store, res.id)
    assert got["record"] == rec and got["analyser_version"] == "test-analyser-2"
    assert got["published"] == "2024-05-03" and got["n_statements"] == 1
    assert queries.list_statements(store, search="lorries") == []
    assert [s["stance"] for s in queries.list_statements(store, search="harvest frosts")] == ["expect"]
    assert [s["published"] for s in queries.list_statements(store)] == ["2024-05-03"]
    with pytest.raises(KeyError):
        store.update_record(res.id + 1000, rec, "test-analyser-2")


def test_deleting_a_document_cascades_to_statements_and_search(store):
    res = add(store, "bridge-1", BRIDGE, statements_of=bridge_statements)
    with store.engine.begin() as conn:
        conn.execute(documents.delete().where(documents.c.id == res.id))
    assert n_rows(store, statements) == 0
    assert queries.list_statements(store, search="lorries") == []
    if store.fts == "fts5":
        with store.read() as conn:
            # Nothing left in the index that a later rowid could collide with.
            assert (
                conn.execute(
                    text("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'lorries'")
                ).scalar()
                == 0
            )


def test_fts5_query_translation():
    assert queries.fts5_query("destroyed depot") == ('("destroyed") AND ("depot")', None)
    assert queries.fts5_query('"weapons depot" -moscow') == ('("weapons depot")', '"moscow"')
    assert queries.fts5_query("hurt or lorries grain") == ('("hurt" OR "lorries") AND ("grain")', None)
    assert queries.fts5_query('NEAR( "AND" *') == ('("NEAR") AND ("AND")', None)
    assert queries.fts5_query("-only") == (None, '"only"')
