"""Role-tagged word lists for dates and numbers, and a clitic-aware tagger over the matching key.

All Arabic words live in the TSV files under `rasd/data/calendars/` and `rasd/data/lexicons/`;
this module turns them into regular-expression alternations (for date patterns) and into a
token tagger (for counts), both working on `rasd.text.normalize` keys so that hamza, ta marbuta
and Eastern digits never matter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.mentions.lexicon import Entry, load

DATE_WORDS = "calendars/date_words.tsv"
MONTHS = "calendars/months.tsv"
WEEKDAYS = "calendars/weekdays.tsv"
COUNT_WORDS = "lexicons/count_words.tsv"
CASUALTY_WORDS = "lexicons/casualty_words.tsv"

_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:,\d{3})+(?!\d)|\d+\.\d+|\d+|[^\w\s]")


@lru_cache(maxsize=32)
def by_role(relative: str, column: str = "role") -> dict[str, tuple[Entry, ...]]:
    """Entries of one data file grouped by a column (role, kind, frame…)."""
    out: dict[str, list[Entry]] = {}
    for e in load(relative):
        out.setdefault(e.get(column), []).append(e)
    return {k: tuple(v) for k, v in out.items()}


def alternation(entries: tuple[Entry, ...] | list[Entry]) -> str:
    """A non-capturing regex group of the entries' keys, longest first (so "أول أمس" beats "أمس")."""
    keys = sorted({e.key for e in entries}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(k) for k in keys) + ")" if keys else "(?!)"


@lru_cache(maxsize=128)
def role_alt(role: str, relative: str = DATE_WORDS) -> str:
    """Alternation of every word with one role in a data file."""
    return alternation(by_role(relative).get(role, ()))


def role_entry(role: str, word_key: str, relative: str = DATE_WORDS) -> Entry | None:
    """The entry of a role whose key equals `word_key` (used to read a matched word's value)."""
    return next((e for e in by_role(relative).get(role, ()) if e.key == word_key), None)


@lru_cache(maxsize=1)
def article() -> str:
    """The definite article's key (from the data file, like every Arabic word)."""
    return by_role(DATE_WORDS)["article"][0].key


@lru_cache(maxsize=1)
def conjunctions() -> tuple[str, ...]:
    """Keys of the conjunctions that may be glued to a word (و, ف)."""
    return tuple(e.key for e in by_role(DATE_WORDS).get("conj", ()))


@lru_cache(maxsize=1)
def clitics() -> tuple[tuple[str, str], ...]:
    """(prefix, replacement) pairs, longest first: و → '', لل → ال."""
    roles = by_role(DATE_WORDS)
    pairs = [(e.key, "") for e in roles.get("clitic", ())]
    pairs += [(e.key, article()) for e in roles.get("clitic_article", ())]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def variants(token: str) -> list[str]:
    """The token and its readings without a glued conjunction/preposition ('لمقتل' → 'مقتل')."""
    out = [token]
    for prefix, repl in clitics():
        rest = token[len(prefix):]
        if token.startswith(prefix) and len(rest) >= 2:
            out.append(repl + rest)
    return out


@dataclass(frozen=True, slots=True)
class Tag:
    """One or more key tokens read as a lexicon word: key offsets, roles found, and its number."""

    start: int
    end: int
    text: str
    roles: dict[str, Entry] = field(default_factory=dict, hash=False, compare=False)
    number: float | None = None

    def has(self, *roles: str) -> bool:
        """Whether this word plays any of the roles (a plain loop: called a million times a corpus)."""
        own = self.roles
        if own:
            for r in roles:
                if r in own:
                    return True
        return False

    @property
    def punct(self) -> bool:
        """Punctuation stops every look-around (a count never reaches over a comma)."""
        return not self.text[:1].isalnum()

    @property
    def digits(self) -> bool:
        return self.text[:1].isdecimal()


def tokens(key: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """Word, digit-run and punctuation tokens of a key slice, with key offsets."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(key, lo, len(key) if hi is None else hi)]
