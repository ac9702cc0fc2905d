"""The event coder on our own sentences: segmentation, modality, roles, tolls and claims."""
from __future__ import annotations

from datetime import date

import pytest
from coder_docs import coded
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.events.build import build
from rasd.mentions.values import CountValue


def events(text: str, **kw):
    return build(coded(text, **kw)).events


def test_clash_between_two_sides() -> None:
    evs = events("اندلعت اشتباكات عنيفة بين الجيش اليمني والحوثيين في مأرب.")
    assert len(evs) == 1
    ev = evs[0]
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert ev.actor1.name == "Military Forces of Yemen (2012-)"
    assert ev.actor2.name == "Houthis (Ansar Allah)"
    assert ev.evidence[0].text.startswith("اندلعت")


def test_list_of_places_gives_one_event_each() -> None:
    evs = events("شنت طائرات التحالف غارات جوية على مأرب وتعز.")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"] * 2
    assert len({e.place_spans for e in evs}) == 2


def test_same_incident_told_twice_is_one_event() -> None:
    text = "انفجرت سيارة مفخخة في تكريت. وقال شهود إن الانفجار هز وسط المدينة."
    evs = events(text)
    assert len(evs) == 1
    assert evs[0].sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "تستعد القوات الحكومية لشن هجوم على مدينة الفاشر.",
    "هدد الجيش بشن غارات جوية على مواقع المسلحين في إدلب.",
    "لم تسجل أي اشتباكات في مدينة مصراتة خلال اليوم.",
    "سيتم قصف مواقع المتمردين في الفاشر إذا لم ينسحبوا.",
    "دعا المجلس البلدي إلى وقف القتال في مدينة زليتن.",
    "تشهد مدينة أجدابيا منذ سنوات عمليات اغتيال وخطف.",
])
def test_unreal_events_are_not_coded(text: str) -> None:
    assert events(text) == ()


def test_killed_count_becomes_the_toll() -> None:
    text = "قتل خمسة مدنيين في قصف صاروخي على حلب."
    evs = events(text, counts={"خمسة مدنيين": CountValue(5, "killed")})
    assert evs[0].fatalities == 5
    assert evs[0].why("fatalities") is not None


def test_campaign_total_is_not_a_toll() -> None:
    text = "ارتفعت حصيلة القتلى منذ بدء المعارك في مأرب إلى 300 قتيل."
    evs = events(text, counts={"300 قتيل": CountValue(300, "killed")})
    assert all(e.fatalities == 0 for e in evs)


def test_spokesman_claims_the_event() -> None:
    text = "وقال الناطق باسم الجيش الليبي أحمد المسماري إن الطيران شن غارات جوية على مواقع في أجدابيا."
    ev = events(text)[0]
    assert ev.claimed_by == "Ahmed al-Mismari"


def test_news_agency_claims_nothing() -> None:
    text = "قتل ثلاثة أشخاص في انفجار عبوة ناسفة في تكريت، بحسب مصادر طبية."
    ev = events(text)[0]
    assert ev.claimed_by is None
    assert ev.actor1.name == "Unidentified Armed Group (Iraq)"


def test_denial_fills_disputed_by() -> None:
    text = "قصفت طائرات التحالف سوقا في تعز. ونفى التحالف العربي استهداف المدنيين."
    ev = events(text)[0]
    assert ev.disputed_by == "Saudi-led Coalition"


def test_unknown_gunmen_abduct_civilians() -> None:
    ev = events("اختطف مسلحون مجهولون طبيبا في مدينة كيسمايو.")[0]
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.actor1.name == "Unidentified Armed Group (Somalia)"


def test_dates_of_the_sentence_are_candidates() -> None:
    text = "اندلعت اشتباكات في الخمس يوم الجمعة."
    ev = events(text, dates={"يوم الجمعة": date(2019, 4, 5)})[0]
    assert ev.date_spans and text[ev.date_spans[0][0]:ev.date_spans[0][1]] == "يوم الجمعة"


def test_every_field_says_why() -> None:
    ev = events("اندلعت اشتباكات بين الجيش السوري وفصائل المعارضة في إدلب.")[0]
    for field in ("event_type", "actor1", "fatalities", "place_spans"):
        assert ev.why(field) is not None, field


def test_history_with_an_old_date_is_not_news() -> None:
    text = "سيطرت القوات الحكومية على مدينة الفاشر في مارس 2016."
    assert events(text, dates={"مارس 2016": date(2016, 3, 31)}) == ()


def test_spokesman_party_acts_when_the_sentence_names_nobody() -> None:
    text = "وقال المتحدث باسم التحالف العربي تركي المالكي إن غارات جوية دمرت مخزنا للأسلحة في مأرب."
    ev = events(text)[0]
    assert ev.claimed_by == "Turki al-Maliki"
    assert ev.actor1.name == "Saudi-led Coalition"


SENTENCES = [
    "اندلعت اشتباكات عنيفة بين الجيش اليمني والحوثيين في مأرب.",
    "شنت طائرات التحالف غارات جوية على مأرب وتعز.",
    "تستعد القوات الحكومية لشن هجوم على مدينة الفاشر.",
    "قتل خمسة مدنيين في قصف صاروخي على حلب، بحسب مصادر طبية.",
    "ونفى التحالف العربي استهداف المدنيين.",
    "",
    "؟؟ ... ،،",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), max_size=5))
def test_evidence_quotes_the_article(parts: list[str]) -> None:
    doc = build(coded(" ".join(parts)))
    for ev in doc.events:
        assert all(doc.text[e.start:e.end] == e.text for e in ev.evidence)
        assert all(any(e.start <= s and t <= e.end for e in ev.evidence) for s, t in ev.place_spans)
        assert ev.sub_event_type and ev.fatalities >= 0
