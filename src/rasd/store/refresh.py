"""Recomputing an event's corrected record from its machine record and its audit trail.

Called whenever either side changes (a pipeline write, a new correction), inside the writer's
transaction and after locking the event row, so concurrent writers cannot lose a correction.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, or_, select, update

from rasd.store import schema as t
from rasd.store.corrections import apply_corrections, restrict, split_id
from rasd.store.rows import columns, digest, now, upsert
from rasd.store.search import index_terms


def lock_event(conn: Connection, event_id: str) -> dict[str, Any] | None:
    """The event row, locked for update (PostgreSQL; SQLite's writer lock already serialises)."""
    row = conn.execute(select(t.events).where(t.events.c.event_id == event_id).with_for_update()).mappings().first()
    return dict(row) if row else None


def fixes_of(conn: Connection, event_id: str) -> list[dict[str, Any]]:
    """Corrections on this event, plus merges that folded it into another, oldest first."""
    c = t.corrections.c
    where = or_(c.event_id == event_id, (c.action == "merge") & (c.target == event_id))
    return [dict(r) for r in conn.execute(select(t.corrections).where(where).order_by(c.id)).mappings()]


def _machine_of(conn: Connection, event_id: str) -> dict[str, Any] | None:
    return conn.execute(select(t.events.c.machine).where(t.events.c.event_id == event_id)).scalar()


def _derive_split(conn: Connection, parent: dict[str, Any], fix: dict[str, Any]) -> None:
    """Create or update the event that a split carved out of `parent`."""
    child = restrict(parent, fix["new"], keep=True)
    child["event_id"] = split_id(parent["event_id"], fix["new"])
    row = {"event_id": child["event_id"], "machine": child, "machine_hash": digest(child), "record": child,
           "status": "corrected", "origin": "split", "updated_at": now(), **columns(child)}
    upsert(conn, t.events, [row], ["event_id"], ["machine", "machine_hash"])
    upsert(conn, t.event_articles, [{"event_id": child["event_id"], "article_id": a} for a in child["article_ids"]],
           ["event_id", "article_id"])
    refresh(conn, child["event_id"])


def refresh(conn: Connection, event_id: str) -> dict[str, Any] | None:
    """Re-apply corrections to the event's machine record; write only when something changed."""
    row = lock_event(conn, event_id)
    if row is None:
        return None
    fixes = fixes_of(conn, event_id)
    own = [f for f in fixes if f["event_id"] == event_id]
    folded = [f for f in fixes if f["event_id"] != event_id]
    rec, status = apply_corrections(row["machine"], own, lambda other: _machine_of(conn, other))
    rec["event_id"] = event_id
    merged_into = folded[-1]["event_id"] if folded else None
    status = "merged" if merged_into else status
    if row["origin"] == "split" and status == "machine":
        status = "corrected"
    cols = columns(rec)
    if rec != row["record"] or status != row["status"] or merged_into != row["merged_into"]:
        conn.execute(update(t.events).where(t.events.c.event_id == event_id).values(
            record=rec, status=status, merged_into=merged_into, updated_at=now(), **cols))
    index_terms(conn, event_id, cols["search_key"])
    for fix in own:
        if fix["action"] == "split":
            _derive_split(conn, row["machine"], fix)
    return rec
