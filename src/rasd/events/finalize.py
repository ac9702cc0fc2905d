"""Final checks on events of one article (placeholder)."""
from __future__ import annotations

from rasd.registry import stage
from rasd.settings import Settings


@stage("events.finalize", requires=("events", "located", "dated"), provides=("final",))
def make_finalize(settings: Settings):
    """Drop events that could not be placed or dated; merge duplicates inside one article."""
    return lambda doc: doc
