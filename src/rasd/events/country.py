"""The country an article's events happen in, for generic actor names ("Civilians (Yemen)").

Uses `rasd.geo.resolve.country_of(doc)` when the geo stage offers it; otherwise votes: each
event-site place counts twice for its best candidate's country, each national actor (not
foreign forces) once. With no evidence at all the project's home country, Libya, stands, and
the rule says so.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rasd.document import Document
from rasd.mentions.lexicon import matcher

DEFAULT = "Libya"
_FOREIGN = "External/Other Forces"


@dataclass(frozen=True, slots=True)
class Country:
    """A country name and the rule that chose it."""

    name: str
    rule: str


def article_country(doc: Document) -> Country:
    """The article's country: from the geo resolver when present, else by a vote."""
    try:
        from rasd.geo.resolve import country_of  # type: ignore[attr-defined]
    except (ImportError, AttributeError):
        country_of = None
    if country_of is not None:
        found = country_of(doc)
        if isinstance(found, str) and found:
            return Country(found, "rule:geo.country_of")
    votes = _place_votes(doc) + _actor_votes(doc) + _word_votes(doc)
    if not votes:
        return Country(DEFAULT, "rule:events.country.default")
    return Country(votes.most_common(1)[0][0], "rule:events.country.vote")


def _place_votes(doc: Document) -> Counter[str]:
    votes: Counter[str] = Counter()
    for span in doc.layer("places"):
        cands = getattr(span.value, "candidates", ())
        if cands and getattr(span.value, "role", "site") in ("site", "region", "dateline"):
            votes[cands[0].country] += 2
    return votes


def _actor_votes(doc: Document) -> Counter[str]:
    votes: Counter[str] = Counter()
    if doc.norm is None:
        return votes
    for m in matcher("actors/actors.tsv").find(doc.norm):
        if m.entry.get("country") and m.entry.get("actor_type") != _FOREIGN:
            votes[m.entry.get("country")] += 1
    return votes


def _word_votes(doc: Document) -> Counter[str]:
    """Country names, demonyms and capitals (`lexicons/countries.tsv`)."""
    if doc.norm is None:
        return Counter()
    return Counter(m.entry.get("country") for m in matcher("lexicons/countries.tsv").find(doc.norm))
