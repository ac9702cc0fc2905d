"""Whether a matched name is a place mention: stoplist, cue, curation, prominence, document country.

A cue admits any name whose country the document is about (or any, before that is known); a bare
name needs curation, a large population, a sizeable town of a focus country, or a town of the
document's main countries. A name after a person's title is a name. Hits are mentions.places.Hit
values; the document's country votes come as shares (`shares`), computed once an article rather
than once a candidate.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from rasd.geo import roles
from rasd.geo.clauses import SMALL_CUES
from rasd.geo.gazetteer import Gazetteer

if TYPE_CHECKING:
    from rasd.mentions.places import Hit

PROMINENT = 1_000_000
CONTEXT_POP = 5_000
FOCUS_POP = 20_000
CONTEXT_SHARE = 0.2
CUE_SHARE = 0.1


def shares(votes: Mapping[str, int]) -> dict[str, float]:
    """Each voted country's share of the document's votes (empty when nothing voted)."""
    total = sum(votes.values()) or 1
    return {code: n / total for code, n in votes.items()}


def accepted(h: Hit, gaz: Gazetteer, share: dict[str, float] | None = None) -> bool:
    """Whether a match is a place mention (see the module docstring); `share` is None or empty
    before the document's countries are known."""
    if not h.locs or len(h.key) < 3 or (h.fuzzy and not h.cue) or h.role == "person":
        return False
    if h.fuzzy:
        focus = roles.focus()
        return any(share.get(loc.country_code, 0.0) >= CUE_SHARE if share else loc.country_code in focus
                   for loc in h.locs)
    if h.cue or h.role == "government":
        return _cued(h, gaz, share)
    if h.key in roles.stoplist():
        return False
    return _bare(h, gaz, share)


def _bare(h: Hit, gaz: Gazetteer, share: dict[str, float] | None) -> bool:
    """A name without a cue: a curated place (unless the document is clearly about another country
    and it is small), a prominent one, or a town of the document's main countries."""
    focus = roles.focus()
    for loc in h.locs:
        population, curated = gaz.meta(loc)
        code = loc.country_code
        if curated and (not share or share.get(code, 0.0) >= CONTEXT_SHARE or loc.feature in ("PCLI", "ADM1")
                        or population >= FOCUS_POP):
            return True
        if (not h.stripped or code in focus) and population >= (FOCUS_POP if code in focus else PROMINENT):
            return True
    return bool(share) and len(h.key) >= 4 and any(
        share.get(loc.country_code, 0.0) >= CONTEXT_SHARE and gaz.population(loc) >= CONTEXT_POP for loc in h.locs)


def _cued(h: Hit, gaz: Gazetteer, share: dict[str, float] | None) -> bool:
    if not share:
        return h.key not in roles.stoplist()
    need = CUE_SHARE if h.key not in roles.stoplist() else CONTEXT_SHARE
    big_ok = h.cue not in SMALL_CUES  # "قرية القاهرة" is not Cairo
    return any(share.get(loc.country_code, 0.0) >= need or gaz.is_curated(loc)
               or (big_ok and gaz.population(loc) >= PROMINENT) for loc in h.locs)
