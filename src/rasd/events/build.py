"""Build event drafts from trigger sentences (placeholder until the coder lands)."""
from __future__ import annotations

from rasd.registry import stage
from rasd.settings import Settings


@stage("events.build", requires=("triggers", "places", "dates", "counts", "actors", "attributions"),
       provides=("events",))
def make_build(settings: Settings):
    """Group mentions around realis triggers into event drafts."""
    return lambda doc: doc.with_events([])
