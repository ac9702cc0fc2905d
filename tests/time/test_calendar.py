"""Calendar arithmetic: publication dates with zones, weekday reckoning, Hijri conversion."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.errors import Rejected
from rasd.time.calendar import (
    Publication,
    latest_not_after,
    make_date,
    publication,
    weekday_after,
    weekday_nearest,
    weekday_on_or_before,
)


@pytest.mark.parametrize(("published", "day", "default"), [
    ("2019-04-05", "2019-04-05", "2019-04-05"),
    ("2018-07-14T11:25:40+00:00", "2018-07-14", "2018-07-14"),
    ("2018-07-16T00:19:47+00:00", "2018-07-16", "2018-07-15"),
    ("2017-05-29T05:59:00+01:00", "2017-05-29", "2017-05-28"),
    ("2015-07-21T02:27:16", "2015-07-21", "2015-07-21"),
    ("2020-01-01T03:00:00Z", "2020-01-01", "2019-12-31"),
])
def test_publication_and_default_day(published: str, day: str, default: str) -> None:
    pub = publication(published)
    assert isinstance(pub, Publication)
    assert (str(pub.day), str(pub.default_day)) == (day, default)


def test_bad_publication_is_rejected_with_the_article() -> None:
    pub = publication("last Tuesday", "a1")
    assert isinstance(pub, Rejected) and pub.article_id == "a1" and "ISO" in pub.reason


def test_missing_publication_is_none() -> None:
    assert publication(None) is None and publication("") is None


def test_hijri_dates_convert_with_umm_al_qura() -> None:
    assert make_date(1441, 9, 1, "hijri") == date(2020, 4, 24)
    assert make_date(1441, 13, 1, "hijri") is None


def test_year_less_dates_take_the_latest_not_after_publication() -> None:
    assert latest_not_after(12, 30, date(2021, 1, 10)) == date(2020, 12, 30)
    assert latest_not_after(1, 5, date(2021, 1, 10)) == date(2021, 1, 5)
    assert latest_not_after(2, 29, date(2021, 3, 1)) == date(2020, 2, 29)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 1, 1)), st.integers(1, 7))
def test_weekday_reckoning(anchor: date, wd: int) -> None:
    before = weekday_on_or_before(anchor, wd)
    near = weekday_nearest(anchor, wd)
    after = weekday_after(anchor, wd)
    assert before.isoweekday() == near.isoweekday() == after.isoweekday() == wd
    assert 0 <= (anchor - before).days < 7
    assert abs((anchor - near).days) <= 3
    assert 0 < (after - anchor).days <= 7
