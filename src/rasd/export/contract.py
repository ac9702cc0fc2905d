"""The CONTRACT.md event record: one JSON object per event."""
from __future__ import annotations

from typing import Any

from rasd.records import Actor, Event, Location


def location_dict(loc: Location | None) -> dict[str, Any] | None:
    """The `location` object of CONTRACT.md."""
    if loc is None:
        return None
    out: dict[str, Any] = {"name": loc.name, "name_ar": loc.name_ar, "country": loc.country,
                           "admin1": loc.admin1, "latitude": loc.latitude, "longitude": loc.longitude}
    if loc.geonameid is not None:
        out["geonameid"] = loc.geonameid
    return out


def _actor(a: Actor | None) -> str | None:
    return a.name if a else None


def _actor_text(a: Actor | None) -> str | None:
    return a.text or None if a else None


def event_record(ev: Event) -> dict[str, Any]:
    """An event as the JSON object CONTRACT.md defines (plus rasd's own extra keys)."""
    rec: dict[str, Any] = {
        "event_id": ev.event_id,
        "article_ids": list(ev.article_ids),
        "event_date": ev.event_date.isoformat() if ev.event_date else None,
        "time_precision": ev.time_precision,
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
    }
    for name in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
        rec[name] = _actor(getattr(ev, name))
    for name in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
        rec[f"{name}_text"] = _actor_text(getattr(ev, name))
    rec.update({
        "location": location_dict(ev.location),
        "geo_precision": ev.geo_precision,
        "fatalities": ev.fatalities,
        "claimed_by": ev.claimed_by,
        "disputed_by": ev.disputed_by,
        "notes": ev.notes,
        "sources": list(ev.sources),
        "evidence": [{"article_id": e.article_id, "start": e.start, "end": e.end, "text": e.text}
                     for e in ev.evidence],
        "provenance": {p.field: {"rule": p.rule, "spans": [list(s) for s in p.spans], "article_id": p.article_id}
                       for p in ev.provenance},
    })
    return rec
