"""A local SQLite index of the real GeoNames dumps, for users who download them.

`rasd gazetteer import FILE…` reads any mix of: a country or world dump (`LY.zip`,
`allCountries.zip`, or their `.txt`), `cities500/1000/5000/15000` (`.zip` or `.txt`), the
`alternateNamesV2.zip` (or `alternateNames.zip`) and `admin1CodesASCII.txt`. Only places with an
Arabic name are kept (from the dump's own alternate-name column or from the alternate-names file,
which is read first), so even `allCountries` gives a small index. The "geonames-sqlite" gazetteer
backend serves it under the same curated supplement as the bundled one.
"""
from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import closing
from functools import lru_cache
from pathlib import Path

from tqdm import tqdm

from rasd.errors import GazetteerError
from rasd.geo.gazetteer import Gazetteer
from rasd.geo.sources import Row, is_arabic_name
from rasd.mentions.lexicon import load
from rasd.registry import backend
from rasd.settings import Settings
from rasd.text.normalize import key

SCHEMA = """
CREATE TABLE IF NOT EXISTS places (geonameid INTEGER PRIMARY KEY, name TEXT, latitude REAL, longitude REAL,
    fclass TEXT, fcode TEXT, cc TEXT, admin1 TEXT, population INTEGER);
CREATE TABLE IF NOT EXISTS names (key TEXT, geonameid INTEGER, name_ar TEXT, PRIMARY KEY (key, geonameid))
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS admin1 (code TEXT PRIMARY KEY, name TEXT);
"""
GEONAME_COLUMNS = 19
ALTNAME_COLUMNS = 4


def kind_of(path: Path) -> str:
    """Which GeoNames format a file holds, from its name."""
    stem = path.name.lower()
    if stem.startswith("alternatename"):
        return "altnames"
    if stem.startswith("admin1codes"):
        return "admin1"
    return "geonames"


def open_lines(path: Path) -> Iterator[str]:
    """Lines of a GeoNames file, read straight from its zip when zipped (the data member only)."""
    if path.suffix.lower() != ".zip":
        with path.open(encoding="utf-8") as f:
            yield from f
        return
    with zipfile.ZipFile(path) as z:
        members = [n for n in z.namelist() if n.endswith(".txt") and not _is_aux(n)]
        if not members:
            raise GazetteerError(f"{path}: no GeoNames .txt inside the zip; is it a GeoNames dump?")
        with z.open(members[0]) as raw:
            yield from io.TextIOWrapper(raw, encoding="utf-8")


def _is_aux(member: str) -> bool:
    return member.lower().startswith(("readme", "iso-languagecodes"))


def import_files(db: Path, files: Iterable[Path], progress: bool = True) -> dict[str, int]:
    """Import GeoNames files into `db`; returns counts of places and names written."""
    files = sorted(files, key=lambda p: {"altnames": 0, "admin1": 1}.get(kind_of(p), 2))
    counts = {"places": 0, "names": 0, "admin1": 0}
    with closing(sqlite3.connect(db)) as con:
        con.executescript(SCHEMA)
        arabic_ids: set[int] = set()
        for path in files:
            if not path.exists():
                raise GazetteerError(f"{path}: no such file; download it from https://download.geonames.org/export/dump/")
            lines = tqdm(open_lines(path), desc=path.name, unit=" lines", disable=not progress)
            _IMPORTERS[kind_of(path)](con, lines, path, counts, arabic_ids)
            con.commit()
    return counts


def _import_altnames(con, lines, path, counts, arabic_ids) -> None:
    rows = []
    for n, line in enumerate(lines, 1):
        cells = line.rstrip("\n").split("\t")
        if len(cells) < ALTNAME_COLUMNS:
            raise GazetteerError(f"{path}:{n}: {len(cells)} columns, an alternate-names row has at least 4")
        if cells[2] == "ar" or (cells[2] == "" and is_arabic_name(cells[3])):
            gid = int(cells[1])
            arabic_ids.add(gid)
            rows.append((key(cells[3]), gid, cells[3]))
    counts["names"] += _insert(con, "INSERT OR IGNORE INTO names VALUES (?,?,?)", rows)


def _import_admin1(con, lines, path, counts, arabic_ids) -> None:
    rows = [tuple(ln.rstrip("\n").split("\t")[:2]) for ln in lines if ln.count("\t") >= 1]
    counts["admin1"] += _insert(con, "INSERT OR REPLACE INTO admin1 VALUES (?,?)", rows)


def _import_geonames(con, lines, path, counts, arabic_ids) -> None:
    places, names = [], []
    for n, line in enumerate(lines, 1):
        c = line.rstrip("\n").split("\t")
        if len(c) != GEONAME_COLUMNS:
            raise GazetteerError(f"{path}:{n}: {len(c)} columns, a GeoNames row has {GEONAME_COLUMNS}; "
                                 f"is this the 'geoname' table format?")
        arabic = [a for a in c[3].split(",") if is_arabic_name(a)]
        gid = int(c[0])
        if arabic or gid in arabic_ids:
            places.append((gid, c[2] or c[1], float(c[4]), float(c[5]), c[6], c[7], c[8], c[10], int(c[14] or 0)))
            names.extend((key(a), gid, a) for a in arabic)
    counts["places"] += _insert(con, "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?)", places)
    counts["names"] += _insert(con, "INSERT OR IGNORE INTO names VALUES (?,?,?)", names)


def _insert(con: sqlite3.Connection, sql: str, rows: list) -> int:
    con.executemany(sql, rows)
    return len(rows)


_IMPORTERS = {"altnames": _import_altnames, "admin1": _import_admin1, "geonames": _import_geonames}


class SqliteSource:
    """Rows of an imported GeoNames database (read-only, one connection per process)."""

    def __init__(self, db: Path) -> None:
        if not db.exists():
            raise GazetteerError(f"gazetteer database {db} does not exist; create it with "
                                 f"`rasd gazetteer import --db {db} LY.zip alternateNamesV2.zip`")
        self._con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, check_same_thread=False)
        self.countries = {e.get("country"): e.get("name") for e in load("gazetteer/countries.tsv")}
        self._admin = dict(self._con.execute("SELECT code, name FROM admin1"))
        self._admin.update(self._admin1_from_capitals())

    def _admin1_from_capitals(self) -> dict[str, str]:
        out = {}
        for e in load("gazetteer/admin1.tsv"):
            row = self._con.execute("SELECT cc, admin1 FROM places WHERE geonameid = ?",
                                    (e.get("capital_geonameid") or 0,)).fetchone()
            if row:
                out[f"{row[0]}.{row[1]}"] = e.get("name")
        return out

    @lru_cache(maxsize=65536)  # noqa: B019 (one source per process, kept for its lifetime)
    def rows(self, k: str) -> tuple[Row, ...]:
        cur = self._con.execute(
            "SELECT p.geonameid, p.name, n.name_ar, p.cc, p.admin1, p.latitude, p.longitude, p.population, p.fcode "
            "FROM names n JOIN places p USING (geonameid) WHERE n.key = ? ORDER BY p.population DESC", (k,))
        return tuple(Row(g, nm, ar, cc, self._admin.get(f"{cc}.{a1}"), lat, lon, pop, fc or "PPL")
                     for g, nm, ar, cc, a1, lat, lon, pop, fc in cur)

    def keys(self) -> Iterable[str]:
        return [k for (k,) in self._con.execute("SELECT DISTINCT key FROM names")]


@backend("gazetteer", "geonames-sqlite")
def geonames_sqlite(settings: Settings) -> Gazetteer:
    """An imported GeoNames database (Settings.gazetteer_db) under the curated supplement."""
    if not settings.gazetteer_db:
        raise GazetteerError("gazetteer 'geonames-sqlite' needs gazetteer_db (a database made by "
                             "`rasd gazetteer import`); set it in rasd.toml or choose gazetteer = 'bundled'")
    return Gazetteer("geonames-sqlite", SqliteSource(Path(settings.gazetteer_db)))
