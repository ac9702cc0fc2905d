"""The shipped Alembic migrations build exactly the tables that rasd.store.schema describes."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from rasd.store.db import open_store
from rasd.store.schema import metadata


def test_migrations_match_the_schema(db_url: str) -> None:
    engine = open_store(db_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_opening_twice_is_harmless(db_url: str) -> None:
    from rasd.store.db import close_store

    open_store(db_url)
    close_store(db_url)
    with open_store(db_url).connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0002"
