"""Find claimants and deniers. (placeholder: an empty layer until the real finder lands)."""
from __future__ import annotations

from rasd.registry import stage
from rasd.settings import Settings


@stage("mentions.attributions", requires=("tokens", "sentences"), provides=("attributions",))
def make_stage(settings: Settings):
    """Find claimants and deniers."""
    return lambda doc: doc.with_layer("attributions", [])
