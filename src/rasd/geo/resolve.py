"""Choose each event's location from its sentence's place mentions and the document context.

Order of preference (each choice is recorded in the event's provenance with its rule):
1. a site place of the event's own sentence, non-relative first (geo_precision 1; a region gives
   its capital with precision 3; a place only given relative to a town — "قرب سرت", "جنوب
   طرابلس" — gives that town with precision 2);
2. a back-reference of the sentence (المدينة، العاصمة) → the last town named before it, or the
   capital of the document's country;
3. the first site place of the event's other evidence sentences, then the last site place of the
   previous sentences (precision 1 or its own);
4. the document's country named in the sentence: the main town of the part it names ("جنوب
   ليبيا" → Sabha, data/gazetteer/parts.tsv), else its capital; else (no country, or another one
   as in "التحالف الذي تقوده السعودية") the capital of the document's country (precision 3).
Datelines, governments and speakers' seats never locate an event.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from operator import le

from rasd.document import Document, Span
from rasd.geo import sqlite  # noqa: F401  (registers the "geonames-sqlite" gazetteer)
from rasd.geo.gazetteer import Gazetteer, default_gazetteer, km
from rasd.memo import keep_last
from rasd.mentions.lexicon import Entry, load
from rasd.records import Event, Location
from rasd.registry import stage
from rasd.settings import Settings

SITE_ROLES = ("site", "region")
REGION_FEATURES = ("ADM1", "RGN", "PCLI")
CHAIN_GAP = 30  # characters between two places of one chain ("في تلول الصفا بريف السويداء")
AREA_KM = 100.0  # how far from its town the countryside around a town reaches


@dataclass(frozen=True, slots=True)
class _Places:
    """A document's place layer indexed once: each event asks the same questions of it again."""

    by_offsets: dict[tuple[int, int], Span]
    code: str | None  # country_code_of
    sites: tuple[list[int], list[Span]] | None  # starts and site places that are not countries
    towns: tuple[list[int], list[Span]] | None  # the same without regions (precision 3)


@keep_last(lambda doc: (doc.layer("places"),))
def _places(doc: Document) -> _Places:
    """The index of the last document asked about (None for the lists of a layer not in order)."""
    layer = doc.layer("places")
    sites = [s for s in layer if _is_site(s) and not _is_country(s)]
    towns = [s for s in sites if precision(s) != 3]
    ordered = all(map(le, [s.start for s in layer[:-1]], [s.start for s in layer[1:]]))
    return _Places({(s.start, s.end): s for s in layer}, _vote(layer),
                   ([s.start for s in sites], sites) if ordered else None,
                   ([s.start for s in towns], towns) if ordered else None)


def _vote(layer: tuple[Span, ...]) -> str | None:
    votes: Counter[str] = Counter()
    for s in layer:
        v = s.value
        if v.candidates and v.role in SITE_ROLES:
            votes[v.candidates[0].country_code] += 3 if v.candidates[0].feature == "PCLI" else 1
    return votes.most_common(1)[0][0] if votes else None


def country_code_of(doc: Document) -> str | None:
    """ISO code of the country most of the document's site places (and country names) point to."""
    return _places(doc).code


def country_of(doc: Document) -> str | None:
    """English name of the document's country ("Libya"), from its place mentions."""
    code = country_code_of(doc)
    for s in doc.layer("places"):
        if s.value.candidates and s.value.candidates[0].country_code == code:
            return s.value.candidates[0].country
    return None


def precision(span: Span) -> int:
    """ACLED geo_precision of a site mention: 1 the place, 2 relative to it, 3 a region or country."""
    if span.value.candidates[0].feature in REGION_FEATURES:
        return 3
    return 2 if span.value.relation else 1


def choose(doc: Document, ev: Event, gaz: Gazetteer) -> Event:
    """One event located by the first rule that applies (see the module docstring)."""
    places = _event_places(doc, ev)
    nearer = _nearer_than_borrowed(doc, ev, places)
    if nearer is not None:
        return _set(ev, "geo.previous_sentence", nearer, nearer.value.candidates[0], precision(nearer))
    sites = sorted((s for s in places if _is_site(s)), key=lambda s: (_rank(s, places), places.index(s)))
    if sites and not _is_country(sites[0]):
        return _set(ev, "geo.sentence_place", sites[0], sites[0].value.candidates[0], precision(sites[0]))
    back = next((s for s in places if s.value.role == "backref"), None)
    if back is not None:
        return _backref(doc, ev, back, gaz)
    other = _evidence_site(doc, ev, places)
    if other is not None:
        return _set(ev, "geo.evidence_place", other, other.value.candidates[0], precision(other))
    prev = _previous_site(doc, ev.trigger[0] if ev.trigger != (0, 0) else _evidence_start(ev))
    if prev is not None:
        return _set(ev, "geo.previous_sentence", prev, prev.value.candidates[0], precision(prev))
    if sites and sites[0].value.candidates[0].country_code in (country_code_of(doc), None):
        part = country_part(sites[0])
        if part is not None:
            return _set(ev, "geo.country_part", sites[0], part, 3)
        return _set(ev, "geo.sentence_country", sites[0], sites[0].value.candidates[0], 3)
    return _country_fallback(doc, ev, gaz)


@lru_cache(maxsize=1)
def _parts() -> dict[tuple[str, str], Entry]:
    return {(e.get("country"), e.get("relation")): e for e in load("gazetteer/parts.tsv")}


def country_part(span: Span) -> Location | None:
    """"جنوب ليبيا"، "شمال العراق": the main town of that part of the country (parts.tsv), if listed."""
    country = span.value.candidates[0]
    e = _parts().get((country.country_code, span.value.relation))
    if e is None:
        return None
    return Location(e.get("name"), e.form + " " + country.name_ar, country.country, e.get("admin1"),
                    float(e.get("latitude")), float(e.get("longitude")), None, "RGN", country.country_code)


def _rank(span: Span, places: list[Span]) -> int:
    """A site's precision, except that a named area inside the relative place named right after it
    ("في تلول الصفا بريف السويداء", "في الغوطة الشرقية بريف دمشق") ranks as that place: Arabic names a
    chain from the most specific to the containing one, and the area is the part of the countryside
    the text means (its own precision, 3, is still reported)."""
    own = precision(span)
    if own == 3 and not _is_country(span) and any(_contains(span, p) for p in places):
        return 2
    return own


def _contains(area: Span, rel: Span) -> bool:
    """`rel` ("ريف دمشق", "شمال حلب") follows `area` in one chain of places and lies around it."""
    if not (_is_site(rel) and rel.value.relation and 0 <= rel.start - area.end <= CHAIN_GAP):
        return False
    a, r = area.value.candidates[0], rel.value.candidates[0]
    return km((a.latitude, a.longitude), (r.latitude, r.longitude)) <= AREA_KM


def _is_site(span: Span) -> bool:
    return span.value.role in SITE_ROLES and bool(span.value.candidates)


def _is_country(span: Span) -> bool:
    return span.value.candidates[0].feature == "PCLI"


def _event_places(doc: Document, ev: Event) -> list[Span]:
    """Place spans the coder chose for the event (best first), else those of its sentences."""
    by_offsets = _places(doc).by_offsets
    chosen = [by_offsets[p] for p in ev.place_spans if p in by_offsets]
    if chosen or ev.place_spans:
        return chosen
    return [s for e in ev.evidence for s in doc.layer("places") if e.start <= s.start and s.end <= e.end]


def _nearer_than_borrowed(doc: Document, ev: Event, places: list[Span]) -> Span | None:
    """A site named between the coder's borrowed places and the event, when they all lie outside
    its evidence: the nearest place named before an event is its context, not the article's first."""
    if not places or not ev.evidence or any(_inside(s, ev) for s in places):
        return None
    prev = _previous_site(doc, _evidence_start(ev))
    return prev if prev is not None and prev.start > max(s.end for s in places) else None


def _inside(span: Span, ev: Event) -> bool:
    return any(e.start <= span.start and span.end <= e.end for e in ev.evidence)


def _evidence_site(doc: Document, ev: Event, places: list[Span]) -> Span | None:
    """The first town of the event's other evidence sentences, when its own names only a country.

    "قصف جوي على بلدة شمال شرقي مالي. … أصاب مخزنا عند أطراف بلدة ميناكا": the next sentence of
    the same event says where. When the event word's own sentence names a town (a long report that
    strings its events together with commas), the town nearest the event word is meant, not the
    sentence's first: "…، فيما دمرت القوات بقذيفة، عربة عند مدخل قرية X" is in X.
    """
    found = [s for s in doc.layer("places")
             if _inside(s, ev) and s not in places and _is_site(s) and not _is_country(s)]
    trigger = ev.trigger
    own = [s for s in found if trigger != (0, 0) and _same_evidence(s, trigger, ev)]
    if own:
        return min(own, key=lambda s: (abs(s.start - trigger[0]), s.start))
    return found[0] if found else None


def _same_evidence(span: Span, trigger: tuple[int, int], ev: Event) -> bool:
    return any(e.start <= trigger[0] < e.end and e.start <= span.start < e.end for e in ev.evidence)


def _backref(doc: Document, ev: Event, back: Span, gaz: Gazetteer) -> Event:
    """المدينة → the last town named before it (else the article's main town); العاصمة → the capital."""
    if back.value.feature == "capital":
        code = country_code_of(doc)
        capital = gaz.capital(code) if code else None
        if capital is not None:
            return _set(ev, "geo.backref_capital", back, capital, 1)
    town = _previous_site(doc, back.start, towns_only=True) or _main_town(doc)
    return _set(ev, "geo.backref_town", back, town.value.candidates[0], 1) if town else ev


def _previous_site(doc: Document, pos: int, towns_only: bool = False) -> Span | None:
    """The last site place before a position (outside datelines, governments and speakers)."""
    index = _places(doc)
    found = index.towns if towns_only else index.sites
    if found is not None:
        n = bisect_left(found[0], pos)
        return found[1][n - 1] if n else None
    out = None
    for s in doc.layer("places"):
        if s.start >= pos:
            break
        if _is_site(s) and not _is_country(s) and not (towns_only and precision(s) == 3):
            out = s
    return out


def _main_town(doc: Document) -> Span | None:
    """The town the article names most often (what "المدينة" in a lead refers to)."""
    towns = [s for s in doc.layer("places") if _is_site(s) and precision(s) < 3]
    if not towns:
        return None
    counts = Counter(s.value.candidates[0] for s in towns)
    best = counts.most_common(1)[0][0]
    return next(s for s in towns if s.value.candidates[0] == best)


def _country_fallback(doc: Document, ev: Event, gaz: Gazetteer) -> Event:
    code = country_code_of(doc)
    capital = gaz.capital(code) if code else None
    if capital is None:
        return ev
    return ev.explained("location", "geo.country_capital", (), location=capital, geo_precision=3)


def _evidence_start(ev: Event) -> int:
    return ev.evidence[0].start if ev.evidence else 0


def _set(ev: Event, rule: str, span: Span, loc: Location, prec: int) -> Event:
    return ev.explained("location", rule, ((span.start, span.end),), location=loc, geo_precision=prec)


@stage("geo.resolve", requires=("events", "places"), provides=("located",))
def make_resolve(settings: Settings):
    """Resolve each event's place candidates to one Location with geo_precision."""
    gaz = default_gazetteer(settings)
    return lambda doc: doc.with_events(tuple(choose(doc, ev, gaz) for ev in doc.events))
