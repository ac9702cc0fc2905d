"""Choose each event's location (placeholder)."""
from __future__ import annotations

from rasd.registry import stage
from rasd.settings import Settings


@stage("geo.resolve", requires=("events", "places"), provides=("located",))
def make_resolve(settings: Settings):
    """Resolve each event's place candidates to one Location with geo_precision."""
    return lambda doc: doc
