"""Analysis fanned out over a Dask cluster; the driver keeps input order and writes the store.

`ingest --workers N` starts a `LocalCluster` of N worker processes on this machine;
`ingest --scheduler tcp://HOST:PORT` uses a running cluster (`dask scheduler`, `dask worker`).

Who does what:
- the driver (the `ingest` process) reads and cleans the inputs, skips reports stored already
  unchanged (before any analysis), sends batches of clean documents to the workers, and
  stores the records in input order, one transaction per report;
- each worker process loads the analyser once (`AnalyserPlugin`, run again on a restarted
  worker) and turns a batch of documents into records; it never touches the store.

Storing in input order makes the result independent of which worker finishes first: the
same records, the same near-duplicate decisions as a single-process run. The driver's share
(cleaning, the unchanged look-up, the store write) was measured at about 9 ms a report
against about 60 ms of analysis (bench/bench_ingest.py), so one driver keeps up with several
workers, on SQLite as well as PostgreSQL.

Faults: a worker killed in the middle of a batch loses nothing; the scheduler gives the
batch to another worker (the nanny restarts the dead one). A batch that fails or keeps
killing its workers (more than `allowed_failures` times) is split into single reports; a
single report that raises is named as failed with its reason. The scheduler blames every
task a dying worker held, the ones merely waiting there too, so a single report that "killed"
its workers is tried once more alone, with nothing else on the cluster: only if it kills
them again is it named as failed. The run goes on either way.
Nothing is stored twice: only the driver writes, and the store answers "unchanged" for a
report it holds already.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeGuard

from distributed import KilledWorker, wait
from distributed.diagnostics.plugin import WorkerPlugin

from claimledger.analyse.pipeline import AnalysisError
from claimledger.ingest.document import Document, RawInput
from claimledger.ingest.documents import batched

BATCH_SIZE = 8
# A report that kills its worker this many times more (the scheduler's `allowed-failures`)
# is named failed; a worker killed once by something else does not fail anything.
ALLOWED_FAILURES = 2
PLUGIN_NAME = "claimledger-analyser"

# One analyser per worker process, built by the plugin's factory (or on first use).
_analyser: Any = None
_factory: Callable[[], Any] | None = None


_default: Any = None


def default_analyser():
    """The analyser of this process, loaded once (a factory given to AnalyserPlugin may wrap
    it without loading the model again)."""
    global _default
    if _default is None:
        from claimledger.analyse.pipeline import Analyser

        _default = Analyser()
    return _default


def worker_analyser():
    """The analyser of this worker process, loaded once."""
    global _analyser
    if _analyser is None:
        _analyser = (_factory or default_analyser)()
    return _analyser


def _install(factory: Callable[[], Any]) -> None:
    global _analyser, _factory
    if factory is not _factory:
        _factory, _analyser = factory, None
    worker_analyser()


class AnalyserPlugin(WorkerPlugin):
    """Loads the analyser when a worker starts (and again when a dead one is restarted), so
    that the first batch does not wait for the model. `factory` builds it (tests wrap the
    real analyser)."""

    name = PLUGIN_NAME

    def __init__(self, factory: Callable[[], Any] = default_analyser):
        self.factory = factory

    def setup(self, worker) -> None:
        if threading.current_thread() is threading.main_thread():
            # Only the driver stops the run on Ctrl-C (see ClusterAnalysis.start).
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        _install(self.factory)


def analyse_batch(documents: list[Document]) -> tuple[str, list[tuple[dict, str | None]]]:
    """Runs on a worker: (analyser version, [(record, failure reason or None)]) in input order."""
    analyser = worker_analyser()
    out = [
        (record, None if error is None else error.reason)
        for record, error in analyser.analyse_each(documents)
    ]
    return analyser.version, out


class ClusterError(Exception):
    """The cluster could not be started or reached."""


@dataclasses.dataclass
class Analysed:
    """One report back from the cluster, in input order: its record, or why it failed."""

    raw: RawInput
    doc: Document
    record: dict | None
    error: AnalysisError | None
    version: str | None


class ClusterAnalysis:
    """A Dask client (and, for `workers`, the LocalCluster it owns) that analyses streams of
    documents. Use as a context manager: leaving it closes what it started."""

    def __init__(
        self,
        workers: int | None = None,
        scheduler: str | None = None,
        *,
        batch_size: int = BATCH_SIZE,
        allowed_failures: int = ALLOWED_FAILURES,
        factory: Callable[[], Any] = default_analyser,
        quiet: bool = True,
    ):
        if (workers is None) == (scheduler is None):
            raise ValueError("give either workers or scheduler")
        self.batch_size = max(1, batch_size)
        self.workers = workers
        self.scheduler = scheduler
        self.allowed_failures = allowed_failures
        self.factory = factory
        self.quiet = quiet
        self.cluster: Any = None
        self.client: Any = None

    def __enter__(self) -> ClusterAnalysis:
        return self

    def start(self) -> None:
        """Starts the LocalCluster or connects to the scheduler; raises ClusterError. `analyse`
        calls it when the first report needs analysis: a re-run that finds everything stored
        starts nothing."""
        import dask
        from distributed import Client, LocalCluster

        if self.client is not None:
            return
        try:
            if self.workers is not None:
                # The scheduler reads allowed-failures when it starts; a running cluster keeps
                # its own setting (see README, "Running on a cluster").
                # Ctrl-C on a terminal reaches every process of the group: the workers must
                # leave it to the driver, which closes them. Worker processes started now
                # inherit an ignored SIGINT (Python keeps it ignored); restarted ones ignore it
                # from AnalyserPlugin.setup. A Ctrl-C in the seconds the cluster takes to
                # start is lost: pressed again, it stops the run.
                previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
                try:
                    with dask.config.set({"distributed.scheduler.allowed-failures": self.allowed_failures}):
                        self.cluster = LocalCluster(
                            n_workers=self.workers,
                            threads_per_worker=1,
                            processes=True,
                            dashboard_address=None,
                            silence_logs=logging.ERROR if self.quiet else logging.WARNING,
                        )
                finally:
                    signal.signal(signal.SIGINT, previous)
                self.client = Client(self.cluster)
            else:
                self.client = Client(self.scheduler, timeout="20s")
            self.client.register_plugin(AnalyserPlugin(self.factory), name=PLUGIN_NAME)
        except OSError as e:  # timeouts included
            self.close()
            raise ClusterError(f"cannot start or reach the Dask cluster: {e}") from e
        except BaseException:
            self.close()
            raise

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        # Pending work is cancelled with the client; the LocalCluster's processes end with it.
        if self.client is not None:
            try:
                self.client.close()
            finally:
                self.client = None
        if self.cluster is not None:
            try:
                self.cluster.close()
            finally:
                self.cluster = None

    def nthreads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def analyse(
        self, pairs: Iterable[tuple[RawInput, Document]], window: int | None = None
    ) -> Iterator[Analysed]:
        """One `Analysed` per (raw, document), in input order, while the workers work ahead:
        at most `window` batches are out at once (default: twice the cluster's threads, plus
        two), so memory stays bounded whatever the input's size."""
        batches = batched(pairs, self.batch_size)
        first = next(batches, None)
        if first is None:
            return
        self.start()
        window = window or 2 * self.nthreads() + 2
        batches = itertools.chain([first], batches)
        # (batch, its future, whether it runs alone on the cluster), in input order.
        out: deque[tuple[list[tuple[RawInput, Document]], Any, bool]] = deque()
        exhausted = False
        while True:
            # Nothing new goes out while a suspect runs alone.
            while not exhausted and len(out) < window and not (out and out[0][2]):
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                    break
                out.append((batch, self._submit(batch), False))
            if not out:
                return
            batch, future, alone = out.popleft()
            try:
                version, results = future.result()
            except Exception as e:
                if self.client.status != "running":
                    raise  # the cluster is gone: no report failed, the run did
                if len(batch) > 1:
                    # One of them failed or killed its workers: try each by itself, in order,
                    # so that only the culprit is named.
                    for one in reversed(batch):
                        out.appendleft(([one], self._submit([one]), False))
                    continue
                if _killed(e) and not alone:
                    # It may only have been waiting on a worker that another report killed.
                    # Once everything else out has ended (each keeps its result for its
                    # turn), it runs with nothing beside it: a second verdict is its own.
                    wait([f for _, f, _ in out])
                    out.appendleft((batch, self._submit(batch), True))
                    continue
                raw, doc = batch[0]
                yield Analysed(raw, doc, None, AnalysisError(doc.id, _reason(e)), None)
                continue
            finally:
                future.release()
            for (raw, doc), (record, reason) in zip(batch, results, strict=True):
                error = None if reason is None else AnalysisError(doc.id, reason)
                yield Analysed(raw, doc, record, error, version)

    def _submit(self, batch):
        # The raw bytes stay with the driver (it stores them); analysis reads the clean text.
        docs = [dataclasses.replace(doc, raw=b"") for _, doc in batch]
        # pure=False: a batch sent again after a failure is computed again, not looked up.
        return self.client.submit(analyse_batch, docs, pure=False)


def _killed(e: BaseException) -> TypeGuard[KilledWorker]:
    return isinstance(e, KilledWorker)


def _reason(e: BaseException) -> str:
    if _killed(e):
        # The scheduler's own count: a running cluster may allow another number of failures.
        return f"analysis killed its worker process {e.allowed_failures + 1} times"
    return f"analysis failed on the cluster: {type(e).__name__}: {e}"
