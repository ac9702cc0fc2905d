"""Find event words from the trigger lexicon. (placeholder: an empty layer until the real finder lands)."""
from __future__ import annotations

from rasd.registry import stage
from rasd.settings import Settings


@stage("mentions.triggers", requires=("tokens", "sentences"), provides=("triggers",))
def make_stage(settings: Settings):
    """Find event words from the trigger lexicon."""
    return lambda doc: doc.with_layer("triggers", [])
