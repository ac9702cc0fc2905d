"""Find event words (triggers) with the linguist-edited lexicon `lexicons/triggers.tsv`.

Each span carries a `TriggerValue` (ACLED type and sub-type) and, in `Span.source`, the lexicon
line that matched, so the coder can explain an event type and read the line's `rank` (1 = names
an event on its own, 2 = weak). Rows typed `none` block phrases such as "وقف إطلاق النار": the
matcher keeps the longest match, so a blocked phrase hides the words inside it.
"""
from __future__ import annotations

from functools import lru_cache

from rasd.document import Document, Span
from rasd.mentions.lexicon import Entry, load, matcher
from rasd.mentions.values import TriggerValue
from rasd.registry import stage
from rasd.settings import Settings

LEXICON = "lexicons/triggers.tsv"


@lru_cache(maxsize=1)
def entries_by_where() -> dict[str, Entry]:
    """Trigger entries keyed by `file:line`, to read a matched span's rank back."""
    return {e.where: e for e in load(LEXICON)}


def rank_of(span: Span) -> int:
    """1 for a strong event word, 2 for a weak one (killing, attack, explosion)."""
    entry = entries_by_where().get(span.source)
    return int(entry.get("rank", "2")) if entry else 2


def trigger_spans(doc: Document) -> list[Span]:
    """Every unblocked trigger of the article, as spans labelled `trigger`."""
    if doc.norm is None:
        return []
    out = []
    for m in matcher(LEXICON).find(doc.norm):
        etype = m.entry.get("event_type")
        if etype and etype != "none":
            value = TriggerValue(etype, m.entry.get("sub_event_type"))
            out.append(Span(m.start, m.end, "trigger", value, m.entry.where))
    return out


@stage("mentions.triggers", requires=("tokens", "sentences"), provides=("triggers",))
def make_stage(settings: Settings):
    """Find event words from the trigger lexicon."""
    return lambda doc: doc.with_layer("triggers", trigger_spans(doc))
