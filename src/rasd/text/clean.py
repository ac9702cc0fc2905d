"""Web furniture in scraped text: found, never deleted.

Share buttons, comment forms, captions, "back to top" links and similar lines are marked as
`furniture` spans so later stages skip them while every kept character keeps its offset. The
patterns live in `data/lexicons/furniture.tsv` (one regular expression a row, searched on the
normalised line); a linguist can add an outlet's furniture without touching code.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rasd.document import Document, Span
from rasd.mentions.lexicon import data_path, read_rows
from rasd.text.normalize import key

_LINE = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Compiled furniture patterns with the file:line that defines each."""
    rows = read_rows(data_path("lexicons/furniture.tsv"))
    return tuple((re.compile(row["pattern"]), f"lexicons/furniture.tsv:{n}") for n, row in rows)


def furniture_spans(text: str) -> list[Span]:
    """Lines of the text that are web furniture, as spans labelled with the matching pattern."""
    out = []
    for m in _LINE.finditer(text):
        line = key(m.group())
        for pat, where in patterns():
            if pat.search(line):
                out.append(Span(m.start(), m.end(), "furniture", line[:40], where))
                break
    return out


def clean(doc: Document) -> Document:
    """Stage body: the `furniture` layer."""
    return doc.with_layer("furniture", furniture_spans(doc.text))
