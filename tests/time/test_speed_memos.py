"""The memos and shortcuts of the counts and dates stages answer exactly as the plain reading does."""
from __future__ import annotations

import re

import pytest

from rasd.mentions.quantities import _counts_of_text, count_spans
from rasd.time.counts import find_counts
from rasd.time.patterns import ends_at, may_match, since_before
from rasd.time.tagger import _stem_candidates, _stem_roles
from rasd.time.words import variants
from testkit import make_doc

SENTENCE = "قتل 4 مدنيين وأصيب 9 آخرون في قصف على بلدة كفرنبل."
OPENERS = ["", "أفاد ناشطون بتجدد القصف على ريف إدلب. ", "وأعلنت فصائل المعارضة النفير العام.\n"]


@pytest.mark.parametrize("opener", OPENERS)
def test_a_repeated_sentence_gets_its_counts_at_its_own_offsets(opener: str) -> None:
    _counts_of_text.cache_clear()
    first = count_spans(make_doc(SENTENCE))
    again = count_spans(make_doc(opener + SENTENCE))
    shift = len(opener)
    assert [(s.start + shift, s.end + shift, s.value, s.source) for s in first] == \
        [(s.start, s.end, s.value, s.source) for s in again if s.start >= shift]


def test_memo_answers_as_the_finder_on_the_whole_key() -> None:
    text = "وقتل 3 عناصر من الشرطة. ثم أصيب 11 شخصا بجروح في انفجار عبوة ناسفة."
    doc = make_doc(text)
    direct = find_counts(doc.norm.key, 0, len(doc.norm.key))
    assert [(s.value.value, s.value.role) for s in count_spans(doc)] == [(f.value.value, f.value.role) for f in direct]


def _stem_roles_by_scan(token: str) -> dict:
    """The reading before the stem table: every stem entry tested against every reading."""
    roles: dict = {}
    for reading in variants(token):
        for words, role, entry in _stem_candidates():
            if reading.startswith(words[0]) and reading != words[0]:
                roles.setdefault(role, entry)
    return roles


@pytest.mark.parametrize("token", ["قتلوا", "فقتلوا", "جرحوا", "واصيبوا", "قتل", "بالقتلي", "مدرسه", "وللجرحي"])
def test_stem_table_reads_as_the_scan_of_every_stem(token: str) -> None:
    assert _stem_roles(token) == _stem_roles_by_scan(token)


@pytest.mark.parametrize("text", ["تتواصل المعارك منذ 12 ايار", "اندلعت الاشتباكات منذ نحو 3 ايام",
                                  "سقطت قذائف على البلده 5 مرات", "منذ"])
def test_ends_at_with_its_word_test_equals_the_plain_search(text: str) -> None:
    pattern = since_before()
    for end in range(len(text) + 1):
        plain = pattern.search(text, 0, end)
        found = ends_at(pattern, text, end)
        assert (found and found.span()) == (plain and plain.span())


def test_may_match_is_false_only_without_the_words() -> None:
    pattern = re.compile(since_before().pattern)
    assert may_match(pattern, "قصف منذ الصباح", 0, 14)
    assert not may_match(pattern, "قصف في الصباح", 0, 13)
