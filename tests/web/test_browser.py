"""The pages in a real browser (Debian's chromium via Playwright) against ``warledger serve``:
filter the list, see markers on the map, open an incident and see the marked evidence,
and a hostile document that stays text. Screenshots go to test-artifacts/screenshots/."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from warledger.config import Settings
from warledger.store import Store

Shot = Callable[[Any, str], Path]
SignIn = Callable[[Any, str], None]


def _total(page: Any) -> int:
    return int(page.get_attribute("#result-count", "data-total"))


def test_filtering_the_list_changes_the_count(
    browser_page: Any, tokens: dict[str, str], sign_in: SignIn, screenshot: Shot
) -> None:
    page = browser_page
    sign_in(page, tokens["reader"])
    page.goto("/incidents")
    everything = _total(page)
    assert page.locator("#incident-table tbody tr").count() == everything
    screenshot(page, "incidents")
    page.fill("input[name=place]", "Kharkiv")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/incidents?*place=Kharkiv*")
    assert _total(page) == 1 < everything
    assert page.locator("#incident-table tbody tr").count() == 1
    page.click("text=Clear")
    assert _total(page) == everything
    page.click('.facets li[data-facet="country"][data-value="SY"] a')
    assert 0 < _total(page) < everything
    rows = page.locator("#incident-table tbody tr td:nth-child(3)").all_inner_texts()
    assert rows and all("SY" in row for row in rows)
    assert page.dialogs == []


def test_map_shows_markers_and_counts_what_it_cannot_place(
    browser_page: Any, tokens: dict[str, str], sign_in: SignIn, screenshot: Shot
) -> None:
    page = browser_page
    sign_in(page, tokens["reader"])
    page.goto("/map")
    page.wait_for_selector("#map-status[data-on-map]")
    on_map = int(page.get_attribute("#map-status", "data-on-map"))
    not_on_map = int(page.get_attribute("#map-status", "data-not-on-map"))
    assert on_map >= 4 and not_on_map >= 1
    assert page.locator("path.incident-marker").count() == on_map
    hollow = page.locator("path.precision-3").count() + page.locator("path.precision-2").count()
    assert hollow >= 1 and page.locator("path.uncertainty").count() == hollow
    assert page.locator("path.country").count() > 100
    assert "not on the map: " in page.inner_text("#map-status")
    screenshot(page, "map")
    # A click at the marker's centre can land on a marker drawn over it; the event is sent to
    # the hollow marker itself, as Leaflet's delegated listener sees a click on that path.
    page.locator("path.precision-3").first.dispatch_event("click")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "located only to the country" in popup.inner_text()
    assert page.dialogs == []


def test_timeline_links_bars_to_the_list(
    browser_page: Any, tokens: dict[str, str], sign_in: SignIn, screenshot: Shot
) -> None:
    page = browser_page
    sign_in(page, tokens["reader"])
    page.goto("/timeline")
    bars = page.locator("rect.segment")
    assert bars.count() > 0
    screenshot(page, "timeline")
    expected = int(page.locator("g.bar").first.get_attribute("data-total"))
    page.locator("g.bar").first.locator("a").first.click()
    page.wait_for_url("**/incidents?*")
    assert 0 < _total(page) <= expected


def test_incident_page_shows_the_marked_evidence(
    browser_page: Any, tokens: dict[str, str], sign_in: SignIn, screenshot: Shot
) -> None:
    page = browser_page
    sign_in(page, tokens["reader"])
    page.goto("/incidents?place=Kharkiv")
    page.locator("#incident-table tbody tr a").first.click()
    page.wait_for_selector("article.claim-card")
    cards = page.locator("article.claim-card").count()
    assert cards >= 2 and f"side by side ({cards})" in page.inner_text("main h2 >> nth=0")
    outlets = page.locator("article.claim-card .meta").all_inner_texts()
    assert {"northline-gazette", "river-daily"} <= {
        line.split("outlet: ")[1].split(" ")[0] for line in outlets if "outlet: " in line
    }
    marked = page.locator("blockquote.evidence mark.hl-evidence").all_inner_texts()
    assert any("central market in Kharkiv" in text for text in marked)
    page.wait_for_selector(".mini-map path.incident-marker")
    screenshot(page, "incident")
    page.locator("article.claim-card .meta a").first.click()
    page.wait_for_selector("#doc-text mark.hl-evidence")
    assert page.locator("#doc-text mark.hl-place").count() >= 1
    screenshot(page, "document")
    assert page.dialogs == []


def test_actor_page_draws_its_relations(
    browser_page: Any, tokens: dict[str, str], sign_in: SignIn, screenshot: Shot
) -> None:
    page = browser_page
    sign_in(page, tokens["reader"])
    page.goto("/actors/Brenic%20Liberation%20Front")
    assert page.locator(".graph svg line.edge").count() >= 1
    assert "Kazaria" in page.locator(".graph svg").text_content()
    screenshot(page, "actor")


def test_hostile_document_stays_text_in_the_browser(
    browser_page: Any,
    tokens: dict[str, str],
    sign_in: SignIn,
    screenshot: Shot,
    web_settings: Settings,
) -> None:
    with Store.open(web_settings) as store:
        doc = next(d for d in store.iter_documents() if d.title and "<script>" in d.title)
    page = browser_page
    sign_in(page, tokens["reader"])
    page.goto(f"/documents/{doc.id}")
    title = page.inner_text("h1.doc-title")
    assert title == "<script>alert(1)</script> <b>html</b> checkpoint attack"
    assert "<script>alert(1)</script> and <b>html</b>" in page.inner_text("#doc-text")
    assert page.locator("main b").count() == 0
    assert page.locator("main script").count() == 0
    screenshot(page, "hostile-document")
    page.goto("/search?q=checkpoint")
    assert "<script>alert(1)</script>" in page.inner_text(".hits")
    page.goto("/incidents?q=leaflet")
    assert _total(page) >= 1
    assert page.dialogs == []
