"""A tour of every page in a real headless Chromium, over the bundled example story analysed
for real: each page opens with its title and landmarks, passes axe-core's serious and critical
checks, asks nothing of any host but the local server, and is photographed; the claims facets,
a statement's link to its claim and the keyboard work."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import browsing
import pytest

pytestmark = pytest.mark.browser

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from claimledger.cli import main
    from claimledger.web.app import create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('browser-site') / 'ledger.db'}"
    r = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", url, "--no-progress"])
    assert r.exit_code == 0, r.output
    app = create_app(url)
    with TestClient(app) as api, browsing.serving(app) as base:
        yield {"base": base, "api": api}


def pages(api) -> dict[str, str]:
    """One path of each page, with ids taken from the store through the JSON twins."""
    report = api.get("/reports.json").json()["reports"][0]["id"]
    claims = api.get("/claims.json?kind=quantity").json()["claims"]
    speaker = api.get("/speakers.json").json()["speakers"][0]["id"]
    return {
        "reports": "/",
        "report": f"/reports/{report}",
        "statements": "/statements",
        "claims": "/claims",
        "claim": f"/claims/{claims[0]['id']}",
        "timeline": "/timeline?q=" + quote("Belarusian troops"),
        "speakers": "/speakers",
        "speaker": "/speakers/" + quote(speaker, safe=""),
        "actors": "/actors",
        "actor": "/actors/" + quote(api.get("/actors.json").json()["actors"][0]["code"], safe=""),
        "timeline-form": "/timeline",
        "map": "/map",
        "places": "/places",
        "place": f"/places/{api.get('/places.json').json()['places'][0]['geonames_id']}",
    }


def test_every_page_is_titled_landmarked_accessible_and_local(browser, site, tmp_path):
    from selenium.webdriver.common.by import By

    for name, path in pages(site["api"]).items():
        browser.get(site["base"] + path)
        assert browser.title.endswith(" · claimledger"), (name, browser.title)
        assert len(browser.find_elements(By.TAG_NAME, "main")) == 1, name
        assert browser.find_elements(By.CSS_SELECTOR, "header nav[aria-label]"), name
        assert browser.find_element(By.TAG_NAME, "h1").text.strip(), name
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
        assert browsing.axe_violations(browser) == [], name
        assert browsing.foreign_requests(browser) == [], name
        browsing.screenshot(browser, tmp_path, name)
    assert len(list(tmp_path.glob("*.png"))) == len(pages(site["api"]))


def test_every_form_control_has_a_label(browser, site):
    from selenium.webdriver.common.by import By

    for path in ["/", "/statements", "/claims", "/timeline", "/speakers", "/actors"]:
        browser.get(site["base"] + path)
        controls = browser.find_elements(By.CSS_SELECTOR, "main input, main select, main button")
        assert controls, path
        for control in controls:
            label = browser.execute_script(
                "const e = arguments[0];"
                "return (e.labels && e.labels.length ? e.labels[0].innerText : '')"
                " || e.getAttribute('aria-label') || (e.tagName === 'BUTTON' ? e.innerText : '');",
                control,
            )
            assert label.strip(), (path, control.get_attribute("outerHTML"))


def test_a_claims_facet_narrows_the_list(browser, site):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import Select, WebDriverWait

    everything = site["api"].get("/claims.json?limit=1000").json()["claims"]
    denied = site["api"].get("/claims.json?stance=deny&limit=1000").json()["claims"]
    assert 0 < len(denied) < len(everything)
    browser.get(site["base"] + "/claims?limit=1000")
    Select(browser.find_element(By.NAME, "stance")).select_by_value("deny")
    browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    WebDriverWait(browser, 10).until(EC.url_contains("stance=deny"))
    rows = browser.find_elements(By.CSS_SELECTOR, "table.claims tbody tr")
    assert len(rows) == len(denied)
    # Every claim listed has a denial among its statements.
    first = rows[0].find_element(By.CSS_SELECTOR, "td.content a").get_attribute("href")
    claim = site["api"].get(first.replace(site["base"], "") + ".json").json()
    assert "deny" in {st["stance"] for st in claim["statements"]}


def test_sorting_the_claims_by_date(browser, site):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(site["base"] + "/claims")
    Select(browser.find_element(By.NAME, "sort")).select_by_value("latest")
    browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    WebDriverWait(browser, 10).until(EC.url_contains("sort=latest"))
    dates = [td.text[:10] for td in browser.find_elements(By.CSS_SELECTOR, "table.claims tbody td.date")]
    assert len(dates) > 3 and dates == sorted(dates, reverse=True)


def test_a_statement_leads_to_its_claim(browser, site):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    reports = site["api"].get("/reports.json").json()["reports"]
    for report in reports:
        browser.get(f"{site['base']}/reports/{report['id']}")
        links = browser.find_elements(By.CSS_SELECTOR, "table.statements a[href*='/claims/c']")
        if links:
            break
    else:
        pytest.fail("no report page links a statement to its claim")
    outlet = report["outlet"]
    links[0].click()
    WebDriverWait(browser, 10).until(EC.url_contains("/claims/c"))
    side_by_side = browser.find_element(By.CSS_SELECTOR, "table.statements").text
    assert outlet in side_by_side


def test_the_keyboard_reaches_the_content_first(browser, site):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(site["base"] + "/claims")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    skip = browser.switch_to.active_element
    assert skip.text == "Skip to content" and skip.is_displayed()
    skip.send_keys(Keys.ENTER)
    assert browser.switch_to.active_element.get_attribute("id") == "main"
    # and on from there into the filters, every one reachable by Tab
    seen = set()
    for _ in range(40):
        browser.switch_to.active_element.send_keys(Keys.TAB)
        seen.add(browser.switch_to.active_element.get_attribute("name"))
    assert {"search", "speaker", "actor", "place", "stance", "kind", "status", "sort"} <= seen


def test_the_guard_sees_a_request_to_another_host(browser):
    """The check every browser test ends with can fail: a page that loads an outside image
    is caught (the image itself resolves nowhere)."""
    browser.get("data:text/html,<img src='http://tracker.example.invalid/pixel.png'>")
    assert any("tracker.example.invalid" in url for url in browsing.foreign_requests(browser))


def test_the_accessibility_check_can_fail(browser):
    """axe-core runs for real: an unlabelled field and an image without text are caught."""
    browser.get("data:text/html,<html><body><input type=text><img src='data:,'></body></html>")
    found = {v["id"] for v in browsing.axe_violations(browser)}
    assert "label" in found and "image-alt" in found
