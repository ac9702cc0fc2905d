"""Who says so: claimants, deniers and mere sources of a report.

A reporting word (`lexicons/reporting_verbs.tsv`: قال، أعلن، بحسب، تبنى، نفى…) is tied to the
nearest speaker after it (Arabic puts the subject after the verb), else the nearest one just
before it. A speaker is a named person (`actors/people.tsv`, with titles around it left out), a
party (`actors/actors.tsv`) or a source (`lexicons/sources.tsv`: agencies, hospitals, "مصادر").
A source yields kind `source` with no name: sources carry reports but claim nothing.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rasd.document import Document, Span
from rasd.events.country import article_country, local_country
from rasd.mentions.actors import national_name
from rasd.mentions.lexicon import Match, load, matcher
from rasd.mentions.values import AttributionValue
from rasd.registry import stage
from rasd.settings import Settings
from rasd.text.normalize import key

VERBS = "lexicons/reporting_verbs.tsv"
PEOPLE = "actors/people.tsv"
PARTIES = "actors/actors.tsv"
SOURCES = "lexicons/sources.tsv"
GENERIC = "actors/generic.tsv"
CUES = "lexicons/cues.tsv"
AFTER = 70   # characters after a verb where its subject may start (titles come first)
BEFORE = 40  # characters before a verb for an SVO subject
_NON_STATE = {e.get("name"): True for e in load(PARTIES)
              if e.get("actor_type") in ("Rebel Groups", "Political Militias", "Identity Militias")}


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
    local = local_country(doc, article_country(doc).name)  # "Police Forces of Iraq" in a round-up's Iraqi part
    found = [Speaker(m.start, m.end, m.entry.get("name"), "person") for m in matcher(PEOPLE).find(doc.norm)]
    found += [_source(m, local(m.start)) for m in matcher(SOURCES).find(doc.norm)]
    found += [Speaker(m.start, m.end, m.entry.get("name").replace("{country}", local(m.start)), "party")
              for m in matcher(PARTIES).find(doc.norm) if m.entry.get("name") != "none"]
    found += _national_speakers(doc, local)
    found += _anaphor_speakers(doc, [s for s in found if s.kind == "party"])
    taken = bytearray(len(doc.text) + 1)  # the characters kept speakers cover (none is empty)
    kept: list[Speaker] = []
    for s in found:
        if taken.find(1, s.start, s.end) < 0:
            taken[s.start:s.end] = b"\x01" * (s.end - s.start)
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)


def _source(m: Match, country: str) -> Speaker:
    """A source claims nothing, except an unnamed military source: it speaks for the country's army."""
    if m.entry.get("kind") == "military":
        return Speaker(m.start, m.end, national_name("{military}", country), "party")
    return Speaker(m.start, m.end, "", "source")


def _national_speakers(doc: Document, local: Callable[[int], str]) -> list[Speaker]:
    """"قال الجيش", "وفقا للشرطة": the country's own forces speak as a party (named rows win)."""
    assert doc.norm is not None
    return [Speaker(m.start, m.end, national_name(m.entry.get("name"), local(m.start)), "party")
            for m in matcher(GENERIC).find(doc.norm) if m.entry.get("kind") == "state"]


def _anaphor_speakers(doc: Document, parties: list[Speaker]) -> list[Speaker]:
    """"تبناه التنظيم", "قالت الحركة في بيان": the word stands for the armed group named last before it."""
    assert doc.norm is not None
    groups = [p for p in parties if _NON_STATE.get(p.name) or p.name.startswith("Islamic State (")]
    out = []
    for m in matcher(CUES).find(doc.norm):
        earlier = [g for g in groups if g.end <= m.start]
        if m.entry.get("kind") == "anaphor" and earlier:
            out.append(Speaker(m.start, m.end, earlier[-1].name, "party"))
    return out


def is_anaphor(surface: str) -> bool:
    """Whether a speaker's words are an anaphor ("التنظيم") rather than the group's own name."""
    return key(surface) in _anaphor_keys()


@lru_cache(maxsize=1)
def _anaphor_keys() -> frozenset[str]:
    return frozenset(e.key for e in load(CUES) if e.get("kind") == "anaphor")


def attribution_spans(doc: Document) -> list[Span]:
    """One `attribution` span per reporting word whose speaker is found (or implied)."""
    if doc.norm is None:
        return []
    who = _Speakers(speakers(doc))
    out = []
    for m in matcher(VERBS).find(doc.norm):
        span = _attribute(doc, m, who)
        if span is not None:
            out.append(span)
    return out


class _Speakers:
    """The article's speakers, in text order and disjoint, so their starts and their ends are both
    sorted: the speakers after or before a verb are a bisected slice, not a scan of them all."""

    def __init__(self, found: list[Speaker]) -> None:
        self.all = found
        self.starts = [s.start for s in found]
        self.ends = [s.end for s in found]

    def starting(self, lo: int, hi: int) -> list[Speaker]:
        """Speakers with `lo <= start < hi`."""
        return self.all[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def ending(self, lo: int, hi: int) -> list[Speaker]:
        """Speakers with `lo <= end <= hi`."""
        return self.all[bisect_left(self.ends, lo):bisect_right(self.ends, hi)]


def _attribute(doc: Document, m: Match, who: _Speakers) -> Span | None:
    kind = m.entry.get("kind", "claim")
    if kind == "none":  # "إضافة إلى": a blocked phrase, no reporting verb
        return None
    sentence = doc.sentence_of(m.start)
    lo = sentence.start if sentence else 0
    hi = sentence.end if sentence else len(doc.text)
    stop = _clause_stop(doc.text, m.end, min(hi, m.end + AFTER))
    after = who.starting(m.end, stop)
    before = who.ending(max(lo, m.start - BEFORE), m.start)
    people = [s for s in after if s.kind == "person"]  # "الناطق باسم الجيش أحمد المسماري": the person
    pick = (people or after)[0] if after else (before[-1] if before else None)
    if pick is None:
        if kind != "continue":
            return None
        return Span(m.start, m.end, "attribution", AttributionValue("continue", ""), m.entry.where)
    if pick.kind == "source":
        pick = _party_of_source(doc, pick, who.starting(0, max(stop, pick.end)))
    value_kind = "source" if pick.kind == "source" else _value_kind(kind)
    value = AttributionValue(value_kind, pick.name, doc.text[pick.start:pick.end])
    return Span(min(m.start, pick.start), max(m.end, pick.end), "attribution", value, m.entry.where)


_COMPLEMENT = re.compile(r"\s(?:[أإا]ن|بأن|بان)(?:ه|ها|هم|هما|نا|ني)?\s|[:«\"]")


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
