"""Writing one analyst correction: validate, record the audit row, re-apply, all in one transaction."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, insert

from rasd.store import schema as t
from rasd.store.corrections import CorrectionError, split_id, validate
from rasd.store.db import writing
from rasd.store.refresh import lock_event, refresh
from rasd.store.rows import now


class UnknownEvent(CorrectionError):
    """The event named by a correction is not in the store."""


def _old_value(record: dict[str, Any], status: str, action: str, field: str | None) -> Any:
    if action == "set":
        return record.get(field or "")
    if action == "split":
        return record.get("article_ids")
    return status


def _target(action: str, event_id: str, value: Any) -> str | None:
    if action == "merge":
        return value
    return split_id(event_id, value) if action == "split" else None


def _check_merge(conn: Any, event_id: str, value: Any) -> None:
    if value == event_id:
        raise CorrectionError(f"event {event_id} cannot be merged into itself")
    if lock_event(conn, value) is None:
        raise UnknownEvent(f"no event {value!r} to merge into {event_id}; check the id with GET /api/events")


def add_correction(engine: Engine, event_id: str, action: str, *, reason: str, author: str,
                   field: str | None = None, value: Any = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """Store one correction and return it with the event's corrected record."""
    field, value = validate(action, field, value)
    with writing(engine) as conn:
        row = lock_event(conn, event_id)
        if row is None:
            raise UnknownEvent(f"no event {event_id!r} in the store; check the id with GET /api/events")
        if action == "merge":
            _check_merge(conn, event_id, value)
        if action == "split" and not set(value) < set(row["record"]["article_ids"]):
            raise CorrectionError(f"split needs some, not all, of the event's articles {row['record']['article_ids']}")
        fix = {"event_id": event_id, "action": action, "field": field, "new": value, "reason": reason,
               "old": _old_value(row["record"], row["status"], action, field), "author": author,
               "target": _target(action, event_id, value), "created_at": now()}
        fix["id"] = conn.execute(insert(t.corrections).values(**fix)).inserted_primary_key[0]
        record = refresh(conn, event_id)
        if action == "merge":
            refresh(conn, value)
    return fix, record or {}
