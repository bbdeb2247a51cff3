"""The map and the place pages in a real headless Chromium: the markers are there with their
tooltips, the keyboard reaches them and follows them, nothing hostile runs, axe-core finds no
serious or critical fault, and no request leaves the machine (the `browser` fixture fails the
test on any)."""

from __future__ import annotations

import browsing
import placefixtures as pf
import pytest

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from fastapi.testclient import TestClient

    from claimledger.store import Store
    from claimledger.store.ledger import rebuild
    from claimledger.web.app import create_app

    url = f"sqlite:///{tmp_path_factory.mktemp('browser-map') / 'ledger.db'}"
    with Store(url) as store:
        pf.fill_store(store)
        rebuild(store)
    app = create_app(url)
    with TestClient(app) as api, browsing.serving(app) as base:
        yield {"base": base, "api": api}


def test_the_map_shows_its_markers_with_tooltips(browser, site, tmp_path):
    from selenium.webdriver.common.by import By

    data = site["api"].get("/map.json").json()
    browser.get(site["base"] + "/map")
    assert browser.title == "Map · claimledger"
    markers = browser.find_elements(By.CSS_SELECTOR, "svg.geomap a.marker")
    assert len(markers) == data["map"]["markers"] > 3
    shown = browser.find_element(By.CSS_SELECTOR, "svg.geomap").size
    assert shown["width"] > 500 and shown["height"] > 200
    for m in markers:
        tip = browser.execute_script("return arguments[0].querySelector('title').textContent", m)
        assert "GeoNames" in tip and m.get_attribute("aria-label")
        assert m.is_displayed()
    assert browser.find_elements(By.CSS_SELECTOR, "svg.geomap path.country"), "the basemap is drawn"
    # The hostile names are text: nothing was injected, nothing ran.
    assert browser.find_elements(By.CSS_SELECTOR, "main img, main script, svg.geomap foreignObject") == []
    assert browser.title == "Map · claimledger"
    assert browsing.axe_violations(browser) == []
    browsing.screenshot(browser, tmp_path, "map")


def test_the_keyboard_reaches_a_marker_and_follows_it(browser, site):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(site["base"] + f"/map?report={site['api'].get('/reports.json').json()['reports'][-1]['id']}")
    for _ in range(40):
        browser.switch_to.active_element.send_keys(Keys.TAB)
        active = browser.switch_to.active_element
        if "marker" in (active.get_attribute("class") or ""):
            break
    else:
        pytest.fail("Tab never reached a map marker")
    href = active.get_attribute("href")
    active.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(EC.url_changes(site["base"] + "/map"))
    assert "/places/" in browser.current_url or "bbox=" in browser.current_url, href
    assert browser.find_element(By.TAG_NAME, "h1").text.strip()


def test_place_pages_are_accessible_and_local(browser, site, tmp_path):
    from selenium.webdriver.common.by import By

    feodosia = pf.gaz("Feodosia")["geonames_id"]
    for name, path in (
        ("places", "/places"),
        ("place", f"/places/{feodosia}"),
        ("hostile-place", f"/places/{pf.HOSTILE_ID}"),
    ):
        browser.get(site["base"] + path)
        assert browser.title.endswith(" · claimledger"), path
        assert len(browser.find_elements(By.TAG_NAME, "main")) == 1
        assert browser.find_elements(By.CSS_SELECTOR, "main img, main script") == []
        assert browsing.axe_violations(browser) == [], path
        browsing.screenshot(browser, tmp_path, name)
    # The hostile name shows as text in the heading.
    assert browser.find_element(By.TAG_NAME, "h1").text == pf.HOSTILE_NAME
