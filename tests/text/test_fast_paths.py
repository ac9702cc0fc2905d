"""The fast paths of the text stages and of Document agree with their plain definitions.

Each property compares a sped-up piece (bisection, bulk folding, column-wise tokens, a line key cut
from the article key, probe searches, one-class sentence boundaries) with the straightforward code
it replaced, on hostile text: vowel signs, tatweel, bidi marks, presentation forms, odd spaces.
"""
from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.document import Article, Document, Span
from rasd.errors import ConfigError
from rasd.text.clean import _anchored, furniture_spans, patterns, probes
from rasd.text.normalize import NormalizedText, fold_char, key, normalize
from rasd.text.sentences import _BOUNDARY
from rasd.text.tokens import token_spans, token_value

ALPHABET = st.sampled_from([*"ابتجدرسعفقلمنهوية أإآىؤئ ًٌَُِّـ٠١٢٣123.!?؟،:«»\"')(-–|\n\t\r",
                            "\u00a0", "\u200f", "\u2009", "\ufe76", "\ufe71", "ﻻ", "\u3000", "x", "A"])
TEXT = st.text(ALPHABET, max_size=120)
# Lines of an article with web furniture in it: captions, share buttons, credits.
PIECES = st.sampled_from(["شارك", "طباعة", "صورة", "أرشيفية", "|", "رويترز", "(", ")", ":", " ", "  ", "\t",
                          "قصف", "على", "بلدة", "كفرنبل", "ـ", "\u064e", "\u200f", "\u00a0", "ﻻ", "-"])
LINES = st.lists(st.lists(PIECES, max_size=8).map("".join), max_size=6).map("\n".join)
FAST = settings(max_examples=300, deadline=None)


def _span_reference(norm: NormalizedText, ks: int, ke: int) -> tuple[int, int]:
    """`NormalizedText.span` as first written: a loop over the marks after the word."""
    if ke <= ks:
        start = norm.to_source(ks)
        return start, start
    end = norm.offsets[ke - 1] + 1
    while end < len(norm.source) and not norm.source[end].isspace() and fold_char(norm.source[end]) == "":
        end += 1
    return norm.offsets[ks], end


@FAST
@given(TEXT, st.data())
def test_span_and_from_source_equal_their_definitions(text: str, data: st.DataObject) -> None:
    norm = normalize(text)
    ks = data.draw(st.integers(0, len(norm.key)))
    ke = data.draw(st.integers(0, len(norm.key)))
    assert norm.span(ks, ke) == _span_reference(norm, ks, ke)
    pos = data.draw(st.integers(-1, len(text) + 1))
    assert norm.from_source(pos) == next((i for i, o in enumerate(norm.offsets) if o >= pos), len(norm.offsets))


@FAST
@given(TEXT)
def test_key_equals_the_key_of_normalize(text: str) -> None:
    assert key(text) == " ".join(normalize(text).key.split())


@FAST
@given(TEXT)
def test_tokens_equal_one_span_per_word_match(text: str) -> None:
    doc = Document(Article("t", text)).with_norm(normalize(text))
    norm = doc.norm
    assert norm is not None
    expected = [Span(*norm.span(*m.span()), "token", token_value(m.group()), "rule:text.tokens")
                for m in re.finditer(r"[\w\u0600-\u06FF]+", norm.key)]
    assert token_spans(doc) == expected


@FAST
@given(st.one_of(TEXT, LINES))
def test_furniture_line_keys_are_the_keys_of_the_lines(text: str) -> None:
    norm, expected = normalize(text), []
    for m in re.finditer(r"[^\n]+", text):
        line = key(m.group())
        cut = norm.key[norm.from_source(m.start()) : norm.from_source(m.end())]
        assert " ".join(cut.split()) == line
        where = next((w for pat, w in patterns() if pat.search(line)), None)
        if where is not None:
            expected.append(Span(m.start(), m.end(), "furniture", line[:40], where))
    assert furniture_spans(text) == expected


@pytest.mark.parametrize("line", [
    "اترك تعليقاً", "شارك:", "صورة: أرشيفية", "لن يتم نشر عنوان بريدك الإلكتروني", "دمار في الحي | رويترز",
    "حقوق النشر محفوظة", "قصف على بلدة كفرنبل", "(صورة أرشيفية)",
])
def test_probes_find_a_line_iff_some_pattern_does(line: str) -> None:
    k = key(line)
    assert any(p.search(k) for p in probes()) == any(pat.search(k) for pat, _ in patterns())


@pytest.mark.parametrize(("pattern", "anchored"), [
    ("^a|b", False), ("^(a|b)", True), ("^[|]x", True), ("^[]|]x", True), (r"^\|x", True),
    ("^a[^]]|b", False), ("a|^b", False), ("x", False),
])
def test_only_wholly_anchored_patterns_are_joined(pattern: str, anchored: bool) -> None:
    assert _anchored(pattern) == anchored


_OLD_BOUNDARY = re.compile(r"(?<!\d)[.!?؟](?!\d)[\"'»”)]*|\n\s*\n|\n")


@FAST
@given(TEXT, st.data())
def test_sentence_boundaries_equal_the_three_way_pattern(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    spans = [m.span() for m in _BOUNDARY.finditer(text, start, stop)]
    assert spans == [m.span() for m in _OLD_BOUNDARY.finditer(text, start, stop)]


SPANS = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=12)


def _doc(pairs: list[tuple[int, int]], by_hand: bool) -> Document:
    spans = tuple(Span(a, b, "x") for a, b in pairs)
    if by_hand:  # any order, even reversed spans, as a test might build it
        return Document(Article("d", "x" * 40), {"x": spans, "sentences": spans})
    ok = [s for s in spans if s.start <= s.end]
    return Document(Article("d", "x" * 40)).with_layer("x", ok).with_layer("sentences", ok)


@FAST
@given(SPANS, st.booleans(), st.integers(0, 30), st.integers(0, 30), st.integers(-2, 32))
def test_layer_lookups_equal_a_scan(pairs: list[tuple[int, int]], by_hand: bool, a: int, b: int, pos: int) -> None:
    doc = _doc(pairs, by_hand)
    sentence = Span(a, b, "sentence")
    assert doc.in_sentence("x", sentence) == tuple(s for s in doc.layer("x") if s.within(sentence))
    holding = [s for s in doc.layer("sentences") if s.start <= pos < s.end]
    assert doc.sentence_of(pos) == (holding[0] if holding else None)


@given(SPANS)
def test_with_layer_sorts_and_names_the_first_bad_span(pairs: list[tuple[int, int]]) -> None:
    doc = Document(Article("d", "x" * 20))
    spans = [Span(a, b, "x") for a, b in pairs]
    bad = [s for s in spans if not 0 <= s.start <= s.end <= 20]
    if bad:
        with pytest.raises(ConfigError, match=f"span {bad[0].start}:{bad[0].end} "):
            doc.with_layer("x", spans)
    else:
        assert doc.with_layer("x", spans).layer("x") == tuple(sorted(spans, key=lambda s: (s.start, s.end)))


def test_span_stays_a_frozen_dataclass() -> None:
    span = Span(3, 7, "token")
    assert span == Span(start=3, end=7, label="token", value=None, source="")
    assert dataclasses.replace(span, end=9) == Span(3, 9, "token")
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 4  # type: ignore[misc]
    assert repr(span) == "Span(start=3, end=7, label='token', value=None, source='')"
