"""Cue words around actors and counts (`lexicons/cues.tsv`), looked up by kind and distance."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise

from rasd.document import Document, Span
from rasd.memo import by_identity
from rasd.mentions.lexicon import Match, matcher

CUES = "lexicons/cues.tsv"
_WORD = re.compile(r"[\w\u0600-\u06FF]+")
_CLAUSE_END = re.compile(r"[,،;؛:.!?؟\n]")


def cues(doc: Document) -> list[Match]:
    """Every cue of the article."""
    return matcher(CUES).find(doc.norm) if doc.norm is not None else []


def words_between(text: str, start: int, end: int) -> int:
    """Words between two offsets; a clause boundary counts as too far."""
    between = text[start:end]
    if start > end or _CLAUSE_END.search(between):
        return 10_000
    return len(_WORD.findall(between))


def within_words(text: str, start: int, end: int, window: int) -> bool:
    """`words_between(text, start, end) <= window`, reading no further than the answer needs.

    Counting every word back to each cue made one long unpunctuated sentence cubic: past
    `window` words the answer is no whatever follows, and a clause boundary needs searching
    only when the words fit.
    """
    if start > end or not 0 <= window < 10_000:
        return words_between(text, start, end) <= window
    for n, _ in enumerate(_WORD.finditer(text, start, end), 1):
        if n > window:
            return False
    return _CLAUSE_END.search(text, start, end) is None


def cue_before(doc: Document, found: list[Match], span: Span, kind: str) -> Match | None:
    """The cue of a kind that ends within its window before a span, if any (the last such).

    Only cues ending before the span and after the clause boundary before it can be (a boundary
    between makes any window too short), so the scan starts and stops by bisection over their ends.
    """
    text, at = doc.text, span.start
    cues_, ends, windows, wide = _windows(found, kind)
    if ends is None:
        return next((m for m, w in zip(reversed(cues_), reversed(windows), strict=True)
                     if m.end <= at and within_words(text, m.end, at, w)), None)
    hi = bisect_right(ends, at)
    if hi == 0:  # no cue of the kind ends before the span (most kinds, most spans)
        return None
    lo = 0 if wide else bisect_right(ends, _stop_before(text, at))
    for i in range(hi - 1, lo - 1, -1):
        if within_words(text, ends[i], at, windows[i]):
            return cues_[i]
    return None


_Windows = tuple[list[Match], list[int] | None, list[int], bool]
_last_windows: list[tuple[list[Match], dict[str, _Windows]] | None] = [None]


def _windows(found: list[Match], kind: str) -> _Windows:
    """The cues of a kind, their ends (None when not sorted: then every cue is read), their windows,
    and whether a window is out of `within_words`' range (then a clause boundary stops nothing)."""
    last = _last_windows[0]
    if last is None or last[0] is not found:
        last = _last_windows[0] = (found, {})
    table = last[1]
    if kind not in table:
        cues_ = of_kind(found, kind)
        ends = [m.end for m in cues_]
        windows = [int(m.entry.get("window", "2") or 0) for m in cues_]
        ordered = all(a <= b for a, b in pairwise(ends))
        table[kind] = (cues_, ends if ordered else None, windows, not all(0 <= w < 10_000 for w in windows))
    return table[kind]


def _stop_before(text: str, at: int) -> int:
    """The offset of the last clause boundary before `at` (-1 when none)."""
    stops = clause_stops(text)
    i = bisect_left(stops, at) - 1
    return stops[i] if i >= 0 else -1


@by_identity
def clause_stops(text: str) -> list[int]:
    """Offsets of the clause boundaries of an article's text, in order (never changed: shared)."""
    return [m.start() for m in _CLAUSE_END.finditer(text)]


def in_sentence(found: list[Match], sentence: Span, kind: str) -> list[Match]:
    """Cues of a kind inside a sentence."""
    return [m for m in of_kind(found, kind) if sentence.start <= m.start < sentence.end]


# The last article's cues by kind; the cue list is held, so its id is never reused.
_last: list[tuple[list[Match], dict[str, list[Match]]] | None] = [None]


def of_kind(found: list[Match], kind: str) -> list[Match]:
    """The cues of one kind, in text order: the coder asks for a kind per actor, count and draft,
    so the article's cues are grouped by kind once instead of read through every time."""
    last = _last[0]
    if last is None or last[0] is not found:
        table: dict[str, list[Match]] = {}
        for m in found:
            table.setdefault(m.entry.get("kind"), []).append(m)
        last = _last[0] = (found, table)
    return last[1].get(kind, [])
