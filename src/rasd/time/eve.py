""""غداة" (the day after): an event named after it happened the day before the sentence's news.

"ويأتي القصف غداة مقتل 9 مدنيين": the bombing is dated as usual; the killing, whose trigger follows
the word, happened one day earlier. The shift applies only when the date that dated the event came
from before the word (or from no span at all): "غداة هجوم الثلاثاء" names the earlier day itself.
The words live in `data/calendars/date_words.tsv` with role `day_after`.
"""
from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from rasd.document import Document
from rasd.records import Event
from rasd.time.patterns import WORD_LEFT, WORD_RIGHT, may_match
from rasd.time.words import role_alt


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(rf"{WORD_LEFT}{role_alt('clitic')}?{role_alt('day_after')}{WORD_RIGHT}")


def eve_before_trigger(doc: Document, ev: Event) -> int | None:
    """Source offset of the last "غداة" between the start of the trigger's sentence and the trigger."""
    if ev.trigger == (0, 0) or doc.norm is None:
        return None
    sentence = doc.sentence_of(ev.trigger[0])
    if sentence is None:
        return None
    norm = doc.norm
    lo, hi = norm.from_source(sentence.start), norm.from_source(ev.trigger[0])
    if not may_match(_pattern(), norm.key, lo, hi):  # most sentences have no "غداة"
        return None
    found = list(_pattern().finditer(norm.key, lo, hi))
    return norm.to_source(found[-1].start()) if found else None


def shifted(doc: Document, ev: Event, dated_by: int | None) -> Event:
    """The event a day earlier when it follows "غداة" and its date came from before the word.

    `dated_by` is the end offset of the span that gave the date (None: no span, a default).
    """
    eve = eve_before_trigger(doc, ev)
    if eve is None or ev.event_date is None or (dated_by is not None and dated_by > eve):
        return ev
    why = ev.why("event_date")
    spans, rule = (why.spans, why.rule) if why is not None else ((), "")
    return ev.explained("event_date", f"time.day_after {rule}".strip(), spans,
                        event_date=ev.event_date - timedelta(days=1))
