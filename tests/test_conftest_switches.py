"""The switch that turns a missing ../shared from a skip into a failure (tests/conftest.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CONFTEST = Path(__file__).with_name("conftest.py")

SEED_TEST = """
import pytest


@pytest.mark.shared
def test_reads_the_seed():
    pass
"""


@pytest.fixture
def checkout_without_shared(tmp_path):
    """A checkout with this conftest and one seed test, and no shared/ beside it."""
    tests = tmp_path / "checkout" / "tests"
    tests.mkdir(parents=True)
    shutil.copy(CONFTEST, tests / "conftest.py")
    (tests / "test_seed.py").write_text(SEED_TEST)
    (tmp_path / "checkout" / "pytest.ini").write_text("[pytest]\nmarkers =\n    shared: needs ../shared\n")
    return tmp_path / "checkout"


def run_pytest(where: Path, require: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CLAIMLEDGER_REQUIRE_SHARED"}
    if require is not None:
        env["CLAIMLEDGER_REQUIRE_SHARED"] = require
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "tests"],
        cwd=where,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_missing_shared_skips_by_default(checkout_without_shared):
    r = run_pytest(checkout_without_shared, None)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "1 skipped" in r.stdout and "shared seed not available" in r.stdout


def test_missing_shared_fails_when_required(checkout_without_shared):
    r = run_pytest(checkout_without_shared, "1")
    assert r.returncode == 1, r.stdout + r.stderr
    assert "1 error" in r.stdout  # failed in setup, as a required PostgreSQL does
    assert "CLAIMLEDGER_REQUIRE_SHARED=1" in r.stdout and "golden/seed.json" in r.stdout


def test_the_real_shared_is_found_when_present():
    from conftest import SHARED, shared_missing

    if os.environ.get("CLAIMLEDGER_REQUIRE_SHARED") != "1" and not SHARED.exists():
        pytest.skip("no ../shared beside this checkout")
    assert shared_missing() == []
