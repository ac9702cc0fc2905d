"""Crash safety: SIGKILL `rasd extract --db` while it writes, then check the store and re-run.

The store commits per batch; a kill between batches (or inside one) must leave a database that
passes SQLite's integrity check, whose committed rows are whole (an article's text matches its
content hash, every event link points at a stored event), and that a re-run completes to the
same state and the same output as a run that was never interrupted.
"""
from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from scale_corpus import write_generated

pytestmark = pytest.mark.slow
N_ARTICLES = 150


def extract(corpus: Path, out: Path, db: Path) -> subprocess.Popen[bytes]:
    """`rasd extract --db` in a child process; its stderr goes to a file beside the output."""
    with out.with_suffix(".stderr").open("ab") as err:
        return subprocess.Popen([sys.executable, "-m", "rasd", "extract", str(corpus), "-o", str(out), "--db",
                                 str(db), "--workers", "2"], stdout=subprocess.DEVNULL, stderr=err)


def finish(proc: subprocess.Popen[bytes], out: Path) -> None:
    code = proc.wait(timeout=300)
    assert code == 0, out.with_suffix(".stderr").read_text(encoding="utf-8", errors="replace")[-2000:]


def count(db: Path, table: str) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute(f"select count(*) from {table}").fetchone()[0]
    except sqlite3.Error:
        return 0


def kill_while_writing(proc: subprocess.Popen[bytes], db: Path, deadline: float = 240) -> bool:
    """SIGKILL as soon as the first events are committed; False when the run ended first."""
    start = time.monotonic()
    while proc.poll() is None and time.monotonic() - start < deadline:
        if count(db, "events") > 0:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.02)
    proc.wait()
    return False


def snapshot(db: Path) -> dict[str, set]:
    with sqlite3.connect(db) as conn:
        return {
            "articles": set(conn.execute("select id, content_hash from articles")),
            "events": {r[0] for r in conn.execute("select event_id from events")},
            "links": set(conn.execute("select event_id, article_id from event_articles")),
        }


def assert_consistent(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        for text, digest in conn.execute("select text, content_hash from articles"):
            assert hashlib.sha256(text.encode("utf-8")).hexdigest() == digest
        orphans = conn.execute("select count(*) from event_articles where event_id not in "
                               "(select event_id from events)").fetchone()[0]
        assert orphans == 0


def test_killed_run_leaves_a_consistent_store_and_a_rerun_completes(tmp_path: Path) -> None:
    corpus = write_generated(tmp_path / "corpus.jsonl", N_ARTICLES, seed=11)
    db, out = tmp_path / "killed.db", tmp_path / "killed.jsonl"
    if not kill_while_writing(extract(corpus, out, db), db):
        pytest.skip("the run finished before the kill landed (machine too fast for this corpus)")
    assert_consistent(db)
    committed = snapshot(db)
    assert committed["articles"], "the store commits articles before events"

    finish(extract(corpus, out, db), out)
    assert_consistent(db)
    after = snapshot(db)
    for name, rows in committed.items():
        assert rows <= after[name], f"committed {name} were lost by the re-run"

    clean_db, clean_out = tmp_path / "clean.db", tmp_path / "clean.jsonl"
    finish(extract(corpus, clean_out, clean_db), clean_out)
    assert after == snapshot(clean_db)
    assert out.read_bytes() == clean_out.read_bytes()
    assert len(after["articles"]) == N_ARTICLES
