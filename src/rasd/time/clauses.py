"""Side clauses: "قتل 13 مسلحا ليل الأحد الاثنين غربي مأرب، فيما استمرت الاشتباكات في تعز".

One sentence often joins two events with "فيما / بينما / في حين" (role `clause_break` in
`data/calendars/date_words.tsv`), each clause with its own day. A date dates the event of its own
clause: not an event whose trigger sits across such a word, and — in a sentence of the evidence that
does not hold the trigger — not when it comes after the word (the side clause's news, "في حين ألقى
الطيران براميل صباح أمس").
"""
from __future__ import annotations

import re
from functools import lru_cache

from rasd.document import Document, Span
from rasd.time.patterns import WORD_LEFT, WORD_RIGHT, may_match, ongoing_word
from rasd.time.words import role_alt


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(rf"{WORD_LEFT}{role_alt('clitic')}?{role_alt('clause_break')}{WORD_RIGHT}")


def _break_between(doc: Document, lo: int, hi: int) -> re.Match[str] | None:
    """The first clause-break word between two source offsets (a match on the key)."""
    norm = doc.norm
    if norm is None or hi <= lo:
        return None
    klo, khi = norm.from_source(lo), norm.from_source(hi)
    return _pattern().search(norm.key, klo, khi) if may_match(_pattern(), norm.key, klo, khi) else None


def in_side_clause(doc: Document, date: Span, trigger: tuple[int, int]) -> bool:
    """Whether a date belongs to another clause than the event's trigger.

    A date after the word belongs to the side clause. A date before it still dates a trigger after
    it ("اندلعت الاشتباكات أمس، فيما أفاد شهود بأن قصفا عنيفا شهدته …": the same day's news), unless
    the trigger's clause says the thing went on ("فيما استمرت الاشتباكات في تعز": no day of its own).
    """
    sentence = doc.sentence_of(date.start)
    if sentence is None:
        return False
    if trigger == (0, 0) or not sentence.start <= trigger[0] < sentence.end:
        return _break_between(doc, sentence.start, date.start) is not None
    if date.start < trigger[0]:
        found = _break_between(doc, date.end, trigger[0])
        norm = doc.norm
        return found is not None and norm is not None and \
            ongoing_word().search(norm.key, found.end(), norm.from_source(trigger[1])) is not None
    return _break_between(doc, trigger[1], date.start) is not None
