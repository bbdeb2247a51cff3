"""Response times of every web page on a big store, and the size of the static assets.

usage: python bench/bench_web.py [--reports 10000] [--db PATH] [--requests 20] [--json OUT]

The store is built as bench/bench_ledger.py builds its stores (every report we have, analysed
once, cycled to N reports each made a report of its own: outlet, URL, date, speakers,
figures), stored through `Store.add` and the ledger rebuilt; `--db PATH` keeps it in a file and
reuses it when it exists. The app is then served by uvicorn on loopback, and each page is asked
for `--requests` times over HTTP after one warm-up request; the figures are the median and the
95th percentile of the wall time from request to the last byte, per page.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))


def build_store(url: str, n: int) -> None:
    from bench_ledger import base_records, variant

    from claimledger.store.db import Store
    from claimledger.store.ledger import rebuild

    base, _ = base_records()
    rng = random.Random(n)
    with Store(url) as store:
        t = time.perf_counter()
        for k in range(n):
            doc, rec = base[k % len(base)]
            d, r = variant(doc, rec, k, rng)
            store.add(d.raw_input(), d, r, "bench")
        print(f"stored {n} reports in {time.perf_counter() - t:.0f} s", flush=True)
        t = time.perf_counter()
        rebuild(store)
        print(f"ledger rebuilt in {time.perf_counter() - t:.1f} s", flush=True)


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, int, float]:
    t = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    return response.status, len(body), time.perf_counter() - t


def pages(conn) -> dict[str, str]:
    """One path of each page, with ids taken from the store through the JSON twins."""

    def js(path):
        conn.request("GET", path)
        return json.loads(conn.getresponse().read())

    report = js("/reports.json?limit=1")["reports"][0]["id"]
    claim = js("/claims.json?kind=quantity&limit=1")["claims"][0]
    speaker = js("/speakers.json?limit=1")["speakers"][0]
    actor = speaker.get("actor") or "UKR"
    out = {
        "reports": "/",
        "reports (page 50)": "/?offset=5000",
        "report": f"/reports/{report}",
        "statements": "/statements",
        "statements (search)": "/statements?search=troops",
        "claims": "/claims",
        "claims (contested)": "/claims?contested=1",
        "claims (stance deny)": "/claims?stance=deny",
        "claims (actor)": "/claims?actor=" + quote(actor),
        "claims (speaker)": "/claims?speaker=" + quote(speaker["name"]),
        "claims (latest first)": "/claims?sort=latest",
        "claims (page 20)": "/claims?offset=2000",
        "claims.json": "/claims.json",
        "claim": f"/claims/{claim['id']}",
        "timeline": "/timeline?q=" + quote(claim.get("label", "troops").split(" ", 1)[-1][:40] or "troops"),
        "timeline (troops)": "/timeline?q=troops",
        "timeline.json": "/timeline.json?q=troops",
        "timeline.svg": "/timeline.svg?q=troops",
        "timeline (form)": "/timeline",
        "actor": "/actors/" + quote(actor, safe=""),
        "speakers": "/speakers",
        "speaker": "/speakers/" + quote(speaker["id"], safe=""),
    }
    for path in ["/map", "/places", "/actors"]:  # the pages that may not exist in an older tree
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        if response.status == 200:
            out[path.strip("/")] = path
    if "map" in out:
        place = js("/places.json?limit=1")["places"]
        out["map (search)"] = "/map?search=troops"
        out["map (one year)"] = "/map?since=2024&until=2024"
        out["places (search)"] = "/places?search=ky"
        if place:
            out["place"] = f"/places/{place[0]['geonames_id']}"
    return out


def static_sizes() -> dict[str, int]:
    static = ROOT / "claimledger" / "web" / "static"
    return {str(p.relative_to(static)): p.stat().st_size for p in sorted(static.rglob("*")) if p.is_file()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=10000)
    ap.add_argument("--db", help="A SQLite file to keep the store in (reused when it exists).")
    ap.add_argument("--url", help="Or an SQLAlchemy URL of a store that is already filled.")
    ap.add_argument("--requests", type=int, default=20)
    ap.add_argument("--json", help="Also write the figures here.")
    args = ap.parse_args()

    import tempfile

    from browsing import serving

    from claimledger.web.app import create_app

    tmp = None
    if args.url:
        url = args.url
    else:
        if args.db:
            path = Path(args.db)
        else:
            tmp = tempfile.TemporaryDirectory(prefix="bench-web-")
            path = Path(tmp.name) / "ledger.db"
        url = f"sqlite:///{path.resolve()}"
        if not path.exists():
            build_store(url, args.reports)
    rows = []
    with serving(create_app(url)) as base:
        host, port = base.removeprefix("http://").split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=60)
        for name, path in pages(conn).items():
            status, size, _ = get(conn, path)  # warm-up
            times = sorted(get(conn, path)[2] for _ in range(args.requests))
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            row = {
                "page": name,
                "path": path,
                "status": status,
                "bytes": size,
                "median_ms": round(statistics.median(times) * 1000, 1),
                "p95_ms": round(p95 * 1000, 1),
            }
            rows.append(row)
            print(
                f"{name:24} {status} {size:>9,} B  median {row['median_ms']:>7.1f} ms  p95 {row['p95_ms']:>7.1f} ms"
            )
    sizes = static_sizes()
    print(f"static assets: {sum(sizes.values()):,} bytes in {len(sizes)} files")
    for name, size in sizes.items():
        print(f"  {name:40} {size:>9,}")
    if args.json:
        out = {"reports": args.reports, "requests": args.requests, "pages": rows, "static": sizes}
        Path(args.json).write_text(json.dumps(out, indent=1))
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
