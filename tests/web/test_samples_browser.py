"""End-to-end on the bundled samples: `rasd extract … --db`, then the analyst's round trip in Chromium.

Nothing here depends on what the pipeline finds in which sample (that is the quality gate's job):
the test takes the first event the page lists, whatever it is.
"""
from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner
from dashboard_samples import TOKEN
from playwright.sync_api import expect

from rasd.cli import main

pytestmark = pytest.mark.browser
SAMPLES = Path(str(resources.files("rasd"))) / "data" / "samples" / "articles.jsonl"
ARABIC = re.compile(r"[\u0600-\u06FF]")


def extract_into(db: Path) -> None:
    """Run the real pipeline over the bundled samples into the store at `db`."""
    out = db.with_suffix(".jsonl")
    result = CliRunner().invoke(main, ["extract", str(SAMPLES), "-o", str(out), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output


@pytest.fixture
def store_db(tmp_path: Path) -> Path:
    """Overrides the hand-made store of conftest: the samples as `rasd extract` stores them."""
    if not SAMPLES.is_file():
        pytest.fail(f"{SAMPLES} is missing: the bundled samples ship with the package")
    db = tmp_path / "samples.db"
    extract_into(db)
    return db


def test_round_trip_on_bundled_samples(page, live_url: str, screenshots: Path, store_db: Path) -> None:  # type: ignore[no-untyped-def]
    page.goto(live_url)
    page.wait_for_selector("body[data-ready=true]", timeout=20_000)
    total = int(page.inner_text("#list-count").strip("()"))
    assert total > 0
    page.screenshot(path=screenshots / "samples-01-loaded.png")

    first = page.locator("li.ev-row").first
    day = re.search(r"\d{4}-\d{2}-\d{2}", first.inner_text()).group(0)
    page.fill("#f-since", day)
    page.fill("#f-until", day)
    page.dispatch_event("#f-until", "change")
    on_day = page.request.get(f"{live_url}/api/events?since={day}&until={day}").json()["total"]
    expect(page.locator("#list-count")).to_have_text(f"({on_day})", timeout=10_000)
    expect(page.locator("#summary")).to_contain_text(f"{on_day} events")
    page.screenshot(path=screenshots / "samples-02-one-day.png")

    page.locator("li.ev-row").first.click()
    page.wait_for_selector("#event-panel mark.evidence")
    evidence = page.locator("#event-panel blockquote").first
    assert evidence.get_attribute("dir") == "rtl"
    assert ARABIC.search(page.inner_text("#event-panel mark.evidence >> nth=0"))
    assert page.locator("#event-panel mark.evidence .hl").count() >= 1
    event_id = page.inner_text("#event-panel table.fields code")
    page.screenshot(path=screenshots / "samples-03-event.png")

    page.click("#btn-settings")
    page.fill("#s-author", "Analyst Samir")
    page.fill("#s-token", TOKEN)
    page.click("#s-save")
    page.select_option("#r-field", "notes")
    page.fill("#r-value", "checked against the source by hand")
    page.fill("#r-reason", "review of the samples")
    page.click("#r-save")
    page.wait_for_selector("#event-panel .badge.status-corrected")

    extract_into(store_db)  # the same samples processed again
    page.reload()
    page.wait_for_selector("#event-panel mark.evidence", timeout=20_000)
    assert page.inner_text("#event-panel table.fields code") == event_id
    assert "checked against the source by hand" in page.inner_text("#event-panel table.fields")
    assert "Analyst Samir" in page.inner_text("#event-panel .history")
    page.screenshot(path=screenshots / "samples-04-after-reprocessing.png")
    assert page.errors == []
