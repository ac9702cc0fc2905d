"""claimed_by and disputed_by of one event, from the `attributions` layer.

A claim in the event's sentence names the claimant; a source there (agency, hospital,
"مصادر") means no party claims it. "وأضاف" with no new speaker continues the last claimant of the
article. A denial in the event's sentence or the next one names the party that disputes it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.document import Document, Span
from rasd.events.layers import sentence_index, spans_in
from rasd.memo import per_document
from rasd.mentions.attributions import is_anaphor
from rasd.mentions.lexicon import load


@dataclass(frozen=True, slots=True)
class Claim:
    """Claimant and denier (canonical names or None) and the attribution spans behind them."""

    claimed_by: str | None
    disputed_by: str | None
    spans: tuple[tuple[int, int], ...] = ()
    rule: str = "rule:events.claims.none"


@per_document
def claim(doc: Document, sentence: Span) -> Claim:
    """Who claims and who denies the events of one sentence (every draft of it asks: kept for the
    document; the sentence is a key by value, and the answer reads nothing else)."""
    here = list(spans_in(doc, "attributions", sentence))
    denier = _denier(doc, sentence, here)
    taken = _responsibility(doc, sentence, here)
    if taken is not None:
        return Claim(taken.value.who, denier, ((taken.start, taken.end),), taken.source)
    for a in here:
        if a.value.kind == "source":
            return Claim(None, denier, ((a.start, a.end),), a.source)
        if a.value.kind == "claim" and a.value.who:
            return Claim(a.value.who, denier, ((a.start, a.end),), a.source)
        if a.value.kind == "continue":
            last = _last_claim(doc, sentence.start)
            if last is not None:
                return Claim(last.value.who or None, denier, ((last.start, last.end),), a.source)
    nearby = _nearby_claim(doc, sentence)
    if nearby is not None:
        return Claim(nearby.value.who, denier, ((nearby.start, nearby.end),), "rule:events.claims.nearby_claim")
    return Claim(None, denier)


def _responsibility(doc: Document, sentence: Span, here: list[Span]) -> Span | None:
    """"وتبنت حركة الشباب التفجير": a group claiming the attack, in the sentence or the next one,
    is its claimant, over the police or a monitor that told of it."""
    following = _following(doc, sentence.end)
    pool = here + (list(spans_in(doc, "attributions", following)) if following else [])
    return next((a for a in pool if _verb_kinds().get(a.source) == "responsibility" and a.value.who), None)


@per_document
def _following(doc: Document, end: int) -> Span | None:
    """The first sentence of the layer that starts at or after an offset (the next sentence)."""
    return next((s for s in doc.layer("sentences") if s.start >= end), None)


@per_document
def responsibility_near(doc: Document, sentence: Span) -> str | None:
    """The party claiming the attack of a sentence, in it or the next one ("وتبناه التنظيم")."""
    taken = _responsibility(doc, sentence, list(spans_in(doc, "attributions", sentence)))
    return claimant_party(taken.value.who) if taken is not None else None


def _nearby_claim(doc: Document, sentence: Span) -> Span | None:
    """A party's claim in the sentence before or after, else the article's first: it carries the report."""
    sentences = doc.layer("sentences")
    i = _position(doc, sentence)
    order = [sentences[k] for k in (i - 1, i + 1) if 0 <= k < len(sentences) and i >= 0]
    for s in order:
        found = [a for a in spans_in(doc, "attributions", s) if _party_claim(a)]
        if found:
            return found[0]
    return next((a for a in doc.layer("attributions") if _party_claim(a)), None)


def _position(doc: Document, sentence: Span) -> int:
    """`sentences.index(sentence)`, -1 when absent: the equal sentences starting where it does are
    few, found by their start."""
    sentences = doc.layer("sentences")
    return next((k for k in sentence_index(doc).get(sentence.start, ()) if sentences[k] == sentence), -1)


def _party_claim(a: Span) -> bool:
    """A claim that can carry reports beyond its own sentence: one by a party to the conflict or its
    spokesman ("قال المسماري"), not a police or army statement about a single incident."""
    return a.value.kind == "claim" and bool(a.value.who) and claimant_party(a.value.who) is not None


def _denier(doc: Document, sentence: Span, here: list[Span]) -> str | None:
    following = _following(doc, sentence.end)
    pool = here + (list(spans_in(doc, "attributions", following)) if following else [])
    return next((a.value.who for a in pool if a.value.kind == "denial" and a.value.who), None)


def _last_claim(doc: Document, before: int) -> Span | None:
    found = [a for a in doc.layer("attributions") if a.end <= before and a.value.kind in ("claim", "source")]
    return found[-1] if found else None


@lru_cache(maxsize=1)
def _parties() -> dict[str, str]:
    """Canonical party names, and each spokesman's party, from the actor dictionaries."""
    out = {e.get("name"): e.get("acts_as") or e.get("name") for e in load("actors/actors.tsv")
           if "{" not in e.get("name")}
    out.update({e.get("name"): e.get("body") for e in load("actors/people.tsv") if e.get("body")})
    return out


def claimant_party(claimant: str) -> str | None:
    """The party a claimant is or speaks for (a person → the body he speaks for), if known. The
    police report incidents ("قالت الشرطة إن انفجارا…"): their word makes them no party to one."""
    if claimant.startswith("Police Forces of "):
        return None
    if claimant.startswith("Islamic State (") or claimant in _parties():
        return _parties().get(claimant, claimant)
    return None


@per_document
def responsible_party(doc: Document) -> str | None:
    """The party that claims responsibility for attacks somewhere in the article ("تبنى داعش").

    Only a claim naming the group: "تبناهما التنظيم" ("the two attacks") refers to attacks told
    beside it, and it is read there (`claim`), not spread over every attack of the article."""
    for a in doc.layer("attributions"):
        if _verb_kinds().get(a.source) == "responsibility" and a.value.who and not is_anaphor(a.value.who_text):
            return claimant_party(a.value.who)
    return None


@lru_cache(maxsize=1)
def _verb_kinds() -> dict[str, str]:
    """Kind of each reporting verb by its `file:line` (read once, not once per event)."""
    return {e.where: e.get("kind") for e in load("lexicons/reporting_verbs.tsv")}
