"""Reading the store: filtered events, one event with context, articles, the audit trail, stats.

Every filter is a SQLAlchemy expression with bound parameters; `LIKE` patterns are escaped; free
text `q` goes through the indexed word table (`store/search.py`).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Select, func, or_, select

from rasd.store import schema as t
from rasd.store.db import reading
from rasd.store.search import matches
from rasd.text.normalize import key

CONTEXT_CHARS = 300


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What the API, the export command and the stats share; None means no constraint."""

    since: str | None = None
    until: str | None = None
    country: str | None = None
    event_type: str | None = None
    actor: str | None = None
    claimed_by: str | None = None
    q: str | None = None
    precision: int | None = None
    include_hidden: bool = False


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(stmt: Select, f: EventFilter) -> Select:
    c = t.events.c
    conds = [c.event_date >= f.since if f.since else None, c.event_date <= f.until if f.until else None,
             c.country == f.country if f.country else None,
             or_(c.event_type == f.event_type, c.sub_event_type == f.event_type) if f.event_type else None,
             c.actors.like(_like(key(f.actor)), escape="\\") if f.actor else None,
             c.claimed_by.like(_like(key(f.claimed_by)), escape="\\") if f.claimed_by else None,
             c.geo_precision <= f.precision if f.precision else None,
             None if f.include_hidden else c.status.in_(("machine", "corrected"))]
    return stmt.where(*[x for x in conds if x is not None], *(matches(f.q) if f.q else []))


def _item(row: Any) -> dict[str, Any]:
    rec = dict(row.record)
    rec.update(event_id=row.event_id, status=row.status, merged_into=row.merged_into)
    rec.setdefault("per_source_fatalities", [])
    return rec


def list_events(engine: Engine, f: EventFilter, limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """`(total, page)` of corrected event records, by date then id."""
    c = t.events.c
    with reading(engine) as conn:
        total = conn.execute(_where(select(func.count()).select_from(t.events), f)).scalar_one()
        stmt = _where(select(c.event_id, c.record, c.status, c.merged_into), f)
        rows = conn.execute(stmt.order_by(c.event_date.desc(), c.event_id).limit(limit).offset(offset)).all()
    return total, [_item(r) for r in rows]


def iter_events(engine: Engine, f: EventFilter, page: int = 500) -> Iterator[dict[str, Any]]:
    """Every matching record, page by page (exports)."""
    offset = 0
    while True:
        _total, items = list_events(engine, f, limit=page, offset=offset)
        yield from items
        if len(items) < page:
            return
        offset += page


def _with_context(ev: dict[str, Any], texts: dict[str, str]) -> None:
    for item in ev.get("evidence", []):
        text = texts.get(item["article_id"], "")
        item["context_before"] = text[max(0, item["start"] - CONTEXT_CHARS):item["start"]]
        item["context_after"] = text[item["end"]:item["end"] + CONTEXT_CHARS]


def get_event(engine: Engine, event_id: str) -> dict[str, Any] | None:
    """One event with evidence context, its articles and its corrections; None when unknown."""
    c, a = t.events.c, t.articles.c
    with reading(engine) as conn:
        row = conn.execute(select(c.event_id, c.record, c.status, c.merged_into).where(c.event_id == event_id)).first()
        if row is None:
            return None
        ev = _item(row)
        arts = conn.execute(select(a.id, a.source, a.title, a.published, a.url, a.text)
                            .where(a.id.in_(ev.get("article_ids", [])))).mappings().all()
    _with_context(ev, {r["id"]: r["text"] for r in arts})
    ev["articles"] = [{k: r[k] for k in ("id", "source", "title", "published", "url")} for r in arts]
    ev["corrections"] = list_corrections(engine, event_id=event_id, limit=500)[1]
    return ev


ARTICLE_FIELDS = ("id", "source", "title", "published", "url", "content_hash", "duplicate_of")


def list_articles(engine: Engine, source: str | None = None, q: str | None = None,
                  limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """`(total, page)` of article summaries (no text)."""
    a = t.articles.c
    conds = [a.source == source if source else None,
             or_(a.title.like(_like(q), escape="\\"), a.text.like(_like(q), escape="\\")) if q else None]
    conds = [x for x in conds if x is not None]
    with reading(engine) as conn:
        total = conn.execute(select(func.count()).select_from(t.articles).where(*conds)).scalar_one()
        rows = conn.execute(select(*[getattr(a, k) for k in ARTICLE_FIELDS]).where(*conds)
                            .order_by(a.published.desc(), a.id).limit(limit).offset(offset)).mappings().all()
    return total, [dict(r) for r in rows]


def get_article(engine: Engine, article_id: str) -> dict[str, Any] | None:
    """One article with its text and the ids of the events that cite it."""
    a = t.articles.c
    with reading(engine) as conn:
        cols = [*[getattr(a, k) for k in ARTICLE_FIELDS], a.text]
        row = conn.execute(select(*cols).where(a.id == article_id)).mappings().first()
        if row is None:
            return None
        ids = conn.execute(select(t.event_articles.c.event_id).where(t.event_articles.c.article_id == article_id)
                           .order_by(t.event_articles.c.event_id)).scalars().all()
    return {**dict(row), "event_ids": list(ids)}


def list_corrections(engine: Engine, event_id: str | None = None, limit: int = 50,
                     offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """`(total, page)` of the audit trail, newest first."""
    c = t.corrections.c
    conds = [c.event_id == event_id] if event_id else []
    with reading(engine) as conn:
        total = conn.execute(select(func.count()).select_from(t.corrections).where(*conds)).scalar_one()
        rows = conn.execute(select(t.corrections).where(*conds).order_by(c.id.desc()).limit(limit).offset(offset))
        return total, [dict(r) for r in rows.mappings()]


def stats(engine: Engine, f: EventFilter) -> dict[str, Any]:
    """Events and deaths per day, and events per type, under a filter."""
    c = t.events.c
    with reading(engine) as conn:
        days = conn.execute(_where(select(c.event_date, func.count(), func.coalesce(func.sum(c.fatalities), 0)), f)
                            .group_by(c.event_date).order_by(c.event_date)).all()
        types = conn.execute(_where(select(c.event_type, func.count()), f).group_by(c.event_type)).all()
    rows = [{"date": d, "events": n, "fatalities": int(k)} for d, n, k in days]
    return {"total_events": sum(r["events"] for r in rows), "total_fatalities": sum(r["fatalities"] for r in rows),
            "days": rows, "by_type": {str(ty): n for ty, n in types}}
