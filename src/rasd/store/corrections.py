"""Analyst corrections: validated, stored as an audit trail, re-applied on top of machine output.

A correction is a plain dict `{action, field, new, target}`; `apply_corrections` folds a list of
them (oldest first) over a machine record. Because they are keyed by the stable event id and
re-applied each time the event is written, they survive re-processing of the same articles.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from rasd.errors import StoreError
from rasd.records import EVENT_TYPES, SUB_TO_TYPE

ACTIONS = ("set", "not_event", "merge", "split")
TEXT_FIELDS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "actor1_text", "actor2_text",
               "claimed_by", "disputed_by")
Record = dict[str, Any]


class CorrectionError(StoreError):
    """A correction that cannot be applied: unknown field, wrong value type, unknown event."""


def _int_in(low: int, high: int) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise CorrectionError(f"expected an integer from {low} to {high}, got {value!r}")
        return value
    return check


def _date(value: Any) -> Any:
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError as err:
        raise CorrectionError(f"expected a date YYYY-MM-DD, got {value!r}") from err


def _one_of(allowed: Sequence[str]) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if value not in allowed:
            raise CorrectionError(f"expected one of the ACLED strings {list(allowed)}, got {value!r}")
        return value
    return check


def _text_or_null(value: Any) -> Any:
    if value is not None and (not isinstance(value, str) or len(value) > 500):
        raise CorrectionError(f"expected a string of at most 500 characters or null, got {value!r}")
    return value or None


def _notes(value: Any) -> Any:
    if not isinstance(value, str) or len(value) > 5000:
        raise CorrectionError("expected notes as a string of at most 5000 characters")
    return value


def _location(value: Any) -> Any:
    if not isinstance(value, Mapping) or not {"name", "country", "latitude", "longitude"} <= set(value):
        raise CorrectionError("expected a location object with name, country, latitude and longitude")
    lat, lon = value["latitude"], value["longitude"]
    if not all(isinstance(x, int | float) and not isinstance(x, bool) for x in (lat, lon)) \
            or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise CorrectionError(f"latitude/longitude out of range: {lat!r}, {lon!r}")
    keys = ("name", "name_ar", "country", "admin1", "latitude", "longitude", "geonameid")
    return {k: value.get(k) for k in keys}


VALIDATORS: dict[str, Callable[[Any], Any]] = {
    "fatalities": _int_in(0, 1_000_000), "time_precision": _int_in(1, 3), "geo_precision": _int_in(1, 3),
    "event_date": _date, "event_type": _one_of(tuple(EVENT_TYPES)), "sub_event_type": _one_of(tuple(SUB_TO_TYPE)),
    "location": _location, "notes": _notes, **{f: _text_or_null for f in TEXT_FIELDS},
}


def validate(action: str, field: str | None, value: Any) -> tuple[str | None, Any]:
    """The checked `(field, value)` of a correction, or a CorrectionError saying what is wrong."""
    if action not in ACTIONS:
        raise CorrectionError(f"unknown action {action!r}; use one of {list(ACTIONS)}")
    if action == "set":
        if field not in VALIDATORS:
            raise CorrectionError(f"field {field!r} cannot be corrected; correctable: {sorted(VALIDATORS)}")
        return field, VALIDATORS[field](value)
    if action == "merge" and not (isinstance(value, str) and 0 < len(value) <= 40):
        raise CorrectionError("merge needs `value`: the id of the event to fold into this one")
    if action == "split" and not (isinstance(value, list) and value and all(isinstance(v, str) for v in value)):
        raise CorrectionError("split needs `value`: a non-empty list of article ids to move to a new event")
    return None, value


def _set(rec: Record, field: str, value: Any) -> None:
    rec[field] = value
    if field == "sub_event_type":
        rec["event_type"] = SUB_TO_TYPE[value]


def _merge(rec: Record, other: Record | None) -> None:
    if other is None:
        return
    rec["article_ids"] = list(dict.fromkeys([*rec["article_ids"], *other.get("article_ids", [])]))
    seen = {(e["article_id"], e["start"], e["end"]) for e in rec["evidence"]}
    rec["evidence"] = rec["evidence"] + [e for e in other.get("evidence", [])
                                         if (e["article_id"], e["start"], e["end"]) not in seen]
    rec["per_source_fatalities"] = rec.get("per_source_fatalities", []) + other.get("per_source_fatalities", [])


def restrict(rec: Record, article_ids: Sequence[str], keep: bool) -> Record:
    """The record limited to (keep=True) or stripped of (keep=False) some articles' reports."""
    wanted = set(article_ids)
    out = dict(rec)
    out["article_ids"] = [a for a in rec["article_ids"] if (a in wanted) == keep]
    out["evidence"] = [e for e in rec["evidence"] if (e["article_id"] in wanted) == keep]
    tolls = [p for p in rec.get("per_source_fatalities", []) if (p[0] in wanted) == keep]
    out["per_source_fatalities"] = tolls
    if tolls:
        out["fatalities"] = min(n for _, n in tolls)
    return out


def split_id(event_id: str, article_ids: Sequence[str]) -> str:
    """The stable id of the event that a split creates."""
    key = f"split:{event_id}:{','.join(sorted(article_ids))}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def apply_corrections(machine: Record, fixes: Sequence[Mapping[str, Any]],
                      lookup: Callable[[str], Record | None] = lambda _id: None) -> tuple[Record, str]:
    """The corrected record and its status, from the machine record and its corrections in order."""
    rec: Record = dict(machine)
    status = "machine"
    for fix in fixes:
        action = fix["action"]
        if action == "set":
            _set(rec, fix["field"], fix["new"])
        elif action == "not_event":
            status = "not_event"
        elif action == "merge":
            _merge(rec, lookup(fix["new"]))
        elif action == "split":
            rec = restrict(rec, fix["new"], keep=False)
        if status == "machine":
            status = "corrected"
    return rec, status
