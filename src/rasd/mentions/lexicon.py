"""Linguist-editable lexicons (TSV under `rasd/data/`) and one compiled matcher for all of them.

A lexicon file is tab-separated with a header row; `#` lines are comments. The `form` column is
the Arabic surface form (any spelling: it is normalised when loaded); other columns are the
entry's attributes (label, type, example, note…). Every match reports `file:line` of the entry
that made it, so event fields can say which lexicon line decided them.

Matching runs Aho-Corasick (pyahocorasick, `rasd.mentions.automaton`: one automaton shared by the
bundled lexicons) over the document's normalised key and keeps matches that start a word,
optionally after the clitics و ف ب ل ك and the article ال (لل for entries that start with ال), and
end a word (or any suffix for entries whose `match` column says `stem`).
"""
from __future__ import annotations

import csv
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from operator import itemgetter, le
from pathlib import Path

from rasd.errors import LexiconError
from rasd.mentions.automaton import MEMO_DOCUMENTS, Hit, Pool, spellings
from rasd.text.normalize import NormalizedText, key

DATA = resources.files("rasd") / "data"


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
    """Compiled multi-pattern matcher over normalised text, word- and clitic-aware
    (`rasd.mentions.automaton` says how; the lexicons read on every article, `SHARED`, share one
    automaton, read once per document)."""

    def __init__(self, entries: tuple[Entry, ...] | list[Entry], shared: tuple[Pool, int] | None = None) -> None:
        """A matcher of its own automaton, or lexicon number `shared[1]` of a pool built with it."""
        self.empty = not any(e.key for e in entries)
        self._pool, self._slot = shared if shared is not None else (Pool([spellings(entries)]), 0)
        self._last: deque[tuple[NormalizedText, list[Match]]] = deque(maxlen=MEMO_DOCUMENTS)

    def find(self, norm: NormalizedText) -> list[Match]:
        """Non-overlapping matches, longest first then leftmost, in text order.

        A span covers the entry and, for `stem` entries, the rest of its word; clitics before it
        are left out (so "والاشتباكات" cites "اشتباكات"). Several stages ask the same lexicon about
        the same document (reporting verbs: attributions, report dates and a headline test between
        them; actors: the actor finder, speakers and the country vote), so the answers for the last
        few documents are kept; the documents are held, so an identical `norm` is the same document.
        """
        if self.empty:
            return []
        for seen, found in tuple(self._last):  # a snapshot: API threads share matchers
            if seen is norm:
                return list(found)
        found = _matches(norm, _select(self._pool.hits(norm, self._slot), len(norm.key)))
        self._last.appendleft((norm, found))
        return list(found)


def _select(hits: list[Hit], size: int) -> list[Hit]:
    """Longest first, then leftmost; a hit overlapping one already chosen is dropped. Hits in text
    order that never overlap (most texts) are all chosen, with no ranking."""
    ordered = sorted(hits, key=_START)
    if all(map(le, map(_END, ordered), map(_START, ordered[1:]))):  # each ends before the next starts
        return ordered
    taken = bytearray(size + 1)  # a map of the characters taken answers in one look
    chosen = []
    for hit in sorted(hits):
        s, e = hit[1], hit[3]
        if taken.find(1, s, e) < 0:
            taken[s:e] = b"\x01" * (e - s)
            chosen.append(hit)
    return sorted(chosen, key=_START)


def _matches(norm: NormalizedText, hits: list[Hit]) -> list[Match]:
    """Hits as source spans. `norm.span` also takes the marks dropped from the key after a match
    ("قُتِلَ"); a match followed by a space or the end of the text has none, and needs no call."""
    offsets, source, span = norm.offsets, norm.source, norm.span
    size = len(source)
    out = []
    for _rank, s, _k, e, entry in hits:
        end = offsets[e - 1] + 1
        if end < size and not source[end].isspace():
            out.append(Match(*span(s, e), entry))
        else:
            out.append(_match(offsets[s], end, entry))
    return out


def _match(start: int, end: int, entry: Entry) -> Match:
    """`Match(start, end, entry)` without the frozen dataclass's `__init__` (which sets each field
    through `object.__setattr__`): the slots are set directly, for the many matches of a corpus."""
    m = _NEW(Match)
    _SET_START(m, start)
    _SET_END(m, end)
    _SET_ENTRY(m, entry)
    return m


_NEW = object.__new__
_SET_START, _SET_END, _SET_ENTRY = (getattr(Match, name).__set__ for name in ("start", "end", "entry"))
_START, _END = itemgetter(1), itemgetter(3)
# Lexicons read on every article (by actors, attributions, triggers, the article's country, the
# coder's cues, realis and roles): one automaton reads them all in one pass.
SHARED = ("actors/actors.tsv", "actors/generic.tsv", "actors/people.tsv", "actors/links.tsv",
          "actors/persons.tsv", "lexicons/reporting_verbs.tsv", "lexicons/sources.tsv", "lexicons/cues.tsv",
          "lexicons/triggers.tsv", "lexicons/venues.tsv", "lexicons/countries.tsv", "lexicons/modality.tsv",
          "lexicons/told.tsv")


@lru_cache(maxsize=64)
def matcher(relative: str) -> Matcher:
    """The compiled matcher of a bundled lexicon (built once per process; `SHARED` ones together)."""
    shared = _shared_pool()
    return Matcher(load(relative), shared.get(relative))


@lru_cache(maxsize=1)
def _shared_pool() -> dict[str, tuple[Pool, int]]:
    """The `SHARED` lexicons in one pool (one renamed or removed is simply left out of it)."""
    present = [r for r in SHARED if data_path(r).exists()]
    pool = Pool([spellings(load(r)) for r in present])
    return {r: (pool, slot) for slot, r in enumerate(present)}
