"""Opening a store: URL or path → Engine, SQLite tuned for concurrent use, migrations applied.

SQLite gets WAL (readers never block the writer), a busy timeout, and `BEGIN IMMEDIATE` for write
transactions so that two writers queue on the lock instead of failing on a lock upgrade.
PostgreSQL needs nothing special: writers lock the event rows they touch (`SELECT … FOR UPDATE`).
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from rasd.errors import StoreError

BUSY_TIMEOUT_MS = 30_000
_ENGINES: dict[str, Engine] = {}
_LOCK = threading.Lock()


def to_url(db: str | Path) -> str:
    """A SQLAlchemy URL from a URL or a plain file path (a path means SQLite)."""
    text = str(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _tune_sqlite(engine: Engine) -> None:
    """WAL, busy timeout, foreign keys; transactions begun by us, IMMEDIATE when writing."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get("rasd_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


def _migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision shipped in the package."""
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("rasd.store") / "migrations"))
    with engine.connect().execution_options(rasd_write=True) as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def open_store(db: str | Path) -> Engine:
    """An Engine for `db` (path or URL), migrated; one Engine per URL per process."""
    url = to_url(db)
    with _LOCK:
        if url in _ENGINES:
            return _ENGINES[url]
        try:
            engine = create_engine(url, pool_pre_ping=True)
            if engine.dialect.name == "sqlite":
                _tune_sqlite(engine)
            _migrate(engine)
        except SQLAlchemyError as err:
            raise StoreError(f"cannot open store {_safe(url)}: {err.__class__.__name__}: {err}; "
                             "check the path or URL and that the server is running") from err
        _ENGINES[url] = engine
        return engine


def close_store(db: str | Path) -> None:
    """Dispose of the cached Engine of `db` (tests, and before deleting a database file)."""
    with _LOCK:
        engine = _ENGINES.pop(to_url(db), None)
    if engine is not None:
        engine.dispose()


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction (IMMEDIATE on SQLite), committed on success, rolled back on error."""
    with engine.connect().execution_options(rasd_write=True) as conn, conn.begin():
        yield conn


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """One read transaction."""
    with engine.connect() as conn, conn.begin():
        yield conn


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
