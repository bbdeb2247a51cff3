"""Driving the web face in a real headless Chromium: shared by every browser test.

Needs the Debian packages chromium and chromium-driver. Without them the browser tests skip,
unless CLAIMLEDGER_REQUIRE_BROWSER=1 (CI), where a missing browser is a failure. The driver is
given by path so that selenium-manager never downloads anything.

The browser logs every request it makes (Chrome's performance log), so a test can check that
no page asked anything of a host other than the local server; the host resolver also maps every
other name to nothing, so a slip fails closed instead of reaching the net.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
REQUIRED = os.environ.get("CLAIMLEDGER_REQUIRE_BROWSER") == "1"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
# Where page screenshots go besides each test's temporary folder: set to docs/screenshots to
# renew the README's set.
KEEP_SCREENSHOTS = os.environ.get("CLAIMLEDGER_SCREENSHOTS")


def missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed"
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (os.path.exists(path) and os.access(path, os.X_OK)):
            return f"{path} is missing (apt-get install chromium chromium-driver)"
    return None


def require_browser() -> None:
    reason = missing()
    if reason:
        if REQUIRED:
            pytest.fail(f"CLAIMLEDGER_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(app) -> Iterator[str]:
    """Serve an ASGI app on a free loopback port for the block; yields its base URL."""
    import uvicorn

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@contextmanager
def chromium(profile: Path):
    """A headless Chromium that logs its network requests and resolves no outside name."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1400",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def requested_urls(driver) -> list[str]:
    """The URLs the browser asked for since the last call (the log is drained by reading)."""
    urls = []
    for entry in driver.get_log("performance"):
        try:
            message = json.loads(entry["message"])["message"]
        except (KeyError, ValueError):
            continue
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def foreign_requests(driver) -> list[str]:
    """Network requests to anything but the local server since the last call (the browser's
    own chrome:// pages, data: and blob: URLs never leave the machine)."""
    out = []
    for url in requested_urls(driver):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https", "ws", "wss", "ftp"):
            continue
        if parts.hostname not in LOCAL_HOSTS:
            out.append(url)
    return out


AXE_JS = None


def axe_violations(driver, impacts=("serious", "critical")) -> list[dict]:
    """axe-core's violations of the page (of the given impacts), run from the test; the page
    itself never loads it (its policy forbids every script: WebDriver's own evaluation is
    not a page script)."""
    global AXE_JS
    if AXE_JS is None:
        import axe_selenium_python

        AXE_JS = (Path(axe_selenium_python.__file__).parent / "node_modules/axe-core/axe.min.js").read_text()
    driver.execute_script(AXE_JS)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations), e => done(String(e)));"
    )
    assert isinstance(result, list), result
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result
        if v.get("impact") in impacts
    ]


def screenshot(driver, folder: Path, name: str) -> Path:
    """Save the page as `name`.png in `folder`, and in $CLAIMLEDGER_SCREENSHOTS when set."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    driver.execute_script("window.scrollTo(0, 0)")  # the top of the page, whatever ran before
    driver.save_screenshot(str(path))
    if KEEP_SCREENSHOTS:
        keep = Path(KEEP_SCREENSHOTS)
        keep.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, keep / path.name)
    return path
