"""Tell the day a statement was made from the day an event happened.

"قال الناطق، الاثنين، إن مسلحين خطفوا يوم الأحد مهندسا": the Monday dates the statement, the
Sunday the kidnapping. A date next to a reporting verb (`lexicons/reporting_verbs.tsv`: within three
words after it, or right before it) or just before "إن/أن" is a *report date*; `time.resolve`
uses it only when the evidence has no other date.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rasd.document import Document, Span
from rasd.mentions.lexicon import matcher
from rasd.text.normalize import NormalizedText
from rasd.time.words import role_alt

REPORTING = "lexicons/reporting_verbs.tsv"
WORDS_AFTER_VERB = 3
_WORD = re.compile(r"[^\W\d_]+|\d+")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def report_dates(doc: Document, dates: list[Span]) -> set[tuple[int, int]]:
    """Offsets of the date spans that date a statement rather than an event.

    Whether a date is a statement's depends only on the document, so `time.resolve` asks once
    per article for its whole `dates` layer (one scan of the reporting verbs), not once per event.
    """
    if doc.norm is None or not dates:
        return set()
    verbs, statements = _verbs(doc.norm)
    that = _that()
    out = set()
    for d in dates:
        if _after_verb(doc, d, verbs) or _before_verb(doc, d, statements) or that.match(_key_after(doc, d)):
            out.add((d.start, d.end))
    return out


def _verbs(norm: NormalizedText) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Offsets of the reporting verbs, and of those that are statements (not prepositions like 'according to')."""
    found = matcher(REPORTING).find(norm)
    return [(m.start, m.end) for m in found], [(m.start, m.end) for m in found if m.entry.get("kind") != "prep"]


@lru_cache(maxsize=1)
def _that() -> re.Pattern[str]:
    """'إن/أن' right after a date (one word may come between)."""
    return re.compile(rf"^\W*(?:\w+\s+)?{role_alt('that')}(?!\w)")


def _key_after(doc: Document, d: Span) -> str:
    norm = doc.norm
    k = norm.from_source(d.end)
    return norm.key[k : k + 40]


def _after_verb(doc: Document, d: Span, verbs: list[tuple[int, int]]) -> bool:
    """The verb comes first and at most three words separate it from the date, with no full stop."""
    for _, end in verbs:
        if end <= d.start and d.start - end < 80:
            gap = doc.text[end : d.start]
            if _words(gap) <= WORDS_AFTER_VERB and not any(c in gap for c in ".!?؟\n"):
                return True
    return False


def _before_verb(doc: Document, d: Span, verbs: list[tuple[int, int]]) -> bool:
    """'الخميس أعلن مصدر …': a verb of statement (not 'بحسب') follows the date directly, in the
    same sentence ("… خلال الأيام الماضية. وأعلن" dates the sentence before the verb)."""
    return any(d.end <= start and start - d.end < 4 and not any(c in doc.text[d.end:start] for c in ".!?؟\n")
               for start, _ in verbs)
