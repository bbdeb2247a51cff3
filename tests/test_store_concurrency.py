"""Several processes opening and filling one store at once, as parallel ingest runs do."""

from __future__ import annotations

import multiprocessing
from collections import Counter

from test_store import PORT, V1, report

from claimledger.store import Store, queries

WORKERS = 4
PER_WORKER = 4


def _ingest(args):
    url, n = args
    store = Store(url)  # every worker migrates the empty database at the same moment
    try:
        statuses = []
        for i in range(PER_WORKER):
            text = f"Bulletin {n}.{i}\n\n" + " ".join(f"item{n}w{i}k{k}" for k in range(40))
            statuses.append(("own", store.add(*report(f"own-{n}-{i}", text), V1).status))
            # Every worker stores the same ids with the same text: one wins, the rest see it.
            statuses.append(("shared", store.add(*report(f"shared-{i}", PORT), V1).status))
        return statuses
    finally:
        store.close()


def test_concurrent_writers(db_url):
    # fork: the workers need nothing from the parent but the URL, and fork starts fast.
    with multiprocessing.get_context("fork").Pool(WORKERS) as pool:
        results = pool.map(_ingest, [(db_url, n) for n in range(WORKERS)])
    seen = Counter(s for worker in results for s in worker)
    assert seen[("own", "new")] == WORKERS * PER_WORKER
    assert seen[("shared", "unchanged")] == (WORKERS - 1) * PER_WORKER
    # The shared ids carry one text: the first stored is new, the others copies of it.
    assert seen[("shared", "new")] == 1
    assert seen[("shared", "near_duplicate")] == PER_WORKER - 1
    with Store(db_url) as store:
        assert queries.counts(store) == {
            "documents": (WORKERS + 1) * PER_WORKER,
            "duplicates": PER_WORKER - 1,
            "statements": 0,
        }
