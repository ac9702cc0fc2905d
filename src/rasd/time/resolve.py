"""Choose each event's date (placeholder)."""
from __future__ import annotations

from rasd.registry import stage
from rasd.settings import Settings


@stage("time.resolve", requires=("events", "dates"), provides=("dated",))
def make_resolve(settings: Settings):
    """Resolve each event's date and time_precision against the publication date."""
    return lambda doc: doc
