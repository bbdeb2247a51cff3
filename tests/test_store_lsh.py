"""The near-duplicate index kept in the store (minhash_bands), on SQLite and on PostgreSQL.

The bands are written with every report and are all a lookup uses: a fresh Store finds copies
with nothing in memory, the decisions are those of datasketch's in-memory MinHashLSH, the
migration backfills stores made before it, and two processes storing near copies of one report
at the same instant cannot both come out "new".
"""

from __future__ import annotations

import gc
import os
import random
import re
import sqlite3
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import create_engine, delete, func, select, text
from test_store import BRIDGE, BRIDGE_REPRINT, PORT, V1, add, bridge_statements, port_statements

from claimledger.ingest import dedup
from claimledger.store import Store, queries
from claimledger.store.db import NEAR_DUPLICATE_THRESHOLD, alembic_config
from claimledger.store.schema import documents, minhash_bands

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
WIRE = (FIXTURES / "wire_story.txt").read_text(encoding="utf-8")
SAME_TOPIC = (FIXTURES / "same_topic_story.txt").read_text(encoding="utf-8")


def bands_of(store, doc_id=None):
    q = select(minhash_bands.c.document_id, minhash_bands.c.band, minhash_bands.c.bucket)
    if doc_id is not None:
        q = q.where(minhash_bands.c.document_id == doc_id)
    with store.read() as conn:
        return sorted(tuple(r) for r in conn.execute(q))


def expected_bands(doc_id, txt):
    return sorted((doc_id, band, bucket) for band, bucket in dedup.band_buckets(dedup.minhash(txt)))


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    yield s
    s.close()


def test_the_pinned_bands_are_what_minhashlsh_picks_at_the_store_threshold():
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=NEAR_DUPLICATE_THRESHOLD, num_perm=128)
    assert (lsh.b, lsh.r) == (dedup.LSH_BANDS, dedup.LSH_ROWS)
    buckets = dedup.band_buckets(dedup.minhash(WIRE))
    assert [band for band, _ in buckets] == list(range(25))
    assert all(-(2**63) <= bucket < 2**63 for _, bucket in buckets)
    # One changed value changes the bucket of its band only.
    m = dedup.minhash(WIRE)
    m.hashvalues[7] ^= 1
    changed = [a != b for a, b in zip(buckets, dedup.band_buckets(m), strict=True)]
    assert changed == [i == 1 for i in range(25)]


def test_bands_follow_every_write_of_the_text(store):
    bridge = add(store, "bridge-1", BRIDGE)
    port = add(store, "port-1", PORT)
    assert bands_of(store) == sorted(expected_bands(bridge.id, BRIDGE) + expected_bands(port.id, PORT))

    # New text under the same id: the old bands go, the new ones come.
    assert add(store, "port-1", BRIDGE_REPRINT).status == "updated"
    assert bands_of(store, port.id) == expected_bands(port.id, BRIDGE_REPRINT)

    # Reanalysis with a newer cleaner that cut the text differently.
    record = queries.get_report(store, bridge.id)["record"]
    record["text"] = PORT
    store.update_record(bridge.id, record, V1)
    assert bands_of(store, bridge.id) == expected_bands(bridge.id, PORT)

    # Deleting a report takes its bands along.
    with store._write() as conn:
        conn.execute(delete(documents).where(documents.c.id == bridge.id))
    assert bands_of(store) == expected_bands(port.id, BRIDGE_REPRINT)


def test_a_fresh_store_finds_a_near_copy_through_the_table_alone(db_url):
    with Store(db_url) as s:
        root = add(s, "bridge-1", BRIDGE)
        add(s, "port-1", PORT)
    with Store(db_url) as s:
        # Nothing was loaded: the store knows no document until it asks the table.
        assert not [k for k, v in vars(s).items() if isinstance(v, dict | list | set | tuple) and v]
        near = add(s, "bridge-2", BRIDGE_REPRINT)
        assert (near.status, near.duplicate_of) == ("near_duplicate", root.id)
        assert NEAR_DUPLICATE_THRESHOLD <= near.similarity < 1.0
    # Without the root's bands, a near copy is not found: the table is what the lookup reads.
    with Store(db_url) as s:
        with s._write() as conn:
            conn.execute(delete(minhash_bands).where(minhash_bands.c.document_id.in_([root.id, near.id])))
        again = add(s, "bridge-3", BRIDGE_REPRINT.replace("Thursday", "Friday"))
        assert (again.status, again.duplicate_of) == ("new", None)
        # An exact copy is found by its content hash whatever the bands say.
        exact = add(s, "bridge-4", BRIDGE)
        assert (exact.status, exact.duplicate_of, exact.similarity) == ("near_duplicate", root.id, 1.0)


def mutated(words: list[str], rate: float, rng: random.Random) -> str:
    """The text with about `rate` of its words replaced by others."""
    return " ".join(f"w{rng.randrange(10**6)}" if rng.random() < rate else w for w in words)


def test_candidates_are_those_of_the_in_memory_minhashlsh(store):
    """Texts around the threshold: the table answers exactly what datasketch's index did."""
    rng = random.Random(7)
    base = re.findall(r"\w+", WIRE + " " + SAME_TOPIC)
    texts = [WIRE, SAME_TOPIC, BRIDGE, PORT, " ".join(base)]
    # Replacing a word breaks up to five shingles: against the text they change, these rates
    # give Jaccard estimates from 0.96 down to 0.1, many near the threshold.
    rates = (0.01, 0.03, 0.05, 0.07, 0.08, 0.09, 0.1, 0.11, 0.12, 0.14, 0.2, 0.3)
    texts += [mutated(base, rate, rng) for rate in rates]
    index = dedup.NearDuplicateIndex(threshold=NEAR_DUPLICATE_THRESHOLD)
    ids: list[int] = []
    found = missed = 0
    for i, txt in enumerate(texts):
        m = dedup.minhash(txt)
        with store.read() as conn:
            got = store._candidates(conn, m, dedup.band_buckets(m))
        assert got == index.find(m)
        found += bool(got)
        # LSH misses some pairs over the threshold (0.63 here): the table misses the same.
        close = {
            ids[j] for j, t in enumerate(texts[:i]) if m.jaccard(dedup.minhash(t)) >= NEAR_DUPLICATE_THRESHOLD
        }
        missed += len(close - {key for key, _ in got})
        res = add(store, f"text-{i}", txt)
        assert (res.status == "near_duplicate") == bool(got)
        index.add(res.id, m)
        ids.append(res.id)
    assert found >= 3 and missed >= 1


def test_a_story_copied_many_times_compares_a_bounded_number_of_copies(store):
    """A wire story reprinted more often than MAX_CANDIDATES: each new copy reads at most that
    many signatures, the closest ones (most bands shared), and is still linked to the story's
    first copy; the best match among them is the best of all copies."""
    from claimledger.store.db import MAX_CANDIDATES

    rng = random.Random(11)
    base = re.findall(r"\w+", WIRE)
    root = add(store, "wire-0", WIRE)
    copies = [mutated(base, rng.choice((0.005, 0.01, 0.02)), rng) for _ in range(MAX_CANDIDATES + 12)]
    for i, txt in enumerate(copies):
        res = add(store, f"wire-{i + 1}", txt)
        assert (res.status, res.duplicate_of) == ("near_duplicate", root.id)
    m = dedup.minhash(mutated(base, 0.01, rng))
    with store.read() as conn:
        got = store._candidates(conn, m, dedup.band_buckets(m))
        sharing = conn.execute(
            select(func.count(func.distinct(minhash_bands.c.document_id))).where(
                minhash_bands.c.bucket.in_([b for _, b in dedup.band_buckets(m)])
            )
        ).scalar()
    assert sharing > MAX_CANDIDATES  # more copies share a bucket than are read
    assert 0 < len(got) <= MAX_CANDIDATES
    everything = dedup.NearDuplicateIndex(threshold=NEAR_DUPLICATE_THRESHOLD)
    everything.add(root.id, dedup.minhash(WIRE))
    for i, txt in enumerate(copies):
        everything.add(root.id + i + 1, dedup.minhash(txt))
    assert got[0] == everything.find(m)[0]


def test_existing_decisions_are_unchanged(db_url):
    """The cases of test_store, decided as before: first copy, similarity, root."""
    with Store(db_url) as s:
        root = add(s, "bridge-1", BRIDGE)
        assert add(s, "port-1", PORT).status == "new"
        near = add(s, "bridge-2", BRIDGE_REPRINT)
        third = add(s, "bridge-3", BRIDGE_REPRINT)
        m = dedup.minhash(BRIDGE_REPRINT)
        assert (near.status, near.duplicate_of) == ("near_duplicate", root.id)
        assert near.similarity == third.similarity == m.jaccard(dedup.minhash(BRIDGE))
        assert third.duplicate_of == root.id


def test_migration_backfills_the_bands_of_a_store_made_before_it(db_url):
    from alembic import command

    cfg = alembic_config()
    with Store(db_url) as s:
        root = add(s, "bridge-1", BRIDGE)
        add(s, "port-1", PORT)
        add(s, "wire-1", WIRE)
        written = bands_of(s)
        assert len(written) == 3 * 25
        with s._write() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0002")
        with s.read() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0002"
            tables = {r[0] for r in conn.execute(text(_TABLES[s.dialect]))}
        assert "minhash_bands" not in tables and "documents" in tables
    with Store(db_url) as s:  # upgrades to head, backfilling from documents.minhash
        assert bands_of(s) == written
        near = add(s, "bridge-2", BRIDGE_REPRINT)
        assert (near.status, near.duplicate_of) == ("near_duplicate", root.id)


_TABLES = {
    "sqlite": "SELECT name FROM sqlite_master WHERE type = 'table'",
    "postgresql": "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()",
}


def test_the_store_keeps_nothing_per_document_in_memory(tmp_path):
    """Memory retained through the store's code does not grow with the reports it stored."""
    with Store(f"sqlite:///{tmp_path / 'memory.db'}") as s:

        def fill(start, n):
            for k in range(start, start + n):
                add(s, f"report-{k}", f"Bulletin {k}\n\n" + " ".join(f"item{k}w{j}" for j in range(60)))

        fill(0, 20)  # warm up: SQLAlchemy's statement caches, imports
        tracemalloc.start(12)
        try:
            gc.collect()  # cycles SQLAlchemy leaves behind are not the store's to keep
            before = tracemalloc.take_snapshot()
            fill(20, 60)
            gc.collect()
            after = tracemalloc.take_snapshot()
        finally:
            tracemalloc.stop()
    # Allocations with the store or dedup code anywhere on their stack, still held.
    ours = [tracemalloc.Filter(True, "*claimledger/*", all_frames=True)]
    grown = sum(
        stat.size_diff
        for stat in after.filter_traces(ours).compare_to(before.filter_traces(ours), "filename")
    )
    # The in-memory index it replaced held each signature and its band keys, some 12 kB a
    # report (750 kB here); what remains is a constant of the pool and caches, some 35 kB.
    assert grown < 60_000


# -- two processes, one instant ---------------------------------------------------------

# A report written for this test, and its republication by another outlet under its own
# intro line and footer: a near copy (Jaccard about 0.8).
FERRY = """Ferry crossing on the lower Danube reopens after mine clearance

Navy divers finished clearing the approach to the ferry landing at Orlivka on Wednesday, the
regional administration said, and the first crossing in three weeks carried forty cars and two
lorries of medicine to the Romanian bank. The head of the administration, Serhiy Dovhan, told
reporters that two drifting mines had been towed out of the channel and destroyed in a
controlled blast on Tuesday evening. He said the ferry would keep to daylight hours until the
river police had checked the whole fairway again. Traders who had been sending goods through a
crossing two hundred kilometres upstream welcomed the reopening but said insurers still charged
war rates for every load. A spokeswoman for the navy said divers would stay at the landing for
the rest of the month and that patrol boats would escort the ferry on its first ten trips.
"""
FERRY_REPRINT = (
    "RENI (Lower Danube Herald) - River traffic is picking up again in the south.\n\n"
    + FERRY
    + "\nThe Lower Danube Herald will follow the reopening of river routes in the region.\n"
)


def _sleeping(pid: int) -> tuple[str, int]:
    """(state, CPU ticks so far) of a process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return fields[0], int(fields[11]) + int(fields[12])


def _wait_until_both_wait(procs, waiting, timeout=240.0) -> None:
    deadline = time.monotonic() + timeout
    while not waiting():
        for p in procs:
            if p.poll() is not None:
                _, err = p.communicate()
                pytest.fail(f"an ingest ended before the barrier was released: {err}")
        if time.monotonic() > deadline:
            pytest.fail("the two ingest processes did not both reach the store in time")
        time.sleep(0.2)


def _sqlite_both_blocked(procs):
    """Both processes asleep and using no CPU over a second: waiting for the write lock (the
    only thing they can wait for once their input is read and their model loaded)."""
    samples = []
    for _ in range(5):
        samples.append([_sleeping(p.pid) for p in procs])
        time.sleep(0.25)
    return all(state == "S" for row in samples for state, _ in row) and samples[0] == samples[-1]


def _pg_both_blocked(url):
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return (
                conn.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
                    )
                ).scalar()
                == 2
            )
    finally:
        engine.dispose()


def test_two_ingest_processes_storing_near_copies_at_once(db_url, tmp_path):
    """Both processes read, analyse and reach the store while the test holds its write lock;
    released at once, they decide at the same instant: one is new, the other its copy."""
    a, b = dedup.minhash(FERRY), dedup.minhash(FERRY_REPRINT)
    assert a.jaccard(b) >= NEAR_DUPLICATE_THRESHOLD
    assert set(dedup.band_buckets(a)) & set(dedup.band_buckets(b)), "LSH sees them as candidates"
    for name, txt in (("ferry.txt", FERRY), ("ferry-reprint.txt", FERRY_REPRINT)):
        (tmp_path / name).write_text(txt, encoding="utf-8")
    Store(db_url).close()  # migrated before: the processes only read the schema version

    # The barrier: the test takes the store's write lock, so that both processes stop at
    # their first write with their input read and analysed.
    if db_url.startswith("sqlite"):
        blocker = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        release = blocker.commit
    else:
        engine = create_engine(db_url)
        lock = engine.connect()
        lock.execute(text("LOCK TABLE documents IN EXCLUSIVE MODE"))  # reads go on, writes wait
        release = lock.commit
    env = dict(os.environ, CLAIMLEDGER_DB=db_url)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "claimledger", "ingest", "--no-progress", str(tmp_path / name)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=tmp_path,
        )
        for name in ("ferry.txt", "ferry-reprint.txt")
    ]
    try:
        if db_url.startswith("sqlite"):
            _wait_until_both_wait(procs, lambda: _sqlite_both_blocked(procs))
        else:
            _wait_until_both_wait(procs, lambda: _pg_both_blocked(db_url))
    finally:
        release()
        if not db_url.startswith("sqlite"):
            lock.close()
            engine.dispose()
        else:
            blocker.close()
    outputs = [p.communicate(timeout=240) for p in procs]
    for p, (_, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
    summaries = sorted(re.search(r"ingested .*", err).group(0) for _, err in outputs)
    assert summaries == [
        "ingested 1 new (0 near-duplicates), 0 updated, 0 unchanged, 0 failed",
        "ingested 1 new (1 near-duplicates), 0 updated, 0 unchanged, 0 failed",
    ]
    with Store(db_url) as s:
        rows = queries.list_reports(s)
        assert len(rows) == 2
        (first,) = [r for r in rows if r["duplicate_of"] is None]
        (copy,) = [r for r in rows if r["duplicate_of"] is not None]
        assert copy["duplicate_of"] == first["id"]
        with s.read() as conn:
            assert conn.execute(select(func.count()).select_from(minhash_bands)).scalar() == 50


# -- keyset paging ----------------------------------------------------------------------


def test_keyset_pages_equal_offset_pages(store):
    """Paging with `after` (the last row's sort key) gives the rows of the full list in order,
    through ties of date and undated reports, and OFFSET pages agree with it."""
    dates = ["2024-05-02", "2024-05-02", None, "2024-06-15", None, "2024", "2024-05-02", None]
    for i, published in enumerate(dates):
        txt = (BRIDGE if i % 2 else PORT).replace("Thursday" if i % 2 else "Saturday", f"day {i}")
        add(
            store,
            f"r-{i}",
            txt,
            published=published,
            statements_of=bridge_statements if i % 2 else port_statements,
        )

    every = queries.list_reports(store, limit=None)
    assert [r["published"] for r in every][-3:] == [None, None, None] and len(every) == len(dates)
    pages, after = [], None
    while True:
        page = queries.list_reports(store, limit=3, after=after)
        if not page:
            break
        assert page == queries.list_reports(store, limit=3, offset=len(pages))
        pages += page
        after = queries.report_cursor(page[-1])
    assert pages == every

    statements_all = queries.list_statements(store)
    assert len(statements_all) == 4 * 3 + 4 * 2
    got, after = [], None
    while True:
        page = queries.list_statements(store, limit=4, after=after)
        if not page:
            break
        assert page == queries.list_statements(store, limit=4, offset=len(got))
        got += page
        after = queries.statement_cursor(page[-1])
    assert got == statements_all
    # With a filter the cursor pages the filtered list.
    denied = queries.list_statements(store, stance="deny")
    first = queries.list_statements(store, stance="deny", limit=1)
    rest = queries.list_statements(store, stance="deny", after=queries.statement_cursor(first[0]))
    assert first + rest == denied and len(denied) == 4
    with pytest.raises(ValueError, match="a cursor has 2 values"):
        queries.list_reports(store, after=("2024",))
