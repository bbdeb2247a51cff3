"""Shared fixtures.

PostgreSQL (used by the store tests, and by any test that asks for `pg_url` or `db_url`):

- CLAIMLEDGER_TEST_PG_URL: an SQLAlchemy URL of a server to use (CI starts one and sets it);
  the fixture connects to it only to create and drop a database per test.
- otherwise, when PostgreSQL server binaries are installed (/usr/lib/postgresql/*/bin), a
  throwaway cluster is started for the session in a temporary directory, on 127.0.0.1 and a
  free port, with trust authentication, and removed at the end;
- otherwise PostgreSQL tests are skipped, or fail when CLAIMLEDGER_REQUIRE_PG=1 (CI sets it,
  so that a broken server cannot pass as a skipped one).

The seed and its golden file (`@pytest.mark.shared` tests): they live in `../shared`, beside
the checkout, which a plain clone does not have. Without it these tests are skipped, or fail
when CLAIMLEDGER_REQUIRE_SHARED=1 (CI sets it, so that a moved or missing seed cannot pass as a
skipped test).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"  # ../shared beside the checkout
# What the seed tests read from it.
SHARED_NEEDS = ("seeds/000_8bc150cff370669c.txt", "golden/seed.json", "tools/score_seed.py")


def shared_missing(root: Path = SHARED) -> list[str]:
    return [name for name in SHARED_NEEDS if not (root / name).is_file()]


def pytest_runtest_setup(item):
    if item.get_closest_marker("shared") is None:
        return
    missing = shared_missing()
    if not missing:
        return
    reason = f"{SHARED} lacks {', '.join(missing)}"
    if os.environ.get("CLAIMLEDGER_REQUIRE_SHARED") == "1":
        pytest.fail(f"the shared seed is required (CLAIMLEDGER_REQUIRE_SHARED=1): {reason}", pytrace=False)
    pytest.skip(f"shared seed not available: {reason}")


def _pg_unavailable(reason: str):
    if os.environ.get("CLAIMLEDGER_REQUIRE_PG") == "1":
        pytest.fail(
            f"PostgreSQL required (CLAIMLEDGER_REQUIRE_PG=1) but unavailable: {reason}", pytrace=False
        )
    pytest.skip(f"PostgreSQL unavailable: {reason}")


def _pg_bindir() -> Path | None:
    found = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    if not found:
        return None
    # The newest installed major version.
    return Path(max(found, key=lambda p: int(Path(p).parent.parent.name))).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Cluster:
    """A private PostgreSQL cluster in a temporary directory."""

    def __init__(self, bindir: Path):
        self.bindir = bindir
        # Not under pytest's tmp dir: that one is 0700 root, and the server may run as postgres.
        self.dir = Path(tempfile.mkdtemp(prefix="claimledger-pg-"))
        self.data = self.dir / "data"
        self.log = self.dir / "server.log"
        self.port = _free_port()
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            # initdb and postgres refuse to run as root.
            import pwd

            try:
                pw = pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError(
                    "running as root and there is no 'postgres' user to run the server as"
                ) from None
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
            self.prefix = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        proc = subprocess.run(
            [*self.prefix, *args], capture_output=True, text=True, timeout=120, cwd=self.dir
        )
        if proc.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{Path(args[0]).name} failed: {proc.stderr.strip()}\n{log}")

    def start(self) -> str:
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        # fsync off and a socket in our own dir: a test server, started and thrown away.
        opts = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.dir} -F"
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-o",
            opts,
            "-w",
            "-t",
            "60",
            "start",
        )
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server():
    """An SQLAlchemy URL of a PostgreSQL maintenance database we may create databases from."""
    url = os.environ.get("CLAIMLEDGER_TEST_PG_URL")
    if url:
        yield url
        return
    bindir = _pg_bindir()
    if bindir is None:
        _pg_unavailable(
            "CLAIMLEDGER_TEST_PG_URL is not set and no server binaries in /usr/lib/postgresql/*/bin"
        )
    cluster = None
    try:
        cluster = _Cluster(bindir)
        url = cluster.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        if cluster is not None:
            cluster.stop()
        _pg_unavailable(f"could not start a throwaway cluster with {bindir}: {exc}")
    try:
        yield url
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from claimledger.store.db import normalise_url

    base = make_url(normalise_url(pg_server))
    name = f"claimledger_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin.dispose()
        _pg_unavailable(f"cannot create a database on {base.render_as_string(hide_password=True)}: {exc}")
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            # FORCE (PostgreSQL 13+) ends connections a failed test may have left open.
            force = " WITH (FORCE)" if conn.dialect.server_version_info >= (13,) else ""
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"{force}'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A URL of an empty database, once per backend: SQLite in a temporary file, PostgreSQL
    from `pg_url` (which only starts the server when a PostgreSQL test runs)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'claimledger.db'}"
    return request.getfixturevalue("pg_url")


# ---- the browser (tests/browsing.py) ---------------------------------------------------------


@pytest.fixture(scope="session")
def _chromium(tmp_path_factory):
    import browsing

    browsing.require_browser()
    with browsing.chromium(tmp_path_factory.mktemp("chromium-profile")) as driver:
        yield driver


@pytest.fixture
def browser(_chromium):
    """The session's headless Chromium; a test that makes it request anything from a host
    other than the local server fails, whatever else it asserts."""
    import browsing

    browsing.requested_urls(_chromium)  # what earlier tests asked for is theirs
    yield _chromium
    foreign = browsing.foreign_requests(_chromium)
    assert not foreign, f"the page requested non-local URLs: {foreign[:5]}"
