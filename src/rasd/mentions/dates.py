"""Find date expressions and resolve them against the publication date. (placeholder: an empty layer until the real finder lands)."""
from __future__ import annotations

from rasd.registry import stage
from rasd.settings import Settings


@stage("mentions.dates", requires=("norm", "sentences"), provides=("dates",))
def make_stage(settings: Settings):
    """Find date expressions and resolve them against the publication date."""
    return lambda doc: doc.with_layer("dates", [])
