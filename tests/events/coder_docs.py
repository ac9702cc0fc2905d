"""Hand-built Documents for coder tests: text stages, then places/counts/dates we place ourselves."""
from __future__ import annotations

from datetime import date

from rasd.document import Document, Span
from rasd.mentions.actors import actor_spans
from rasd.mentions.attributions import attribution_spans
from rasd.mentions.triggers import trigger_spans
from rasd.mentions.values import CountValue, DateValue, PlaceValue
from rasd.records import Location
from testkit import make_doc

TOWNS = {
    "مأرب": Location("Marib", "مأرب", "Yemen", "Marib", 15.46, 45.32),
    "تعز": Location("Taizz", "تعز", "Yemen", "Taizz", 13.58, 44.02),
    "حلب": Location("Aleppo", "حلب", "Syria", "Aleppo", 36.20, 37.16),
    "إدلب": Location("Idlib", "إدلب", "Syria", "Idlib", 35.93, 36.63),
    "كيسمايو": Location("Kismayo", "كيسمايو", "Somalia", "Lower Juba", -0.36, 42.55),
    "الفاشر": Location("El Fasher", "الفاشر", "Sudan", "North Darfur", 13.63, 25.35),
    "مصراتة": Location("Misrata", "مصراتة", "Libya", "Misrata", 32.37, 15.09),
    "أجدابيا": Location("Ajdabiya", "أجدابيا", "Libya", "Al Wahat", 30.76, 20.23),
    "زليتن": Location("Zliten", "زليتن", "Libya", "Murqub", 32.47, 14.57),
    "الخمس": Location("Khoms", "الخمس", "Libya", "Murqub", 32.65, 14.26),
    "تكريت": Location("Tikrit", "تكريت", "Iraq", "Salah ad Din", 34.60, 43.68),
}


def spans_of(text: str, words: dict[str, object], label: str) -> list[Span]:
    """A span for every occurrence of each word, carrying its value."""
    out = []
    for word, value in words.items():
        i = text.find(word)
        while i >= 0:
            out.append(Span(i, i + len(word), label, value, "test"))
            i = text.find(word, i + 1)
    return out


def coded(text: str, counts: dict[str, CountValue] | None = None, dates: dict[str, date] | None = None,
          published: str = "2019-04-05") -> Document:
    """The document with every mention layer the coder reads, ready for `events.build`."""
    doc = make_doc(text, published=published)
    doc = doc.with_layer("places", spans_of(text, {k: PlaceValue((v,)) for k, v in TOWNS.items()}, "place"))
    doc = doc.with_layer("counts", spans_of(text, counts or {}, "count"))
    found = spans_of(text, {k: DateValue(v, 1, "absolute") for k, v in (dates or {}).items()}, "date")
    if dates is None:  # a news report is dated: stand in for the date finder with the publication day
        found = [Span(0, min(1, len(text)), "date", DateValue(date.fromisoformat(published), 2, "relative"), "test")]
    doc = doc.with_layer("dates", found)
    doc = doc.with_layer("actors", actor_spans(doc)).with_layer("triggers", trigger_spans(doc))
    return doc.with_layer("attributions", attribution_spans(doc))
