"""Sentence segmentation that survives scraped text.

Boundaries: . ! ? ؟, blank lines, and single newlines after a line that looks complete. Scraped
articles break long sentences over short lines ("خليفة\nحفتر، قواته…"): a single newline after a
short line (under 60 characters) that ends without punctuation joins the two lines, unless it is a
caption or a heading: a short line that starts a block, ends on a word that closes a phrase (not
"في", "مدينة", "قوات": data/lexicons/open_ends.tsv) and stands before a paragraph or a dateline
("دمار في سوق الخضار بمدينة الباب\n<paragraph>"). Such a line is a sentence of its own: joined to the
lead it would lend the lead its place and date.
Full stops inside numbers (3.5) and after
single-letter abbreviations are not boundaries. Quoted speech is kept inside its sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rasd.document import Document, Span
from rasd.mentions.lexicon import load
from rasd.text.normalize import key

# A boundary: . ! ? ؟ not between digits (with the quotes and brackets that close on it), a blank
# line (a newline, whitespace, a newline), or a single newline. Every form starts with one class, so
# a search skips ordinary text at C speed instead of trying each alternative at every character.
_BOUNDARY = re.compile(r"[.!?؟\n](?:(?<=\n)(?:\s*\n)?|(?<!\d.)(?!\d)[\"'»”)]*)")
_SHORT_LINE = 60
_BODY_LINE = 2 * _SHORT_LINE  # a paragraph line, longer than any piece of a wrapped sentence
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
        and text[newline + 1].isalpha() and not _DATELINE.search(line) \
        and not _stands_alone(text, start, line_start, newline)


def _stands_alone(text: str, start: int, line_start: int, newline: int) -> bool:
    """A caption or heading ("دمار في سوق مدينة الباب", "معارك في ريف درعا") before a paragraph.

    It opens a block (the sentence starts with the line), the next line is a paragraph or a dateline
    rather than the next piece of a wrapped sentence, and its last word closes a phrase.
    """
    if text[start:line_start].strip():
        return False
    end = text.find("\n", newline + 1)
    following = text[newline + 1 : end if end >= 0 else len(text)].strip()
    dateline = len(following) < _SHORT_LINE and bool(_DATELINE.search(following))
    return (len(following) >= _BODY_LINE or dateline) and not _open_end(text[line_start:newline])


def _open_end(line: str) -> bool:
    """Whether the line's last word calls for more words (a preposition, "إن", "مدينة", "اللواء")."""
    words = key(line).split()
    last = words[-1] if words else ""
    return last in _open_words() or (len(last) > 2 and last[0] in "وف" and last[1:] in _open_words())


@lru_cache(maxsize=1)
def _open_words() -> frozenset[str]:
    return frozenset(e.key for e in load("lexicons/open_ends.tsv"))


def _add(text: str, start: int, end: int, out: list[Span]) -> None:
    """The piece as a sentence, trimmed of whitespace (`str.strip` trims what `isspace` calls one)."""
    piece = text[start:end]
    kept = piece.strip()
    if len(kept) >= 2 and (kept[0].isalpha() or any(c.isalpha() for c in kept)):  # most open on a letter
        start += len(piece) - len(piece.lstrip())
        out.append(Span(start, start + len(kept), "sentence", source="rule:text.sentences"))


def segment(doc: Document) -> Document:
    """Stage body: the `sentences` layer, leaving out web furniture found by the cleaner."""
    return doc.with_layer("sentences", sentence_spans(doc.text, doc.layer("furniture")))
