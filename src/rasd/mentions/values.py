"""The typed values carried by mention spans: the contract between mention finders and the coder.

Each layer's spans hold one of these in `Span.value`; `Span.source` names the lexicon line or rule
that produced it (e.g. `"lexicons/triggers.tsv:42"`, `"rule:time.weekday_before_publication"`).

| layer          | value            | provided by stage     |
|----------------|------------------|-----------------------|
| `dates`        | `DateValue`      | mentions.dates        |
| `counts`       | `CountValue`     | mentions.counts       |
| `places`       | `PlaceValue`     | mentions.places       |
| `actors`       | `ActorValue`     | mentions.actors       |
| `triggers`     | `TriggerValue`   | mentions.triggers     |
| `attributions` | `AttributionValue` | mentions.attributions |
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rasd.records import Actor, Location


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date expression resolved against the publication date.

    `day` is the latest day the expression names (for spans "يومي الجمعة والسبت" the Saturday);
    `precision` 1 = that day, 2 = within about a week, 3 = only the month. `kind` is one of
    absolute, relative, weekday, span, duration, month, year.
    """

    day: date
    precision: int
    kind: str


@dataclass(frozen=True, slots=True)
class CountValue:
    """A count of people with what happened to them (ACLED's conservative value).

    role: killed | wounded | zero (explicitly no casualties) | people (a count of persons, fate
    unknown) | other. `approximate` marks vague words (عشرات = 10) and hedges (نحو 27).
    """

    value: int
    role: str
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class PlaceValue:
    """A place name in the text with its gazetteer candidates (best first).

    role: site (a candidate event location) | dateline | government (حكومة طبرق) | speaker (a
    seat) | backref (المدينة, العاصمة: resolved by geo.resolve) | region | group (inside an armed
    group's name) | person (after a title) | landmark (a street or building name) | anchor (a town
    that only locates another name: "X جنوب Y"). For relative phrases
    ("40 كيلومتراً جنوبي طرابلس") `relation` holds the relation and `anchor` the span of the town.
    """

    candidates: tuple[Location, ...]
    role: str = "site"
    feature: str = ""
    relation: str = ""
    anchor: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class ActorValue:
    """An actor named in the text; `kind` is armed | state | civilian | rebel | media | other."""

    actor: Actor
    kind: str = "armed"


@dataclass(frozen=True, slots=True)
class TriggerValue:
    """An event word and the ACLED type it signals."""

    event_type: str
    sub_event_type: str


@dataclass(frozen=True, slots=True)
class AttributionValue:
    """Who says so: kind claim | denial | source (agencies, hospitals: sources, not claimants)."""

    kind: str
    who: str
    who_text: str = ""
