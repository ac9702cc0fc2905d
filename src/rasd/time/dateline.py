"""A dated dateline: "حلب 21 أغسطس آب (رويترز) - قتل عشرة مدنيين اليوم …".

Wire stories open with the place, the day the story was filed and the agency. When that day is
before the publication stamp (a feed that stamps the story the next morning), "اليوم", "أمس" and
bare weekdays count from the dateline's day, not from the stamp; the dateline's own date dates the
story, never an event (it is set aside like a statement's day).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from functools import lru_cache

from rasd.time.calendar import Publication
from rasd.time.dates import Found, find

REACH = 80  # key characters: a dateline is the first words of the text
AFTER = 40  # key characters read after its date (the agency and the dash)
STALE = timedelta(days=2)  # a dateline older than this is a date in a headline, not the filing day
_BEFORE = re.compile(r"^\W*(?:[^\W\d_]+\s?|\([^()]{1,30}\)\s?|[,/]\s?){1,6}$")
_AFTER = re.compile(r"^\s?(?:[^\W\d_]+\s?)?(?:\([^()]{1,30}\)\s?)?[-\u2013\u2014:]")
_DASH = re.compile(r"[-\u2013\u2014:]")  # what `_AFTER` must end on


def dateline(key: str, pub: Publication | None) -> Found | None:
    """The date of the text's dateline: a few words of place before it, the agency and a dash after.

    It depends only on the first words, and `mentions.dates` and `time.resolve` both ask about each
    article, so the last few answers are kept. Most texts have no dash or colon in their first
    words, so no dateline, and are not searched for dates at all.
    """
    head = key[: REACH + AFTER]
    return _dateline(head, pub) if _DASH.search(head) else None


@lru_cache(maxsize=8)
def _dateline(key: str, pub: Publication | None) -> Found | None:
    head = key[:REACH]
    found = next(iter(find(head, pub)), None)
    if found is None or found.value.kind != "absolute":
        return None
    if not _BEFORE.match(head[: found.start]) or not _AFTER.match(key[found.end : found.end + AFTER]):
        return None
    return found


def story_publication(key: str, pub: Publication | None) -> Publication | None:
    """The publication date, moved back to the dateline's day when the story was filed before its stamp."""
    if pub is None:
        return None
    found = dateline(key, pub)
    if found is None or not pub.day - STALE <= found.value.day < pub.day:
        return pub
    return replace(pub, day=found.value.day, default_day=found.value.day)
