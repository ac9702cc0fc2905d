"""Modality classes from the public sentence benchmark's error analysis, on our own sentences:
charges and verdicts, blame, weapons talk, plans, questions, releases, history told by a year; shields
that hide a marker inside a longer phrase; and sentences told as news without a date."""
from __future__ import annotations

import pytest

from rasd.events import realis, segment
from testkit import realis_verdicts, run_pipeline

UNREAL = [
    ("مثل أمام المحكمة الجنائية في بنغازي المتهم بخطف طفلين من حي الليثي", "charge"),
    ("صدر حكم بالسجن على رجل أدين بقتل جاره في مصراتة", "charge"),
    ("قال المتحدث إن جهة خارجية تقف وراء تفجير السيارة", "reaction"),
    ("أجرت البحرية تجربة صاروخ جديد قبالة السواحل", "weapons"),
    ("كشفت الوثائق عن صفقة صواريخ بين البلدين", "weapons"),
    ("أكدت المصادر أن الجماعة خطط لشن هجمات على الموانئ", "intent"),
    ("هل تقف الجماعة وراء خطف المهندسين الأتراك", "question"),
    ("أفرج الخاطفون عن سائح ألماني اختطف الشهر الماضي", "reference"),
    ("قال المصدر إن ضربات جوية يمكن أن تستهدف المطار", "prediction"),
]


@pytest.mark.parametrize(("text", "kind"), UNREAL)
def test_marker_makes_the_event_word_unreal(text: str, kind: str) -> None:
    found = realis_verdicts(text)
    assert found and any(not v.real and v.kind == kind for v in found)


REAL = [
    "أطلقت طائرة بدون طيار صاروخا على سيارة في ريف إدلب",  # "بدون" inside the drone's name
    "انفجرت عبوة في السوق، الأمر الذي أدى إلى مقتل ثلاثة",  # "الأمر الذي" is no order
    "اعتصم العشرات أمام المحكمة في مصراتة",  # a sit-in outside a court is no court case
]


@pytest.mark.parametrize("text", REAL)
def test_shielded_markers_do_not_unreal(text: str) -> None:
    found = realis_verdicts(text)
    assert found and all(v.real for v in found)


def test_a_year_long_past_makes_history() -> None:
    found = realis_verdicts("اغتيل الوزير في مارس (آذار) 2009 في بنغازي")
    assert found and not found[0].real and found[0].rule == "rule:events.realis.year_long_past"


def test_a_year_after_since_is_no_history() -> None:
    assert len(run_pipeline("شنت الطائرات غارات على مدينة درنة أمس هي الأعنف منذ 2011.").events) == 1


def test_a_recent_year_is_no_history() -> None:
    found = realis_verdicts("انفجرت سيارة مفخخة في سبها في مارس 2019", published="2019-04-05")
    assert found and all(v.real for v in found)


NEWS = [
    "انفجرت سيارة مفخخة قرب سوق الخضار في مدينة كسلا.",
    "قالت الشرطة إن مسلحين خطفوا مهندسا في أوباري.",
]


@pytest.mark.parametrize("text", NEWS)
def test_narrated_sentences_are_news(text: str) -> None:
    doc = run_pipeline(text)
    sentence = doc.layer("sentences")[0]
    assert realis.narrated(doc, sentence) and segment.anchored(doc, sentence)


def test_commentary_is_not_narrated() -> None:
    doc = run_pipeline("الهجمات الانتحارية تهدد الاستقرار في مدينة كسلا.")
    assert not realis.narrated(doc, doc.layer("sentences")[0])
    assert doc.events == ()


def test_undated_news_takes_the_publication_day_at_precision_two() -> None:
    (ev,) = run_pipeline("قالت الشرطة إن سيارة مفخخة انفجرت قرب سوق الخضار في مدينة كسلا.").events
    assert ev.event_date is not None and ev.event_date.isoformat() == "2019-04-05" and ev.time_precision == 2


def test_event_placed_only_by_a_country_abroad_goes_to_its_capital() -> None:
    (ev,) = run_pipeline("قالت مصادر أمنية إن انتحاريا فجر نفسه قرب مركز للشرطة في باكستان.").events
    assert ev.location is not None and ev.location.country == "Pakistan" and ev.geo_precision == 3


def test_a_retelling_without_a_place_takes_the_place_of_the_report_that_names_one() -> None:
    """The placeless report joins the protest told with its own place; that report, not the first in
    the text, decides where the event happened."""
    doc = run_pipeline("اندلعت احتجاجات على غلاء الأسعار أمس. وقال شهود إن قوات الأمن في سبها اعتقلت عشرة أشخاص. "
                       "وفي غريان، تظاهر المئات أمام مبنى البلدية.")
    protests = [e for e in doc.events if e.event_type == "Protests"]
    assert len(protests) == 1 and protests[0].location is not None and protests[0].location.name == "Gharyan"
