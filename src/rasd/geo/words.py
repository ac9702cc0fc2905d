"""A document's words as the place finder reads them, with what it asks of every word computed once.

The finder walks every token of an article several times (to start names, to look for cue words
before a name, to find back-references). Most tokens are no cue word at all, so knowing which are
(and of which kinds) lets the role checks skip the quiet stretches without asking the cue table
about each word again; the per-token tests run as set tests over lists, at C speed.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import filterfalse
from operator import attrgetter, not_

from rasd.document import Document, Span, layer_index
from rasd.geo import roles


@dataclass(frozen=True, slots=True)
class Words:
    """Tokens inside sentences: their stems and sentence, its first token, where the cue words are."""

    toks: list[Span]
    stems: list[tuple[str, ...]]  # each token's clitic stems (Token.stems)
    sent_of: list[int]
    floor: list[int]  # index of the first token of each token's sentence
    cue_flags: list[bool]  # whether each token has a stem in the cue table (any kind)
    cue_words: list[int]  # indexes of those tokens, ascending
    cue_kinds: list[frozenset[str]]  # the kinds each of them names (roles.cue_kinds)

    def kinds_before(self, i: int, n: int) -> frozenset[str]:
        """Kinds of the cue words among the n tokens before token i (usually none)."""
        hi = bisect_left(self.cue_words, i)
        if hi == 0 or self.cue_words[hi - 1] < i - n:
            return _NONE
        lo = bisect_left(self.cue_words, i - n, 0, hi)
        return frozenset().union(*self.cue_kinds[lo:hi])


_NONE: frozenset[str] = frozenset()
_STEMS = attrgetter("value.stems")


def words_of(doc: Document) -> Words:
    """The Words of a document (its tokens and sentences layers); per-token tests run at C speed."""
    toks, sent_of, floor = in_sentences(doc.layer("tokens"), doc.layer("sentences"))
    stems = list(map(_STEMS, toks))
    plain = list(map(roles.cue_words().isdisjoint, stems))
    cued = list(filterfalse(plain.__getitem__, range(len(toks))))
    return Words(toks, stems, sent_of, floor, list(map(not_, plain)), cued,
                 [roles.cue_kinds(stems[i]) for i in cued])


def in_sentences(tokens: Sequence[Span], sents: Sequence[Span]) -> tuple[list[Span], list[int], list[int]]:
    """Tokens that lie inside sentences, the sentence index of each and its sentence's first token.

    Layers of disjoint, sorted spans (what the text stages make) are cut by bisection, one slice
    a sentence; anything else is walked token by token.
    """
    starts, disjoint = layer_index(tokens)
    if starts is None or not disjoint or not layer_index(sents)[1]:
        return _walk(tokens, sents)
    toks: list[Span] = []
    sent_of: list[int] = []
    floor: list[int] = []
    for k, s in enumerate(sents):
        lo, hi = bisect_left(starts, s.start), bisect_left(starts, s.end)
        if hi > lo and tokens[hi - 1].end > s.end:  # a token running past the sentence's end
            hi -= 1
        if hi > lo:
            floor += [len(toks)] * (hi - lo)
            sent_of += [k] * (hi - lo)
            toks += tokens[lo:hi]
    return toks, sent_of, floor


def _walk(tokens: Sequence[Span], sents: Sequence[Span]) -> tuple[list[Span], list[int], list[int]]:
    """The general case: each token against the first sentence that does not end before it."""
    toks, sent_of, floor = [], [], []
    k = 0
    for tok in tokens:
        while k < len(sents) and sents[k].end <= tok.start:
            k += 1
        if k < len(sents) and sents[k].start <= tok.start and tok.end <= sents[k].end:
            floor.append(floor[-1] if sent_of and sent_of[-1] == k else len(toks))
            toks.append(tok)
            sent_of.append(k)
    return toks, sent_of, floor
