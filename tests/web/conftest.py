"""Fixtures of the dashboard tests: a store of sample events, the served app, a live server and
a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright; never `playwright install`).
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import dashboard_samples
import pytest
import uvicorn
from dashboard_samples import TOKEN

from rasd.web.app import build_app, missing_assets

CHROMIUM = os.environ.get("RASD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture
def store_db(tmp_path: Path) -> Path:
    db = tmp_path / "dashboard.db"
    dashboard_samples.build_store(db)
    return db


@pytest.fixture
def app(store_db: Path):  # type: ignore[no-untyped-def]
    return build_app(str(store_db), token=TOKEN)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def live_url(app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The dashboard served by uvicorn on a free loopback port, for the browser."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def _absent(message: str) -> None:
    """Skip locally, fail under CI=true (where the set-up must have provided it)."""
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def need_chromium() -> str:
    """Debian's chromium and the built front-end assets; skipped when absent, a failure when CI=true."""
    missing = missing_assets()
    if missing:
        _absent(f"dashboard assets missing ({', '.join(missing)}): run scripts/build-web.sh")
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        _absent(f"{CHROMIUM} is missing: run scripts/install-browser.sh (apt-get install -y chromium)")
    return CHROMIUM


@pytest.fixture
def screenshots() -> Path:
    folder = Path(os.environ.get("RASD_SCREENSHOTS", Path(__file__).parent / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(live_url: str):  # type: ignore[no-untyped-def]
    """A Playwright page in headless Chromium, 1400x900, pointed at nothing yet."""
    executable = need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="en-GB")
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda err: page.errors.append(str(err)))
        page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error" else None)
        yield page
        browser.close()
