"""Sentence segmentation that survives scraped text.

Boundaries: . ! ? ؟, blank lines, and single newlines after a line that looks complete. Scraped
articles break long sentences over short lines ("خليفة\nحفتر، قواته…"): a single newline after a
short line (under 60 characters) that ends without punctuation joins the two lines.
Full stops inside numbers (3.5) and after
single-letter abbreviations are not boundaries. Quoted speech is kept inside its sentence.
"""
from __future__ import annotations

import re

from rasd.document import Document, Span

_BOUNDARY = re.compile(r"(?<!\d)[.!?؟](?!\d)[\"'»”)]*|\n\s*\n|\n")
_SHORT_LINE = 60
_DATELINE = re.compile(r"\s[-–—]\s|[-–—]\s*$|\(\w+\)\s*[-–—]?\s*$")


def sentence_spans(text: str, skip: tuple[Span, ...] = ()) -> list[Span]:
    """Split text into sentence spans, trimmed of spaces; `skip` ranges are hard boundaries, left out."""
    spans: list[Span] = []
    pos = 0
    for k in sorted(skip, key=lambda s: s.start):
        _region(text, pos, k.start, spans)
        pos = max(pos, k.end)
    _region(text, pos, len(text), spans)
    return spans


def _region(text: str, start: int, stop: int, spans: list[Span]) -> None:
    for m in _BOUNDARY.finditer(text, start, stop):
        if m.group() == "\n" and _joins(text, start, m.start()):
            continue
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, stop, spans)


def _joins(text: str, start: int, newline: int) -> bool:
    """A single newline after a short unpunctuated line continues the sentence.

    A dateline ("الجنينة - إذاعة دارفور", "عدن – خاص") is a line of its own, never joined.
    """
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[max(start, line_start) : newline].rstrip()
    return 0 < len(line) < _SHORT_LINE and line[-1] not in ".!?؟:\"»”)" and newline + 1 < len(text) \
        and text[newline + 1].isalpha() and not _DATELINE.search(line)


def _add(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 2 and any(c.isalpha() for c in text[start:end]):
        out.append(Span(start, end, "sentence", source="rule:text.sentences"))


def segment(doc: Document) -> Document:
    """Stage body: the `sentences` layer, leaving out web furniture found by the cleaner."""
    return doc.with_layer("sentences", sentence_spans(doc.text, doc.layer("furniture")))
