"""The storage backends every store/export/API test runs against: SQLite always, PostgreSQL when
RASD_PG_URL is set (start one with scripts/start-postgres.sh); missing PostgreSQL fails under CI=true."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from rasd.store.db import close_store

BACKENDS = ["sqlite", "postgres"]


def _fresh_postgres(url: str) -> str:
    close_store(url)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    return url


def backend_url(kind: str, tmp_path: Path) -> str:
    """A fresh, empty database URL of one kind (skips or fails when PostgreSQL is unavailable)."""
    if kind == "sqlite":
        return str(tmp_path / "rasd.db")
    url = os.environ.get("RASD_PG_URL")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("RASD_PG_URL is unset under CI=true: run scripts/start-postgres.sh and export its URL")
        pytest.skip("RASD_PG_URL is unset (start one with: eval \"$(scripts/start-postgres.sh --export)\")")
    return _fresh_postgres(url)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path):
    """A fresh database per test and per backend, closed afterwards."""
    url = backend_url(request.param, tmp_path)
    yield url
    close_store(url)
