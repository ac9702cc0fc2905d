"""Order a place mention's candidates by what the rest of the document says.

The gazetteer alone ranks by source (curated first) and population; a news report adds context:
the countries its places and country names point to, the other places it names (a homonym near
them wins: "سوق الخميس" beside طرابلس and العزيزية is the Libyan one), the town a village is
measured from, and the cue word before the name (محافظة wants a region, قاعدة a base).
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from rasd.geo.gazetteer import Gazetteer, km
from rasd.records import Location

NEAR_KM = 150.0
REGION_FEATURES = ("ADM1", "RGN")


def country_weights(groups: Sequence[Sequence[Location]]) -> Counter[str]:
    """Country votes of a document's place mentions: a country name counts 3, an unambiguous place 1."""
    votes: Counter[str] = Counter()
    for locs in groups:
        codes = {loc.country_code for loc in locs}
        if len(codes) == 1 and locs:
            votes[locs[0].country_code] += 3 if locs[0].feature == "PCLI" else 1
    return votes


def anchors(groups: Sequence[Sequence[Location]]) -> list[Location]:
    """Best candidates of the unambiguous mentions: fixed points that disambiguate the others."""
    return [locs[0] for locs in groups if locs and len({loc.country_code for loc in locs}) == 1]


def rank(locs: Sequence[Location], gaz: Gazetteer, votes: Counter[str], fixed: Sequence[Location],
         cue: str = "", near: Location | None = None) -> tuple[Location, ...]:
    """Candidates best first: country context, proximity to fixed places, cue, source, population."""
    total = sum(votes.values()) or 1
    scored = [(-score(loc, gaz, votes[loc.country_code] / total, fixed, cue, near), i, loc)
              for i, loc in enumerate(locs)]
    return tuple(loc for _s, _i, loc in sorted(scored))


def score(loc: Location, gaz: Gazetteer, share: float, fixed: Sequence[Location], cue: str,
          near: Location | None) -> float:
    """One candidate's score; each term is a separate, explainable preference."""
    s = 3.0 * share + 0.3 * math.log10(gaz.population(loc) + 10)
    s += 1.5 if gaz.is_curated(loc) else 0.0
    s += 1.5 if any(_close(loc, f) and f != loc for f in fixed) else 0.0  # distance first: cached, cheaper than ==
    s += 3.0 if near is not None and _close(loc, near) else 0.0
    s += _feature_fit(loc.feature, cue)
    return s


def _feature_fit(feature: str, cue: str) -> float:
    if cue == "region":
        return 2.0 if feature in REGION_FEATURES else 0.0
    if feature == "ADM1":
        return -1.0  # a bare name means the town rather than the region named after it
    if cue in ("base", "airport") and feature in ("AIRB", "AIRP"):
        return 1.0
    return 0.0


def _close(a: Location, b: Location) -> bool:
    return _close_points(a.latitude, a.longitude, b.latitude, b.longitude)


@lru_cache(maxsize=65536)
def _close_points(lat1: float, lon1: float, lat2: float, lon2: float) -> bool:
    """Within NEAR_KM, once per pair of points: ranking compares every candidate with every fixed
    place of the article, the same pairs again for each mention."""
    return km((lat1, lon1), (lat2, lon2)) <= NEAR_KM
