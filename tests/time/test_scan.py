"""The anchored scanner finds exactly what `pattern.finditer` finds (it exists only for speed)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.mentions.lexicon import load
from rasd.text.normalize import key
from rasd.time.patterns import compile_all, names
from rasd.time.scan import scanner

PATTERNS = compile_all() | {"names": names()}


def _words() -> list[str]:
    """Keys of every date and number word, so generated text is full of near-matches."""
    files = ("calendars/months.tsv", "calendars/weekdays.tsv", "calendars/date_words.tsv",
             "lexicons/count_words.tsv", "lexicons/casualty_words.tsv")
    return sorted({e.key for f in files for e in load(f)})


PIECES = st.one_of(st.sampled_from(_words()), st.integers(0, 3000).map(str),
                   st.sampled_from(["/", "-", ".", ",", "%", "\n", "12/5/2020", "2020-05-12", "x"]))
GLUE = st.sampled_from([" ", " ", " ", "", "/", " / ", ", "])


def _reference(text: str) -> dict[str, list[tuple]]:
    return {n: [(m.span(), m.groupdict()) for m in p.finditer(text)] for n, p in PATTERNS.items()}


def _scanned(text: str) -> dict[str, list[tuple]]:
    found = scanner(PATTERNS).finditer(text)
    return {n: [(m.span(), m.groupdict()) for m in found[n]] for n in PATTERNS}


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(PIECES, GLUE), max_size=24))
def test_scanner_equals_finditer_on_date_words(parts: list[tuple[str, str]]) -> None:
    text = "".join(p + g for p, g in parts)
    assert _scanned(text) == _reference(text)


@pytest.mark.parametrize("pattern", [r"ab(?:cd|ef)\d", r"(?<!x)\d{1,2}/\d{1,2}(?!\d)", r"a+b", r"(?:x|y)?z"])
@pytest.mark.parametrize("text", ["abcd1 abef2 xabcd3", "1/2 x1/2 11/22/33 3/4", "aab b ab", "xz yz z"])
def test_scanner_equals_finditer_on_any_pattern(pattern: str, text: str) -> None:
    p = re.compile(pattern)
    assert [m.span() for m in scanner({"p": p}).finditer(text)["p"]] == [m.span() for m in p.finditer(text)]


def test_every_date_pattern_is_anchored() -> None:
    """A pattern scanned whole would be correct but slow: keep the templates anchorable."""
    assert not scanner(PATTERNS).whole


def test_key_of_real_text_is_scanned_like_finditer() -> None:
    text = key(" ".join(_words()[::3]))
    assert _scanned(text) == _reference(text)
