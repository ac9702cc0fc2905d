"""Trigger families added from the error classes of the public sentence benchmark: shooting and
beating, suicide bombers in other words, drones "بلا طيار", crowds that gather or take to the
streets, protesters acting as protesters; and phrases that only look like events. Own sentences."""
from __future__ import annotations

import pytest

from rasd.mentions.triggers import rank_of, trigger_spans
from testkit import make_doc

FOUND = [
    ("قال شهود إن دورية فتحت النار على سيارة مدنية قرب قرية الصالحية", "Attack"),
    ("اعتدى عناصر الأمن على المعتقلين بالضرب داخل مركز الاحتجاز في سبها", "Attack"),
    ("فجرا نفسيهما عند مدخل سوق الخضار في مدينة بيدوا", "Suicide bomb"),
    ("اقتحم مهاجم انتحاريا المعسكر وفجر حزامه في بوصاصو", "Suicide bomb"),
    ("أطلقت طائرة بلا طيار صاروخين على مخبأ في وادي حضرموت", "Air/drone strike"),
    ("تجمع مئات العمال أمام مبنى المحافظة في الناصرية مطالبين برواتبهم", "Peaceful protest"),
    ("خرج الآلاف في شوارع الخرطوم بعد صلاة الجمعة", "Peaceful protest"),
    ("هتف المتظاهرون بشعارات ضد الغلاء في ساحة الشهداء بطرابلس", "Peaceful protest"),
    ("أضرم المحتجون النار في إطارات السيارات وسط مدينة البصرة", "Violent demonstration"),
    ("اغتالوا القاضي أمام منزله في درنة", "Attack"),
]


@pytest.mark.parametrize(("text", "sub"), FOUND)
def test_new_families_find_their_sub_type(text: str, sub: str) -> None:
    assert sub in [t.value.sub_event_type for t in trigger_spans(make_doc(text))]


BLOCKED = [
    "نشرت قوات مكافحة الشغب عناصرها حول البرلمان",
    "استعرض الجيش دبابات قتال من طراز حديث",
    "أطلقوا النار في الهواء ابتهاجا بفوز الفريق",
    "طالبت المنظمة باحترام الحق في التظاهر السلمي",
    "أشاد رئيس منظمة التحرير بموقف الحكومة",
]


@pytest.mark.parametrize("text", BLOCKED)
def test_look_alikes_are_no_triggers(text: str) -> None:
    assert trigger_spans(make_doc(text)) == []


def test_detaining_is_no_protest() -> None:
    """احتجز (detain) shares its first letters with احتج (protest): no stem may join them."""
    spans = trigger_spans(make_doc("احتجزت البحرية سفينة صيد قبالة سواحل مصراتة"))
    assert all(t.value.event_type != "Protests" for t in spans)


def test_protests_plural_is_a_strong_word() -> None:
    spans = trigger_spans(make_doc("اندلعت احتجاجات في حي الكرامة بمدينة حمص"))
    assert spans and spans[0].value.sub_event_type == "Peaceful protest" and rank_of(spans[0]) == 1


def test_in_protest_at_is_weak() -> None:
    """"احتجاجا على" qualifies another act (a strike, a resignation): alone it is weak."""
    spans = [t for t in trigger_spans(make_doc("استقال الوزير احتجاجا على القرار")) if t.value.event_type == "Protests"]
    assert spans and rank_of(spans[0]) == 2
