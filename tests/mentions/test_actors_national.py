"""The country's own forces named by common nouns take ACLED's names for that country (national.tsv)."""
from __future__ import annotations

import pytest

from rasd.mentions.actors import actor_spans, national_name
from testkit import make_doc

CASES = [
    ("انتشرت قوات الأمن في شوارع مدينة البصرة العراقية", "Police Forces of Iraq (2014-)"),
    ("قصف الجيش مواقع للمتمردين في جنوب كردفان السودانية", "Military Forces of Sudan (1989-2019)"),
    ("قتل ثلاثة جنود في هجوم على ثكنة قرب مدينة بيدوا الصومالية", "Military Forces of Somalia (2017-2022)"),
    ("اعتقلت السلطات الأمنية ناشطين في مدينة سيئون اليمنية", "Police Forces of Yemen (2012-)"),
    ("قتل 15 مدنيا في سقوط قذائف على حي في مدينة إدلب السورية", "Civilians (Syria)"),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_national_forces(text: str, name: str) -> None:
    names = [s.value.actor.name for s in actor_spans(make_doc(text))]
    assert name in names


def test_a_named_force_wins_over_the_common_noun() -> None:
    names = [s.value.actor.name for s in actor_spans(make_doc("تقدم الجيش السوري الحر نحو بلدة في ريف حلب"))]
    assert names == ["Opposition Rebels (Syria)"]


def test_a_country_without_a_row_gets_the_plain_name() -> None:
    assert national_name("{military}", "Chad") == "Military Forces of Chad"


@pytest.mark.parametrize(("text", "name"), [
    ("قصفت طائرات حربية مواقع للمسلحين قرب مدينة سرت الليبية", "Libyan National Army"),
    ("شنت طائرات حربية غارات على مديرية حرض في محافظة حجة اليمنية", "Saudi-led Coalition"),
    ("قتل 9 مدنيين في غارة تركية على قرية قرب عفرين السورية", "Military Forces of Turkey"),
])
def test_aircraft_named_by_common_nouns_or_demonyms(text: str, name: str) -> None:
    names = [s.value.actor.name for s in actor_spans(make_doc(text))]
    assert name in names
