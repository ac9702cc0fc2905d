"""Linguist-editable lexicons (TSV under `rasd/data/`) and one compiled matcher for all of them.

A lexicon file is tab-separated with a header row; `#` lines are comments. The `form` column is
the Arabic surface form (any spelling: it is normalised when loaded); other columns are the
entry's attributes (label, type, example, note…). Every match reports `file:line` of the entry
that made it, so event fields can say which lexicon line decided them.

Matching runs one Aho-Corasick automaton (pyahocorasick) over the document's normalised key and
keeps matches that start a word, optionally after the clitics و ف ب ل ك and the article ال
(لل for entries that start with ال), and end a word (or any suffix for entries whose `match` column says `stem`).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import ahocorasick

from rasd.errors import LexiconError
from rasd.text.normalize import NormalizedText, key

DATA = resources.files("rasd") / "data"
_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك", "لل", "ولل", "فلل",
             "ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "وكال")
_PREFIXES_AL = ("", "و", "ف", "ب", "ك", "وب", "فب", "وك", "فك")
_PREFIXES_LL = ("ل", "ول", "فل")


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon row: its surface form, its key, its other columns and where it was written."""

    form: str
    key: str
    attrs: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    where: str = ""

    def get(self, name: str, default: str = "") -> str:
        """A column's value ('' when empty)."""
        return self.attrs.get(name) or default


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon hit: source offsets and the entry."""

    start: int
    end: int
    entry: Entry


def data_path(relative: str) -> Path:
    """Path of a bundled data file."""
    return Path(str(DATA / relative))


def read_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Rows of a TSV file with their line numbers; comment and blank lines skipped."""
    if not path.exists():
        raise LexiconError(f"lexicon {path} is missing; reinstall rasd or fix the path")
    with path.open(encoding="utf-8", newline="") as f:
        lines = [(i, ln) for i, ln in enumerate(f, 1) if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        return []
    header = lines[0][1].rstrip("\n").split("\t")
    rows = []
    for lineno, ln in lines[1:]:
        cells = next(csv.reader([ln.rstrip("\n")], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) > len(header):
            raise LexiconError(f"{path.name}:{lineno}: {len(cells)} columns, header has {len(header)}")
        rows.append((lineno, dict(zip(header, [c.strip() for c in cells], strict=False))))
    return rows


@lru_cache(maxsize=64)
def load(relative: str) -> tuple[Entry, ...]:
    """Entries of a bundled lexicon (cached: lexicons are read once per process)."""
    return load_path(data_path(relative), relative)


def load_path(path: Path, name: str | None = None) -> tuple[Entry, ...]:
    """Entries of any lexicon file; a row without a form is an error naming its line."""
    name = name or path.name
    out = []
    for lineno, row in read_rows(path):
        form = row.get("form", "")
        if not form:
            raise LexiconError(f"{name}:{lineno}: empty 'form' column; every row needs an Arabic form")
        out.append(Entry(form, key(form), row, f"{name}:{lineno}"))
    return tuple(out)


class Matcher:
    """Compiled multi-pattern matcher over normalised text, word- and clitic-aware."""

    def __init__(self, entries: tuple[Entry, ...] | list[Entry]) -> None:
        self._auto = ahocorasick.Automaton()
        variants: dict[str, list[tuple[Entry, tuple[str, ...]]]] = {}
        for e in entries:
            for k, prefixes in _variants(e.key):
                variants.setdefault(k, []).append((e, prefixes))
        for k, items in variants.items():
            self._auto.add_word(k, (len(k), items))
        self.empty = not variants
        if not self.empty:
            self._auto.make_automaton()

    def find(self, norm: NormalizedText) -> list[Match]:
        """Non-overlapping matches, longest first then leftmost, in text order.

        A span covers the entry and, for `stem` entries, the rest of its word; clitics before it
        are left out (so "والاشتباكات" cites "اشتباكات").
        """
        if self.empty:
            return []
        text = norm.key
        hits = []
        for end, (length, items) in self._auto.iter(text):
            start = end - length + 1
            for entry, prefixes in items:
                if _right_ok(text, end + 1, entry) and _left_ok(text, start, prefixes):
                    hits.append((start, _word_end(text, end + 1), entry))
                    break
        return [Match(*norm.span(s, e), entry) for s, e, entry in _select(hits)]


def _variants(k: str) -> list[tuple[str, tuple[str, ...]]]:
    if k.startswith("ال") and len(k) > 3:
        return [(k, _PREFIXES_AL), ("ل" + k[2:], _PREFIXES_LL)]
    return [(k, _PREFIXES)]


def _is_letter(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _left_ok(text: str, start: int, prefixes: tuple[str, ...]) -> bool:
    i = start
    while i > 0 and _is_letter(text[i - 1]) and start - i < 4:
        i -= 1
    if i > 0 and _is_letter(text[i - 1]):
        return False
    return text[i:start] in prefixes


def _right_ok(text: str, end: int, entry: Entry) -> bool:
    if end >= len(text) or not _is_letter(text[end]):
        return True
    return entry.get("match") == "stem"


def _word_end(text: str, end: int) -> int:
    while end < len(text) and _is_letter(text[end]):
        end += 1
    return end


def _select(hits: list[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
    chosen: list[tuple[int, int, Entry]] = []
    for s, e, entry in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0])):
        if all(e <= cs or s >= ce for cs, ce, _ in chosen):
            chosen.append((s, e, entry))
    return sorted(chosen, key=lambda h: h[0])


@lru_cache(maxsize=64)
def matcher(relative: str) -> Matcher:
    """The compiled matcher of a bundled lexicon (built once per process)."""
    return Matcher(load(relative))
