"""Actor finder: dictionary aliases become ACLED canonical names; generic actors take the country."""
from __future__ import annotations

import pytest

from rasd.mentions.actors import actor_spans
from testkit import make_doc

CASES = [
    ("هاجمت ميليشيا الحوثي مواقع الجيش في تعز باليمن", "Houthis (Ansar Allah)"),
    ("قصفت طائرات التحالف العربي مواقع في صعدة", "Saudi-led Coalition"),
    ("تقدمت قوات النظام السوري في ريف حلب", "Military Forces of Syria (2000-)"),
    ("هاجمت حركة الشباب قاعدة عسكرية في الصومال", "Al Shabaab"),
    ("أعلن الجيش الوطني الليبي السيطرة على منطقة في ليبيا", "Libyan National Army"),
    ("شنت قوات الحشد الشعبي هجوما في العراق", "Popular Mobilization Forces"),
    ("تبنى تنظيم داعش الهجوم على حاجز في العراق", "Islamic State (Iraq)"),
    ("اختطف مسلحون مجهولون موظفا في اليمن", "Unidentified Armed Group (Yemen)"),
    ("قتل ثلاثة مدنيين في قصف على دمشق", "Civilians (Syria)"),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_canonical_names(text: str, name: str) -> None:
    names = [s.value.actor.name for s in actor_spans(make_doc(text))]
    assert name in names


def test_surface_form_is_kept() -> None:
    text = "قصفت طائرات التحالف العربي مواقع في صعدة"
    span = actor_spans(make_doc(text))[0]
    assert span.value.actor.text == text[span.start:span.end]


def test_commander_stands_for_his_forces() -> None:
    names = [s.value.actor.name for s in actor_spans(make_doc("تقدمت قوات حفتر نحو مدينة غريان الليبية"))]
    assert "Libyan National Army" in names
