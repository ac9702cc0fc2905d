"""Spans of a layer inside one sentence, found by bisection instead of a scan of the layer.

`Document.in_sentence` filters a whole layer; the coder asks it for every sentence, clause, draft
and actor, hundreds of times an article, mostly about the same few sentences. Layers are sorted
by (start, end) (`Document.with_layer`), so the spans that can lie inside a sentence are one
slice of the layer: those starting within it. Each answer is kept for the rest of the document
(the same tuple, in the same order as the filter's).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import pairwise

from rasd.document import Document, Span

# The last document's layer starts and answers; the layers mapping is held, so its id is never reused.
_last: list[tuple[object, dict[str, list[int] | None], dict[tuple[str, int, int], tuple[Span, ...]]] | None] = [None]


def spans_in(doc: Document, name: str, sentence: Span) -> tuple[Span, ...]:
    """`doc.in_sentence(name, sentence)`, in logarithmic time, once per (layer, offsets)."""
    last = _last[0]
    if last is None or last[0] is not doc.layers:
        last = _last[0] = (doc.layers, {}, {})
    key = (name, sentence.start, sentence.end)
    found = last[2].get(key)
    if found is None:
        found = last[2][key] = _slice(doc, name, sentence, last[1])
    return found


def _slice(doc: Document, name: str, sentence: Span, starts_of: dict[str, list[int] | None]) -> tuple[Span, ...]:
    """The spans of a layer inside a sentence: a bisected slice, else the plain filter."""
    layer = doc.layer(name)
    if name not in starts_of:
        starts_of[name] = _starts(layer)
    starts = starts_of[name]
    if starts is None:
        return doc.in_sentence(name, sentence)
    lo, hi = bisect_left(starts, sentence.start), bisect_right(starts, sentence.end)
    end = sentence.end  # `s.within(sentence)`, inline: every span of the slice starts inside it
    return tuple([s for s in layer[lo:hi] if s.end <= end])  # a list first: no generator to run


def _starts(layer: Sequence[Span]) -> list[int] | None:
    """Start offsets of a layer (None when it is not sorted: then the plain filter answers)."""
    starts = [s.start for s in layer]
    return starts if all(a <= b for a, b in pairwise(starts)) else None


_last_index: list[tuple[tuple[Span, ...], dict[int, list[int]]] | None] = [None]


def sentence_index(doc: Document) -> dict[int, list[int]]:
    """Positions in the sentence layer by start offset, in layer order: finding a sentence's place
    (`layer.index`) reads a few entries instead of the layer. Built once per sentence layer."""
    sentences = doc.layer("sentences")
    last = _last_index[0]
    if last is None or last[0] is not sentences:
        table: dict[int, list[int]] = {}
        for k, s in enumerate(sentences):
            table.setdefault(s.start, []).append(k)
        last = _last_index[0] = (sentences, table)
    return last[1]
