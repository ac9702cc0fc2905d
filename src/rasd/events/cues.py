"""Cue words around actors and counts (`lexicons/cues.tsv`), looked up by kind and distance."""
from __future__ import annotations

import re

from rasd.document import Document, Span
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
    """The cue of a kind that ends within its window before a span, if any (the last such)."""
    for m in reversed(of_kind(found, kind)):
        if m.end <= span.start and within_words(doc.text, m.end, span.start, int(m.entry.get("window", "2") or 0)):
            return m
    return None


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
