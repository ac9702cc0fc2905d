"""Find place names with their gazetteer candidates. (placeholder: an empty layer until the real finder lands)."""
from __future__ import annotations

from rasd.registry import stage
from rasd.settings import Settings


@stage("mentions.places", requires=("tokens", "sentences"), provides=("places",))
def make_stage(settings: Settings):
    """Find place names with their gazetteer candidates."""
    return lambda doc: doc.with_layer("places", [])
