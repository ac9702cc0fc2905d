"""Find actors from the actor dictionary. (placeholder: an empty layer until the real finder lands)."""
from __future__ import annotations

from rasd.registry import stage
from rasd.settings import Settings


@stage("mentions.actors", requires=("tokens", "sentences"), provides=("actors",))
def make_stage(settings: Settings):
    """Find actors from the actor dictionary."""
    return lambda doc: doc.with_layer("actors", [])
