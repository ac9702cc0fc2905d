"""Find date expressions in a normalised key and resolve each to a `DateValue`.

Every pattern of `rasd.time.patterns` has one resolver here. Resolvers read the publication date
(relative words need it; absolute dates with a year do not) and return None when the expression
cannot be pinned (an impossible day, no publication date for "أمس"). Overlapping hits keep the
longest, so "الخميس 21 مايو 2020" is one absolute date, not a weekday and a date.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from rasd.mentions.values import DateValue
from rasd.time import calendar as cal
from rasd.time.months import (
    month_of_match,
    r_month_named,
    r_month_relative,
    r_month_year,
    relative_month,
    relative_year,
)
from rasd.time.numbers import parse_count
from rasd.time.patterns import (
    compile_all,
    ends_at,
    names,
    onset_before,
    place_before,
    since_before,
    since_clause_before,
    until_before,
    week_before,
)
from rasd.time.scan import Scanner, scanner
from rasd.time.since import one_off
from rasd.time.words import role_entry, variants

Pub = cal.Publication | None
ONSET_KINDS = frozenset({"ago", "week"})
NAMED_DAY_KINDS = frozenset({"absolute", "relative", "weekday"})
# "قبل أيام" (days ago, no number): at least the day before yesterday, so two days back, precision 2.
FEW_DAYS = 2
ORDINALS = ("ordinal", "ordinal_teen", "ordinal_ten")
WEEKEND_END = 6  # Saturday: "the end of last week" in a Friday-Saturday weekend
Resolver = Callable[[re.Match[str], Pub], DateValue | None]


@dataclass(frozen=True, slots=True)
class Found:
    """A date expression: key offsets, its value and the rule that read it."""

    start: int
    end: int
    value: DateValue
    rule: str


def find(key: str, pub: Pub) -> list[Found]:
    """Every resolvable date expression of a key, non-overlapping, in text order."""
    hits = []
    matches = _scanner().finditer(key)
    blocked = [(m.start(), m.end()) for m in matches["names"]]
    for name in compile_all():
        resolve, named = RESOLVERS[name], f"rule:time.{name}"
        for m in matches[name]:
            if blocked and _inside(m, blocked):  # a name (no date inside): nothing to resolve
                continue
            value, rule = resolve(m, pub), named
            if name == "ago" and (punctual := one_off(key, m, value)) is not value:
                value, rule = punctual, rule + "+punctual"
            if value is not None and not _blocked(key, name, m):
                hits.append(_with_since(key, Found(m.start(), m.end(), value, rule)))
    return _select(hits)


def _inside(m: re.Match[str], blocked: list[tuple[int, int]]) -> bool:
    """Whether a match overlaps one of the names that hide dates."""
    return any(s < m.end() and m.start() < e for s, e in blocked)


@lru_cache(maxsize=1)
def _scanner() -> Scanner:
    """The date patterns and the names that hide dates, scanned only near their anchor words."""
    return scanner(compile_all() | {"names": names()})


def _blocked(key: str, name: str, m: re.Match[str]) -> bool:
    """'سوق الخميس' is a place; 'الأسبوع الثالث من شهر آذار' is a week, not the 2nd."""
    if ends_at(place_before(), key, m.start()):
        return True
    day = m.groupdict().get("day")
    ordinal = name == "absolute" and bool(day) and not day.isdecimal()
    return ordinal and ends_at(week_before(), key, m.start()) is not None


def _with_since(key: str, found: Found) -> Found:
    """'منذ 16 أيار': the date opens a continuing state, so its kind becomes 'since'.

    So does a reckoned date after an onset verb ("اندلعت المعارك قبل أربعة أيام"): it dates the start
    of the fighting, not the day reported.
    """
    if found.value.kind in ONSET_KINDS and onset_before().search(key, max(0, found.start - 60), found.start):
        return Found(found.start, found.end, DateValue(found.value.day, found.value.precision, "since"),
                     found.rule + "+onset")
    until = ends_at(until_before(), key, found.start)
    if until is not None and found.value.kind in NAMED_DAY_KINDS:
        return Found(until.start(), found.end, DateValue(found.value.day, 2, "span"), found.rule + "+until")
    m = ends_at(since_before(), key, found.start)
    if found.value.kind == "since" or (m is None and not ends_at(since_clause_before(), key, found.start)):
        return found
    value = DateValue(found.value.day, found.value.precision, "since")
    if m is None:  # the منذ of a clause: the date alone is the span
        return Found(found.start, found.end, value, found.rule + "+since_clause")
    return Found(m.start(), found.end, value, found.rule + "+since")


def _select(hits: list[Found]) -> list[Found]:
    """Longest first (then leftmost), each kept when it overlaps none kept before; in text order.

    The kept ones never overlap, so they stay sorted by start and a new hit need only be compared
    with its two neighbours there (bisect), not with every kept one.
    """
    starts: list[int] = []
    chosen: list[Found] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        k = bisect_left(starts, h.start)
        if (k == 0 or chosen[k - 1].end <= h.start) and (k == len(chosen) or h.end <= chosen[k].start):
            starts.insert(k, h.start)
            chosen.insert(k, h)
    return chosen


def _day_number(text: str) -> int:
    """A day as digits or ordinal words ('الثاني والعشرين' → 22)."""
    if text.isdecimal():
        return int(text)
    total = 0
    for word in text.split():
        for reading in variants(word):
            if (entry := next(filter(None, (role_entry(r, reading) for r in ORDINALS)), None)) is not None:
                total += int(entry.get("value"))
                break
    return total


def r_absolute(m: re.Match[str], pub: Pub) -> DateValue | None:
    """'26 نيسان/أبريل 2019', 'الخامس من مايو', '7 يوليو الجاري', '1 رمضان 1440' (Hijri); with الماضي the latest."""
    day = _day_number(m.group("day"))
    month = month_of_match(m)
    year = m.group("year") or (relative_year(m, pub) if month.calendar == "gregorian" else None)
    if m.group("rel") and not year and not role_entry("past", m.group("rel")):
        ym = relative_month(m.group("rel"), pub)
        return _value(cal.make_date(ym[0], month.number, day), 1, "absolute") if ym else None
    if year:
        return _value(cal.make_date(int(year), month.number, day, month.calendar), 1, "absolute")
    if pub is None:
        return None
    return _value(cal.latest_not_after(month.number, day, pub.day, month.calendar), 1, "absolute")


def r_day_of_month(m: re.Match[str], pub: Pub) -> DateValue | None:
    """'السابع من الشهر الجاري'."""
    ym = relative_month(m.group("rel"), pub)
    return _value(cal.make_date(ym[0], ym[1], _day_number(m.group("day"))), 1, "absolute") if ym else None


def r_numeric(m: re.Match[str], pub: Pub) -> DateValue | None:
    """'22/5/2020' (day first, as Arabic reports write it) and ISO '2020-05-22'."""
    d = cal.make_date(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
    return _value(d if d and 1900 < d.year < 2100 else None, 1, "absolute")


def r_day_offset(m: re.Match[str], pub: Pub) -> DateValue | None:
    """'أمس', 'أول أمس', 'فجر اليوم', 'أمس الاثنين' (the Monday nearest yesterday)."""
    if pub is None:
        return None
    entry = role_entry("day_offset", m.group("off"))
    anchor = pub.day + timedelta(days=int(entry.get("value"))) if entry else pub.day
    if m.group("wd"):
        anchor = cal.weekday_nearest(anchor, cal.weekdays()[m.group("wd")])
    return DateValue(anchor, 1, "relative")


def r_weekday_pair(m: re.Match[str], pub: Pub) -> DateValue | None:
    """'يومي الجمعة والسبت' → the Saturday, precision 2; 'ليل الأحد الاثنين' → the Monday."""
    if pub is None or (m.group("dir") and role_entry("next", m.group("dir"))):
        return None
    day = _weekday(pub.day, cal.weekdays()[m.group("wd2")], m.group("dir"))
    return DateValue(day, 1, "weekday") if m.group("night") else DateValue(day, 2, "span")


def _weekday(pub_day: date, wd: int, direction: str | None) -> date:
    if direction and role_entry("past", direction) and pub_day.isoweekday() == wd:
        return pub_day - timedelta(days=7)
    return cal.weekday_on_or_before(pub_day, wd)


def r_weekday(m: re.Match[str], pub: Pub) -> DateValue | None:
    """A weekday: the latest on or before publication; 'المقبل' marks a future day."""
    if pub is None:
        return None
    wd, direction = cal.weekdays()[m.group("wd")], m.group("dir")
    if direction and role_entry("next", direction):
        return DateValue(cal.weekday_after(pub.day, wd), 1, "future")
    return DateValue(_weekday(pub.day, wd, direction), 1, "weekday")


def r_ago(m: re.Match[str], pub: Pub) -> DateValue | None:
    """'قبل يومين' = two days before publication; 'قبل أيام' = two days back, 'منذ أيام' = recently
    (both precision 2)."""
    if pub is None:
        return None
    unit_word = m.group("unit")
    unit = next(e for r in ("unit", "unit_dual", "unit_plural") if (e := role_entry(r, unit_word)))
    kind = "since" if role_entry("since", m.group("pre")) else "ago"
    count = 2 if unit.get("role") == "unit_dual" else parse_count(m.group("num")) if m.group("num") else None
    if count is None and unit.get("role") == "unit":
        count = 1
    if count is None and kind == "ago" and int(unit.get("value")) == 1:
        return DateValue(pub.day - timedelta(days=FEW_DAYS), 2, "ago")
    if count is None:
        return DateValue(pub.day, 2, "recent" if kind == "ago" else "since")
    days = int(unit.get("value"))
    precision = 1 if days == 1 else 2 if days == 7 else 3
    return DateValue(pub.day - timedelta(days=count * days), precision, kind)


def r_week(m: re.Match[str], pub: Pub) -> DateValue | None:
    """'الأسبوع الماضي' (a week before, precision 2), 'هذا الأسبوع' (publication, precision 2),
    'في وقت سابق من هذا الأسبوع' (earlier this week: two days back, as 'قبل أيام', precision 2)."""
    rel = m.group("rel")
    if pub is None or not (rel or m.group("this")):
        return None
    if rel and role_entry("next", rel):
        return DateValue(pub.day + timedelta(days=7), 2, "future")
    past = bool(rel and role_entry("past", rel))
    if m.group("earlier") and not past:
        return DateValue(pub.day - timedelta(days=FEW_DAYS), 2, "week")
    part = role_entry("month_part", m.group("part")) if m.group("part") else None
    if past and part is not None and part.get("value") == "31":
        return DateValue(cal.weekday_on_or_before(pub.day - timedelta(days=1), WEEKEND_END), 2, "week")
    return DateValue(pub.day - timedelta(days=7 if past else 0), 2, "week")


def r_recent(m: re.Match[str], pub: Pub) -> DateValue | None:
    """'خلال الساعات الـ48 الأخيرة', 'الأيام الماضية': the news day (publication, or the day before
    for a stamp before 06:00), precision 2."""
    return DateValue(pub.default_day, 2, "recent") if pub is not None else None


def r_year(m: re.Match[str], pub: Pub) -> DateValue | None:
    """'عام 2011': a year only, never an event date (kind year)."""
    year = int(m.group("year"))
    if not 1900 < year < 2100:
        return None
    day = date(year, 12, 31)
    return DateValue(min(day, pub.day) if pub and pub.day.year == year else day, 3, "year")


def _value(day: date | None, precision: int, kind: str) -> DateValue | None:
    return DateValue(day, precision, kind) if day is not None else None


RESOLVERS: dict[str, Resolver] = {
    "absolute": r_absolute, "day_of_month": r_day_of_month, "numeric": r_numeric, "iso": r_numeric,
    "month_year": r_month_year, "month_named": r_month_named, "month_rel": r_month_named,
    "month_relative": r_month_relative,
    "day_offset": r_day_offset, "weekday_pair": r_weekday_pair, "weekday": r_weekday, "ago": r_ago,
    "week": r_week, "recent": r_recent, "year": r_year,
}
