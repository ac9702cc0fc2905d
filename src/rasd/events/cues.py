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


def cue_before(doc: Document, found: list[Match], span: Span, kind: str) -> Match | None:
    """The cue of a kind that ends within its window before a span, if any."""
    best = None
    for m in found:
        near = m.end <= span.start and \
            words_between(doc.text, m.end, span.start) <= int(m.entry.get("window", "2") or 0)
        if m.entry.get("kind") == kind and near:
            best = m
    return best


def in_sentence(found: list[Match], sentence: Span, kind: str) -> list[Match]:
    """Cues of a kind inside a sentence."""
    return [m for m in found if m.entry.get("kind") == kind and sentence.start <= m.start < sentence.end]
