"""Trigger finder: event words of our own sentences map to ACLED sub-types; blocked phrases don't."""
from __future__ import annotations

import pytest

from rasd.mentions.triggers import rank_of, trigger_spans
from testkit import make_doc

CASES = [
    ("دارت اشتباكات عنيفة بين الجيش والحوثيين في مأرب", "Armed clash"),
    ("شنت طائرات التحالف غارات جوية على مواقع في صعدة", "Air/drone strike"),
    ("قصفت طائرة مسيرة سيارة قرب مدينة جعار", "Air/drone strike"),
    ("سقطت قذائف هاون على حي الوعر في حمص", "Shelling/artillery/missile attack"),
    ("انفجرت عبوة ناسفة بدورية للشرطة في كركوك", "Remote explosive/landmine/IED"),
    ("فجر انتحاري حزامه الناسف داخل سوق في مقديشو", "Suicide bomb"),
    ("أقدم مسلحون على خطف طبيب في مدينة نيالا", "Abduction/forced disappearance"),
    ("ألقت الشرطة القبض على ثلاثة مطلوبين في الخمس", "Arrests"),
    ("نظم العشرات وقفة احتجاجية أمام مقر البلدية في زليتن", "Peaceful protest"),
    ("استعادت القوات الحكومية السيطرة على بلدة الشيخ مسكين", "Government regains territory"),
]


@pytest.mark.parametrize(("text", "sub"), CASES)
def test_trigger_sub_type(text: str, sub: str) -> None:
    subs = [t.value.sub_event_type for t in trigger_spans(make_doc(text))]
    assert sub in subs


def test_ceasefire_is_blocked() -> None:
    doc = make_doc("أعلن الطرفان وقف إطلاق النار في الحديدة")
    assert trigger_spans(doc) == []


def test_spans_cite_their_lexicon_line() -> None:
    spans = trigger_spans(make_doc("اندلعت اشتباكات في بلدة الخمس"))
    assert spans and spans[0].source.startswith("lexicons/triggers.tsv:")
    assert rank_of(spans[0]) == 1


def test_killing_is_weak() -> None:
    spans = trigger_spans(make_doc("مقتل شخص في مدينة كسلا"))
    assert spans and rank_of(spans[0]) == 2
