"""Attributions: named spokesmen and parties claim; agencies, hospitals and "مصادر" are sources."""
from __future__ import annotations

import pytest

from rasd.mentions.attributions import attribution_spans
from testkit import make_doc

CASES = [
    ("وقال الناطق باسم الجيش الليبي أحمد المسماري إن الطيران قصف مواقع في سرت", "claim", "Ahmed al-Mismari"),
    ("وأعلن التحالف العربي أن مقاتلاته دمرت منصة في صعدة", "claim", "Saudi-led Coalition"),
    ("وقالت مصادر طبية إن ثلاثة قتلوا في القصف على حلب", "source", ""),
    ("وذكرت وكالة رويترز أن انفجارا وقع في بغداد", "source", ""),
    ("ونفت قوات الحشد الشعبي مشاركتها في الهجوم على تكريت", "denial", "Popular Mobilization Forces"),
    ("قال مصدر في قوات البيشمركة إن القوات صدت هجوما قرب كركوك", "claim", "Peshmerga (Kurdistan Regional Government)"),
]


@pytest.mark.parametrize(("text", "kind", "who"), CASES)
def test_attribution(text: str, kind: str, who: str) -> None:
    spans = attribution_spans(make_doc(text))
    assert spans, text
    assert (spans[0].value.kind, spans[0].value.who) == (kind, who)


def test_reported_content_is_not_the_speaker() -> None:
    spans = attribution_spans(make_doc("وقال إن الجيش اليمني استعاد بلدة في مأرب"))
    assert all(s.value.who != "Military Forces of Yemen (2012-)" for s in spans)
