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
import re
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
            readings = tuple((e, p, e.get("match") == "stem") for e, p in items)
            self._auto.add_word(k, (len(k), readings, any(stem for _e, _p, stem in readings)))
        self.empty = not variants
        if not self.empty:
            self._auto.make_automaton()
        self._last: tuple[NormalizedText, list[Match]] | None = None

    def find(self, norm: NormalizedText) -> list[Match]:
        """Non-overlapping matches, longest first then leftmost, in text order.

        A span covers the entry and, for `stem` entries, the rest of its word; clitics before it
        are left out (so "والاشتباكات" cites "اشتباكات"). Several stages ask the same lexicon about
        the same document (reporting verbs: attributions and report dates; actors: the actor
        finder, speakers and the country vote), so the last document's answer is kept; the
        document is held, so an identical `norm` object is the same document.
        """
        if self.empty:
            return []
        last = self._last
        if last is None or last[0] is not norm:
            last = self._last = (norm, self._scan(norm))
        return list(last[1])

    def _scan(self, norm: NormalizedText) -> list[Match]:
        text = norm.key
        size = len(text)
        hits = []
        for end, (length, items, any_stem) in self._auto.iter(text):
            start, after = end - length + 1, end + 1
            open_right = after < size and _is_letter(text[after])
            if open_right and not any_stem:  # inside a longer word: no entry of this key may match
                continue
            left = _left_context(text, start)
            if left is None:
                continue
            for entry, prefixes, stem in items:
                if (stem or not open_right) and left in prefixes:
                    hits.append((start, _word_end(text, after) if open_right else after, entry))
                    break
        return [Match(*norm.span(s, e), entry) for s, e, entry in _select(hits, size)]


def _variants(k: str) -> list[tuple[str, tuple[str, ...]]]:
    if k.startswith("ال") and len(k) > 3:
        return [(k, _PREFIXES_AL), ("ل" + k[2:], _PREFIXES_LL)]
    return [(k, _PREFIXES)]


def _is_letter(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# `\w` is exactly `_is_letter` (str.isalnum or "_"): the regex engine reads the letters around a
# match instead of a Python loop over them (every automaton hit asks).
_GLUED = re.compile(r"(?<!\w)\w{0,4}\Z")
_WORD_REST = re.compile(r"\w*")


def _left_context(text: str, start: int) -> str | None:
    """The letters glued before a match (at most four: its clitics), None when more precede it."""
    if start == 0 or not _is_letter(text[start - 1]):
        return ""  # nothing glued (most hits): the search below would find just that
    m = _GLUED.search(text, max(0, start - 4), start)
    return m.group() if m else None


def _word_end(text: str, end: int) -> int:
    return _WORD_REST.match(text, end).end()  # type: ignore[union-attr]


def _select(hits: list[tuple[int, int, Entry]], size: int) -> list[tuple[int, int, Entry]]:
    """Longest first, then leftmost; a hit overlapping one already chosen is dropped (a map of the
    characters taken answers that in one look instead of a scan of every chosen hit)."""
    taken = bytearray(size + 1)
    chosen: list[tuple[int, int, Entry]] = []
    for s, e, entry in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0])):
        if taken.find(1, s, e) < 0:
            taken[s:e] = b"\x01" * (e - s)
            chosen.append((s, e, entry))
    return sorted(chosen, key=lambda h: h[0])


@lru_cache(maxsize=64)
def matcher(relative: str) -> Matcher:
    """The compiled matcher of a bundled lexicon (built once per process)."""
    return Matcher(load(relative))
