"""Month names in date matches: which month a (paired) name means, and month-precision dates.

Split from `time/dates.py` (which finds and resolves every date pattern) so that each stays short.
A reporter may name a month with a year ('أيار/مايو 2019'), with a part ('مطلع يناير'), with
'شهر' ('شهر آذار'), relative to the publication ('أيار الماضي', 'مايو الجاري') or to its year
('مارس من العام الماضي'); the year that a relative word implies is read here too.
"""
from __future__ import annotations

import re

from rasd.mentions.values import DateValue
from rasd.time import calendar as cal
from rasd.time.words import role_entry

Pub = cal.Publication | None
MID_MONTH = 15


def month_of_match(m: re.Match[str]) -> cal.Month:
    """The month of a match; in a paired form ('4 الطير/أبريل') the month that may stand alone wins."""
    named = [cal.month_of(w) for g in ("mon", "mon2", "mon3", "mon0") if (w := m.groupdict().get(g))]
    return next((mo for mo in named if mo.frame != "strict"), named[0])


def relative_month(rel: str, pub: Pub) -> tuple[int, int] | None:
    """'الجاري' → the publication month, 'الماضي' → the one before."""
    if pub is None:
        return None
    back = 1 if role_entry("past", rel) else 0
    return cal.shift_month(pub.day, back)


def relative_year(m: re.Match[str], pub: Pub) -> int | None:
    """'من العام الماضي' → the year before publication's, 'العام الجاري' → its own; None without one."""
    rel = m.groupdict().get("yrel")
    if not rel or pub is None:
        return None
    return pub.day.year - (1 if role_entry("past", rel) else 0)


def _month_value(year: int, month: int, part: str | None, pub: Pub) -> DateValue | None:
    """A month-precision date: the named part (مطلع = 1st); a past month with no part is coded to
    its middle, the 15th (as the gold files do), the current month to its last day not after publication."""
    entry = role_entry("month_part", part) if part else None
    end = cal.month_end(year, month)
    day = end if entry is None or entry.get("value") == "31" else end.replace(day=int(entry.get("value")))
    if entry is None and (pub is None or end < pub.day.replace(day=1)):
        day = end.replace(day=MID_MONTH)
    if pub is not None and day > pub.day >= day.replace(day=1):
        day = pub.day
    return DateValue(day, 3, "month")


def r_month_year(m: re.Match[str], pub: Pub) -> DateValue | None:
    """'أيار/مايو 2019', 'مطلع يناير 2020'."""
    month = month_of_match(m)
    if month.calendar != "gregorian":
        return None
    return _month_value(int(m.group("year")), month.number, m.group("part"), pub)


def r_month_named(m: re.Match[str], pub: Pub) -> DateValue | None:
    """'شهر مايو', 'منتصف آذار' (the latest such month not after publication), 'أيار الماضي',
    'مايو الجاري', 'شهر مارس من العام الماضي'."""
    month = month_of_match(m)
    if pub is None or month.calendar != "gregorian":
        return None
    part = m.groupdict().get("part") or m.groupdict().get("part2")
    return _month_value(_named_year(m, month.number, pub), month.number, part, pub)


def _named_year(m: re.Match[str], number: int, pub: cal.Publication) -> int:
    """The year of a named month: stated relative to the year, else by الجاري (this year), الماضي
    (the latest such month before the publication month: 'نيسان الماضي' in April is last year's),
    else the latest such month not after publication."""
    year, rel, this = relative_year(m, pub), m.groupdict().get("rel"), pub.day.year
    if year is not None:
        return year
    if rel and not role_entry("past", rel):
        return this
    return this if number < pub.day.month or (number == pub.day.month and not rel) else this - 1


def r_month_relative(m: re.Match[str], pub: Pub) -> DateValue | None:
    """'الشهر الماضي', 'مطلع الشهر الجاري'."""
    ym = relative_month(m.group("rel"), pub)
    return _month_value(ym[0], ym[1], m.group("part"), pub) if ym else None
