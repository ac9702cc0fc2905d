"""Stage `mentions.counts`: counts of people killed, wounded or otherwise affected, as CountValue spans.

The reading itself lives in `rasd.time.counts` (words in `data/lexicons/count_words.tsv` and
`casualty_words.tsv`); this module runs it sentence by sentence, so a count never borrows an event
word from the next sentence, and leaves out numbers that belong to dates ("7 يوليو", "عام 2019").
"""
from __future__ import annotations

import re
from functools import lru_cache

from rasd.document import Document, Span
from rasd.registry import stage
from rasd.settings import Settings
from rasd.text.normalize import normalize
from rasd.time.counts import FoundCount, find_counts

_FATHA = "\u064e"
# a word (letters and vowel marks) ending in fatha (with or without shadda, either order), ya, sukun?, nun
_LETTER = r"[\u0621-\u0652]"
_DUAL = re.compile(rf"(?<!{_LETTER}){_LETTER}+?(?:\u064e\u0651?|\u0651\u064e)\u064a\u0652?\u0646(?!{_LETTER})")
SENTENCE_MEMO = 4096  # sentence texts whose counts are kept (wires and templates repeat sentences)


def _date_ranges(doc: Document, norm) -> list[tuple[int, int]]:
    """Key ranges of the date spans (computed here when the dates stage has not run)."""
    if doc.has("dates"):
        spans = doc.layer("dates")
    else:
        from rasd.mentions.dates import date_spans

        spans = date_spans(doc)
    return [(norm.from_source(s.start), norm.from_source(s.end)) for s in spans]


def vocalised_duals(text: str, norm) -> frozenset[int]:
    """Key offsets of words whose vowels mark the oblique dual ("مدنيَّين", fatha before the final
    ya-nun): the matching key drops vowels, and there the word reads as a plural."""
    if _FATHA not in text:
        return frozenset()
    return frozenset(norm.from_source(m.start()) for m in _DUAL.finditer(text))


def count_spans(doc: Document) -> list[Span]:
    """Count spans of a document, sentence by sentence, in article offsets."""
    norm = doc.norm or normalize(doc.text)
    skip = _date_ranges(doc, norm)
    sentences = doc.layer("sentences") or (Span(0, len(doc.text), "sentence"),)
    duals = vocalised_duals(doc.text, norm)
    out = []
    for sent in sentences:
        lo, hi = norm.from_source(sent.start), norm.from_source(sent.end)
        for f in sentence_counts(norm.key, lo, hi, skip, duals):
            start, end = norm.span(f.start + lo, f.end + lo)
            out.append(Span(start, end, "count", f.value, f.rule))
    return out


def sentence_counts(key: str, lo: int, hi: int, skip: list[tuple[int, int]],
                    duals: frozenset[int]) -> tuple[FoundCount, ...]:
    """`find_counts` of one sentence, in offsets from its start.

    The counts of a sentence depend only on its text and on the date ranges and duals inside it,
    so a sentence read before (a wire story in several outlets, a repeated formula) is not tagged
    again: the memo is keyed by exactly those, in offsets from the sentence's start.
    """
    near = tuple((s - lo, e - lo) for s, e in skip if e > lo and s < hi)
    own = frozenset(d - lo for d in duals if lo <= d < hi) if duals else frozenset()
    return _counts_of_text(key[lo:hi], near, own)


@lru_cache(maxsize=SENTENCE_MEMO)
def _counts_of_text(text: str, near: tuple[tuple[int, int], ...], duals: frozenset[int]) -> tuple[FoundCount, ...]:
    return tuple(find_counts(text, 0, len(text), list(near), duals))


@stage("mentions.counts", requires=("norm", "sentences"), provides=("counts",))
def make_stage(settings: Settings):
    """Find counts of people killed, wounded or affected."""
    return lambda doc: doc.with_layer("counts", count_spans(doc))
