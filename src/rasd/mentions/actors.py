"""Find actors: named groups from `actors/actors.tsv`, generic ones from `actors/generic.tsv`.

A name may carry `{country}` ("Islamic State ({country})", "Civilians ({country})"): ACLED names
generic and transnational actors by the country of the event, so the placeholder is filled with
the article's country (see `rasd.events.country`).
"""
from __future__ import annotations

from rasd.document import Document, Span
from rasd.events.country import article_country
from rasd.mentions.lexicon import Entry, load, matcher
from rasd.mentions.values import ActorValue
from rasd.records import Actor
from rasd.registry import stage
from rasd.settings import Settings

NAMED = "actors/actors.tsv"
GENERIC = "actors/generic.tsv"
PEOPLE = "actors/people.tsv"


def make_actor(entry: Entry, surface: str, country: str) -> Actor:
    """The canonical actor of a dictionary row, its `{country}` placeholder filled; a body that only
    speaks for a force (war media, an operations room) acts as that force (`acts_as`)."""
    name = (entry.get("acts_as") or entry.get("name")).replace("{country}", country)
    return Actor(name=name, text=surface, actor_type=entry.get("actor_type"),
                 country=entry.get("country") or country, wikidata=entry.get("wikidata") or None)


def actor_spans(doc: Document) -> list[Span]:
    """Named and generic actor mentions; a named one wins where both overlap. Rows named `none`
    block a phrase that holds an alias ("القاعدة الجوية" is an air base, not Al Qaeda)."""
    if doc.norm is None:
        return []
    country = article_country(doc).name
    found = matcher(NAMED).find(doc.norm)
    named = [_span(doc, m.start, m.end, m.entry, country) for m in found if m.entry.get("name") != "none"]
    named += [p for p in _people(doc, country) if not any(p.overlaps(n) for n in named)]
    generic = [_span(doc, m.start, m.end, m.entry, country) for m in matcher(GENERIC).find(doc.norm)]
    return named + [g for g in generic if not any(g.overlaps(n) for n in named)]


def _people(doc: Document, country: str) -> list[Span]:
    """A commander or spokesman named as acting ("قوات حفتر") stands for the body he leads."""
    assert doc.norm is not None
    out = []
    for m in matcher(PEOPLE).find(doc.norm):
        body = m.entry.get("body")
        if body:
            actor = Actor(name=body, text=doc.text[m.start:m.end], actor_type=_type_of(body), country=country)
            out.append(Span(m.start, m.end, "actor", ActorValue(actor, "person"), m.entry.where))
    return out


def _type_of(name: str) -> str:
    """The ACLED actor type of a canonical name, from its first dictionary row."""
    return next((e.get("actor_type") for e in load(NAMED) if e.get("name") == name), "")


def _span(doc: Document, start: int, end: int, entry: Entry, country: str) -> Span:
    surface = doc.text[start:end]
    value = ActorValue(make_actor(entry, surface, country), entry.get("kind", "armed"))
    return Span(start, end, "actor", value, entry.where)


@stage("mentions.actors", requires=("tokens", "sentences"), provides=("actors",))
def make_stage(settings: Settings):
    """Find actors from the actor dictionary."""
    return lambda doc: doc.with_layer("actors", actor_spans(doc))
