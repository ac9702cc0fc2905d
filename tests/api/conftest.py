"""API tests reuse the store's backends and the hand-made reports."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "link"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from rasd_store_backends import BACKENDS, backend_url

from rasd.store.db import close_store


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path):
    url = backend_url(request.param, tmp_path)
    yield url
    close_store(url)


TOKEN = "test-token-0123456789"


@pytest.fixture
def client(db_url: str):
    """A TestClient over a store holding the hand-made run."""
    from fastapi.testclient import TestClient
    from rasd_link_samples import sample_run

    from rasd.api import create_app
    from rasd.store.api import save_run

    report, events = sample_run()
    save_run(db_url, report, events)
    with TestClient(create_app(db_url, token=TOKEN)) as c:
        yield c
