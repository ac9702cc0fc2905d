"""Photo captions and headings are lines of their own: never joined to the lead that follows them."""
from __future__ import annotations

import pytest

from rasd.text.clean import furniture_spans
from rasd.text.sentences import sentence_spans

# A paragraph line: longer than any piece of a sentence wrapped over short lines.
BODY = ("قتل أربعة مدنيين وأصيب سبعة آخرون، صباح اليوم الثلاثاء، في قصف مدفعي استهدف سوقاً شعبياً "
        "وسط المدينة، بحسب ما أفاد مصدر طبي في المستشفى الوطني.")


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentence_spans(text, tuple(furniture_spans(text)))]


@pytest.mark.parametrize("caption", [
    "دمار في سوق الخضار بمدينة الباب",             # a caption before the lead
    "الدمار الذي خلفه القصف في مبنى البلدية بإدلب",  # another outlet, another town
    "معارك في ريف درعا الغربي",                    # a heading before its paragraph
    "قصف جوي على أطراف مدينة دير الزور",
])
def test_a_caption_before_a_paragraph_is_its_own_sentence(caption: str) -> None:
    text = caption + "\n" + BODY
    assert sentences(text) == [caption, BODY]


def test_a_caption_after_a_paragraph_and_before_the_next_is_its_own_sentence() -> None:
    text = BODY + "\n" + "عناصر الدفاع المدني في حي الصاخور" + "\n" + BODY
    assert sentences(text) == [BODY, "عناصر الدفاع المدني في حي الصاخور", BODY]


def test_a_caption_before_a_dateline_is_its_own_sentence() -> None:
    text = "سيارة محترقة في شارع الجمهورية\nالموصل - وكالة الأنباء\n" + BODY
    assert sentences(text) == ["سيارة محترقة في شارع الجمهورية", "الموصل - وكالة الأنباء", BODY]


@pytest.mark.parametrize("text", [
    # the line ends on a preposition or a name-announcing noun: the sentence goes on
    "قال المتحدث باسم الشرطة إن قوات الأمن داهمت فجر اليوم في\n" + BODY,
    "وأضاف أن الطائرات المسيرة استهدفت تجمعاً للمسلحين في مدينة\n" + BODY,
    "أكد مصدر عسكري أن الاشتباكات اندلعت صباح اليوم بين\n" + BODY,
    # a sentence wrapped over short lines: the next line is no paragraph
    "أعلن قائد شرطة محافظة نينوى اللواء\nنجم الجبوري أن قواته اعتقلت ثلاثة مطلوبين.",
])
def test_a_wrapped_sentence_still_joins(text: str) -> None:
    assert sentences(text) == [text]


def test_a_short_line_inside_a_wrapped_paragraph_joins() -> None:
    text = "قتل جنديان في هجوم على حاجز\nللجيش قرب بلدة الحويجة\n" + BODY
    assert sentences(text)[0] == "قتل جنديان في هجوم على حاجز\nللجيش قرب بلدة الحويجة\n" + BODY


@pytest.mark.parametrize("line", [
    "عناصر من الشرطة في حي المنصور (صورة: أرشيفية)",
    "دورية للجيش قرب الحدود - أرشيفية",
    "صورة أرشيفية لمقاتلين في الرمادي",
    "تصوير: أحمد العلي",
    "نازحون في مخيم قرب عفرين (أرشيفية)",
])
def test_captions_with_a_photo_mark_are_furniture(line: str) -> None:
    text = BODY + "\n" + line + "\n" + BODY
    spans = furniture_spans(text)
    assert [text[s.start : s.end] for s in spans] == [line]
    assert sentences(text) == [BODY, BODY]


@pytest.mark.parametrize("line", [
    "ونشرت وكالة الأنباء صورة أرشيفية للموقع الذي استهدفه القصف قبل عامين في مدينة الرقة.",
    "وقال شهود إن المسلحين صادروا كاميرات التصوير من الصحافيين.",
])
def test_sentences_about_photos_are_not_furniture(line: str) -> None:
    assert furniture_spans(line) == []
