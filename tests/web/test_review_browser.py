"""The review queue in a real browser (Debian's chromium via Playwright) against
``warledger serve``: an analyst rejects a claim from the queue and finds the ledger entry in
its history; a refused correction comes back with its reason; a reader cannot review.
Screenshots go to test-artifacts/screenshots/review*.png."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from warledger.config import Settings
from warledger.store import Store
from warledger.store.actors import append_merges

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
Shot = Callable[[Any, str], Path]
SignIn = Callable[[Any, str], None]
NOTE = "<script>alert('note')</script> the text reports a denial, not an attack"


def test_analyst_rejects_a_claim_and_sees_the_ledger_entry(
    browser_page: Any,
    tokens: dict[str, str],
    sign_in: SignIn,
    screenshot: Shot,
    web_settings: Settings,
) -> None:
    page = browser_page
    sign_in(page, tokens["analyst"])
    page.goto("/review")
    cards = page.locator("article.review-card[data-claim-id]")
    assert cards.count() > 0
    assert page.locator("article.review-card mark.hl-evidence").count() > 0
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "review-queue.png"))  # the first screenful
    card = cards.first
    claim_id = card.get_attribute("data-claim-id")
    card.locator("textarea[name=note]").fill(NOTE)
    card.locator("button[value=reject]").click()
    page.wait_for_url(re.compile(r".*/review\?.*recorded=\d+$"))
    seq = int(page.url.rsplit("=", 1)[1])
    flash = page.locator("#flash")
    assert f"#{seq}" in flash.inner_text() and "rejected" in flash.inner_text()
    assert page.locator(f'article[data-claim-id="{claim_id}"]').count() == 0
    screenshot(page, "review-recorded")

    with Store.open(web_settings) as store:
        entry = next(e for e in store.ledger(seq - 1) if e.seq == seq)
    assert (entry.kind, entry.subject_id, entry.details["action"]) == ("review", claim_id, "reject")

    flash.locator("text=See its history").click()
    page.wait_for_url(f"**/review/claim/{claim_id}")
    row = page.locator(f"section.history li#ledger-{seq}")
    assert row.count() == 1
    assert "rejected" in row.inner_text()
    assert NOTE in row.inner_text()  # shown as text, not run
    assert page.locator("section.history script").count() == 0
    screenshot(page, "review-history")
    assert page.dialogs == []


def test_a_refused_correction_comes_back_with_its_reason(
    browser_page: Any,
    tokens: dict[str, str],
    sign_in: SignIn,
    screenshot: Shot,
    web_settings: Settings,
) -> None:
    page = browser_page
    sign_in(page, tokens["analyst"])
    page.goto("/review")
    card = page.locator("article.review-card:has(button[value=correct])").first
    claim_id = card.get_attribute("data-claim-id")
    with Store.open(web_settings) as store:
        before = store.stats()["ledger_entries"]
    card.locator("details.correction-fields summary").click()
    card.locator("input[name=killed]").fill("-3")
    card.locator("button[value=correct]").click()
    page.wait_for_load_state()
    error = page.locator("#review-error")
    assert "killed takes a whole number" in error.inner_text()
    assert page.locator(
        f'article[data-claim-id="{claim_id}"] input[name=killed]'
    ).input_value() == ("-3")
    screenshot(page, "review-refused")
    with Store.open(web_settings) as store:
        assert store.stats()["ledger_entries"] == before


def test_merges_and_groupings_tabs(
    browser_page: Any,
    tokens: dict[str, str],
    sign_in: SignIn,
    screenshot: Shot,
    web_settings: Settings,
) -> None:
    # the invented reports give no merge, so record one between two actors no claim names
    details = {
        "merged": ["new:test-hill-brigade"],
        "canonical": "new:test-northern-hill-brigade",
        "reason": "'Hill Brigade' ~ 'Northern Hill Brigade': <em>short form</em>",
    }
    with Store.open(web_settings) as store:
        append_merges(store, [("browsertestmerge00000001", details)])
    page = browser_page
    sign_in(page, tokens["analyst"])
    page.goto("/review?tab=incidents")
    cards = page.locator("article.review-card")
    assert cards.count() > 0
    assert cards.first.locator("input[name=remove_claim_ids]").count() >= 2
    screenshot(page, "review-incidents")
    card = cards.first
    incident_id = (card.get_attribute("id") or "").removeprefix("incident-")
    box = card.locator("input[name=remove_claim_ids]").first
    removed = box.get_attribute("value")
    box.check()
    card.locator("textarea[name=note]").fill("this one is about another day")
    card.locator("button[value=correct]").click()
    page.wait_for_url(re.compile(r".*/review\?tab=incidents&recorded=\d+$"))
    assert "corrected incident" in page.inner_text("#flash")
    page.goto(f"/review/incident/{incident_id}")
    history = page.locator("section.history").inner_text()
    assert "corrected — this one is about another day" in history
    assert f"remove_claim_ids\n{removed}" in history
    screenshot(page, "review-incident-history")
    page.goto("/review?tab=merges&status=all")
    card = page.locator("article#merge-browsertestmerge00000001")
    assert "new:test-hill-brigade was merged into" in card.inner_text()
    assert "<em>short form</em>" in card.inner_text()
    assert card.locator("button[value=correct]").count() == 0
    card.locator("button[value=reject]").click()
    page.wait_for_url(re.compile(r".*/review\?tab=merges&status=all&recorded=\d+$"))
    assert "rejected actor merge" in page.inner_text("#flash")
    assert "rejected by" in page.inner_text("article#merge-browsertestmerge00000001")
    screenshot(page, "review-merges")


def test_reader_cannot_review(
    browser_page: Any, tokens: dict[str, str], sign_in: SignIn, screenshot: Shot
) -> None:
    page = browser_page
    sign_in(page, tokens["reader"])
    response = page.goto("/review")
    assert response is not None and response.status == 403
    assert "This page needs the analyst role" in page.inner_text("main")
    assert page.locator("form.review-form").count() == 0
    screenshot(page, "review-denied")
