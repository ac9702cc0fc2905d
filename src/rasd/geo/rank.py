"""Order a place mention's candidates by what the rest of the document says.

The gazetteer alone ranks by source (curated first) and population; a news report adds context:
the countries its places and country names point to, the other places it names (a homonym near
them wins: "سوق الخميس" beside طرابلس and العزيزية is the Libyan one), the town a village is
measured from, and the cue word before the name (محافظة wants a region, قاعدة a base).
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasd.geo.gazetteer import Gazetteer, km
from rasd.records import Location

NEAR_KM = 150.0
# Degrees of latitude beyond which two points are surely over NEAR_KM apart (a great circle is never
# shorter than the difference of latitudes: 6371 km x radians), with a kilometre to spare for rounding.
_LAT_SPAN = math.degrees((NEAR_KM + 1.0) / 6371.0)
_LAT_SLACK = 1e-6  # the latitude window is a little wider than the test it spares, never narrower
REGION_FEATURES = ("ADM1", "RGN")


def country_weights(groups: Sequence[Sequence[Location]]) -> Counter[str]:
    """Country votes of a document's place mentions: a country name counts 3, an unambiguous place 1."""
    votes: Counter[str] = Counter()
    for locs in groups:
        if _one_country(locs):
            votes[locs[0].country_code] += 3 if locs[0].feature == "PCLI" else 1
    return votes


@dataclass(frozen=True, slots=True)
class Fixed:
    """A document's fixed places sorted by latitude: a candidate is compared only with the few whose
    latitude lies within _LAT_SPAN of its own (found by bisection), not with every one."""

    places: tuple[Location, ...]
    lats: tuple[float, ...]

    @classmethod
    def of(cls, places: Sequence[Location]) -> Fixed:
        ordered = tuple(sorted(places, key=_latitude))
        return cls(ordered, tuple(map(_latitude, ordered)))

    def around(self, lat: float) -> tuple[Location, ...]:
        """The places whose latitude may be within _LAT_SPAN of `lat` (a superset of those that are)."""
        lo = bisect_left(self.lats, lat - _LAT_SPAN - _LAT_SLACK)
        return self.places[lo:bisect_right(self.lats, lat + _LAT_SPAN + _LAT_SLACK, lo)]


def _latitude(loc: Location) -> float:
    return loc.latitude


def anchors(groups: Sequence[Sequence[Location]]) -> list[Location]:
    """Best candidates of the unambiguous mentions: fixed points that disambiguate the others."""
    return [locs[0] for locs in groups if _one_country(locs)]


def _one_country(locs: Sequence[Location]) -> bool:
    """Whether all candidates lie in one country (a lone candidate, half the names, needs no set)."""
    return len(locs) == 1 or (bool(locs) and len({loc.country_code for loc in locs}) == 1)


def rank(locs: Sequence[Location], gaz: Gazetteer, votes: Counter[str], fixed: Fixed,
         cue: str = "", near: Location | None = None) -> tuple[Location, ...]:
    """Candidates best first: country context, proximity to fixed places, cue, source, population.

    Fixed places that are among the candidates themselves are no evidence (a name does not confirm
    itself); they are skipped here, after the cheaper distance tests.
    """
    if len(locs) == 1:  # nothing to order (half the names an article ranks)
        return tuple(locs)
    total = sum(votes.values()) or 1
    scored = [(-score(loc, gaz, votes[loc.country_code] / total, fixed, cue, near, locs), i, loc)
              for i, loc in enumerate(locs)]
    return tuple(loc for _s, _i, loc in sorted(scored))


def score(loc: Location, gaz: Gazetteer, share: float, fixed: Fixed, cue: str,
          near: Location | None, own: Sequence[Location] = ()) -> float:
    """One candidate's score; each term is a separate, explainable preference."""
    population, curated = gaz.meta(loc)
    s = 3.0 * share + 0.3 * math.log10(population + 10)
    s += 1.5 if curated else 0.0
    s += 1.5 if _near_any(loc, fixed, own) else 0.0
    s += 3.0 if near is not None and _close(loc, near) else 0.0
    s += _feature_fit(loc.feature, cue)
    return s


def _near_any(loc: Location, fixed: Fixed, own: Sequence[Location]) -> bool:
    """Whether a fixed place, neither this one nor another of `own`, lies near: latitude first (the
    window of `Fixed.around`, then the exact test), then the (cached) distance, and only then the
    costlier comparisons of whole places."""
    lat, lon = loc.latitude, loc.longitude
    return any(abs(f.latitude - lat) <= _LAT_SPAN and _close_points(lat, lon, f.latitude, f.longitude) and f != loc
               and f not in own for f in fixed.around(lat))


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
