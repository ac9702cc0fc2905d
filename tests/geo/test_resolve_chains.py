"""geo.resolve on long reports: chains of nested places and the town nearest the event word."""
from __future__ import annotations

import pytest

from rasd.document import Document, Span
from rasd.geo.gazetteer import default_gazetteer
from rasd.geo.resolve import choose
from rasd.mentions.places import find_places
from rasd.records import Event, Evidence
from testkit import make_doc


def placed(text: str) -> tuple[Document, list[Span]]:
    doc = make_doc(text)
    spans = find_places(doc, default_gazetteer())
    return doc.with_layer("places", spans), spans


def event(doc: Document, trigger_word: str, place_spans: tuple[tuple[int, int], ...] = ()) -> Event:
    text = doc.text
    t = text.index(trigger_word)
    return Event((doc.id,), "Explosions/Remote violence", "Shelling/artillery/missile attack",
                 (Evidence(doc.id, 0, len(text), text),), trigger=(t, t + len(trigger_word)),
                 place_spans=place_spans)


@pytest.mark.parametrize(("text", "name"), [
    ("سقطت قذائف على بلدات في الغوطة الشرقية بريف دمشق صباح اليوم.", "Eastern Ghouta"),
    ("قصفت المدفعية مواقع في تلول الصفا بريف السويداء الشرقي.", "Tulul al-Safa"),
])
def test_an_area_before_the_countryside_that_holds_it_is_the_place(text: str, name: str) -> None:
    """"X بريف Y": the named area is the part of Y's countryside the report means."""
    doc, spans = placed(text)
    sites = tuple((s.start, s.end) for s in spans if s.value.role in ("site", "region"))
    ev = choose(doc, event(doc, "قذائف" if "قذائف" in text else "قصفت", sites), default_gazetteer())
    assert ev.location.name == name
    assert ev.why("location").rule == "geo.sentence_place"


def test_a_place_near_a_town_named_before_a_region_keeps_the_town() -> None:
    text = "سقطت قذائف قرب مدينة دوما في الغوطة الشرقية مساء أمس."
    doc, spans = placed(text)
    sites = tuple((s.start, s.end) for s in spans if s.value.role in ("site", "region"))
    ev = choose(doc, event(doc, "قذائف", sites), default_gazetteer())
    assert (ev.location.name, ev.geo_precision) == ("Duma", 2)


def test_a_long_report_places_a_borrowed_event_at_the_town_nearest_its_word() -> None:
    """The coder only had a country for the clause: the town named right after the event word is
    where it happened, not the first town of the long sentence."""
    text = ("تتواصل المعارك في مديرية نهم بين القوات الحكومية والحوثيين في اليمن، وسط قصف متبادل بين "
            "الطرفين، فيما دمرت القوات الحكومية بقذيفة مضادة للدروع، عربة للحوثيين عند مدخل مدينة "
            "الحزم صباح اليوم.")
    doc, spans = placed(text)
    country = next(s for s in spans if doc.text_of(s) == "اليمن")
    ev = choose(doc, event(doc, "بقذيفة", ((country.start, country.end),)), default_gazetteer())
    assert (ev.location.name, ev.why("location").rule) == ("Al Hazm", "geo.evidence_place")
