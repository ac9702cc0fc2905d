"""The store's public face: `save_run` for `rasd extract --db`, plus what the API and export use."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import insert, update

from rasd.document import Article
from rasd.ingest.readers import read_articles
from rasd.link.articles import Deduper
from rasd.records import Event
from rasd.store import schema as t
from rasd.store.audit import UnknownEvent, add_correction
from rasd.store.corrections import CorrectionError
from rasd.store.db import close_store, open_store, writing
from rasd.store.ingest import drop_stale, save_articles, save_events
from rasd.store.query import (
    EventFilter,
    get_article,
    get_event,
    iter_events,
    list_articles,
    list_corrections,
    list_events,
    stats,
)
from rasd.store.rows import now

__all__ = ["CorrectionError", "EventFilter", "UnknownEvent", "add_correction", "close_store", "get_article",
           "get_event", "iter_events", "list_articles", "list_corrections", "list_events", "open_store",
           "save_run", "stats"]


def _start_run(engine: Any) -> int:
    with writing(engine) as conn:
        return conn.execute(insert(t.runs).values(started_at=now(), articles=0, rejected=0, events=0)
                            ).inserted_primary_key[0]


def _origin_files(report: Any) -> list[Path]:
    """The input files a run read, from its outcomes' origins (`path:line` or `path`)."""
    files: dict[Path, None] = {}
    for out in getattr(report, "outcomes", []):
        origin = str(out.origin)
        path = Path(origin.rsplit(":", 1)[0]) if ":" in origin and not Path(origin).exists() else Path(origin)
        if path.is_file():
            files[path] = None
    return list(files)


def run_articles(report: Any, also: Iterable[str] = ()) -> Iterator[Article]:
    """The run's articles with their text: from `report.docs`, else re-read from the inputs.

    Outcomes carry no text (memory stays flat), so the text is streamed again from the files the
    run read; only the ids the run processed (and `also`: held-back copies that events cite) are kept.
    """
    if getattr(report, "docs", None):
        yield from (d.article for d in report.docs)
        return
    wanted = {o.article_id for o in getattr(report, "outcomes", [])} | set(also)
    for path in _origin_files(report):
        for art in read_articles(path):
            if isinstance(art, Article) and art.id in wanted:
                wanted.discard(art.id)
                yield art


def _noting(articles: Iterable[Article], seen: dict[str, str | None]) -> Iterator[Article]:
    """Pass articles through, remembering each id and outlet (for stale events and ACLED's source)."""
    for art in articles:
        seen[art.id] = art.source
        yield art


def save_run(db: str, report: Any, events: Sequence[Event], *, articles: Iterable[Article] | None = None,
             ) -> dict[str, int]:
    """Store a run's articles and events; idempotent, committed per batch, corrections re-applied.

    `report` is `rasd.corpus.RunReport`; `articles` overrides where the article texts come from.
    Returns counts of what was stored.
    """
    engine = open_store(db)
    run_id = _start_run(engine)
    dedup = Deduper()
    seen: dict[str, str | None] = {}
    cited = {a for ev in events for a in ev.article_ids}
    source = run_articles(report, cited) if articles is None else articles
    changed = save_articles(engine, _noting(source, seen), dedup, run_id)
    ids = save_events(engine, events, outlets=seen)
    stale = drop_stale(engine, seen, ids)
    with writing(engine) as conn:
        conn.execute(update(t.runs).where(t.runs.c.id == run_id).values(
            finished_at=now(), articles=len(seen), events=len(ids), rejected=len(getattr(report, "rejected", []))))
    return {"articles": len(seen), "articles_changed": changed, "events": len(ids), "stale": stale,
            "duplicates": len(dedup.original)}
