"""Linking across runs: a new report of an incident already in the store joins the stored event.

The pipeline links the reports of one run (`rasd.link`); this module applies the same rules
(`link.similarity.compatible`: same type, same day, within about 10 km, no clash of named actors)
between a new report and the events stored by earlier runs. The stored event keeps its id, so
its corrections keep applying; every report that joined it is kept in `event_parts`, and the
event's machine record is rebuilt from its parts with `link.merge.merge_reports` (all article
ids, all evidence, per-source tolls, the lowest stated toll). Rebuilding from the same parts
gives the same record, so processing the same articles again changes nothing.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Set
from typing import Any

from sqlalchemy import Connection, delete, select

from rasd.link.merge import merge_reports
from rasd.link.similarity import affinity, compatible
from rasd.records import Actor, Event, Evidence, Location, Provenance
from rasd.settings import Settings
from rasd.store import schema as t
from rasd.store.corrections import restrict
from rasd.store.rows import ACTOR_FIELDS, machine_record, upsert

Record = dict[str, Any]


def _location(loc: Mapping[str, Any] | None) -> Location | None:
    if not loc:
        return None
    return Location(loc["name"], loc.get("name_ar") or "", loc.get("country") or "", loc.get("admin1"),
                    float(loc["latitude"]), float(loc["longitude"]), loc.get("geonameid"))


def _actor(rec: Mapping[str, Any], field: str) -> Actor | None:
    name = rec.get(field)
    return Actor(name, rec.get(f"{field}_text") or "", rec.get(f"{field}_type") or "") if name else None


def _provenance(prov: Mapping[str, Any]) -> tuple[Provenance, ...]:
    return tuple(Provenance(f, p.get("rule", ""), tuple(tuple(s) for s in p.get("spans", [])),  # type: ignore[misc]
                            p.get("article_id", "")) for f, p in (prov or {}).items())


def event_from_record(rec: Mapping[str, Any]) -> Event:
    """The Event a stored machine record describes (enough for linking and merging)."""
    day = rec.get("event_date")
    return Event(
        article_ids=tuple(rec.get("article_ids", [])), event_type=rec["event_type"],
        sub_event_type=rec["sub_event_type"],
        evidence=tuple(Evidence(e["article_id"], e["start"], e["end"], e["text"]) for e in rec.get("evidence", [])),
        event_date=dt.date.fromisoformat(day) if day else None, time_precision=rec.get("time_precision") or 2,
        location=_location(rec.get("location")), geo_precision=rec.get("geo_precision") or 1,
        fatalities=int(rec.get("fatalities") or 0), claimed_by=rec.get("claimed_by"),
        disputed_by=rec.get("disputed_by"), notes=rec.get("notes") or "",
        provenance=_provenance(rec.get("provenance") or {}), sources=tuple(rec.get("sources", [])),
        per_source_fatalities=tuple((a, int(n)) for a, n in rec.get("per_source_fatalities", [])),
        **{f: _actor(rec, f) for f in ACTOR_FIELDS},  # type: ignore[arg-type]
    )


def _parts(conn: Connection, host: str) -> dict[str, Record]:
    c = t.event_parts.c
    return dict(conn.execute(select(c.part_id, c.record).where(c.event_id == host).order_by(c.part_id)).all())


def _members(conn: Connection, host: str, machine: Record) -> list[Record]:
    """The single-article reports an event is made of, for complete linkage: its parts (or its
    machine record), each report of several articles cut into one slice per article."""
    out = []
    for rec in list(_parts(conn, host).values()) or [machine]:
        arts = rec.get("article_ids", [])
        out += [restrict(rec, [a], keep=True) for a in arts] if len(arts) > 1 else [rec]
    return out


def _window(rec: Mapping[str, Any], settings: Settings) -> tuple[str, str]:
    day = dt.date.fromisoformat(rec["event_date"])
    pad = dt.timedelta(days=settings.link_days)
    return (day - pad).isoformat(), (day + pad).isoformat()


def _stored_candidates(conn: Connection, rec: Mapping[str, Any], settings: Settings) -> list[Any]:
    c = t.events.c
    low, high = _window(rec, settings)
    return conn.execute(select(c.event_id, c.machine).where(
        c.event_type == rec["event_type"], c.origin == "pipeline", c.status != "merged",
        c.event_date >= low, c.event_date <= high).order_by(c.event_id)).all()


def _articles_of(conn: Connection, event_id: str) -> set[str]:
    c = t.event_articles.c
    return set(conn.execute(select(c.article_id).where(c.event_id == event_id)).scalars())


def best_host(conn: Connection, rec: Mapping[str, Any], run: Set[str], settings: Settings) -> str | None:
    """The stored event (of an earlier run) that this report joins, if any: the closest compatible one."""
    if not rec.get("event_date") or not rec.get("location"):
        return None
    new = event_from_record(rec)
    best: tuple[float, str] | None = None
    for event_id, machine in _stored_candidates(conn, rec, settings):
        if _articles_of(conn, event_id) & run:
            continue
        members = [event_from_record(m) for m in _members(conn, event_id, machine)]
        if all(compatible(m, new, settings) for m in members):
            score = min(affinity(m, new) for m in members)
            best = max(best, (score, event_id)) if best else (score, event_id)
    return best[1] if best else None


def _host_of_part(conn: Connection, part_id: str) -> str | None:
    c = t.event_parts.c
    return conn.execute(select(c.event_id).where(c.part_id == part_id)).scalar()


def _keep_parts(conn: Connection, host: str, rec: Record) -> list[Record]:
    """Store `rec` as a part of `host`; drop parts it now covers (re-linked within a run)."""
    c = t.event_parts.c
    arts = set(rec["article_ids"])
    covered = [p for p, r in _parts(conn, host).items() if p != rec["event_id"] and set(r["article_ids"]) <= arts]
    if covered:
        conn.execute(delete(t.event_parts).where(c.part_id.in_(covered)))
    upsert(conn, t.event_parts, [{"part_id": rec["event_id"], "event_id": host, "record": rec}], ["part_id"],
           ["event_id", "record"])
    return list(_parts(conn, host).values())


def _host_machine(conn: Connection, host: str) -> Record | None:
    return conn.execute(select(t.events.c.machine).where(t.events.c.event_id == host)).scalar()


def relink(conn: Connection, rec: Record, run: Set[str], settings: Settings) -> Record:
    """The record to store for a pipeline event: itself, or the stored event it joins, rebuilt."""
    host = _host_of_part(conn, rec["event_id"])
    if host is None:
        host = best_host(conn, rec, run, settings)
        if host is None:
            return rec
        machine = _host_machine(conn, host)
        if machine is not None and not _parts(conn, host):
            upsert(conn, t.event_parts, [{"part_id": host, "event_id": host, "record": machine}], ["part_id"])
    parts = _keep_parts(conn, host, rec)
    if len(parts) == 1:
        conn.execute(delete(t.event_parts).where(t.event_parts.c.event_id == host))
        return {**parts[0], "event_id": host}
    merged = machine_record(merge_reports([event_from_record(p) for p in parts]))
    merged["event_id"] = host
    return merged


def drop_parts(conn: Connection, event_ids: list[str]) -> None:
    """Forget the parts of deleted events."""
    conn.execute(delete(t.event_parts).where(t.event_parts.c.event_id.in_(event_ids)))
