"""The report reader in a real headless Chromium (tests/browsing.py): a layer switches off and on
from the keyboard, a focused item shows what it is, and a statement's item opens its claim."""

from __future__ import annotations

import json

import browsing
import pytest
from test_web_reader import IZMAIL

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from claimledger.cli import main
    from claimledger.web.app import create_app

    folder = tmp_path_factory.mktemp("reader-browser")
    (folder / "izmail.txt").write_text(IZMAIL)
    (folder / "izmail.txt.meta.json").write_text(
        json.dumps({"published": "2025-06-09", "outlet": "Harbour Wire"})
    )
    url = f"sqlite:///{folder / 'ledger.db'}"
    r = CliRunner().invoke(main, ["ingest", str(folder / "izmail.txt"), "--db", url, "--no-progress"])
    assert r.exit_code == 0, r.output
    app = create_app(url)
    with TestClient(app) as api, browsing.serving(app) as base:
        rid = api.get("/reports.json").json()["reports"][0]["id"]
        yield {"base": base, "page": f"{base}/reports/{rid}"}


def _style(driver, element, prop: str, pseudo: str | None = None) -> str:
    return driver.execute_script(
        "return getComputedStyle(arguments[0], arguments[2]).getPropertyValue(arguments[1]);",
        element,
        prop,
        pseudo,
    )


def _tab_to(driver, test, limit: int = 80):
    """Press Tab until `test(active element)` holds; the element."""
    from selenium.webdriver.common.keys import Keys

    for _ in range(limit):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        active = driver.switch_to.active_element
        if test(active):
            return active
    pytest.fail("Tab never reached the element")


def test_a_layer_switches_off_and_on_from_the_keyboard(browser, site, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(site["page"])
    assert browsing.axe_violations(browser) == []
    place = browser.find_element(By.CSS_SELECTOR, ".body mark.hl-place:not(.hl-event)")
    tip = browser.find_element(By.CSS_SELECTOR, ".body a.tip-place")
    speaker = browser.find_element(By.CSS_SELECTOR, ".body mark.hl-speaker")
    speaker_bg = _style(browser, speaker, "background-color")
    assert "underline" in _style(browser, place, "text-decoration-line")
    assert _style(browser, place, "text-decoration-style") == "dashed"
    assert _style(browser, tip, "display") != "none"

    box = _tab_to(browser, lambda e: e.get_attribute("id") == "layer-place")
    label = browser.find_element(By.CSS_SELECTOR, "label[for='layer-place']").text
    assert label.startswith("places") and "dashed underline" in label
    box.send_keys(Keys.SPACE)
    assert not box.is_selected()
    assert _style(browser, place, "text-decoration-line") == "none"
    # its items leave the tab order; the other layers keep their looks
    assert _style(browser, tip, "display") == "none"
    assert _style(browser, speaker, "background-color") == speaker_bg != "rgba(0, 0, 0, 0)"
    browsing.screenshot(browser, tmp_path, "reader-places-off")
    skip = _tab_to(browser, lambda e: (e.get_attribute("href") or "").endswith("#layer-lists"))
    assert skip.is_displayed()
    for _ in range(40):
        browser.switch_to.active_element.send_keys(Keys.TAB)
        assert "tip-place" not in (browser.switch_to.active_element.get_attribute("class") or "")

    box = browser.find_element(By.ID, "layer-place")
    box.send_keys(Keys.SPACE)
    assert box.is_selected()
    assert "underline" in _style(browser, place, "text-decoration-line")
    assert _style(browser, tip, "display") != "none"


def test_a_focused_item_shows_what_it_is_and_a_statement_opens_its_claim(browser, site, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(site["page"])
    items = browser.find_elements(By.CSS_SELECTOR, ".body a.tip")
    assert len(items) > 10
    first = items[0]
    assert _style(browser, first, "content", "::after") == "none"  # no tooltip until focused
    _tab_to(browser, lambda e: (e.get_attribute("href") or "").endswith("#layer-lists"))
    browser.switch_to.active_element.send_keys(Keys.TAB)
    active = browser.switch_to.active_element
    assert active == first
    # the tooltip shows (the link grows from nothing to the label's box) and the segment is ringed
    assert _style(browser, first, "content", "::after") != "none"
    assert first.size["height"] > 15 and first.rect["width"] == 0
    label = first.get_attribute("aria-label")
    assert label and ":" in label
    segment = browser.execute_script("return arguments[0].parentElement.previousElementSibling", first)
    assert segment.tag_name == "mark" and _style(browser, segment, "outline-style") == "solid"
    browsing.screenshot(browser, tmp_path, "reader-focus")
    # on to a statement's content: Enter opens its claim
    content = _tab_to(browser, lambda e: "tip-content" in (e.get_attribute("class") or ""))
    assert "/claims/" in content.get_attribute("href")
    assert content.get_attribute("aria-label").startswith("Statement s")
    content.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(EC.url_contains("/claims/c"))
    assert browser.find_elements(By.CSS_SELECTOR, "table.statements")
