"""The web face in a real headless Chromium (tests/browsing.py): hostile reports stay inert,
highlights show, the ledger pages link up."""

from __future__ import annotations

import os
from pathlib import Path

import browsing
import pytest
import webfixtures as wf

pytestmark = pytest.mark.browser

SCREENSHOT = Path(os.environ.get("CLAIMLEDGER_SCREENSHOT", "/tmp/report.png"))


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from claimledger.store.db import Store
    from claimledger.web.app import create_app

    path = tmp_path_factory.mktemp("browser") / "ledger.db"
    url = f"sqlite:///{path}"
    with Store(url) as store:
        added = wf.fill_store(store)
    with browsing.serving(create_app(url)) as base:
        yield {"base": base, "ids": {k: r.id for k, r in added.items()}}


def _assert_no_alert(driver):
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018


def test_hostile_report_is_inert(browser, server):
    from selenium.webdriver.common.by import By

    browser.get(f"{server['base']}/reports/{server['ids']['hostile']}")
    h1 = browser.find_element(By.TAG_NAME, "h1")
    # The hostile title shows as the text it is, tags and all.
    assert h1.text == wf.HOSTILE_TITLE
    _assert_no_alert(browser)
    # The scripts in the report would set the title and add #pwned.
    assert browser.title == f"{wf.HOSTILE_TITLE} · claimledger"
    assert browser.find_elements(By.ID, "pwned") == []
    assert browser.find_elements(By.CSS_SELECTOR, "main script, main img, main style, main iframe") == []
    # The javascript: URL is shown as text, not a link; the text's link is text too.
    assert browser.find_elements(By.CSS_SELECTOR, "a[href^='javascript' i]") == []
    assert browser.find_element(By.CSS_SELECTOR, ".unsafe-url").text == wf.HOSTILE_URL
    body = browser.find_element(By.CSS_SELECTOR, ".body").text
    assert wf.HOSTILE_LINK in body and wf.HOSTILE_IMG in body
    # Hovering the attribute-breaking content runs nothing either.
    from selenium.webdriver import ActionChains

    content = browser.find_elements(By.CSS_SELECTOR, ".body mark.hl-content")
    assert content and wf.HOSTILE_ATTR in content[0].text
    ActionChains(browser).move_to_element(content[0]).perform()
    _assert_no_alert(browser)
    assert browser.title == f"{wf.HOSTILE_TITLE} · claimledger"
    # The statement id that tries to close its attribute stays inside it.
    assert browser.find_elements(By.CSS_SELECTOR, "main i") == []
    marks = browser.find_elements(By.CSS_SELECTOR, ".body mark.hl-speaker")
    assert marks[0].get_attribute("data-statements") == wf.HOSTILE_SID


def test_highlights_are_visible(browser, server):
    from selenium.webdriver.common.by import By

    browser.get(f"{server['base']}/reports/{server['ids']['navy']}")
    for cls in ("hl-speaker", "hl-cue", "hl-content", "hl-venue", "hl-source"):
        marks = browser.find_elements(By.CSS_SELECTOR, f".body mark.{cls}")
        assert marks and all(m.is_displayed() for m in marks), cls
    speakers = [m.text for m in browser.find_elements(By.CSS_SELECTOR, ".body mark.hl-speaker")]
    assert "Ukraine's Navy spokesperson Dmytro Pletenchuk" in speakers
    # The stylesheet loaded (same origin, allowed by the CSP) and colours the kinds apart.
    colours = {
        cls: browser.find_element(By.CSS_SELECTOR, f".body mark.{cls}").value_of_css_property(
            "background-color"
        )
        for cls in ("hl-speaker", "hl-cue", "hl-content")
    }
    assert len(set(colours.values())) == 3, colours
    assert "rgba(0, 0, 0, 0)" not in colours.values()
    assert len(browser.find_elements(By.CSS_SELECTOR, "table.statements tbody tr")) == 5
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOT))


def test_index_link_opens_report(browser, server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server["base"] + "/")
    link = browser.find_element(By.LINK_TEXT, "Governor warns of more strikes on Kharkiv")
    link.click()
    WebDriverWait(browser, 10).until(EC.url_to_be(f"{server['base']}/reports/{server['ids']['governor']}"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Governor warns of more strikes on Kharkiv"
    assert browser.find_elements(By.CSS_SELECTOR, ".body mark.hl-cue")


def test_statement_filter_form(browser, server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server["base"] + "/statements")
    browser.find_element(By.NAME, "stance").send_keys("deny")
    browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    WebDriverWait(browser, 10).until(EC.url_contains("stance=deny"))
    rows = browser.find_elements(By.CSS_SELECTOR, "table.statements tbody tr")
    assert rows and all(
        r.find_element(By.CSS_SELECTOR, "td.stance").text.splitlines()[0] == "deny" for r in rows
    )


# ---- the ledger pages, over a story analysed for real -----------------------------------


@pytest.fixture(scope="module")
def ledger_server(tmp_path_factory):
    from click.testing import CliRunner

    from claimledger.cli import main
    from claimledger.web.app import create_app

    path = tmp_path_factory.mktemp("browser-ledger") / "ledger.db"
    url = f"sqlite:///{path}"
    story = Path(__file__).parent / "fixtures" / "ledger_story.jsonl"
    r = CliRunner().invoke(main, ["ingest", str(story), "--db", url, "--no-progress"])
    assert r.exit_code == 0, r.output
    with browsing.serving(create_app(url)) as base:
        yield {"base": base}


def test_claims_to_claim_to_report(browser, ledger_server, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(ledger_server["base"] + "/claims?kind=quantity")
    links = browser.find_elements(By.CSS_SELECTOR, "table.claims td.content a")
    twelve = next(a for a in links if a.text.startswith("12 "))
    twelve.click()
    WebDriverWait(browser, 10).until(EC.url_contains("/claims/c"))
    WebDriverWait(browser, 10).until(
        EC.presence_of_element_located((By.CSS_SELECTOR, "table.statements td[class*=relation]"))
    )
    relations = [
        td.text for td in browser.find_elements(By.CSS_SELECTOR, "table.statements td[class*=relation]")
    ]
    assert relations[:3] == ["origin", "repeats", "corroborates"]
    browser.save_screenshot(str(tmp_path / "claim.png"))
    browser.find_element(By.LINK_TEXT, "Coastal Daily").click()
    WebDriverWait(browser, 10).until(EC.url_contains("/reports/"))
    WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "table.statements")))
    assert "#statement-" in browser.current_url
    assert (
        browser.find_element(By.TAG_NAME, "h1").text
        == "Twelve Russian frigates near strait, Polish admiral says"
    )
    # and back: the report's statement links to its claim
    assert browser.find_elements(By.CSS_SELECTOR, "table.statements a[href^='/claims/c']")


def test_timeline_page_draws_its_points(browser, ledger_server, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(ledger_server["base"] + "/timeline")
    box = browser.find_element(By.NAME, "q")
    box.send_keys("Russian frigates")
    browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    # wait for the new page: finding the chart at once could look at the form page still
    WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "figure.chart img")))
    chart = browser.find_element(By.CSS_SELECTOR, "figure.chart img")
    assert chart.is_displayed() and chart.size["width"] > 300
    # the image loaded (same origin) and has its size
    assert browser.execute_script("return arguments[0].naturalWidth", chart) > 300
    rows = browser.find_elements(By.CSS_SELECTOR, "table.timeline tbody tr")
    assert [r.find_elements(By.TAG_NAME, "td")[1].text.strip() for r in rows] == ["12", "15"]
    _assert_no_alert(browser)
    browser.save_screenshot(str(tmp_path / "timeline.png"))
