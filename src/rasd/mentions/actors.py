"""Find actors: named groups from `actors/actors.tsv`, generic ones from `actors/generic.tsv`.

A name may carry `{country}` ("Islamic State ({country})", "Civilians ({country})"): ACLED names
generic and transnational actors by the country of the event, so the placeholder is filled with
the article's country (see `rasd.events.country`).
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from rasd.document import Document, Span
from rasd.events.country import article_country, local_country
from rasd.events.cues import within_words
from rasd.mentions.lexicon import Entry, Match, load, matcher
from rasd.mentions.values import ActorValue
from rasd.records import Actor
from rasd.registry import stage
from rasd.settings import Settings

NAMED = "actors/actors.tsv"
GENERIC = "actors/generic.tsv"
PEOPLE = "actors/people.tsv"
NATIONAL = "actors/national.tsv"
VERBS = "lexicons/reporting_verbs.tsv"
LINKS = "actors/links.tsv"
LINK_WINDOW = 3  # words between a link word and the actor it ties ("بدعم من طائرات التحالف")


def make_actor(entry: Entry, surface: str, country: str) -> Actor:
    """The canonical actor of a dictionary row, its `{country}` placeholder filled; a body that only
    speaks for a force (war media, an operations room) acts as that force (`acts_as`)."""
    name = entry.get("acts_as") or entry.get("name")
    if name in _NATIONAL_ROLES:
        found = national_name(name, country)
        return Actor(name=found, text=surface, actor_type=_national_type(name, found), country=country)
    return Actor(name=name.replace("{country}", country), text=surface, actor_type=entry.get("actor_type"),
                 country=entry.get("country") or country, wikidata=entry.get("wikidata") or None)


_NATIONAL_ROLES = {"{military}": ("military", "Military Forces of {}"), "{police}": ("police", "Police Forces of {}"),
                   "{rebels}": ("rebels", "Unidentified Armed Group ({})"),
                   "{airforce}": ("airforce", "Unidentified Military Forces")}


def national_name(placeholder: str, country: str) -> str:
    """"الجيش", "الشرطة": the forces of the article's own country under ACLED's name for them
    (`actors/national.tsv`, with its era suffix), else the plain "Military Forces of X"."""
    column, default = _NATIONAL_ROLES[placeholder]
    row = _national_rows().get(country)
    return (row.get(column) if row is not None else "") or default.format(country)


@lru_cache(maxsize=1)
def _national_rows() -> dict[str, Entry]:
    """The first `actors/national.tsv` row of each country."""
    rows: dict[str, Entry] = {}
    for e in load(NATIONAL):
        rows.setdefault(e.get("country"), e)
    return rows


def _national_type(placeholder: str, name: str) -> str | None:
    """ACLED actor type of a national name: rebels are rebel groups (unless unidentified), the rest
    state forces, foreign ones (the coalition flying over Yemen) external forces."""
    if placeholder == "{rebels}":
        return None if name.startswith("Unidentified") else "Rebel Groups"
    foreign = placeholder == "{airforce}" and (name.startswith("Unidentified") or "Coalition" in name)
    return "External/Other Forces" if foreign else "State Forces"


def actor_spans(doc: Document) -> list[Span]:
    """Named and generic actor mentions; a named one wins where both overlap. Rows named `none`
    block a phrase that holds an alias ("القاعدة الجوية" is an air base, not Al Qaeda)."""
    if doc.norm is None:
        return []
    country = article_country(doc).name
    local = local_country(doc, country)
    found = matcher(NAMED).find(doc.norm)
    named = [_span(doc, m.start, m.end, m.entry, local(m.start)) for m in found if m.entry.get("name") != "none"]
    taken = _Taken(len(doc.text), named)
    people = [p for p in _people(doc, country) if taken.free(p)]
    taken.take(people)
    named += people
    told = _told(doc)
    generic = [_span(doc, m.start, m.end, m.entry, local(m.start)) for m in matcher(GENERIC).find(doc.norm)
               if not told(m)]
    found_all = named + [g for g in generic if taken.free(g)]
    return _not_described(doc, sorted(found_all, key=lambda a: a.start))


class _Taken:
    """A map of the characters that spans cover: whether a span overlaps any of them is one look,
    not a scan of them all (every generic actor asks about every named one). Spans are never empty."""

    def __init__(self, size: int, spans: list[Span]) -> None:
        self._map = bytearray(size + 1)
        self.take(spans)

    def take(self, spans: list[Span]) -> None:
        for s in spans:
            self._map[s.start:s.end] = b"\x01" * (s.end - s.start)

    def free(self, span: Span) -> bool:
        return self._map.find(1, span.start, span.end) < 0


def _not_described(doc: Document, spans: list[Span]) -> list[Span]:
    """"جماعة الشباب، ذراع تنظيم القاعدة": a group named inside an apposition describing the actor
    before it is no actor of the event; "القوات المدعومة من التحالف": an ally backing a side stays,
    marked kind `backer` (never the side acted upon, see rasd.events.roles)."""
    assert doc.norm is not None
    links = matcher(LINKS).find(doc.norm)
    out: list[Span] = []
    last: tuple[Span, str] | None = None  # the last tied actor: a list after it shares its tie
    for a in spans:
        listed = last is not None and doc.text[last[0].end:a.start].strip() in ("و", "،", "، و")
        cue = next((c for c in links if _linked(doc, spans, c, a)), None)
        kind = (last[1] if listed and last is not None else None) or (_tie(cue) if cue else None)
        last = (a, kind) if kind else None
        if kind == "backer":
            out.append(replace(a, value=replace(a.value, kind="backer")))
        elif kind is None:
            out.append(a)
    return out


def _tie(cue: Match) -> str:
    return "backer" if cue.entry.get("kind") == "backer" else "apposition"


def _linked(doc: Document, spans: list[Span], cue: Match, actor: Span) -> bool:
    """`actor` follows `cue` within a few words; an apposition also needs a named actor just before."""
    if not (cue.end <= actor.start and within_words(doc.text, cue.end, actor.start, LINK_WINDOW)):
        return False
    if cue.entry.get("kind") == "backer":
        return True
    return any(p.end <= cue.start and p.source.startswith((NAMED, PEOPLE)) and _adjacent(doc.text[p.end:cue.start])
               for p in spans)


def _adjacent(gap: str) -> bool:
    """One word at most (an adjective of the name), commas and brackets aside, on one line; a word
    opening with "و" starts another party ("قوات تابعة للوفاق، وأخرى موالية للإنقاذ")."""
    words = gap.replace("،", " ").replace("(", " ").split()
    return "\n" not in gap and "." not in gap and len(words) <= 1 and not any(w.startswith("و") for w in words)


def _told(doc: Document) -> Callable[[Match], bool]:
    """"قالت الشرطة إن…", "وفقا للسلطات": the country's police or army named only as the teller of
    a report is no actor in it (the attributions stage still hears it as the speaker).

    Only the last reporting word ending before the name can be within a word of it: the gap from
    an earlier one holds that one's gap and more (verbs do not overlap, so their ends are sorted)."""
    assert doc.norm is not None
    verbs = matcher(VERBS).find(doc.norm)
    ends = [v.end for v in verbs]

    def told(m: Match) -> bool:
        if m.entry.get("kind") != "state":
            return False
        i = bisect_right(ends, m.start) - 1
        return i >= 0 and within_words(doc.text, ends[i], m.start, 1)
    return told


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


@lru_cache(maxsize=256)
def _type_of(name: str) -> str:
    """The ACLED actor type of a canonical name, from its first dictionary row."""
    return next((e.get("actor_type") for e in load(NAMED) if e.get("name") == name), "")


def _span(doc: Document, start: int, end: int, entry: Entry, country: str) -> Span:
    surface = doc.text[start:end]
    value = _VALUES.get((entry.where, surface, country))
    if value is None:
        value = _value(entry, surface, country)
    return Span(start, end, "actor", value, entry.where)


def _value(entry: Entry, surface: str, country: str) -> ActorValue:
    """An actor mention's value, kept by lexicon line, words and country: the same few names recur
    across a corpus and values are immutable (at most `_VALUES_MAX` kept: memory stays flat)."""
    if len(_VALUES) >= _VALUES_MAX:
        _VALUES.clear()
    value = _VALUES[entry.where, surface, country] = ActorValue(make_actor(entry, surface, country),
                                                                entry.get("kind", "armed"))
    return value


_VALUES: dict[tuple[str, str, str], ActorValue] = {}
_VALUES_MAX = 4096


@stage("mentions.actors", requires=("tokens", "sentences"), provides=("actors",))
def make_stage(settings: Settings):
    """Find actors from the actor dictionary (its automaton, shared with the lexicons read on every
    article, is built with the pipeline rather than on the first article)."""
    matcher(NAMED)
    return lambda doc: doc.with_layer("actors", actor_spans(doc))
