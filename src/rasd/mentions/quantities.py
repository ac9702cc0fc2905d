"""Find counts of people killed, wounded or affected. (placeholder: an empty layer until the real finder lands)."""
from __future__ import annotations

from rasd.registry import stage
from rasd.settings import Settings


@stage("mentions.counts", requires=("norm", "sentences"), provides=("counts",))
def make_stage(settings: Settings):
    """Find counts of people killed, wounded or affected."""
    return lambda doc: doc.with_layer("counts", [])
