"""Clitic-aware tokens: each token span carries its normalised key and its clitic-stripped stems.

Arabic attaches و/ف (and), ب/ل/ك (prepositions) and ال (the) to the next word ("وبطرابلس").
Rather than guessing one segmentation, a token offers every candidate stem (stripping at most
one conjunction, one preposition and the article), and lookups try them longest first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from rasd.document import Document, Span, spans_of
from rasd.text.normalize import take_marks

_WORD = re.compile(r"[\w\u0600-\u06FF]+", re.UNICODE)
_SPLIT = re.compile(f"({_WORD.pattern})")  # separators and words, alternating
_PREVIOUS, _NEXT = (-1).__add__, (1).__add__  # `i - 1` and `i + 1` as C callables for `map`
CONJ = ("و", "ف")
PREP = ("ب", "ل", "ك")


@dataclass(frozen=True, slots=True)
class Token:
    """The value of a token span: its key and its candidate stems (longest first)."""

    key: str
    stems: tuple[str, ...]


def stems(word_key: str) -> tuple[str, ...]:
    """Candidate stems of a normalised word: itself, minus و/ف, minus ب/ل/ك, minus ال."""
    out = [word_key]
    for w in list(out):
        if len(w) > 3 and w[0] in CONJ:
            out.append(w[1:])
    for w in list(out):
        if len(w) > 3 and w[0] in PREP:
            out.append(w[1:])
        if len(w) > 4 and w.startswith("لل"):
            out.append("ال" + w[2:])
    for w in list(out):
        if len(w) > 4 and w.startswith("ال"):
            out.append(w[2:])
    seen: dict[str, None] = {}
    for w in out:
        seen.setdefault(w, None)
    return tuple(seen)


@lru_cache(maxsize=65536)
def token_value(word_key: str) -> Token:
    """The (immutable, shared) value of every token with this key: stems are computed once per word."""
    return Token(word_key, stems(word_key))


def token_spans(doc: Document) -> list[Span]:
    """Tokens over the normalised key, mapped back to article offsets as `norm.span` maps them.

    Built column by column rather than token by token: a corpus has hundreds of thousands of
    tokens, and the per-token Python work (a match object each) was most of the stage.
    """
    norm = doc.norm
    assert norm is not None, "tokens need the norm layer"
    words, key_starts, key_ends = _words(norm.key)
    at = norm.offsets.__getitem__
    ends = take_marks(norm.source, list(map(_NEXT, map(at, map(_PREVIOUS, key_ends)))))
    values = list(map(token_value, words))
    return spans_of(list(map(at, key_starts)), ends, "token", values, "rule:text.tokens")


def _words(key: str) -> tuple[list[str], list[int], list[int]]:
    """The words of a key with their key offsets, as `_WORD.finditer` finds them, from one split."""
    parts = _SPLIT.split(key)  # separator, word, separator, ..., word, separator
    bounds = [0, *accumulate(map(len, parts))]
    return parts[1::2], bounds[1:-1:2], bounds[2::2]


def tokenize(doc: Document) -> Document:
    """Stage body: the `tokens` layer."""
    return doc.with_layer("tokens", token_spans(doc))
