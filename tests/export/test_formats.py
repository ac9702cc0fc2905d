"""Exporters: ACLED CSV columns and order, GeoJSON, Parquet, JSON Lines; `rasd export` with filters."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd import registry
from rasd.export.acled import ACLED_COLUMNS
from rasd.export.cli import export_command
from rasd.export.formats import writer_for as get_writer
from rasd.store.api import add_correction, save_run
from rasd.store.db import open_store
from rasd_link_samples import sample_run

ACLED_HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
                "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
                "fatalities,tags,timestamp")


def test_all_four_exporters_are_registered() -> None:
    assert {("exporter", n) for n in ("acled-csv", "geojson", "parquet", "jsonl")} <= set(registry._BACKENDS)


def test_acled_csv_has_acleds_columns_in_order() -> None:
    _report, events = sample_run()
    out = io.StringIO()
    get_writer("acled-csv")(events, out, timestamp=1552000000)
    assert out.getvalue().splitlines()[0] == ACLED_HEADER == ",".join(ACLED_COLUMNS)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    taiz = next(r for r in rows if r["location"] == "Taiz")
    assert (taiz["iso"], taiz["region"], taiz["year"], taiz["fatalities"]) == ("887", "Middle East", "2019", "5")
    assert taiz["disorder_type"] == "Political violence"
    assert taiz["civilian_targeting"] == "Civilian targeting"
    assert taiz["source"] == "Aden Daily; Sanaa Post"


def test_csv_cells_cannot_smuggle_spreadsheet_formulas() -> None:
    _report, events = sample_run()
    ev = events[0].but(notes="=HYPERLINK(\"http://x\")")
    out = io.StringIO()
    get_writer("acled-csv")([ev], out, timestamp=0)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["notes"].startswith("'=")


def test_geojson_points_are_longitude_first() -> None:
    _report, events = sample_run()
    out = io.StringIO()
    get_writer("geojson")(events, out)
    doc = json.loads(out.getvalue())
    assert doc["type"] == "FeatureCollection"
    kirkuk = next(f for f in doc["features"] if f["properties"]["location"]["name"] == "Kirkuk")
    assert kirkuk["geometry"]["coordinates"] == [44.3922, 35.4681]


def test_parquet_round_trip(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    _report, events = sample_run()
    path = tmp_path / "events.parquet"
    with path.open("wb") as out:
        get_writer("parquet")(events, out)
    table = pq.read_table(path)
    assert table.column_names[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    assert sorted(map(tuple, table.column("article_ids").to_pylist())) == [("iraq-c",), ("yemen-a", "yemen-b")]


@pytest.mark.parametrize(("args", "expected"), [
    ([], {"Taiz", "Kirkuk"}),
    (["--country", "Iraq"], {"Kirkuk"}),
    (["--since", "2019-03-06"], {"Kirkuk"}),
    (["--until", "2019-03-05"], {"Taiz"}),
    (["--type", "Shelling/artillery/missile attack"], {"Taiz"}),
    (["--actor", "Houthis"], {"Taiz"}),
])
def test_export_command_filters_and_applies_corrections(db_url: str, tmp_path: Path, args: list[str],
                                                        expected: set[str]) -> None:
    report, events = sample_run()
    save_run(db_url, report, events)
    taiz = next(e.event_id for e in events if e.location.name == "Taiz")
    add_correction(open_store(db_url), taiz, "set", field="fatalities", value=4, reason="r", author="a")
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(export_command, ["--db", db_url, "--format", "jsonl", "-o", str(out), *args])
    assert res.exit_code == 0, res.output
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["location"]["name"] for r in recs} == expected
    assert all(r["fatalities"] == 4 for r in recs if r["location"]["name"] == "Taiz")


def test_export_of_a_missing_store_says_what_to_do(tmp_path: Path) -> None:
    res = CliRunner().invoke(export_command, ["--db", str(tmp_path / "none.db"), "-o", str(tmp_path / "x.csv")])
    assert res.exit_code == 2
    assert "rasd extract" in res.output
