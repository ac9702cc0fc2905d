"""Sentences that survive scraped text: broken lines, decimals, quotes, furniture lines."""
from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.text.clean import furniture_spans
from rasd.text.sentences import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentence_spans(text, tuple(furniture_spans(text)))]


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت الطائرات مواقع في مأرب. وقال مصدر إن الغارات أصابت مخزناً.",
     ["قصفت الطائرات مواقع في مأرب.", "وقال مصدر إن الغارات أصابت مخزناً."]),
    ("قال قائد ميداني إن قوات\nالجيش دخلت بلدة الحوش صباح اليوم.",
     ["قال قائد ميداني إن قوات\nالجيش دخلت بلدة الحوش صباح اليوم."]),
    ("تبعد البلدة 3.5 كيلومتر عن الحدود. وسقطت فيها قذائف.",
     ["تبعد البلدة 3.5 كيلومتر عن الحدود.", "وسقطت فيها قذائف."]),
    ("وقال المحافظ «لن نسمح بعودة المسلحين». وأضاف أن الطرق مغلقة؟ نعم.",
     ["وقال المحافظ «لن نسمح بعودة المسلحين».", "وأضاف أن الطرق مغلقة؟", "نعم."]),
    ("انفجرت سيارة مفخخة في كركوك\n\nوأصيب خمسة أشخاص",
     ["انفجرت سيارة مفخخة في كركوك", "وأصيب خمسة أشخاص"]),
    ("قتل جنديان في هجوم على حاجز قرب الرقة.\nشارك\nFacebook\nوتبنى التنظيم الهجوم.",
     ["قتل جنديان في هجوم على حاجز قرب الرقة.", "وتبنى التنظيم الهجوم."]),
])
def test_sentence_table(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@given(st.lists(st.sampled_from(["قتل ثلاثة في حمص.", "\n", " ", "وأصيب آخرون", "؟", "شارك", "\n\n", "3.5"]),
                max_size=20))
def test_spans_are_trimmed_ordered_and_disjoint(parts: list[str]) -> None:
    text = "".join(parts)
    spans = sentence_spans(text, tuple(furniture_spans(text)))
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    for s in spans:
        piece = text[s.start : s.end]
        assert piece == piece.strip() and piece


@pytest.mark.parametrize("text", [
    "الجنينة - إذاعة المدينة\nقتل ثلاثة مدنيين في هجوم على مخيم للنازحين.",
    "عدن – خاص\nسقطت قذائف على حي المعلا صباح اليوم.",
])
def test_sentences_keep_a_dateline_apart(text: str) -> None:
    from rasd.text.sentences import sentence_spans

    first = sentence_spans(text)[0]
    assert text[first.start:first.end] == text.split("\n")[0]
