"""How alike two single-article reports are: place, day, actors, tolls and wording.

`compatible` is the hard gate (GUIDE: same event type, same day, same place within about 10 km;
ACLED: same actors, day and location); `affinity` ranks the compatible pairs so that the closest
reports are joined first.
"""
from __future__ import annotations

import math
from functools import lru_cache

from rasd.records import Event
from rasd.settings import Settings
from rasd.text.normalize import key

SAME_WORDING = 0.3  # evidence-word Jaccard above which two reports share their wording (syndication)
Words = tuple[frozenset[str], frozenset[str]]
GENERIC_ACTOR_WORDS = ("unidentified", "civilians", "protesters", "rioters", "unknown")


def distance_km(a: Event, b: Event) -> float | None:
    """Great-circle distance of two events' places; None when either is unplaced."""
    if a.location is None or b.location is None:
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.location.latitude, a.location.longitude,
                                            b.location.latitude, b.location.longitude))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def day_gap(a: Event, b: Event) -> int | None:
    """Days between two events' dates; None when either is undated."""
    if a.event_date is None or b.event_date is None:
        return None
    return abs((a.event_date - b.event_date).days)


@lru_cache(maxsize=65536)
def _specific(name: str) -> bool:
    """A name that is not a generic label (read for every pair compared, so kept per name)."""
    low = name.lower()
    return not any(w in low for w in GENERIC_ACTOR_WORDS)


def _named(ev: Event) -> set[str]:
    return {x.name for x in (ev.actor1, ev.actor2, ev.assoc_actor_1, ev.assoc_actor_2)
            if x and x.name and _specific(x.name)}


def actors_clash(a: Event, b: Event) -> bool:
    """Both reports name two specific sides and share none of them: different incidents."""
    na, nb = _named(a), _named(b)
    return len(na) >= 2 and len(nb) >= 2 and not na & nb


def max_km(a: Event, b: Event, settings: Settings) -> float:
    """The place tolerance: the GUIDE's 10 km, doubled when either place is only approximate."""
    return settings.link_km * (2 if max(a.geo_precision, b.geo_precision) >= 2 else 1)


def max_days(a: Event, b: Event, settings: Settings, sets: Words | None = None) -> int:
    """The day tolerance: the same day (GUIDE, ACLED); `link_days` more for syndicated wording."""
    return settings.link_days if wording(a, b, sets) >= SAME_WORDING else 0


def weak_place(a: Event, b: Event, sets: Words | None = None) -> bool:
    """A region's capital standing in for an unknown place says little: it needs corroboration."""
    if max(a.geo_precision, b.geo_precision) < 3:
        return False
    return not (_named(a) & _named(b)) and wording(a, b, sets) < SAME_WORDING


def compatible(a: Event, b: Event, settings: Settings, sets: Words | None = None) -> bool:
    """Could these two reports describe one incident? (`sets`: both events' `words`, if at hand.)"""
    if a.event_type != b.event_type or set(a.article_ids) & set(b.article_ids):
        return False
    km, days = distance_km(a, b), day_gap(a, b)
    if km is None or days is None or km > max_km(a, b, settings) or actors_clash(a, b):
        return False
    return days <= max_days(a, b, settings, sets) and not weak_place(a, b, sets)


def words(ev: Event) -> frozenset[str]:
    """The matching keys of an event's evidence words (what `wording` compares)."""
    return frozenset(key(" ".join(e.text for e in ev.evidence)).split())


# Callers that compare a few events at a time (the store's relinking) reuse recent word sets; the
# corpus linker computes its own and drops them as its sweep moves on (a cache of every event's
# words was most of the linker's memory).
_cached_words = lru_cache(maxsize=4096)(words)


def wording(a: Event, b: Event, sets: Words | None = None) -> float:
    """Jaccard overlap of the evidence words: syndicated copies score near 1."""
    wa, wb = sets or (_cached_words(a), _cached_words(b))
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def affinity(a: Event, b: Event, sets: Words | None = None) -> float:
    """Higher for closer reports: same sub-type, same day, nearby, shared actors, similar toll and words."""
    km, days = distance_km(a, b) or 0.0, day_gap(a, b) or 0
    score = 2.0 - days - km / 10.0
    score += 1.0 if a.sub_event_type == b.sub_event_type else 0.0
    score += 0.5 * len(_named(a) & _named(b))
    if a.fatalities and b.fatalities:
        score += 0.5 * min(a.fatalities, b.fatalities) / max(a.fatalities, b.fatalities)
    return score + 2.0 * wording(a, b, sets)
