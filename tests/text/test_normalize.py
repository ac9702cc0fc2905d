"""The matching key and its offset map: every key character points back at the source character it came from."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.text.normalize import fold_char, key, normalize

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
MIXED = st.text(st.one_of(ARABIC, st.sampled_from(" \n\t\u00a0\u200f\u0640ًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩.،:«»-|"),
                          st.characters(min_codepoint=0x20, max_codepoint=0x7E),
                          st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFC)), max_size=80)


@pytest.mark.parametrize(("text", "expected"), [
    ("أحمد", "احمد"),
    ("إدلب", "ادلب"),
    ("آثار", "اثار"),
    ("مستشفى", "مستشفي"),
    ("درنة", "درنه"),
    ("مؤتمر", "موتمر"),
    ("رئيس", "رييس"),
    ("قُتِلَ", "قتل"),
    ("الـــجيش", "الجيش"),
    ("٢٢ عنصراً", "22 عنصرا"),
    ("۱۵ قتيلاً", "15 قتيلا"),
    ("أم   درمان", "ام درمان"),
    ("\u200fمقديشو", "مقديشو"),
    ("ﻻ", "لا"),
])
def test_key_table(text: str, expected: str) -> None:
    assert key(text) == expected


@given(MIXED)
def test_offsets_point_at_the_source(text: str) -> None:
    norm = normalize(text)
    assert len(norm.key) == len(norm.offsets)
    assert list(norm.offsets) == sorted(norm.offsets)
    for ch, pos in zip(norm.key, norm.offsets, strict=True):
        src = text[pos]
        assert (ch == " " and src.isspace()) or ch in fold_char(src)


@given(MIXED, st.integers(0, 80), st.integers(0, 80))
def test_span_round_trip(text: str, a: int, b: int) -> None:
    norm = normalize(text)
    s, e = sorted((min(a, len(norm.key)), min(b, len(norm.key))))
    start, end = norm.span(s, e)
    assert 0 <= start <= end <= len(text)
    if e > s:
        # a ligature (one source character, several key characters) maps back whole
        assert " ".join(norm.key[s:e].split()) in key(text[start:end])
        assert norm.from_source(start) <= s


@given(MIXED)
def test_key_is_idempotent(text: str) -> None:
    assert key(key(text)) == key(text)
