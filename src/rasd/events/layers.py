"""Spans of a layer inside one sentence, and a sentence's place in its layer, asked of one article
many times.

The coder asks `Document.in_sentence` (itself a bisected slice) for every sentence, clause, draft
and actor, hundreds of times an article, mostly about the same few sentences: each answer is kept
for the rest of the article (the same tuple). The article is recognised by its layers mapping,
which every Document copy of it shares and the memo holds, so its id is never reused.
"""
from __future__ import annotations

from collections.abc import Mapping

from rasd.document import Document, Span
from rasd.memo import by_identity


@by_identity
def _answers(layers: Mapping[str, tuple[Span, ...]]) -> dict[tuple[str, int, int], tuple[Span, ...]]:
    """The answers kept for one article: a fresh table for each new layers mapping."""
    return {}


def spans_in(doc: Document, name: str, sentence: Span) -> tuple[Span, ...]:
    """`doc.in_sentence(name, sentence)`, once per (layer, offsets) of an article."""
    answers = _answers(doc.layers)
    key = (name, sentence.start, sentence.end)
    found = answers.get(key)
    if found is None:
        found = answers[key] = doc.in_sentence(name, sentence)
    return found


@by_identity
def _sentence_table(sentences: tuple[Span, ...]) -> dict[int, list[int]]:
    table: dict[int, list[int]] = {}
    for k, s in enumerate(sentences):
        table.setdefault(s.start, []).append(k)
    return table


def sentence_index(doc: Document) -> dict[int, list[int]]:
    """Positions in the sentence layer by start offset, in layer order: finding a sentence's place
    (`layer.index`) reads a few entries instead of the layer. Built once per sentence layer."""
    return _sentence_table(doc.layer("sentences"))
