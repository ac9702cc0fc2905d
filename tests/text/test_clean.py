"""Web furniture is marked, never deleted: share lines, captions, comment forms, footers."""
from __future__ import annotations

import pytest

from rasd.text.clean import furniture_spans

ARTICLE_LINE = "قُتل أربعة أشخاص في هجوم بطائرة مسيّرة على سوق شعبي في مدينة الضالع."


@pytest.mark.parametrize("line", [
    "شارك",
    "مشاركة:",
    "Facebook",
    "WhatsApp",
    "طباعة",
    "اقرأ أيضاً",
    "صورة: أرشيفية لدورية في الموصل",
    "عناصر من الشرطة في كركوك | رويترز",
    "اترك تعليقاً",
    "جميع الحقوق محفوظة 2019",
])
def test_furniture_lines_are_marked(line: str) -> None:
    text = ARTICLE_LINE + "\n" + line + "\n" + ARTICLE_LINE
    spans = furniture_spans(text)
    assert [text[s.start : s.end] for s in spans] == [line]
    assert spans[0].source.startswith("lexicons/furniture.tsv:")


@pytest.mark.parametrize("line", [
    ARTICLE_LINE,
    "وقال مصدر أمني إن المهاجمين شاركوا في هجمات سابقة.",
    "وأظهرت صورة نشرها ناشطون دماراً واسعاً في الحي.",
])
def test_article_lines_are_kept(line: str) -> None:
    assert furniture_spans(line) == []
