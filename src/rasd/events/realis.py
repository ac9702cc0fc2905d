"""Modality: is an event word reported as having happened?

Intentions, orders, threats, appeals, conditions, predictions, future tense and negation make
an event word unreal. The markers live in `lexicons/modality.tsv`, each with a scope (before or
after the event word) and a window in words; a marker counts only inside the event word's
clause (commas, semicolons and colons close a clause). A year in the event word's clause that
ended well before publication ("اغتيل في فبراير (شباط) 2005") makes it history, whatever the date
finder made of the rest of the date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rasd.document import Document, Span
from rasd.events.layers import spans_in
from rasd.memo import keep_last
from rasd.mentions.lexicon import Match, matcher

MODALITY = "lexicons/modality.tsv"
TOLD = "lexicons/told.tsv"
_WORD = re.compile(r"[\w\u0600-\u06FF]+")
_CLAUSE_END = re.compile(r"[,،;؛:.!?؟\n]")
_YEAR = re.compile(r"(?<![\d/.-])(19[4-9]\d|20[0-4]\d)(?![\d/.-])")
OLD_DAYS = 45  # as events.segment: a year that ended longer ago than this names history


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a trigger is real, and the marker (file:line and kind) that says otherwise."""

    real: bool
    rule: str = ""
    kind: str = ""


def markers(doc: Document) -> list[Match]:
    """Every modality marker of the article (computed once per document by the builder)."""
    return matcher(MODALITY).find(doc.norm) if doc.norm is not None else []


def verdict(doc: Document, trigger: Span, found: list[Match]) -> Verdict:
    """Real unless a marker sits within its window before (or after) the trigger, in its clause.

    Markers of scope `sentence` (habitual or background wording) unreal every trigger of it.
    """
    sentence = doc.sentence_of(trigger.start)
    if _year_long_past(doc, trigger, found):
        return _HISTORY
    if sentence and _asks(doc.text[sentence.start:sentence.end]):
        return _QUESTION
    for m, scope, window, unreal in _read(found):
        if scope == "sentence" and sentence and sentence.start <= m.start < sentence.end:
            return unreal
        if scope == "before" and m.end <= trigger.start and _gap(doc.text, m.end, trigger.start, window):
            return unreal
        if scope == "after" and m.start >= trigger.end and _gap(doc.text, trigger.end, m.start, window):
            return unreal
    before = _conjoined(doc, trigger)
    return verdict(doc, before, found) if before is not None else Verdict(True)


_AND = re.compile(r"\s*\u0648(?:\u0627\u0644)?")  # the conjunction wa, with or without the article


def _conjoined(doc: Document, trigger: Span) -> Span | None:
    """The event word joined to this one by a bare "and" ("killing and kidnapping"): a list of
    nouns shares the marker that governs its first item ("incidents of killing and kidnapping",
    "convicted of theft and murder")."""
    return next((t for t in doc.layer("triggers") if t.end <= trigger.start
                 and _AND.fullmatch(doc.text, t.end, trigger.start)), None)


_HISTORY = Verdict(False, "rule:events.realis.year_long_past", "background")
_QUESTION = Verdict(False, "rule:events.realis.question", "question")
_ASKED = ("?", "\u061f")  # Latin and Arabic question marks


def _asks(sentence: str) -> bool:
    """A sentence that ends with a question mark asks about events and reports none (a question
    with "who" or "why" has no question particle for the modality lexicon to see)."""
    return sentence.rstrip().rstrip("\u00bb\"')").endswith(_ASKED)


def _year_long_past(doc: Document, trigger: Span, found: list[Match]) -> bool:
    """A year in the trigger's clause that ended more than OLD_DAYS before publication, unless a
    background marker just before it makes it the start of a span that reaches today ("منذ 2011")."""
    try:
        published = date.fromisoformat((doc.article.published or "")[:10])
    except ValueError:
        return False
    text = doc.text
    ends = [m.end() for m in _CLAUSE_END.finditer(text, max(0, trigger.start - 200), trigger.start)]
    after = _CLAUSE_END.search(text, trigger.end, trigger.end + 200)
    lo, hi = (ends[-1] if ends else max(0, trigger.start - 200)), (after.start() if after else trigger.end + 200)
    since = [(s, e) for s, e in _backgrounds(found) if lo <= e <= hi]
    return any((published - date(int(y.group(1)), 12, 31)).days > OLD_DAYS
               and not any(s <= y.start() and (e > y.start() or _gap(text, e, y.start(), 2)) for s, e in since)
               for y in _YEAR.finditer(text, lo, hi))


Read = list[tuple[Match, str, int, Verdict]]


@keep_last(lambda found: (found,))
def _read(found: list[Match]) -> Read:
    """(marker, scope, window, verdict) of an article's markers, read from their entries once:
    every trigger of the article asks about every marker."""
    return [(m, m.entry.get("scope", "before"), int(m.entry.get("window", "3") or 0),
             Verdict(False, m.entry.where, m.entry.get("kind"))) for m in found]


@keep_last(lambda found: (found,))
def _backgrounds(found: list[Match]) -> list[tuple[int, int]]:
    """(start, end) of the article's background markers ("منذ"), read once, not per trigger."""
    return [(m.start, m.end) for m in found if m.entry.get("kind") == "background"]


def _gap(text: str, start: int, end: int, window: int) -> bool:
    """True when at most `window` words and no clause boundary lie between two offsets.

    Letters glued to the end offset are the clitics of the word there ("هذه الغارة": the article
    of the event word), part of that word, not a word between. Far pairs are turned down before
    any slicing: every trigger asks about every marker of the article."""
    if end - start > 80:
        return False
    between = text[start:end]
    if _CLAUSE_END.search(between):
        return False
    words = _WORD.findall(between)
    glued = bool(words) and not between[-1:].isspace()
    return len(words) - glued <= window


def narrated(doc: Document, sentence: Span) -> bool:
    """Whether a sentence tells an event as news: by a past-tense verb of occurrence ("انفجرت"،
    "شن"، "تظاهر"; `lexicons/told.tsv`) or on a source's word ("قالت الشرطة"، "أفاد شهود").

    Such a report is recent news even when its article states no day (GUIDE: it then takes the
    publication date, time_precision 2). Commentary and history name events by nouns ("الهجمات
    الانتحارية") and stay unanchored; their tenses and markers are the modality lexicon's business.
    """
    if any(getattr(a.value, "kind", "") in ("claim", "source") for a in spans_in(doc, "attributions", sentence)):
        return True
    return doc.norm is not None and any(sentence.start <= m.start < sentence.end
                                        for m in matcher(TOLD).find(doc.norm))
