"""Attributions: the country's police and army speak as parties, "إنها"/"إنهم" open the reported
content, and "التنظيم" after a named group speaks for it. Own sentences only."""
from __future__ import annotations

import pytest

from rasd.mentions.attributions import attribution_spans
from testkit import make_doc

CASES = [
    ("وقالت الشرطة في مدينة الموصل العراقية إن مسلحين خطفوا تاجرا", "claim", "Police Forces of Iraq (2014-)"),
    ("وأعلن الجيش في بيان أنه صد هجوما على مواقعه قرب تعز اليمنية", "claim", "Military Forces of Yemen (2012-)"),
    ("هاجم تنظيم داعش حاجزا قرب كركوك العراقية، وقال التنظيم في بيان إن مقاتليه قتلوا 5 جنود",
     "claim", "Islamic State (Iraq)"),
]


@pytest.mark.parametrize(("text", "kind", "who"), CASES)
def test_attribution(text: str, kind: str, who: str) -> None:
    spans = attribution_spans(make_doc(text))
    assert (kind, who) in [(s.value.kind, s.value.who) for s in spans]


def test_content_opened_by_inna_with_a_pronoun_is_not_the_speaker() -> None:
    text = "قالت حركة العدل والمساواة في دارفور، الأحد، إنها صدت هجوما للقوات الحكومية السودانية"
    spans = attribution_spans(make_doc(text))
    assert spans and spans[0].value.who == "JEM: Justice and Equality Movement"


def test_an_unnamed_military_source_speaks_for_the_country_army() -> None:
    text = "وقال مصدر عسكري إن الجيش صد هجوما للمتمردين قرب مدينة مأرب اليمنية"
    spans = attribution_spans(make_doc(text))
    assert spans and (spans[0].value.kind, spans[0].value.who) == ("claim", "Military Forces of Yemen (2012-)")


def test_a_monitor_does_not_speak_for_the_group_in_its_report() -> None:
    text = "وأفاد المرصد السوري لحقوق الإنسان بأن تنظيم داعش هاجم مواقع قرب مدينة البوكمال السورية"
    spans = attribution_spans(make_doc(text))
    assert spans and spans[0].value.kind == "source"


def test_besides_is_no_reporting_verb() -> None:
    text = "قصفت مقاتلات التحالف العربي مواقع في صعدة اليمنية، إضافة إلى استهدافها عربات للحوثيين"
    assert not [s for s in attribution_spans(make_doc(text)) if s.value.who == "Houthis (Ansar Allah)"]
