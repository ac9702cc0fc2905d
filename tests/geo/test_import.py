"""`rasd gazetteer import`: the real GeoNames dump formats into a local SQLite index."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.errors import GazetteerError
from rasd.geo.cli import gazetteer_command
from rasd.geo.gazetteer import Gazetteer
from rasd.geo.sqlite import SqliteSource, import_files
from rasd.text.normalize import key


def geoname(gid: int, name: str, alt: str, lat: float, lon: float, cc: str, admin1: str, pop: int,
            fcode: str = "PPL") -> str:
    """One row of the GeoNames `geoname` table (19 tab-separated columns)."""
    cols = [str(gid), name, name, alt, f"{lat}", f"{lon}", "P", fcode, cc, "", admin1, "", "", "",
            str(pop), "", "100", "Asia/Aden", "2020-01-01"]
    return "\t".join(cols) + "\n"


ROWS = [
    geoname(900001, "Zinjibar", "Zindjibar,زنجبار", 13.128, 45.381, "YE", "01", 20000),
    geoname(900002, "Ataq", "Ataq", 14.538, 46.831, "YE", "11", 37000),             # Arabic only in altnames
    geoname(900003, "Lawdar", "Loder", 13.885, 45.865, "YE", "01", 25000),          # no Arabic at all
    geoname(900004, "Al Anad Air Base", "قاعدة العند", 13.176, 44.765, "YE", "24", 0, "AIRB"),
]
ALTNAMES = "1\t900002\tar\tعتق\t1\t\t\t\t\t\n2\t900002\ten\tAtaq\t\t\t\t\t\t\n3\t900001\tfa\tزنجبار\t\t\t\t\t\t\n"
ADMIN1 = "YE.01\tAbyan\tAbyan\t80000\nYE.11\tShabwah\tShabwah\t80001\n"


@pytest.fixture
def dumps(tmp_path: Path) -> dict[str, Path]:
    country = tmp_path / "YE.zip"
    with zipfile.ZipFile(country, "w") as z:
        z.writestr("readme.txt", "GeoNames country dump\n")
        z.writestr("YE.txt", "".join(ROWS))
    alt = tmp_path / "alternateNamesV2.zip"
    with zipfile.ZipFile(alt, "w") as z:
        z.writestr("iso-languagecodes.txt", "ISO 639-3\tISO 639-2\n")
        z.writestr("alternateNamesV2.txt", ALTNAMES)
    admin = tmp_path / "admin1CodesASCII.txt"
    admin.write_text(ADMIN1, encoding="utf-8")
    cities = tmp_path / "cities15000.txt"
    cities.write_text(ROWS[0], encoding="utf-8")
    return {"country": country, "alt": alt, "admin": admin, "cities": cities}


def test_import_keeps_places_with_arabic_names(tmp_path: Path, dumps) -> None:
    db = tmp_path / "g.sqlite"
    counts = import_files(db, [dumps["country"], dumps["alt"], dumps["admin"]], progress=False)
    assert counts["places"] == 3                     # Lawdar has no Arabic name
    src = SqliteSource(db)
    (ataq,) = src.rows(key("عتق"))
    assert (ataq.name, ataq.admin1, ataq.population) == ("Ataq", "Shabwah", 37000)
    assert src.rows(key("قاعدة العند"))[0].feature == "AIRB"
    assert src.rows(key("لودر")) == ()


def test_sqlite_backend_serves_lookups_under_the_supplement(tmp_path: Path, dumps) -> None:
    db = tmp_path / "g.sqlite"
    import_files(db, [dumps["cities"], dumps["alt"]], progress=False)
    gaz = Gazetteer("geonames-sqlite", SqliteSource(db))
    assert gaz.lookup(key("زنجبار"))[0].country == "Yemen"
    assert gaz.lookup(key("ترهونة"))[0].name == "Tarhuna"       # the curated supplement is still there


def test_cli_import_and_lookup(tmp_path: Path, dumps) -> None:
    db = tmp_path / "cli.sqlite"
    result = CliRunner().invoke(gazetteer_command, ["import", "--quiet", "--db", str(db), str(dumps["country"])])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(gazetteer_command, ["lookup", "--gazetteer", "geonames-sqlite", "--db", str(db),
                                                    "زنجبار"])
    assert "Zinjibar" in result.output


def test_bad_rows_are_reported_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "cities500.txt"
    bad.write_text(ROWS[0] + "123\tonly three\tcolumns\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"cities500.txt:2: 3 columns"):
        import_files(tmp_path / "x.sqlite", [bad], progress=False)


def test_missing_database_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="rasd gazetteer import"):
        SqliteSource(tmp_path / "nope.sqlite")


def test_real_2012_libya_rows_import(tmp_path: Path, shared_dir: Path) -> None:
    """The shared folder's real cities15000 rows (original format) import and resolve."""
    db = tmp_path / "ly.sqlite"
    counts = import_files(db, [shared_dir / "geonames" / "cities15000_2012_LY.txt"], progress=False)
    assert counts["places"] >= 15
    rows = SqliteSource(db).rows(key("طبرق"))
    assert rows and rows[0].country_code == "LY"
