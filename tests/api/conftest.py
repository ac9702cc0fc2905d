"""API tests reuse the store's backends and the hand-made reports."""
from __future__ import annotations

import pytest

from rasd_store_backends import db_url

__all__ = ["db_url"]

TOKEN = "test-token-0123456789"


@pytest.fixture
def client(db_url: str):
    """A TestClient over a store holding the hand-made run."""
    from fastapi.testclient import TestClient

    from rasd.api import create_app
    from rasd.store.api import save_run
    from rasd_link_samples import sample_run

    report, events = sample_run()
    save_run(db_url, report, events)
    with TestClient(create_app(db_url, token=TOKEN)) as c:
        yield c
