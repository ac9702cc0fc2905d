"""Writing pipeline output: articles by content hash, events by stable id, one commit per batch.

Idempotent: an unchanged article or event is not rewritten, so running twice over the same
articles leaves every row as it was. A run killed midway keeps every batch already committed.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set
from itertools import islice
from typing import Any

from sqlalchemy import Connection, Engine, delete, select, update

from rasd.document import Article
from rasd.link.articles import Deduper
from rasd.records import Event
from rasd.settings import Settings
from rasd.store import schema as t
from rasd.store.db import writing
from rasd.store.refresh import refresh
from rasd.store.relink import drop_parts, relink
from rasd.store.rows import columns, digest, machine_record, now, report_keys, upsert
from rasd.store.search import drop_terms

BATCH = 50


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Chunks of `size` items (itertools.batched arrived only in Python 3.12)."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def content_hash(text: str) -> str:
    """SHA-256 of an article's text: the identity of its content."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _article_row(art: Article, dup_of: str | None, run_id: int | None) -> dict[str, Any]:
    return {"id": art.id, "content_hash": content_hash(art.text), "text": art.text, "title": art.title,
            "source": art.source, "url": art.url, "published": art.published, "duplicate_of": dup_of,
            "run_id": run_id, "stored_at": now()}


def _save_article_batch(conn: Connection, rows: list[dict[str, Any]]) -> int:
    """Insert new articles, update changed ones; return how many rows changed."""
    ids = [r["id"] for r in rows]
    known = dict(conn.execute(select(t.articles.c.id, t.articles.c.content_hash)
                              .where(t.articles.c.id.in_(ids))).all())
    changed = [r for r in rows if known.get(r["id"]) != r["content_hash"]]
    fields = ("content_hash", "text", "title", "source", "url", "published", "duplicate_of", "run_id", "stored_at")
    upsert(conn, t.articles, changed, ["id"], fields)
    return len(changed)


def save_articles(engine: Engine, articles: Iterable[Article], dedup: Deduper | None = None,
                  run_id: int | None = None, batch: int = BATCH) -> int:
    """Store articles (committed per batch), each with the id of the earlier copy it duplicates."""
    dedup = dedup or Deduper()
    changed = 0
    for chunk in batched(articles, batch):
        rows = [_article_row(a, dedup.check(a), run_id) for a in chunk]
        with writing(engine) as conn:
            changed += _save_article_batch(conn, rows)
    return changed


def _replaced(conn: Connection, event_ids: set[str], run: Set[str]) -> set[str]:
    """The events among `event_ids` whose articles were all processed again in this run."""
    c = t.event_articles.c
    arts: dict[str, set[str]] = {}
    for ev_id, art in conn.execute(select(c.event_id, c.article_id).where(c.event_id.in_(event_ids))):
        arts.setdefault(ev_id, set()).add(art)
    return {e for e, a in arts.items() if a <= run}


def _rekey_corrections(conn: Connection, event_id: str, keys: Sequence[str], run: Set[str]) -> None:
    """Move corrections of an older id of the same reports (re-processed in this run) onto the new id."""
    old_ids = set(conn.execute(select(t.event_reports.c.event_id).where(
        t.event_reports.c.report_key.in_(keys), t.event_reports.c.event_id != event_id)).scalars())
    old_ids = _replaced(conn, old_ids, run) if old_ids else old_ids
    if old_ids:
        c = t.corrections.c
        conn.execute(update(t.corrections).where(c.event_id.in_(old_ids)).values(event_id=event_id))
        conn.execute(update(t.corrections).where(c.action == "merge", c.target.in_(old_ids))
                     .values(target=event_id, new=event_id))


def _save_event(conn: Connection, rec: dict[str, Any], run: Set[str]) -> None:
    event_id = rec["event_id"]
    keys = report_keys(rec)
    _rekey_corrections(conn, event_id, keys, run)
    row = {"event_id": event_id, "machine": rec, "machine_hash": digest(rec), "record": rec,
           "status": "machine", "origin": "pipeline", "updated_at": now(), **columns(rec)}
    upsert(conn, t.events, [row], ["event_id"])
    conn.execute(update(t.events).where(t.events.c.event_id == event_id, t.events.c.machine_hash != row["machine_hash"])
                 .values(machine=rec, machine_hash=row["machine_hash"], origin="pipeline"))
    upsert(conn, t.event_articles, [{"event_id": event_id, "article_id": a} for a in rec["article_ids"]],
           ["event_id", "article_id"])
    # A key stays with the event that first held it (two events may quote one span); `drop_stale`
    # hands the keys of deleted events on to the events that replaced them.
    upsert(conn, t.event_reports, [{"report_key": k, "event_id": event_id} for k in keys], ["report_key"])
    refresh(conn, event_id)


def with_outlets(rec: dict[str, Any], outlets: Mapping[str, str | None]) -> dict[str, Any]:
    """Name the outlets of a record's articles when the pipeline left `sources` empty (ACLED's `source`)."""
    if not rec.get("sources"):
        named = [outlets.get(a) for a in rec.get("article_ids", [])]
        rec["sources"] = list(dict.fromkeys(n for n in named if n))
    return rec


def _run_articles(events: Iterable[Event | dict[str, Any]], outlets: Mapping[str, str | None]) -> Set[str]:
    """The articles of this run: events of earlier runs that cite none of them may be joined."""
    arts = set(outlets)
    if isinstance(events, Sequence):
        arts |= {a for ev in events for a in (ev.article_ids if isinstance(ev, Event) else ev["article_ids"])}
    return arts


def save_events(engine: Engine, events: Iterable[Event | dict[str, Any]], batch: int = BATCH,
                outlets: Mapping[str, str | None] | None = None, settings: Settings | None = None) -> list[str]:
    """Store events (committed per batch), joining reports of incidents stored by earlier runs
    (`store/relink.py`), and re-apply corrections; return the ids written."""
    ids: list[str] = []
    run, settings = _run_articles(events, outlets or {}), settings or Settings()
    for chunk in batched(events, batch):
        with writing(engine) as conn:
            for ev in chunk:
                rec = with_outlets(machine_record(ev) if isinstance(ev, Event) else ev, outlets or {})
                rec = relink(conn, rec, run, settings)
                _save_event(conn, rec, run)
                ids.append(rec["event_id"])
    return list(dict.fromkeys(ids))


def drop_stale(engine: Engine, article_ids: Iterable[str], keep: Iterable[str]) -> int:
    """Delete pipeline events all of whose articles were re-processed but which no longer appear.

    Their corrections stay in the audit trail.
    """
    arts, kept = set(article_ids), set(keep)
    with writing(engine) as conn:
        links = conn.execute(select(t.event_articles.c.event_id, t.event_articles.c.article_id)
                             .join(t.events, t.events.c.event_id == t.event_articles.c.event_id)
                             .where(t.events.c.origin == "pipeline")).all()
        per_event: dict[str, set[str]] = {}
        for ev_id, art in links:
            per_event.setdefault(ev_id, set()).add(art)
        stale = [e for e, a in per_event.items() if e not in kept and a <= arts]
        for table, col in ((t.events, t.events.c.event_id), (t.event_articles, t.event_articles.c.event_id),
                           (t.event_reports, t.event_reports.c.event_id)):
            conn.execute(delete(table).where(col.in_(stale)))
        drop_parts(conn, stale)
        drop_terms(conn, stale)
        if stale:
            _restore_keys(conn, kept)
    return len(stale)


def _restore_keys(conn: Connection, event_ids: set[str]) -> None:
    """Give report keys left without an event (theirs was deleted) to the events that hold them now."""
    ev = t.events.c
    for event_id, machine in conn.execute(select(ev.event_id, ev.machine).where(ev.event_id.in_(event_ids))):
        upsert(conn, t.event_reports, [{"report_key": k, "event_id": event_id} for k in report_keys(machine)],
               ["report_key"])
