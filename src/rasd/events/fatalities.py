"""Fatalities of one event: killed counts of its own sentence, nearest to its trigger.

The `counts` layer (CountValue) says what happened to the people it counts; only `killed`
and `zero` matter here. When a sentence makes several events, a count belongs to the event
whose trigger is nearest. A toll totalled over a campaign ("منذ بدء العملية", "حصيلة") is not an
event's toll. The largest killed count of the clause is kept (a total usually follows its parts).
"""
from __future__ import annotations

from dataclasses import dataclass

from rasd.document import Document, Span
from rasd.events.cues import in_sentence
from rasd.events.segment import Draft
from rasd.mentions.lexicon import Match


@dataclass(frozen=True, slots=True)
class Toll:
    """A death toll, the spans it rests on and the rule."""

    value: int
    rule: str
    spans: tuple[tuple[int, int], ...] = ()


def toll(doc: Document, draft: Draft, siblings: list[Draft], found: list[Match]) -> Toll:
    """The draft's toll; 0 with rule `none` when its sentence reports no deaths."""
    if in_sentence(found, draft.sentence, "campaign"):
        return Toll(0, "rule:events.fatalities.campaign_total_ignored")
    counts = [c for c in doc.in_sentence("counts", draft.sentence)
              if getattr(c.value, "role", "") in ("killed", "zero") and _nearest(c, draft, siblings)]
    killed = [c for c in counts if c.value.role == "killed"]
    if killed:
        best = min(killed, key=lambda c: abs(c.start - draft.trigger.start))
        return Toll(best.value.value, best.source or "rule:events.fatalities.killed", ((best.start, best.end),))
    if counts:
        return Toll(0, counts[0].source or "rule:events.fatalities.zero", ((counts[0].start, counts[0].end),))
    return Toll(0, "rule:events.fatalities.none")


def _nearest(count: Span, draft: Draft, siblings: list[Draft]) -> bool:
    mine = abs(count.start - draft.trigger.start)
    same = [d for d in siblings if d.sentence == draft.sentence and d.trigger != draft.trigger and d.rank == 1]
    return all(mine <= abs(count.start - d.trigger.start) for d in same)
