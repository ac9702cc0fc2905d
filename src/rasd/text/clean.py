"""Web furniture in scraped text: found, never deleted.

Share buttons, comment forms, captions, "back to top" links and similar lines are marked as
`furniture` spans so later stages skip them while every kept character keeps its offset. The
patterns live in `data/lexicons/furniture.tsv` (one regular expression a row, searched on the
normalised line); a linguist can add an outlet's furniture without touching code.

A line's key is cut from the article's key (the one the normalize stage uses: whitespace folds
the same way inside a line as around it), and a few probe searches skip the ordinary lines, so
only the rare furniture line is tried pattern by pattern. The patterns anchored with `^` are joined
under one `\\A` (a search tries them at the start only); the others are probes of their own (each
keeps its fast literal-prefix scan).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache, partial
from itertools import repeat

from rasd.document import Document, Span
from rasd.mentions.lexicon import data_path, read_rows
from rasd.text.normalize import normalize_article

_LINE = re.compile(r"[^\n]+")
_SEARCH = re.Pattern.search


@lru_cache(maxsize=1)
def patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Compiled furniture patterns with the file:line that defines each."""
    rows = read_rows(data_path("lexicons/furniture.tsv"))
    return tuple((re.compile(row["pattern"]), f"lexicons/furniture.tsv:{n}") for n, row in rows)


@lru_cache(maxsize=1)
def probes() -> tuple[re.Pattern[str], ...]:
    """Searches that find something in a line iff some furniture pattern does."""
    sources = [pat.pattern for pat, _ in patterns()]
    anchored = [p for p in sources if _anchored(p)]
    joined = [re.compile(r"\A(?:" + "|".join(f"(?:{p})" for p in anchored) + ")")] if anchored else []
    return (*joined, *(re.compile(p) for p in sources if p not in anchored))


def _anchored(pattern: str) -> bool:
    """Starts with `^` and has no `|` outside groups and classes: it can match at the start only."""
    if not pattern.startswith("^"):
        return False
    depth, i = 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif ch == "[":
            i = _class_end(pattern, i)
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            return False
        i += 1
    return True


def _class_end(pattern: str, i: int) -> int:
    """Index of the `]` closing the class opened at `i` (a `]` first in the class is a literal)."""
    j = i + 1 + (pattern[i + 1 : i + 2] == "^")
    j += pattern[j : j + 1] == "]"
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j


def furniture_spans(text: str) -> list[Span]:
    """Lines of the text that are web furniture, as spans labelled with the matching pattern."""
    out = []
    norm, tries = normalize_article(text), probes()
    key, key_pos = norm.key, partial(bisect_left, norm.offsets)  # `norm.from_source`, without a frame
    for m in _LINE.finditer(text):
        start, end = m.span()
        line = " ".join(key[key_pos(start) : key_pos(end)].split())
        if not any(map(_SEARCH, tries, repeat(line))):
            continue
        for pat, where in patterns():
            if pat.search(line):
                out.append(Span(start, end, "furniture", line[:40], where))
                break
    return out


def clean(doc: Document) -> Document:
    """Stage body: the `furniture` layer."""
    return doc.with_layer("furniture", furniture_spans(doc.text))
