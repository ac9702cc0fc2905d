"""Fatalities of one event: killed counts of its own sentence, nearest to its trigger.

The `counts` layer (CountValue) says what happened to the people it counts; only `killed`
and `zero` matter here. When a sentence makes several events, a count belongs to the event
whose trigger is nearest. A toll totalled over a campaign ("منذ بدء العملية", "حصيلة") is not an
event's toll. The killed count nearest the trigger is kept; counts joined to it by "و" (groups of one toll)
are summed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.document import Document, Span
from rasd.events.cues import in_sentence
from rasd.events.layers import spans_in
from rasd.events.segment import Draft
from rasd.mentions.lexicon import Match

_WORDS = re.compile(r"[\w\u0600-\u06FF]+")
_AND = re.compile(r"(?:^|\s)\u0648")  # the conjunction wa starting a word
_SUBSET = re.compile(r"\u0628\u064a\u0646\u0647|\u0645\u0646\u0647\u0645")  # بينه(م)، منهم: a subset
_OTHERS = re.compile(r"\s*(?:\u0622\u062e\u0631|\u0627\u062e\u0631|\u0622\u062e\u0631\u064a\u0646)")  # آخر(ين)
_BREAK = re.compile(r"[.;:\u061b]")


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
    counts = [c for c in spans_in(doc, "counts", draft.sentence)
              if getattr(c.value, "role", "") in ("killed", "zero") and _nearest(c, draft, siblings)]
    killed = [c for c in counts if c.value.role == "killed"]
    killed = [c for c in killed if not _subset(doc, c, killed)] or killed
    if killed:
        best = min(killed, key=lambda c: abs(c.start - draft.trigger.start))
        run = summed_run(doc, killed, best)
        if len(run) > 1:
            return Toll(sum(c.value.value for c in run), "rule:events.fatalities.sum_of_groups",
                        tuple((c.start, c.end) for c in run))
        if _and_others(doc, best, killed):
            return Toll(best.value.value + 1, "rule:events.fatalities.named_and_others", ((best.start, best.end),))
        return Toll(best.value.value, best.source or "rule:events.fatalities.killed", ((best.start, best.end),))
    if counts:
        return Toll(0, counts[0].source or "rule:events.fatalities.zero", ((counts[0].start, counts[0].end),))
    return Toll(0, "rule:events.fatalities.none")


def summed_run(doc: Document, killed: list[Span], best: Span) -> list[Span]:
    """The killed counts joined to `best` by "و" ("16 طفلا و4 بالغين", "29 من الطوارق و8 من التبو"):
    groups of one toll, summed. A subset ("بينهم 4 أطفال") or a clause break ends the run."""
    ordered = sorted(killed, key=lambda c: c.start)
    i = ordered.index(best)
    lo = hi = i
    while lo > 0 and _joined(doc, ordered[lo - 1], ordered[lo]):
        lo -= 1
    while hi + 1 < len(ordered) and _joined(doc, ordered[hi], ordered[hi + 1]):
        hi += 1
    return ordered[lo:hi + 1]


def _and_others(doc: Document, count: Span, killed: list[Span]) -> bool:
    """"قتل القيادي فلان و21 مسلحا آخرين": a named person joined to the count makes one more dead."""
    before = doc.text[max(0, count.start - 3):count.start].strip()
    after = doc.text[count.end:count.end + 12]
    first = all(c.start >= count.start for c in killed)
    return first and before.endswith("\u0648") and _OTHERS.match(after) is not None


def _subset(doc: Document, count: Span, killed: list[Span]) -> bool:
    """"9 أشخاص بينهم 3 أطفال": the 3 are part of the 9, not the toll."""
    before = [c for c in killed if c.end <= count.start]
    return bool(before) and _SUBSET.search(doc.text[before[-1].end:count.start]) is not None


def _joined(doc: Document, a: Span, b: Span) -> bool:
    between = doc.text[a.end:b.start]
    words = _WORDS.findall(between)
    return (len(words) <= 6 and _AND.search(between) is not None and not _SUBSET.search(between)
            and not _BREAK.search(between))


def _nearest(count: Span, draft: Draft, siblings: list[Draft]) -> bool:
    mine = abs(count.start - draft.trigger.start)
    same = [d for d in siblings if d.sentence == draft.sentence and d.trigger != draft.trigger and d.rank == 1]
    return all(mine <= abs(count.start - d.trigger.start) for d in same)
