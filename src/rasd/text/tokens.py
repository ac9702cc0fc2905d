"""Clitic-aware tokens: each token span carries its normalised key and its clitic-stripped stems.

Arabic attaches و/ف (and), ب/ل/ك (prepositions) and ال (the) to the next word ("وبطرابلس").
Rather than guessing one segmentation, a token offers every candidate stem (stripping at most
one conjunction, one preposition and the article), and lookups try them longest first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.document import Document, Span

_WORD = re.compile(r"[\w\u0600-\u06FF]+", re.UNICODE)
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
    """Tokens over the normalised key, mapped back to article offsets."""
    norm = doc.norm
    assert norm is not None, "tokens need the norm layer"
    spans = []
    offsets, source = norm.offsets, norm.source
    for m in _WORD.finditer(norm.key):
        ks, ke = m.span()
        end = offsets[ke - 1] + 1
        if end < len(source) and source[end] != " ":  # maybe marks to take along: the full rule
            start, end = norm.span(ks, ke)
        else:  # `norm.span` in short: a word followed by a space or the end
            start = offsets[ks]
        spans.append(Span(start, end, "token", token_value(m.group()), "rule:text.tokens"))
    return spans


def tokenize(doc: Document) -> Document:
    """Stage body: the `tokens` layer."""
    return doc.with_layer("tokens", token_spans(doc))
