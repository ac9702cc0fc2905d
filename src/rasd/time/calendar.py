"""Calendar arithmetic: the publication date, month tables, Hijri conversion, weekday reckoning.

Why our own: dateparser handles Egyptian month names and أمس/اليوم but none of the Libyan months,
paired forms (نيسان/أبريل), البارحة, أول أمس, "اليوم الخميس" or a weekday equal to the publication
day (see docs/time.md). Hijri dates are converted with hijridate (Umm al-Qura, as GUIDE.md asks).
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from hijridate import Gregorian, Hijri

from rasd.errors import Rejected
from rasd.mentions.lexicon import load
from rasd.time.words import MONTHS, WEEKDAYS

EARLY_HOUR = 6


@dataclass(frozen=True, slots=True)
class Publication:
    """The publication date in its own zone, and the default event day (the day before if < 06:00).

    GUIDE.md applies the 06:00 rule "in the time zone its published value states": a time without
    a zone states none, so it keeps the publication day.
    """

    day: date
    default_day: date
    date_only: bool = False  # a print edition's stamp: no time of day at all


def publication(published: str | None, article_id: str = "") -> Publication | Rejected | None:
    """Read `Article.published` ('2018-07-14', '2018-07-14T11:25:40+00:00'); None when absent."""
    if not published:
        return None
    try:
        stamp = datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        return Rejected("published", f"{published!r} is not an ISO date (expected YYYY-MM-DD[THH:MM…])",
                        article_id or None)
    day = stamp.date()
    early = stamp.tzinfo is not None and stamp.hour < EARLY_HOUR
    return Publication(day, day - timedelta(days=1) if early else day, ":" not in published)


@dataclass(frozen=True, slots=True)
class Month:
    """A month name's number, calendar and frame ('strict' = only after a day number)."""

    number: int
    calendar: str
    frame: str
    where: str


@lru_cache(maxsize=1)
def months() -> dict[str, Month]:
    """Month key → Month, every convention in one table."""
    return {e.key: Month(int(e.get("month")), e.get("calendar"), e.get("frame"), e.where) for e in load(MONTHS)}


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    """Weekday key → ISO weekday (Monday = 1)."""
    return {e.key: int(e.get("isoweekday")) for e in load(WEEKDAYS)}


def month_keys(frame: str | None = None) -> list[str]:
    """Keys of the month names, optionally only those that may stand without a day."""
    return [k for k, m in months().items() if frame is None or m.frame == frame]


@lru_cache(maxsize=1)
def spaced_pairs() -> dict[str, str]:
    """'أغسطس آب', 'يونيو حزيران': two conventions' names of one Gregorian month written side by side
    (the wire agencies' habit), pair key → the key of the name that may stand alone. Only pairs of
    the same month, so two different months never join; Libyan names, ordinary words and names of
    people ('ناصر'), pair only with a slash or brackets."""
    named = [(k, m) for k, m in months().items() if m.calendar == "gregorian"]
    conventions = {e.key: e.get("convention") for e in load(MONTHS)}
    return {f"{a} {b}": (a if ma.frame != "strict" else b) for a, ma in named for b, mb in named
            if ma.number == mb.number and conventions[a] != conventions[b] and "libyan" not in
            (conventions[a], conventions[b])}


def month_of(word_key: str) -> Month:
    """The month a matched name or spaced pair names."""
    return months()[spaced_pairs().get(word_key, word_key)]


def make_date(year: int, month: int, day: int, cal: str = "gregorian") -> date | None:
    """A Gregorian date from a (possibly Hijri) year/month/day; None when it does not exist."""
    try:
        if cal == "hijri":
            return date(*Hijri(year, month, day).to_gregorian().datetuple())
        return date(year, month, day)
    except (ValueError, OverflowError):  # hijridate raises ValueError out of range
        return None


def latest_not_after(month: int, day: int, pub: date, cal: str = "gregorian") -> date | None:
    """The year-less day/month taken as the latest such date not after publication."""
    year = Gregorian(pub.year, pub.month, pub.day).to_hijri().year if cal == "hijri" else pub.year
    for y in (year, year - 1):
        d = make_date(y, month, day, cal)
        if d is not None and d <= pub:
            return d
    return None


def month_end(year: int, month: int) -> date:
    """Last day of a Gregorian month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def shift_month(day: date, months_back: int) -> tuple[int, int]:
    """(year, month) some months before the day's month."""
    index = day.year * 12 + day.month - 1 - months_back
    return index // 12, index % 12 + 1


def weekday_on_or_before(anchor: date, isoweekday: int) -> date:
    """The most recent such weekday on or before the anchor (a bare 'الخميس')."""
    return anchor - timedelta(days=(anchor.isoweekday() - isoweekday) % 7)


def weekday_nearest(anchor: date, isoweekday: int) -> date:
    """The such weekday within three days of the anchor ('أمس الاثنين' near yesterday)."""
    back = (anchor.isoweekday() - isoweekday) % 7
    return anchor - timedelta(days=back) if back <= 3 else anchor + timedelta(days=7 - back)


def weekday_after(anchor: date, isoweekday: int) -> date:
    """The next such weekday after the anchor ('الأحد المقبل')."""
    return anchor + timedelta(days=(isoweekday - anchor.isoweekday() - 1) % 7 + 1)
