"""Tables that spare the place finder work must answer exactly as the tests they spare."""
from __future__ import annotations

import pytest

from rasd.geo.gazetteer import default_gazetteer
from rasd.geo.rank import _LAT_SPAN, Fixed
from rasd.records import Location
from rasd.settings import Settings
from rasd.text.normalize import key


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer(Settings())


def test_may_continue_is_the_two_word_test(gaz) -> None:
    """"a b" is a name or a name's first words exactly when b may follow a."""
    two = sorted(n for n in gaz.keys | gaz.prefixes if n.count(" ") == 1)[:2000]
    for name in two:
        first, second = name.split(" ")
        assert gaz.may_continue((first,), second)
        assert gaz.may_continue(("xx", first), second)
    assert not gaz.may_continue(("xx",), two[0].split(" ")[1])
    assert not gaz.may_continue((two[0].split(" ")[0],), None)


def test_may_continue_of_a_known_name(gaz) -> None:
    words = key("قاعدة العند الجوية").split(" ")
    assert gaz.may_continue((words[0],), words[1])
    assert not gaz.may_continue((key("في"),), key("الصباح"))


def _at(lat: float) -> Location:
    return Location("X", "س", "Yemen", None, lat, 44.0, None, "PPL", "YE")


def test_fixed_around_keeps_every_place_within_the_span() -> None:
    lats = [10.0, 11.0, 12.0, 12.0 + _LAT_SPAN, 12.0 - _LAT_SPAN, 15.0, -3.0]
    fixed = Fixed.of([_at(x) for x in lats])
    for lat in (12.0, 10.5, -3.0, 15.0 - _LAT_SPAN, 40.0):
        near = {id(f) for f in fixed.around(lat)}
        assert {id(f) for f in fixed.places if abs(f.latitude - lat) <= _LAT_SPAN} <= near
