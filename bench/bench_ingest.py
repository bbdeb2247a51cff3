"""Ingest on a Dask cluster: throughput, memory per worker, and the kill test.

usage: python bench/bench_ingest.py [--reports 2000] [--big 10000] [--workers 1 2 4]
                                    [--db sqlite|postgresql+psycopg://...] [--skip-kill]
                                    [--json bench/out/ingest.json]

The corpus is generated: each report recombines paragraphs of the bundled example reports
(examples/) with sentences written for this benchmark (names, places and figures vary), so
that every report is distinct and most are not near-duplicates of one another. Figures:
- single process: `claimledger ingest` as without --workers (clean, analyse, store);
- 1, 2 and 4 Dask workers (LocalCluster of processes on loopback, one thread each): reports/s,
  words/s, speed-up over one worker, the driver's busy share (cleaning, the unchanged look-up
  and the store writes, which the driver does for every worker);
- peak RSS of each worker process, sampled with psutil every 0.2 s during the run, for the
  --reports run and for the --big run (it must not grow with the input);
- the kill test: one worker SIGKILLed when half of the reports are stored; reports stored,
  failed, stored twice (must be 0) and missing (must be 0).
Every run ingests into a fresh store (SQLite in a temporary directory, or a new database on
the PostgreSQL server named by --db). The machine may be shared: say so with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLACES = [
    "Vasylivka",
    "Stepnohirsk",
    "Orikhiv",
    "Huliaipole",
    "Kamianske",
    "Polohy",
    "Tokmak",
    "Mala Tokmachka",
]
SPEAKERS = [
    ("Colonel Andrii Marchuk", "a spokesman for the regional military administration"),
    ("Olena Savchuk", "the deputy governor"),
    ("Major General Petro Lysenko", "the commander of the southern group"),
    ("Viktor Holub", "a local council member"),
    ("Iryna Kovalenko", "the head of the regional emergency service"),
]
CUES = ["said", "told reporters", "said in a statement", "wrote on social media", "confirmed"]
UNITS = ["drones", "artillery shells", "troops", "armoured vehicles", "guided bombs"]


def _sentences(i: int, rng: random.Random) -> list[str]:
    """Two or three sentences of our own, different for every report number `i`."""
    name, role = rng.choice(SPEAKERS)
    place = rng.choice(PLACES)
    n = 10 + (i * 37) % 4000
    unit = rng.choice(UNITS)
    out = [
        f"{name}, {role}, {rng.choice(CUES)} on day {1 + i % 28} that {n} {unit} had been moved "
        f"toward {place} over the previous week.",
        f'"We registered {n // 3 + 1} attempts to cross the line near {place}," {name.split()[-1]} said.',
    ]
    if i % 3 == 0:
        out.append(f"Repair crews restored power to {200 + i % 900} households in {place}, officials said.")
    return out


def _paragraph_pool() -> list[str]:
    pool = []
    for p in sorted((ROOT / "examples").glob("*.txt")):
        pool += [q.strip() for q in p.read_text(encoding="utf-8").split("\n\n") if len(q.strip()) > 80]
    for line in (ROOT / "examples" / "reports.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        body = row.get("text") or ""
        pool += [q.strip() for q in body.split("\n\n") if len(q.strip()) > 80]
    if not pool:
        raise SystemExit("no paragraphs under examples/")
    return pool


def corpus(n: int, seed: int = 12) -> list[dict]:
    """n JSON Lines rows (id, title, published, outlet, text), each distinct."""
    rng = random.Random(seed)
    pool = _paragraph_pool()
    rows = []
    for i in range(n):
        own = _sentences(i, rng)
        paras = rng.sample(pool, k=min(len(pool), rng.randint(3, 6)))
        title = f"Report {i}: fighting near {rng.choice(PLACES)}"
        text = "\n\n".join([title, " ".join(own[:2]), *paras, *own[2:]])
        rows.append(
            {
                "id": f"bench-{i:06d}",
                "title": title,
                "published": f"2025-03-{1 + i % 28:02d}",
                "outlet": f"Bench Outlet {i % 7}",
                "text": text,
            }
        )
    return rows


def write_corpus(rows: list[dict], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def fresh_db(base: str | None, tmp: Path) -> tuple[str, object]:
    """A URL of an empty store and a function that drops it."""
    if not base or base == "sqlite":
        path = tmp / f"{uuid.uuid4().hex[:8]}.db"
        return f"sqlite:///{path}", lambda: path.unlink(missing_ok=True)
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from claimledger.store.db import normalise_url

    u = make_url(normalise_url(base))
    name = f"claimledger_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(u, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop():
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return u.set(database=name).render_as_string(hide_password=False), drop


class RssSampler:
    """Peak RSS (MB) of each worker process of a cluster, sampled in a thread."""

    def __init__(self, client, every: float = 0.2):
        self.client = client
        self.every = every
        self.peak: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _pids(self):
        return list(self.client.run(os.getpid).values())

    def _run(self):
        import psutil

        procs: dict[int, psutil.Process] = {}
        last_lookup = 0.0
        while not self._stop.is_set():
            if time.monotonic() - last_lookup > 2:
                last_lookup = time.monotonic()
                try:
                    for pid in self._pids():
                        procs.setdefault(pid, psutil.Process(pid))
                except Exception:
                    pass
            for pid, p in list(procs.items()):
                try:
                    mb = p.memory_info().rss / 2**20
                except psutil.Error:
                    procs.pop(pid)
                    continue
                self.peak[pid] = max(self.peak.get(pid, 0.0), mb)
            self._stop.wait(self.every)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def run_ingest(rows, url, workers: int | None, batch_size: int, kill_at: float | None = None) -> dict:
    """Ingest `rows` into the store at `url` as `claimledger ingest` does (the same driver
    loop), timed; with `workers`, on a LocalCluster of that many processes."""
    from claimledger.ingest.cluster import ClusterAnalysis
    from claimledger.ingest.document import RawInput
    from claimledger.ingest.documents import to_document
    from claimledger.store.db import Store

    store = Store(url)
    words = 0
    stored: dict[str, int] = {}
    failed: list[str] = []
    busy = 0.0  # the driver's own time: cleaning, look-ups, writes
    killed = None
    rss: dict[int, float] = {}

    def pairs():
        nonlocal busy
        for row in rows:
            t = time.perf_counter()
            raw = RawInput(
                row["id"],
                "bench",
                row["text"].encode(),
                "text",
                {k: row[k] for k in ("title", "published", "outlet")},
            )
            doc = to_document(raw)
            new = store.unchanged(raw, doc) is None
            busy += time.perf_counter() - t
            if new:
                yield raw, doc

    def store_one(raw, doc, record, error, version):
        nonlocal busy, words
        if error is not None:
            failed.append(raw.id)
            return
        t = time.perf_counter()
        res = store.add(raw, doc, record, version)
        busy += time.perf_counter() - t
        stored[raw.id] = stored.get(raw.id, 0) + 1
        words += len(doc.text.split())
        return res

    if workers is None:
        from claimledger.analyse.pipeline import Analyser

        analyser = Analyser()
        t0 = time.perf_counter()
        for raw_doc, (record, error) in _zip_each(pairs(), analyser):
            store_one(*raw_doc, record, error, analyser.version)
        elapsed = time.perf_counter() - t0
    else:
        with ClusterAnalysis(workers, batch_size=batch_size) as cluster:
            cluster.start()
            # Wait for the models to load on every worker: throughput, not start-up, is timed.
            cluster.client.run(_warm)
            with RssSampler(cluster.client) as sampler:
                t0 = time.perf_counter()
                for a in cluster.analyse(pairs()):
                    store_one(a.raw, a.doc, a.record, a.error, a.version)
                    if kill_at is not None and killed is None and len(stored) >= kill_at * len(rows):
                        killed = _kill_one_busy(cluster.client)
                elapsed = time.perf_counter() - t0
            rss = sampler.peak
    with store.read() as conn:
        from sqlalchemy import func, select

        from claimledger.store.schema import documents

        rows_in_db = conn.execute(select(func.count()).select_from(documents)).scalar()
        distinct = conn.execute(select(func.count(func.distinct(documents.c.ext_id)))).scalar()
    store.close()
    n = len(rows)
    return {
        "workers": workers,
        "reports": n,
        "seconds": round(elapsed, 2),
        "reports_per_s": round(n / elapsed, 2),
        "words_per_s": round(words / elapsed, 1),
        "driver_busy_share": round(busy / elapsed, 3),
        "driver_ms_per_report": round(1000 * busy / n, 2),
        "worker_peak_rss_mb": sorted(round(v, 1) for v in rss.values()),
        "stored": len(stored),
        "failed": len(failed),
        "stored_twice": rows_in_db - distinct + sum(1 for c in stored.values() if c > 1),
        "missing": n - len(stored) - len(failed),
        "killed_pid": killed,
    }


def _warm():
    from claimledger.ingest.cluster import worker_analyser

    worker_analyser()


def _zip_each(pairs, analyser, size=16):
    from claimledger.ingest.documents import batched

    for batch in batched(pairs, size):
        yield from zip(batch, analyser.analyse_each([d for _, d in batch]), strict=True)


def _kill_one_busy(client) -> int | None:
    """SIGKILL a worker process that is analysing a batch now."""
    pids = client.run(os.getpid)
    busy = [addr for addr, keys in client.processing().items() if keys and addr in pids]
    if not busy:
        return None
    pid = pids[busy[0]]
    os.kill(pid, signal.SIGKILL)
    return pid


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("--big", type=int, default=10000, help="a second, larger run for memory (0: none)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument(
        "--db", default="sqlite", help="sqlite, or a PostgreSQL server URL to create databases on"
    )
    ap.add_argument("--skip-single", action="store_true", help="no single-process run")
    ap.add_argument("--skip-kill", action="store_true")
    ap.add_argument("--json", default=str(ROOT / "bench" / "out" / "ingest.json"))
    args = ap.parse_args(argv)

    rows = corpus(args.reports)
    results: dict = {
        "reports": args.reports,
        "db": "sqlite" if args.db == "sqlite" else "postgresql",
        "runs": [],
    }
    with tempfile.TemporaryDirectory(prefix="claimledger-bench-") as tmp:

        def one(label, rows, workers, **kw):
            url, drop = fresh_db(args.db, Path(tmp))
            try:
                r = run_ingest(rows, url, workers, args.batch_size, **kw)
            finally:
                drop()
            r["run"] = label
            results["runs"].append(r)
            print(f"  {label}: {r['reports_per_s']} reports/s", file=sys.stderr, flush=True)
            return r

        if not args.skip_single:
            one("single process", rows, None)
        for w in args.workers:
            one(f"{w} worker{'s' if w > 1 else ''}", rows, w)
        if args.big:
            one(f"2 workers, {args.big} reports", corpus(args.big), 2)
        if not args.skip_kill:
            one("kill test (2 workers, SIGKILL at 50%)", rows, 2, kill_at=0.5)

    by = {r["workers"]: r for r in results["runs"] if r["run"].endswith(("worker", "workers"))}
    if 1 in by and 2 in by:
        results["speedup_2_over_1"] = round(by[2]["reports_per_s"] / by[1]["reports_per_s"], 2)
    print(f"\ningest of {args.reports} generated reports into {results['db']} (cpu count {os.cpu_count()})")
    head = f"{'run':42} {'rep/s':>7} {'words/s':>8} {'driver':>7} {'peak RSS per worker MB':>24} {'stored':>6} {'failed':>6} {'twice':>5} {'missing':>7}"
    print(head)
    print("-" * len(head))
    for r in results["runs"]:
        rss = " ".join(f"{v:.0f}" for v in r["worker_peak_rss_mb"]) or "-"
        print(
            f"{r['run']:42} {r['reports_per_s']:>7} {r['words_per_s']:>8} {r['driver_busy_share']:>7.0%} "
            f"{rss:>24} {r['stored']:>6} {r['failed']:>6} {r['stored_twice']:>5} {r['missing']:>7}"
        )
    if "speedup_2_over_1" in results:
        print(f"2 workers / 1 worker: {results['speedup_2_over_1']}x")
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
