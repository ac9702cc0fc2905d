"""Built-in exporters, registered as backends of kind `exporter` (a plug-in adds its own the same way).

Each takes an iterable of `records.Event` or of stored record dicts (corrections applied) and a
stream; `MODES[name]` says whether that stream is text or bytes.
"""
from __future__ import annotations

import csv
import json
import time
from collections.abc import Iterable
from typing import IO, Any

from rasd.export.acled import ACLED_COLUMNS, acled_row
from rasd.export.contract import event_record
from rasd.records import Event
from rasd.registry import backend

MODES = {"jsonl": "t", "acled-csv": "t", "geojson": "t", "parquet": "b"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_record(item: Event | dict[str, Any]) -> dict[str, Any]:
    """The CONTRACT record of an Event (plus per-source tolls and actor types), or a stored record as is."""
    if isinstance(item, Event):
        rec = event_record(item)
        rec["per_source_fatalities"] = [list(p) for p in item.per_source_fatalities]
        for name in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
            actor = getattr(item, name)
            rec[f"{name}_type"] = (actor.actor_type or None) if actor else None
        return rec
    return item


@backend("exporter", "jsonl")
def write_jsonl(events: Iterable[Event | dict[str, Any]], out: IO[str]) -> int:
    """CONTRACT.md JSON Lines: one event a line, UTF-8, Arabic unescaped."""
    n = 0
    for ev in events:
        out.write(json.dumps(as_record(ev), ensure_ascii=False) + "\n")
        n += 1
    return n


def _safe_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas in text cells (numbers are left alone)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return "" if value is None else value


@backend("exporter", "acled-csv")
def write_acled_csv(events: Iterable[Event | dict[str, Any]], out: IO[str], timestamp: int | None = None) -> int:
    """ACLED-format CSV: ACLED's columns in ACLED's order, one row per event."""
    stamp = int(time.time()) if timestamp is None else timestamp
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for ev in events:
        writer.writerow({k: _safe_cell(v) for k, v in acled_row(as_record(ev), stamp).items()})
        n += 1
    return n


def geojson_feature(rec: dict[str, Any]) -> dict[str, Any]:
    """A GeoJSON Feature: a Point at the event's place (null geometry when unplaced)."""
    loc = rec.get("location") or {}
    geom = None
    if loc.get("latitude") is not None and loc.get("longitude") is not None:
        geom = {"type": "Point", "coordinates": [loc["longitude"], loc["latitude"]]}
    return {"type": "Feature", "id": rec.get("event_id"), "geometry": geom, "properties": rec}


@backend("exporter", "geojson")
def write_geojson(events: Iterable[Event | dict[str, Any]], out: IO[str]) -> int:
    """A GeoJSON FeatureCollection (RFC 7946: longitude first), streamed feature by feature."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for ev in events:
        out.write((",\n" if n else "") + json.dumps(geojson_feature(as_record(ev)), ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


@backend("exporter", "parquet")
def write_parquet(events: Iterable[Event | dict[str, Any]], out: IO[bytes]) -> int:
    """Parquet (pyarrow): the ACLED columns plus article ids and the evidence as JSON."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for ev in events:
        rec = as_record(ev)
        row = {k: (None if v == "" else v) for k, v in acled_row(rec, int(time.time())).items()}
        row.update(article_ids=list(rec.get("article_ids") or []),
                   evidence=json.dumps(rec.get("evidence") or [], ensure_ascii=False))
        rows.append(row)
    pq.write_table(pa.Table.from_pylist(rows, schema=_parquet_schema(pa)), out)
    return len(rows)


def _parquet_schema(pa: Any) -> Any:
    ints = {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities",
            "timestamp"}
    floats = {"latitude", "longitude"}
    fields = [(c, pa.int64() if c in ints else pa.float64() if c in floats else pa.string()) for c in ACLED_COLUMNS]
    return pa.schema([*fields, ("article_ids", pa.list_(pa.string())), ("evidence", pa.string())])


WRITERS = {"jsonl": write_jsonl, "acled-csv": write_acled_csv, "geojson": write_geojson, "parquet": write_parquet}


def writer_for(name: str) -> Any:
    """A built-in writer directly (no plug-in loading), else whatever a plug-in registered."""
    if name in WRITERS:
        return WRITERS[name]
    from rasd.registry import get_backend

    return get_backend("exporter", name)
