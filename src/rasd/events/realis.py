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
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from rasd.document import Article, Document, Span
from rasd.events.cues import clause_stops
from rasd.events.layers import spans_in
from rasd.memo import by_identity
from rasd.mentions.lexicon import Entry, Match, matcher

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
    for m, scope, window, unreal in _near(found, trigger, sentence):
        if scope == "sentence" and sentence and sentence.start <= m.start < sentence.end:
            return unreal
        if scope == "before" and m.end <= trigger.start and _gap(doc.text, m.end, trigger.start, window):
            return unreal
        if scope == "after" and m.start >= trigger.end and _gap(doc.text, trigger.end, m.start, window):
            return unreal
    before = _conjoined(doc, trigger)
    return verdict(doc, before, found) if before is not None else Verdict(True)


_AND = re.compile(r"\s*\u0648(?:\u0627\u0644)?")  # the conjunction wa, with or without the article
_WA_AL = "\u0648\u0627\u0644"  # wa + al; its first letter alone is wa


def _conjoined(doc: Document, trigger: Span) -> Span | None:
    """The event word joined to this one by a bare "and" ("killing and kidnapping"): a list of
    nouns shares the marker that governs its first item ("incidents of killing and kidnapping",
    "convicted of theft and murder"). The first such word of the layer: only words ending right
    before the "و" (spaces apart) can be, so those are looked up by their end."""
    text, at = doc.text, trigger.start
    by_end = _by_end(doc.layer("triggers"))
    hits = [by_end[e] for e in _ends_before_and(text, at) if e in by_end and _AND.fullmatch(text, e, at)]
    return min(hits, key=lambda h: h[0])[1] if hits else None  # the first of the layer, as a scan finds


def _ends_before_and(text: str, at: int) -> list[int]:
    """Offsets where a word must end for only spaces and "و" (or "وال") to lie between it and `at`."""
    out = []
    for n in (1, 3):
        if at >= n and text.startswith(_WA_AL[:n], at - n):
            end = at - n
            out.append(end)
            while end > 0 and text[end - 1].isspace():
                end -= 1
                out.append(end)
    return out


@by_identity
def _by_end(triggers: tuple[Span, ...]) -> dict[int, tuple[int, Span]]:
    """The first trigger (and its index) of the layer ending at each offset."""
    out: dict[int, tuple[int, Span]] = {}
    for i, t in enumerate(triggers):
        out.setdefault(t.end, (i, t))
    return out


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
    facts = _facts(doc.article)
    if not facts.year_starts or not facts.years_near(trigger):  # no old year (none without a publication day)
        return False
    lo, hi = facts.clause_around(trigger)
    years = facts.years_in(lo, hi)
    if not years:
        return False
    text = doc.text
    since = [(s, e) for s, e in _backgrounds(found) if lo <= e <= hi]
    return any(not any(s <= y and (e > y or _gap(text, e, y, 2)) for s, e in since) for y in years)


@dataclass(frozen=True, slots=True)
class _Facts:
    """What `_year_long_past` reads of an article, found once instead of once per trigger: its
    publication day, its clause ends, and the places of the four-digit years that ended more than
    OLD_DAYS before it (by their start, with whether the character after them closes the number)."""

    published: date | None
    text: str
    stops: list[int]
    year_starts: list[int]
    closed: list[bool]

    def clause_around(self, trigger: Span) -> tuple[int, int]:
        """The clause of a trigger, looking at most 200 characters to either side."""
        floor, ceiling = max(0, trigger.start - 200), trigger.end + 200
        i = bisect_left(self.stops, trigger.start) - 1
        lo = self.stops[i] + 1 if i >= 0 and self.stops[i] >= floor else floor
        j = bisect_left(self.stops, trigger.end)
        hi = self.stops[j] if j < len(self.stops) and self.stops[j] < ceiling else ceiling
        return lo, hi

    def years_near(self, trigger: Span) -> bool:
        """Whether such a year starts within 200 characters of the trigger (few triggers have one)."""
        starts = self.year_starts
        return bisect_left(starts, trigger.start - 200) < bisect_right(starts, trigger.end + 200)

    def years_in(self, lo: int, hi: int) -> list[int]:
        """Starts of the old years `_YEAR.finditer(text, lo, hi)` finds: a year just before `hi` is
        closed by the window's end whatever follows it."""
        end = min(hi, len(self.text))
        a, b = bisect_left(self.year_starts, lo), bisect_right(self.year_starts, end - 4)
        return [y for y, ok in zip(self.year_starts[a:b], self.closed[a:b], strict=True) if ok or y + 4 == end]


# `_YEAR` without its look-arounds, tested by hand: a literal start is searched fast, and a digit
# run hiding a year inside it hides no other (its letters before the year are digits too).
_YEAR_DIGITS = re.compile(r"19[4-9]\d|20[0-4]\d")
_NUMBER_GOES_ON = re.compile(r"[\d/.-]")


@by_identity
def _facts(article: Article) -> _Facts:
    """The article's `_Facts` (no old years when it has no publication day: nothing is history)."""
    text = article.text
    try:
        published = date.fromisoformat((article.published or "")[:10])
    except ValueError:
        published = None
    starts = [y for m in _YEAR_DIGITS.finditer(text)
              if ((y := m.start()) == 0 or _NUMBER_GOES_ON.match(text, y - 1) is None) and published is not None
              and (published - date(int(text[y:y + 4]), 12, 31)).days > OLD_DAYS]
    closed = [_NUMBER_GOES_ON.match(text, y + 4) is None for y in starts]
    return _Facts(published, text, clause_stops(text), starts, closed)  # the cue reader's list: one scan


Read = list[tuple[Match, str, int, Verdict]]


def _near(found: list[Match], trigger: Span, sentence: Span | None) -> Read:
    """The markers that can govern a trigger, in text order: those of its sentence and those within
    `_gap`'s 80 characters of it (markers do not overlap, so their starts and ends are both sorted)."""
    rows, starts, ends = _read(found)
    if starts is None:
        return rows
    lo, hi = trigger.start - 80, trigger.end + 80
    if sentence is not None:
        lo, hi = min(lo, sentence.start), max(hi, sentence.end)
    return rows[bisect_left(ends, lo):bisect_right(starts, hi)]


@by_identity
def _read(found: list[Match]) -> tuple[Read, list[int] | None, list[int]]:
    """(marker, scope, window, verdict) of an article's markers, read from their entries once
    (every trigger of the article asks about the markers near it), with their starts and ends
    when both are sorted (else None: every marker is read)."""
    rows = [(m, *_reading(m.entry)) for m in found]
    starts, ends = [m.start for m in found], [m.end for m in found]
    ordered = all(a <= b for a, b in pairwise(starts)) and all(a <= b for a, b in pairwise(ends))
    return rows, starts if ordered else None, ends


_READINGS: dict[int, tuple[Entry, tuple[str, int, Verdict]]] = {}  # by the entry's identity; it is held
_MAX_READINGS = 4096  # far more than the modality lexicon's lines: a bound for lexicons made on the fly


def _reading(entry: Entry) -> tuple[str, int, Verdict]:
    """A marker entry's scope, window and verdict, read once per lexicon line, not once per match
    (by identity: two entries equal by form and line may still differ in their columns)."""
    held = _READINGS.get(id(entry))
    if held is None or held[0] is not entry:
        if len(_READINGS) >= _MAX_READINGS:
            _READINGS.clear()
        row = (entry.get("scope", "before"), int(entry.get("window", "3") or 0),
               Verdict(False, entry.where, entry.get("kind")))
        held = _READINGS[id(entry)] = (entry, row)
    return held[1]


@by_identity
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
