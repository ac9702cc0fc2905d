"""Typed records that leave the per-article pipeline: events, locations, actors, provenance.

Serialisation to JSON/CSV/SQL happens only at the edges (`rasd.export`, `rasd.store`).
"""
from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from operator import attrgetter

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}
SUB_TO_TYPE: dict[str, str] = {sub: t for t, subs in EVENT_TYPES.items() for sub in subs}


@dataclass(frozen=True, slots=True)
class Location:
    """A resolved place: English and Arabic names, country, first-level division, coordinates."""

    name: str
    name_ar: str
    country: str
    admin1: str | None
    latitude: float
    longitude: float
    geonameid: int | None = None
    feature: str = ""
    country_code: str = ""

    def __eq__(self, other: object) -> bool:
        """Field by field as the generated one, but stopping at the first difference (the
        name, nearly always) instead of building two tuples: ranking compares every candidate
        with every fixed place of the article. The hash stays the generated one."""
        if self is other:
            return True
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.name == other.name and (
            self.name_ar, self.country, self.admin1, self.latitude, self.longitude, self.geonameid, self.feature,
            self.country_code) == (other.name_ar, other.country, other.admin1, other.latitude, other.longitude,
                                   other.geonameid, other.feature, other.country_code)


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor (ACLED naming) and the Arabic words that named it in this article."""

    name: str
    text: str = ""
    actor_type: str = ""
    country: str = ""
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class Provenance:
    """Why a field has its value: the evidence offsets and the lexicon line or rule that decided it."""

    field: str
    rule: str
    spans: tuple[tuple[int, int], ...] = ()
    article_id: str = ""


@dataclass(frozen=True, slots=True)
class Evidence:
    """A quoted span of one article: offsets into that article's text and the slice itself."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Event:
    """One ACLED-style event; per-article stages fill it step by step, `link` merges reports.

    `trigger` and the candidate span tuples are the builder's working notes for the geo and
    time stages; `provenance` records, per field, the evidence and rule behind its value.
    """

    article_ids: tuple[str, ...]
    event_type: str
    sub_event_type: str
    evidence: tuple[Evidence, ...]
    trigger: tuple[int, int] = (0, 0)
    place_spans: tuple[tuple[int, int], ...] = ()
    date_spans: tuple[tuple[int, int], ...] = ()
    event_date: date | None = None
    time_precision: int = 2
    location: Location | None = None
    geo_precision: int = 1
    fatalities: int = 0
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_1: Actor | None = None
    assoc_actor_2: Actor | None = None
    claimed_by: str | None = None
    disputed_by: str | None = None
    notes: str = ""
    provenance: tuple[Provenance, ...] = ()
    sources: tuple[str, ...] = ()
    per_source_fatalities: tuple[tuple[str, int], ...] = ()

    def but(self, **changes: object) -> Event:
        """A copy with some fields changed (records are frozen)."""
        return _replaced(self, changes)

    def explained(self, field: str, rule: str, spans: tuple[tuple[int, int], ...] = (), **changes: object) -> Event:
        """A copy with fields changed and a provenance entry saying which rule set `field`."""
        article = self.article_ids[0] if self.article_ids else ""
        prov = tuple(p for p in self.provenance if p.field != field)
        prov += (Provenance(field, rule, spans, article),)
        changes["provenance"] = prov
        return _replaced(self, changes)

    def explained_each(self, reasons: tuple[tuple[str, str, tuple[tuple[int, int], ...]], ...],
                       **changes: object) -> Event:
        """`explained` once per (field, rule, spans) reason, in order, with all the changes: the same
        record as successive calls would make, copied once instead of once per reason."""
        if "article_ids" in changes or "provenance" in changes:
            ev = self
            for field, rule, spans in reasons:
                ev = ev.explained(field, rule, spans)
            return ev.but(**changes)
        article = self.article_ids[0] if self.article_ids else ""
        prov = self.provenance
        for field, rule, spans in reasons:
            prov = (*(p for p in prov if p.field != field), Provenance(field, rule, spans, article))
        changes["provenance"] = prov
        return _replaced(self, changes)

    def why(self, field: str) -> Provenance | None:
        """The provenance entry of one field, if any."""
        return next((p for p in self.provenance if p.field == field), None)

    @property
    def event_id(self) -> str:
        """A stable id: the first report, its first evidence offsets and the type."""
        ev = self.evidence[0] if self.evidence else Evidence("", 0, 0, "")
        key = f"{ev.article_id}:{ev.start}:{ev.end}:{self.sub_event_type}:{self.place_spans[:1]}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# Per record class: its field names, a getter of all their values, and the slot setters.
_Kit = tuple[frozenset[str], Callable[[object], tuple[object, ...]], tuple[Callable[[object, object], None], ...],
             dict[str, Callable[[object, object], None]]]
_KITS: dict[type, _Kit] = {}


def _replaced(record: Event, changes: dict[str, object]) -> Event:
    """`dataclasses.replace` without its generic checks and keyword rebuilding: the coder copies
    each event a dozen times (every decided field adds provenance), and replace was the costliest
    single call of the pipeline. Same result: the copy's fields are set exactly as `__init__`
    would set them (Event has no `__post_init__` and no init-less fields), all read at once and
    written through the slots' own setters."""
    cls = type(record)
    kit = _KITS.get(cls) or _kit(cls)
    names, get_all, setters, setter_of = kit
    if not changes.keys() <= names:
        return dataclasses.replace(record, **changes)  # raises the usual TypeError
    new = object.__new__(cls)
    for put, value in zip(setters, get_all(record), strict=True):
        put(new, value)
    for name, value in changes.items():
        setter_of[name](new, value)
    return new


def _kit(cls: type) -> _Kit:
    """The copying kit of a record class, made on its first copy."""
    names = tuple(f.name for f in dataclasses.fields(cls))
    setters = tuple(getattr(cls, name).__set__ for name in names)
    kit = _KITS[cls] = (frozenset(names), attrgetter(*names), setters, dict(zip(names, setters, strict=True)))
    return kit
