"""Ingest on a real Dask LocalCluster of 2 worker processes (claimledger/ingest/cluster.py).

One cluster serves the module (starting one and loading the model in each worker takes
seconds); the CLI reaches it with --scheduler, and one test starts its own with --workers 2.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from claimledger.cli import main
from claimledger.ingest.cluster import ClusterAnalysis, default_analyser
from claimledger.ingest.document import RawInput
from claimledger.ingest.documents import to_document
from claimledger.store.db import Store
from claimledger.store.schema import documents, statements

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

# Markers our wrapped analyser reacts to (see Poisoned); no real report contains them.
KILL = "[[kill-this-worker]]"
RAISE = "[[raise-in-analysis]]"
SLOW = "[[take-a-second]]"

TOWNS = ["Orlivka", "Marinske", "Bilohiria", "Zarichne", "Novopil", "Kamianka", "Lozuvatka", "Dibrova"]
OFFICIALS = [
    ("Colonel Taras Bondar", "a spokesman for the eastern command"),
    ("Halyna Moroz", "the head of the district administration"),
    ("Yurii Danylenko", "the regional police chief"),
    ("Oksana Tkach", "a deputy interior minister"),
]


def report(i: int) -> dict:
    """A short report of our own, distinct for every i; reports eight numbers apart share a
    town and an official and may come out as near copies of each other."""
    town = TOWNS[i % len(TOWNS)]
    other = TOWNS[(i * 3 + 1) % len(TOWNS)]
    name, role = OFFICIALS[i % len(OFFICIALS)]
    n = 12 + i * 17
    text = (
        f"Shelling damages homes in {town}, officials say\n\n"
        f"{name}, {role}, said on Tuesday that {n} houses in {town} had been damaged by overnight "
        f"shelling and that {i % 5 + 1} civilians were treated for injuries.\n\n"
        f'"Crews worked until dawn to clear the roads to {other}," {name.split()[-1]} told '
        f"reporters, adding that water supplies would be restored within {i % 4 + 2} days.\n\n"
        f"Local volunteers counted {n * 2 + 7} broken windows along the main street of {town}, "
        f"according to the municipal council, which asked for {n + 40} sheets of plywood."
    )
    return {
        "id": f"cluster-test-{i:03d}",
        "title": f"Shelling damages homes in {town}, officials say",
        "published": f"2025-04-{i % 28 + 1:02d}",
        "outlet": f"Test Gazette {i % 3}",
        "text": text,
    }


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def inputs(tmp_path: Path) -> Path:
    """The bundled examples (a wire story and its republication among them), our own reports,
    an exact copy and a near copy of one of them: a directory to ingest."""
    d = tmp_path / "in"
    shutil.copytree(EXAMPLES, d / "examples")
    rows = [report(i) for i in range(6)]
    copy = dict(rows[1], id="cluster-test-copy")
    near = dict(rows[2], id="cluster-test-near")
    near["text"] = rows[2]["text"] + "\n\nThis report was updated with a correction to the headline."
    write_jsonl(d / "own.jsonl", [*rows, copy, near])
    return d


def snapshot(url: str) -> list[tuple]:
    """Everything ingest decides, by input id: text, record, duplicate link, statements."""
    store = Store(url)
    try:
        with store.read() as conn:
            docs = conn.execute(
                select(
                    documents.c.id,
                    documents.c.ext_id,
                    documents.c.content_hash,
                    documents.c.duplicate_of,
                    documents.c.similarity,
                    documents.c.record,
                )
            ).all()
            ext = {d.id: d.ext_id for d in docs}
            sts = conn.execute(
                select(
                    statements.c.document_id,
                    statements.c.sid,
                    statements.c.speaker_name,
                    statements.c.content,
                )
            ).all()
    finally:
        store.close()
    by_doc: dict[str, list] = {}
    for s in sts:
        by_doc.setdefault(ext[s.document_id], []).append((s.sid, s.speaker_name, s.content))
    return sorted(
        (
            d.ext_id,
            d.content_hash,
            ext.get(d.duplicate_of),
            None if d.similarity is None else round(d.similarity, 6),
            json.dumps(d.record, sort_keys=True),
            sorted(by_doc.get(d.ext_id, [])),
        )
        for d in docs
    )


@pytest.fixture(scope="module")
def cluster():
    # allowed_failures=1: a report that kills its worker is given up after two deaths.
    with ClusterAnalysis(workers=2, batch_size=1, allowed_failures=1) as c:
        c.start()
        yield c


def address(cluster) -> str:
    return cluster.client.scheduler.address


def worker_pids(cluster) -> dict[str, int]:
    return cluster.client.run(os.getpid)


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_cluster_ingest_equals_single_process(backend, cluster, tmp_path, request):
    src = inputs(tmp_path)
    single = f"sqlite:///{tmp_path / 'single.db'}"
    spread = (
        f"sqlite:///{tmp_path / 'spread.db'}" if backend == "sqlite" else request.getfixturevalue("pg_url")
    )

    one = cli("ingest", str(src), "--db", single, "--no-progress")
    # One report per task: the two workers finish in any order; the store must not care.
    many = cli("ingest", str(src), "--db", spread, "--scheduler", address(cluster), "--batch-size", "1")
    assert one.exit_code == 0, one.output
    assert many.exit_code == 0, many.output
    summary = [line for line in many.output.splitlines() if line.startswith("ingested")]
    assert summary == [line for line in one.output.splitlines() if line.startswith("ingested")]
    assert "(3 near-duplicates)" in summary[0]  # the wire copy, our exact copy, our near copy

    got, want = snapshot(spread), snapshot(single)
    assert len(got) == 19
    assert got == want
    links = {row[0]: row[2] for row in got if row[2] is not None}
    assert links["cluster-test-copy"] == "cluster-test-001"
    assert links["cluster-test-near"] == "cluster-test-002"
    assert sum(len(row[5]) for row in got) > 30  # statements were found, and compared

    # Unchanged reports are skipped before analysis: the re-run needs no cluster at all.
    again = cli("ingest", str(src), "--db", spread, "--scheduler", "tcp://127.0.0.1:9")
    assert again.exit_code == 0, again.output
    assert "0 new (0 near-duplicates), 0 updated, 19 unchanged, 0 failed" in again.output


def _clean(rows: list[dict]):
    for row in rows:
        meta = {k: row[k] for k in ("title", "published", "outlet")}
        raw = RawInput(row["id"], "test", row["text"].encode(), "text", meta)
        yield raw, to_document(raw)


def test_sigkill_of_a_busy_worker_loses_nothing_and_stores_nothing_twice(cluster, tmp_path):
    rows = [report(i) for i in range(20)]
    store = Store(f"sqlite:///{tmp_path / 'kill.db'}")
    before = worker_pids(cluster)
    seen: list[str] = []
    killed = None
    try:
        for a in cluster.analyse(_clean(rows)):
            assert a.error is None, a.error
            store.add(a.raw, a.doc, a.record, a.version)
            seen.append(a.raw.id)
            if killed is None and len(seen) == 4:
                pids = worker_pids(cluster)
                busy = [addr for addr, keys in cluster.client.processing().items() if keys and addr in pids]
                assert busy, "no worker was analysing: nothing to kill"
                killed = pids[busy[0]]
                os.kill(killed, signal.SIGKILL)
        with store.read() as conn:
            ids = [r[0] for r in conn.execute(select(documents.c.ext_id)).all()]
    finally:
        store.close()
    assert killed is not None
    assert seen == [r["id"] for r in rows]  # in input order, each once, none lost
    assert sorted(ids) == sorted(seen)
    # The nanny replaced the killed process.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(worker_pids(cluster)) < 2:
        time.sleep(0.2)
    after = worker_pids(cluster)
    assert len(after) == 2
    assert killed not in after.values()
    assert set(after.values()) != set(before.values())


class Poisoned:
    """The real analyser, except that a report carrying KILL kills its worker process (as a
    segfault in a parser would), one carrying RAISE makes the whole batch raise and one
    carrying SLOW takes a second longer."""

    def __init__(self):
        self.inner = default_analyser()
        self.version = self.inner.version

    def analyse_each(self, docs, batch_size=16):
        docs = list(docs)
        if any(KILL in d.text for d in docs):
            os.kill(os.getpid(), signal.SIGKILL)
        if any(RAISE in d.text for d in docs):
            raise RuntimeError("the parser gave up")
        if any(SLOW in d.text for d in docs):
            time.sleep(1)
        return self.inner.analyse_each(docs, batch_size)


def _poisoned_run(cluster, rows, batch_size: int) -> list:
    """`rows` analysed on the cluster by Poisoned; the plain analyser is put back after."""
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    try:
        with ClusterAnalysis(scheduler=address(cluster), batch_size=batch_size, factory=Poisoned) as poisoned:
            return list(poisoned.analyse(_clean(rows)))
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
        # The next run puts the plain analyser back (each run registers its own).
        with ClusterAnalysis(scheduler=address(cluster)) as plain:
            plain.start()


def test_a_report_that_crashes_or_kills_the_analysis_is_failed_not_the_run(cluster):
    rows = [report(i) for i in range(30, 35)]
    rows[1]["text"] += f"\n\n{RAISE}"
    rows[4]["text"] += f"\n\n{KILL}"  # alone in the last batch of two
    results = _poisoned_run(cluster, rows, batch_size=2)
    assert [a.raw.id for a in results] == [r["id"] for r in rows]
    failed = {a.raw.id: a.error.reason for a in results if a.error is not None}
    assert set(failed) == {rows[1]["id"], rows[4]["id"]}
    assert "RuntimeError: the parser gave up" in failed[rows[1]["id"]]
    assert "killed its worker process 2 times" in failed[rows[4]["id"]]
    # Its batch-mate (rows[0]) was analysed alone once the batch failed.
    ok = [a for a in results if a.error is None]
    assert len(ok) == 3 and all(a.record["statements"] for a in ok)


def test_reports_waiting_on_a_worker_that_another_report_kills_are_not_blamed(cluster):
    """The scheduler counts a death against every task its worker held, the queued ones too;
    here six single-report batches are out at once behind one that kills its worker each time."""
    rows = [report(i) for i in range(40, 48)]
    rows[0]["text"] += f"\n\n{KILL}"
    for row in rows[1:]:
        row["text"] += f"\n\n{SLOW}"  # still waiting on a worker when the killer comes
    results = _poisoned_run(cluster, rows, batch_size=1)
    assert [a.raw.id for a in results] == [r["id"] for r in rows]
    failed = {a.raw.id for a in results if a.error is not None}
    assert failed == {rows[0]["id"]}
    assert all(a.record["statements"] for a in results[1:])


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_ctrl_c_stops_cleanly_and_a_rerun_stores_the_rest(cluster, tmp_path):
    import psutil

    rows = [report(i) for i in range(100, 140)]
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    db = tmp_path / "int.db"
    cmd = [sys.executable, "-m", "claimledger", "ingest", str(src), "--db", str(db), "--workers", "2"]
    proc = subprocess.Popen(
        [*cmd, "--batch-size", "1"], stderr=subprocess.PIPE, text=True, start_new_session=True, cwd=tmp_path
    )
    try:
        deadline = time.monotonic() + 120
        while _count(db) < 3 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        children = psutil.Process(proc.pid).children(recursive=True)
        # As a terminal's Ctrl-C does: SIGINT to every process of the group.
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130, err
    assert "interrupted:" in err and "run it again" in err
    assert "Traceback" not in err, err
    _, alive = psutil.wait_procs(children, timeout=10)
    assert not alive  # the cluster's processes are gone with it

    stored = _count(db)
    assert 3 <= stored < len(rows)
    # Nothing half-written: each stored report has exactly the statements of its record.
    with sqlite3.connect(db) as conn:
        for doc_id, record in conn.execute("SELECT id, record FROM documents"):
            n = conn.execute("SELECT count(*) FROM statements WHERE document_id = ?", (doc_id,)).fetchone()[0]
            assert n == len(json.loads(record)["statements"])

    rerun = cli("ingest", str(src), "--db", str(db), "--scheduler", address(cluster))
    assert rerun.exit_code == 0, rerun.output
    assert f"ingested {len(rows) - stored} new (" in rerun.output
    assert f"0 updated, {stored} unchanged, 0 failed" in rerun.output
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("SELECT ext_id FROM documents")]
    assert sorted(ids) == sorted(r["id"] for r in rows)


def test_workers_and_scheduler_exclude_each_other(tmp_path):
    r = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--workers", "2", "--scheduler", "tcp://x:1"])
    assert r.exit_code == 2
    assert "exclude each other" in r.output
    r = CliRunner().invoke(
        main, ["ingest", str(EXAMPLES), "--batch-size", "4", "--db", str(tmp_path / "x.db")]
    )
    assert r.exit_code == 2
