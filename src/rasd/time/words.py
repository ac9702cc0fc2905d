"""Role-tagged word lists for dates and numbers, and a clitic-aware tagger over the matching key.

All Arabic words live in the TSV files under `rasd/data/calendars/` and `rasd/data/lexicons/`;
this module turns them into regular-expression alternations (for date patterns) and into a
token tagger (for counts), both working on `rasd.text.normalize` keys so that hamza, ta marbuta
and Eastern digits never matter.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from rasd.mentions.lexicon import Entry, load

DATE_WORDS = "calendars/date_words.tsv"
MONTHS = "calendars/months.tsv"
WEEKDAYS = "calendars/weekdays.tsv"
COUNT_WORDS = "lexicons/count_words.tsv"
CASUALTY_WORDS = "lexicons/casualty_words.tsv"

_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:,\d{3})+(?!\d)|\d+\.\d+|\d+|[^\w\s]")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")  # gaps and tokens, alternating


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


@lru_cache(maxsize=4096)
def role_entry(role: str, word_key: str, relative: str = DATE_WORDS) -> Entry | None:
    """The entry of a role whose key equals `word_key` (used to read a matched word's value); kept
    per word, as the words are those of the data files and every date asks several times."""
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
    return list(_variants(token))


@lru_cache(maxsize=65536)
def _variants(token: str) -> tuple[str, ...]:
    """`variants`, read once per word form: the tagger asks for them several times per word."""
    out = [token]
    if token[:1] not in _clitic_heads():  # most words: no clitic can be glued to them
        return (token,)
    for prefix, repl in clitics():
        rest = token[len(prefix):]
        if token.startswith(prefix) and len(rest) >= 2:
            out.append(repl + rest)
    return tuple(out)


@lru_cache(maxsize=1)
def _clitic_heads() -> frozenset[str]:
    """The letters a clitic starts with."""
    return frozenset(prefix[:1] for prefix, _ in clitics())


class Tag(NamedTuple):
    """One or more key tokens read as a lexicon word: key offsets, roles found, and its number.

    Immutable like a frozen dataclass, but a named tuple: the tagger builds one for every word of
    every sentence, and a frozen dataclass's `__init__` cost more than the rest of tagging. `roles`
    is the tagger's per-word-form dict, shared by every tag of that form: never change it.
    """

    start: int
    end: int
    text: str
    roles: dict[str, Entry]
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
    return list(zip(*token_columns(key, lo, hi), strict=True))


def token_columns(key: str, lo: int = 0, hi: int | None = None) -> tuple[list[int], list[int], list[str]]:
    """`tokens` as three columns (starts, ends, texts), from one split of the slice.

    The tagger reads every sentence of every article; a match object and a tuple per token cost
    more than the reading. Splitting the slice finds the same tokens as `_TOKEN.finditer(key, lo,
    hi)` (the slice's end is the search's end, and the pattern looks nowhere before a token).
    """
    parts = _TOKEN_SPLIT.split(key[lo:hi])  # gap, token, gap, ..., token, gap
    bounds = list(accumulate(map(len, parts), initial=lo))
    return bounds[1:-1:2], bounds[2::2], parts[1::2]
