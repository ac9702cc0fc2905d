"""Turning event records into table rows, and the one portable upsert both dialects share."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite

from rasd.export.contract import event_record
from rasd.records import Event
from rasd.text.normalize import key

ACTOR_FIELDS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")


def now() -> str:
    """UTC time stamp, ISO 8601, seconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def digest(obj: Any) -> str:
    """A content hash of a JSON-able value (key order does not matter)."""
    blob = json.dumps(obj, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def machine_record(ev: Event) -> dict[str, Any]:
    """The stored form of a pipeline event: the CONTRACT record plus per-source tolls and actor types.

    Actor types (ACLED's "State Forces", "Rebel Groups" …) give the ACLED export its inter codes.
    """
    rec = event_record(ev)
    rec["per_source_fatalities"] = [list(p) for p in ev.per_source_fatalities]
    for name in ACTOR_FIELDS:
        actor = getattr(ev, name)
        rec[f"{name}_type"] = (actor.actor_type or None) if actor else None
    return rec


def report_keys(rec: Mapping[str, Any]) -> list[str]:
    """One key per evidence span and event type: survives a change of the linked event's id (linking
    keeps the type), and one sentence reporting events of two types gives each its own keys."""
    kind = rec.get("event_type")
    return sorted({digest([e["article_id"], e["start"], e["end"], kind])[:32] for e in rec.get("evidence", [])})


def _search_text(rec: Mapping[str, Any]) -> str:
    loc = rec.get("location") or {}
    parts = [loc.get("name"), loc.get("name_ar"), loc.get("admin1"), loc.get("country"), rec.get("notes"),
             rec.get("claimed_by"), rec.get("disputed_by"), rec.get("event_type"), rec.get("sub_event_type")]
    parts += [rec.get(f) for f in ACTOR_FIELDS] + [rec.get(f"{f}_text") for f in ACTOR_FIELDS]
    parts += [e.get("text") for e in rec.get("evidence", [])]
    return key(" ".join(p for p in parts if isinstance(p, str)))


def columns(rec: Mapping[str, Any]) -> dict[str, Any]:
    """The filter columns of the events table, copied from a (corrected) record."""
    loc = rec.get("location") or {}
    actors = [rec.get(f) or "" for f in ACTOR_FIELDS] + [rec.get(f"{f}_text") or "" for f in ACTOR_FIELDS]
    return {
        "event_date": rec.get("event_date"), "event_type": rec.get("event_type"),
        "sub_event_type": rec.get("sub_event_type"), "country": loc.get("country"),
        "location_name": loc.get("name"), "actors": key(" | ".join(actors)),
        "claimed_by": key(rec.get("claimed_by") or "") or None, "fatalities": int(rec.get("fatalities") or 0),
        "geo_precision": rec.get("geo_precision"), "time_precision": rec.get("time_precision"),
        "latitude": loc.get("latitude"), "longitude": loc.get("longitude"), "search_key": _search_text(rec),
    }


def upsert(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], keys: Sequence[str],
           update: Sequence[str] = ()) -> None:
    """INSERT … ON CONFLICT (keys) DO UPDATE/NOTHING on SQLite and PostgreSQL alike."""
    if not rows:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(table).values(list(rows))
    if update:
        stmt = stmt.on_conflict_do_update(index_elements=list(keys),
                                          set_={c: stmt.excluded[c] for c in update})
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=list(keys))
    conn.execute(stmt)
