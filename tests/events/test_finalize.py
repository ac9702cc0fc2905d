"""Finalize: unplaced or undated events go, one incident told twice merges, notes are written."""
from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from rasd.document import Article, Document
from rasd.events.finalize import finalize
from rasd.events.notes import note
from rasd.records import Actor, Event, Evidence, Location

MARIB = Location("Marib", "مأرب", "Yemen", "Marib", 15.46, 45.32)
NEAR_MARIB = Location("Sirwah", "صرواح", "Yemen", "Marib", 15.47, 45.35)
TAIZZ = Location("Taizz", "تعز", "Yemen", "Taizz", 13.58, 44.02)


def event(start: int, loc: Location | None, day: date | None = date(2019, 4, 5), toll: int = 0) -> Event:
    ev = Event(("a1",), "Battles", "Armed clash", (Evidence("a1", start, start + 5, "xxxxx"),),
                 location=loc, event_date=day, fatalities=toll,
                 actor1=Actor("Houthis (Ansar Allah)"), actor2=Actor("Military Forces of Yemen (2012-)"))
    return ev.explained("fatalities", "test", ((start, start + 1),)) if toll else ev


def doc_with(*evs: Event) -> Document:
    return Document(Article("a1", "x" * 200)).with_events(list(evs))


def test_unplaced_and_undated_are_dropped() -> None:
    out = finalize(doc_with(event(0, None), event(10, MARIB, None), event(20, MARIB))).events
    assert len(out) == 1


def test_twice_told_incident_merges_with_both_evidences() -> None:
    out = finalize(doc_with(event(0, MARIB, toll=2), event(50, NEAR_MARIB, toll=5))).events
    assert len(out) == 1
    assert len(out[0].evidence) == 2 and out[0].fatalities == 2


def test_far_places_stay_apart() -> None:
    assert len(finalize(doc_with(event(0, MARIB), event(50, TAIZZ))).events) == 2


def test_notes_read_like_acled() -> None:
    text = note(event(0, MARIB, toll=3))
    assert text == ("On 5 April 2019, Houthis (Ansar Allah) clashed with Military Forces of Yemen (2012-) "
                    "in Marib. 3 fatalities.")


@given(st.lists(st.sampled_from([MARIB, NEAR_MARIB, TAIZZ, None]), max_size=6))
def test_finalize_never_adds_events(places: list[Location | None]) -> None:
    evs = [event(i * 10, p) for i, p in enumerate(places)]
    out = finalize(doc_with(*evs)).events
    assert len(out) <= len(evs)
    assert all(e.location is not None and e.notes for e in out)
