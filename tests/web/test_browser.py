"""End-to-end: the dashboard in real headless Chromium over a store of hand-made events.

Each step writes a screenshot (tests/web/screenshots/ or $RASD_SCREENSHOTS) so a person can check
that the page really looks right.
"""
from __future__ import annotations

from pathlib import Path

import dashboard_samples
import pytest
from dashboard_samples import TOKEN
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

SIRWAH_EVIDENCE = "وقالت مصادر محلية إن اشتباكات عنيفة اندلعت في مديرية صرواح"


def load(page, url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]", timeout=20_000)
    page.wait_for_selector(".ev-marker, .ev-cluster")


def wait_count(page, n: int) -> None:  # type: ignore[no-untyped-def]
    """Wait for the list to show n events (locator assertions work under the page's strict CSP)."""
    expect(page.locator("#list-count")).to_have_text(f"({n})", timeout=10_000)


def sign_in(page, token: str = TOKEN) -> None:  # type: ignore[no-untyped-def]
    """Enter the analyst's name and token; Enter in the form saves (keyboard path)."""
    page.click("#btn-settings")
    page.fill("#s-author", "Analyst Hala")
    page.fill("#s-token", token)
    page.press("#s-token", "Enter")
    expect(page.locator("#dlg-settings")).not_to_be_visible()


def open_event(page, place: str) -> None:  # type: ignore[no-untyped-def]
    page.click(f"li.ev-row:has-text('{place}')")
    page.wait_for_selector("#event-panel mark.evidence")


def test_analyst_walkthrough(page, live_url: str, screenshots: Path, store_db: Path) -> None:  # type: ignore[no-untyped-def]
    load(page, live_url)
    assert page.inner_text("#list-count") == "(6)"
    page.screenshot(path=screenshots / "01-loaded.png")

    page.fill("#f-since", "2024-03-09")
    page.fill("#f-until", "2024-03-15")
    page.dispatch_event("#f-until", "change")
    wait_count(page, 3)
    assert "Sarmin" not in page.inner_text("#event-list")
    page.screenshot(path=screenshots / "02-filtered-by-date.png")

    open_event(page, "Sirwah")
    quote = page.locator("#event-panel blockquote").first
    assert quote.get_attribute("dir") == "rtl"
    assert SIRWAH_EVIDENCE in page.inner_text("#event-panel mark.evidence >> nth=0")
    assert page.inner_text("#event-panel .hl-fatalities") == "ثمانية مقاتلين"
    assert "Aden Monitor" in page.inner_text("#event-panel .sources")
    page.screenshot(path=screenshots / "03-event-open.png")

    sign_in(page)
    page.select_option("#r-field", "fatalities")
    page.fill("#r-value", "7")
    page.fill("#r-reason", "the army's statement gives seven dead")
    page.click("#r-save")
    page.wait_for_selector("#event-panel .badge.status-corrected")
    page.screenshot(path=screenshots / "04-corrected.png")

    dashboard_samples.build_store(store_db)  # the same articles processed again: the correction must survive
    page.reload()
    page.wait_for_selector("#event-panel mark.evidence", timeout=20_000)
    fields = page.inner_text("#event-panel table.fields")
    assert "Fatalities\t7" in fields
    history = page.inner_text("#event-panel .history")
    assert "Analyst Hala" in history and "fatalities: 6 → 7" in history
    page.screenshot(path=screenshots / "05-after-reload.png")
    assert page.errors == []


def test_timeline_drag_filters_the_map(page, live_url: str, screenshots: Path) -> None:  # type: ignore[no-untyped-def]
    load(page, live_url)
    bars = page.locator("#timeline rect.bar")
    first = bars.first.bounding_box()
    last = page.locator("#timeline rect.bar[data-start='2024-03-10']").bounding_box()
    page.mouse.move(first["x"] + 1, first["y"] + first["height"] - 1)
    page.mouse.down()
    page.mouse.move(last["x"] + 1, first["y"] + first["height"] - 1)
    page.mouse.up()
    wait_count(page, 3)
    assert page.input_value("#f-since") == "2024-03-04" and page.input_value("#f-until") == "2024-03-10"
    assert page.locator("#timeline rect.bar.selected").count() == 7
    page.screenshot(path=screenshots / "06-timeline-selection.png")


def test_filters_search_and_exports(page, live_url: str) -> None:  # type: ignore[no-untyped-def]
    load(page, live_url)
    page.fill("#f-q", "الحويجه")  # ta marbuta written as ha: matched after normalisation
    wait_count(page, 1)
    assert "Hawija" in page.inner_text("#event-list")
    page.fill("#f-q", "coalition")  # English: the denier's name
    expect(page.locator("#event-list")).to_contain_text("Marib")
    wait_count(page, 1)
    page.fill("#f-q", "")
    page.select_option("#f-country", "Yemen")
    wait_count(page, 2)
    assert "country=Yemen" in page.get_attribute("#export-csv", "href")
    csv = page.request.get(live_url + page.get_attribute("#export-csv", "href"))
    assert csv.ok and len(csv.text().strip().splitlines()) == 3  # header + the two Yemeni events
    geojson = page.request.get(live_url + page.get_attribute("#export-geojson", "href")).json()
    assert len(geojson["features"]) == 2
    page.fill("#f-claimed", "houthi")
    wait_count(page, 1)
    page.click("#btn-clear")
    wait_count(page, 6)


def test_claims_and_denials_side_by_side(page, live_url: str) -> None:  # type: ignore[no-untyped-def]
    load(page, live_url)
    open_event(page, "Marib")
    claims = page.locator("#event-panel .claims")
    assert "Ansar Allah (Houthis)" in claims.locator(".claim").first.inner_text()
    assert "Saudi-led coalition" in claims.locator(".denial.active").inner_text()
    assert page.locator("#event-panel figure.evidence-item").count() == 2


def test_review_not_event_merge_and_split(page, live_url: str, screenshots: Path) -> None:  # type: ignore[no-untyped-def]
    load(page, live_url)
    sign_in(page)
    open_event(page, "Atbara")
    page.fill("#r-reason", "a commemoration, not a protest")
    page.click("#r-not-event")
    page.wait_for_selector("#event-panel .badge.status-not_event")
    page.click("#btn-back")
    wait_count(page, 5)

    open_event(page, "Marib")
    marib = page.inner_text("#event-panel code")
    page.click("#btn-back")
    open_event(page, "Sirwah")
    page.fill("#r-reason", "one incident")
    page.fill("#r-merge", marib)
    page.click("#r-merge-btn")
    expect(page.locator("#event-panel figure.evidence-item")).to_have_count(4)
    page.screenshot(path=screenshots / "07-merged.png")

    page.fill("#r-reason", "the Aden report is a different clash")
    page.check(".r-split[value='yemen-2']")
    page.click("#r-split")
    expect(page.locator("#event-panel .sources li")).to_have_count(1)  # the panel now shows the split-off event
    page.click("#btn-back")
    wait_count(page, 5)  # 6, less the not-event, less the merged one, plus the split-off report
    expect(page.locator("li.ev-row:has-text('Sirwah')")).to_have_count(2)


def test_a_wrong_token_changes_nothing(page, live_url: str) -> None:  # type: ignore[no-untyped-def]
    load(page, live_url)
    sign_in(page, token="not-the-token")
    open_event(page, "Hawija")
    page.select_option("#r-field", "fatalities")
    page.fill("#r-value", "40")
    page.fill("#r-reason", "typo")
    page.click("#r-save")
    expect(page.locator(".toast.error")).to_contain_text("401")
    expect(page.locator("#dlg-settings")).to_be_visible()  # asks for the token again
    page.click("#s-cancel")
    assert "Fatalities\t2" in page.inner_text("#event-panel table.fields")
    page.errors.clear()  # the refused POST is logged by the browser as a failed request


def test_keyboard_only(page, live_url: str) -> None:  # type: ignore[no-untyped-def]
    load(page, live_url)
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("Enter")
    page.wait_for_selector("#event-panel mark.evidence")
    assert "Atbara" in page.inner_text("#event-panel h2")
    page.keyboard.press("e")
    assert page.evaluate("document.activeElement.id") == "r-field"
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_selector("#list-view:not([hidden])")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "f-q"


def test_front_end_helpers(page, live_url: str) -> None:  # type: ignore[no-untyped-def]
    load(page, live_url)
    weeks = page.evaluate("""async () => {
        const t = await import('/static/js/timeline.js');
        return t.buckets([{date: '2024-03-04', events: 1, fatalities: 5},
                          {date: '2024-03-10', events: 2, fatalities: 6},
                          {date: '2024-03-20', events: 1, fatalities: 0}], 'week');
    }""")
    assert [(w["start"], w["events"], w["fatalities"]) for w in weeks] == [
        ("2024-03-04", 3, 11), ("2024-03-11", 0, 0), ("2024-03-18", 1, 0)]
    months = page.evaluate("""async () => {
        const t = await import('/static/js/timeline.js');
        const days = [{date: '2023-11-30', events: 1, fatalities: 2}, {date: '2024-01-31', events: 1, fatalities: 0}];
        return [t.pickUnit(days, 'auto'), t.buckets(days, 'month')];
    }""")
    assert months[0] == "day"
    assert [(m["start"], m["end"], m["events"]) for m in months[1]] == [
        ("2023-11-01", "2023-11-30", 1), ("2023-12-01", "2023-12-31", 0), ("2024-01-01", "2024-01-31", 1)]
    pieces = page.evaluate("""async () => {
        const p = await import('/static/js/panel.js');
        return p.highlightPieces({start: 10, end: 20, text: 'abcdefghij'},
                                 [{start: 12, end: 14, field: 'x', rule: 'r'},
                                  {start: 13, end: 25, field: 'y', rule: 'r'}]);
    }""")
    assert [(p["text"], p.get("field")) for p in pieces] == [("ab", None), ("cd", "x"), ("efghij", "y")]
