"""Final checks on the events of one article: placed and dated only, duplicates merged, notes.

An event that the geo or time stage could not place or date is dropped (ACLED needs both). Two
events of one article with the same type and day within about 10 km are one incident told
twice: they merge, keeping both evidences, the first stated toll and any actor or claimant that
one of them lacks.
"""
from __future__ import annotations

import math

from rasd.document import Document
from rasd.events.country import article_country
from rasd.events.notes import note
from rasd.events.roles import other_side
from rasd.geo.gazetteer import Gazetteer, default_gazetteer
from rasd.mentions.triggers import entries_by_where
from rasd.records import Event, Location
from rasd.registry import stage
from rasd.settings import Settings

MERGE_KM = 10.0


def km(a: Location, b: Location) -> float:
    """Great-circle distance between two locations."""
    p1, l1, p2, l2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def is_weak(ev: Event) -> bool:
    """Whether the event rests on a weak word (a killing, an explosion) rather than a named event."""
    why = ev.why("event_type")
    entry = entries_by_where().get(why.rule) if why else None
    return entry is not None and entry.get("rank") != "1"


def same_incident(a: Event, b: Event, radius: float = MERGE_KM) -> bool:
    """Same day, places within the radius, and the same type unless one rests on a weak word."""
    same_type = a.event_type == b.event_type or is_weak(a) or is_weak(b)
    if not same_type or a.event_date != b.event_date or _named_apart(a, b):
        return False
    return a.location is not None and b.location is not None and km(a.location, b.location) <= radius


def merge(a: Event, b: Event) -> Event:
    """One event from two reports of it in one article; the more precise place wins."""
    evidence = tuple(sorted(set(a.evidence) | set(b.evidence), key=lambda e: (e.article_id, e.start)))
    if b.location is not None and (a.location is None or b.geo_precision < a.geo_precision):
        a = a.but(location=b.location, geo_precision=b.geo_precision,
                  provenance=tuple(p for p in a.provenance if p.field != "location")
                  + tuple(p for p in b.provenance if p.field == "location"))
    merged = a.but(evidence=evidence, fatalities=a.fatalities if _told(a) else b.fatalities,
                   actor1=a.actor1 or b.actor1, actor2=other_side(a.actor1 or b.actor1, a.actor2, b.actor2),
                   claimed_by=a.claimed_by or b.claimed_by, disputed_by=a.disputed_by or b.disputed_by)
    return _provenance_from(merged, a, b)


def _provenance_from(merged: Event, a: Event, b: Event) -> Event:
    """A field the merge took from `b` keeps `b`'s reason for it, so `rasd explain` still says why."""
    taken = {f for f in ("fatalities", "actor1", "actor2", "claimed_by", "disputed_by")
             if getattr(merged, f) != getattr(a, f) and getattr(merged, f) == getattr(b, f)}
    if not taken:
        return merged
    kept = tuple(p for p in merged.provenance if p.field not in taken)
    return merged.but(provenance=kept + tuple(p for p in b.provenance if p.field in taken))


def _named_apart(a: Event, b: Event) -> bool:
    """Both placed by differently named sites of their own sentences: the article tells two incidents
    ("a car bomb in X … another in Y"), however close X and Y lie."""
    if a.location is None or b.location is None or a.location.name == b.location.name:
        return False
    return _own_site(a) and _own_site(b)


def _own_site(ev: Event) -> bool:
    why = ev.why("place_spans")
    return why is not None and why.rule.endswith("site_in_sentence")


def _told(ev: Event) -> bool:
    """Whether the event's toll rests on a count in its text (not the default 0)."""
    why = ev.why("fatalities")
    return why is not None and bool(why.spans)


def country_located(doc: Document, ev: Event, gaz: Gazetteer | None) -> Event:
    """An event the geo stage could not place, put at its country's capital (geo_precision 3).

    ACLED codes a real event whose only known place is its country at the capital with precision
    3; the country must come from the article's own words (place, actor or country names), never
    from the project's default. Without one the event stays unplaced (and is dropped).
    """
    if ev.location is not None or gaz is None:
        return ev
    country = article_country(doc)
    code = gaz.country_code(country.name) if not country.rule.endswith(".default") else None
    capital = gaz.capital(code) if code else None
    if capital is None:
        return ev
    return ev.explained("location", "rule:events.finalize.country_capital", (), location=capital, geo_precision=3)


def finalize(doc: Document, radius: float = MERGE_KM, gaz: Gazetteer | None = None) -> Document:
    """Stage body: place what only a country locates, drop unplaced/undated events, merge duplicates,
    write notes."""
    kept: list[Event] = []
    for ev in (country_located(doc, e, gaz) for e in doc.events):
        if ev.location is None or ev.event_date is None:
            continue
        twin = next((i for i, k in enumerate(kept) if same_incident(k, ev, radius)), None)
        if twin is None:
            kept.append(ev)
        elif is_weak(kept[twin]) and not is_weak(ev):
            kept[twin] = merge(ev, kept[twin])
        else:
            kept[twin] = merge(kept[twin], ev)
    sources = (doc.article.source,) if doc.article.source else ()
    return doc.with_events([ev.explained("notes", "rule:events.notes", notes=note(ev), sources=ev.sources or sources)
                            for ev in kept])


@stage("events.finalize", requires=("events", "located", "dated"), provides=("final",))
def make_finalize(settings: Settings):
    """Drop events that could not be placed or dated; merge duplicates inside one article."""
    gaz = default_gazetteer(settings)
    return lambda doc: finalize(doc, settings.link_km, gaz)
