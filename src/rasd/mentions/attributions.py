"""Who says so: claimants, deniers and mere sources of a report.

A reporting word (`lexicons/reporting_verbs.tsv`: قال، أعلن، بحسب، تبنى، نفى…) is tied to the
nearest speaker after it (Arabic puts the subject after the verb), else the nearest one just
before it. A speaker is a named person (`actors/people.tsv`, with titles around it left out), a
party (`actors/actors.tsv`) or a source (`lexicons/sources.tsv`: agencies, hospitals, "مصادر").
A source yields kind `source` with no name: sources carry reports but claim nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.document import Document, Span
from rasd.events.country import article_country
from rasd.mentions.lexicon import Match, matcher
from rasd.mentions.values import AttributionValue
from rasd.registry import stage
from rasd.settings import Settings

VERBS = "lexicons/reporting_verbs.tsv"
PEOPLE = "actors/people.tsv"
PARTIES = "actors/actors.tsv"
SOURCES = "lexicons/sources.tsv"
AFTER = 70   # characters after a verb where its subject may start (titles come first)
BEFORE = 40  # characters before a verb for an SVO subject


@dataclass(frozen=True, slots=True)
class Speaker:
    """A candidate speaker: offsets, canonical name ('' for a source) and its kind."""

    start: int
    end: int
    name: str
    kind: str


def speakers(doc: Document) -> list[Speaker]:
    """People, parties and sources of the article, a person winning over what it overlaps."""
    assert doc.norm is not None
    country = article_country(doc).name
    found = [Speaker(m.start, m.end, m.entry.get("name"), "person") for m in matcher(PEOPLE).find(doc.norm)]
    found += [Speaker(m.start, m.end, "", "source") for m in matcher(SOURCES).find(doc.norm)]
    found += [Speaker(m.start, m.end, m.entry.get("name").replace("{country}", country), "party")
              for m in matcher(PARTIES).find(doc.norm) if m.entry.get("name") != "none"]
    kept: list[Speaker] = []
    for s in found:
        if not any(s.start < k.end and k.start < s.end for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)


def attribution_spans(doc: Document) -> list[Span]:
    """One `attribution` span per reporting word whose speaker is found (or implied)."""
    if doc.norm is None:
        return []
    who = speakers(doc)
    out = []
    for m in matcher(VERBS).find(doc.norm):
        span = _attribute(doc, m, who)
        if span is not None:
            out.append(span)
    return out


def _attribute(doc: Document, m: Match, who: list[Speaker]) -> Span | None:
    kind = m.entry.get("kind", "claim")
    sentence = doc.sentence_of(m.start)
    lo = sentence.start if sentence else 0
    hi = sentence.end if sentence else len(doc.text)
    stop = _clause_stop(doc.text, m.end, min(hi, m.end + AFTER))
    after = [s for s in who if m.end <= s.start < stop]
    before = [s for s in who if max(lo, m.start - BEFORE) <= s.end <= m.start]
    people = [s for s in after if s.kind == "person"]  # "الناطق باسم الجيش أحمد المسماري": the person
    pick = (people or after)[0] if after else (before[-1] if before else None)
    if pick is None:
        if kind != "continue":
            return None
        return Span(m.start, m.end, "attribution", AttributionValue("continue", ""), m.entry.where)
    if pick.kind == "source":
        pick = _party_of_source(doc, pick, who)
    value_kind = "source" if pick.kind == "source" else _value_kind(kind)
    value = AttributionValue(value_kind, pick.name, doc.text[pick.start:pick.end])
    return Span(min(m.start, pick.start), max(m.end, pick.end), "attribution", value, m.entry.where)


_COMPLEMENT = re.compile(r"\s(?:[أإا]ن|بأن|بان|أنه|إنه)\s|[:«\"]")


def _clause_stop(text: str, start: int, stop: int) -> int:
    """Where the reported content starts ("قال إن…", a colon, a quote): no subject lies beyond."""
    m = _COMPLEMENT.search(text, start, stop)
    return m.start() if m else stop


def _party_of_source(doc: Document, source: Speaker, who: list[Speaker]) -> Speaker:
    """"مصدر في قوات البيشمركة": a source inside a party speaks for that party."""
    nxt = next((s for s in who if s.start >= source.end), None)
    if nxt is not None and nxt.kind == "party" and len(doc.text[source.end:nxt.start].split()) <= 2:
        return nxt
    return source


def _value_kind(verb_kind: str) -> str:
    return "denial" if verb_kind == "denial" else "claim"


@stage("mentions.attributions", requires=("tokens", "sentences"), provides=("attributions",))
def make_stage(settings: Settings):
    """Find claimants and deniers."""
    return lambda doc: doc.with_layer("attributions", attribution_spans(doc))
