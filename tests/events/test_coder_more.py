"""Coder rules added after the first measurements: country-level places, summed tolls, history in a
clause, past events used as time references, defused bombs, strikes. Own sentences only."""
from __future__ import annotations

from datetime import date

import pytest
from coder_docs import coded

from rasd.document import Document
from rasd.events.build import build
from rasd.events.finalize import finalize
from rasd.geo.gazetteer import default_gazetteer
from rasd.mentions.values import CountValue
from rasd.records import Event, Evidence
from testkit import make_doc


def events(text: str, **kw: object) -> tuple[Event, ...]:
    return build(coded(text, **kw)).events  # type: ignore[arg-type]


def unplaced(text: str) -> Document:
    doc = make_doc(text).with_layer("places", []).with_layer("actors", [])
    ev = Event((doc.id,), "Battles", "Armed clash", (Evidence(doc.id, 0, len(text), text),),
               event_date=date(2019, 4, 5))
    return doc.with_events([ev])


def test_event_placed_only_by_its_country_goes_to_the_capital() -> None:
    out = finalize(unplaced("اشتبك مسلحون مع دورية للجيش اليمني قرب قرية نائية أمس."),
                   gaz=default_gazetteer()).events
    assert len(out) == 1 and out[0].geo_precision == 3
    assert out[0].location is not None and out[0].location.country == "Yemen"
    assert out[0].why("location").rule == "rule:events.finalize.country_capital"


def test_event_without_any_country_word_is_still_dropped() -> None:
    assert finalize(unplaced("اشتبك مسلحون مع دورية قرب قرية نائية أمس."), gaz=default_gazetteer()).events == ()


def test_tolls_of_several_groups_are_summed() -> None:
    text = "قتل 12 طفلا و5 نساء في غارة جوية على سوق شعبي في مأرب."
    evs = events(text, counts={"12 طفلا": CountValue(12, "killed"), "5 نساء": CountValue(5, "killed")})
    assert evs[0].fatalities == 17
    assert evs[0].why("fatalities").rule == "rule:events.fatalities.sum_of_groups"


def test_a_subset_of_the_toll_is_not_added() -> None:
    text = "قتل 9 أشخاص بينهم 3 أطفال في غارة جوية على سوق شعبي في مأرب."
    evs = events(text, counts={"9 أشخاص": CountValue(9, "killed"), "3 أطفال": CountValue(3, "killed")})
    assert evs[0].fatalities == 9


def test_clause_dated_years_ago_is_history() -> None:
    text = "اندلعت اشتباكات عنيفة في تعز أمس، بعد خطف مسلحين لمواطن في مأرب عام 2012."
    evs = events(text, dates={"أمس": date(2019, 4, 4), "عام 2012": date(2012, 12, 31)})
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "زار الوفد مدينة الفاشر للمرة الأولى منذ اغتيال محافظها.",
    "فككت فرق الهندسة عبوة ناسفة زرعت قرب جسر في مدينة تكريت.",
    "أصدرت محكمة في الخرطوم حكما بالإعدام على ثلاثة متهمين.",
    "شن النائب هجوما حادا على وزير الداخلية خلال جلسة البرلمان في مصراتة.",
    "أعلنت الشرطة إحباط تفجير سيارة مفخخة قرب سوق الخضار في حلب.",
    "عززت القوات انتشارها في مأرب خشية هجوم جديد على المدينة.",
    "تخوض القوات الحكومية معارك مع المتمردين في الفاشر منذ الشهر الماضي.",
])
def test_references_defusals_and_words_are_not_events(text: str) -> None:
    assert events(text) == ()


def test_strike_is_a_protest() -> None:
    evs = events("نفذ عمال الموانئ إضرابا شاملا في كيسمايو للمطالبة برواتبهم المتأخرة.")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Protests", "Peaceful protest")]


def test_party_whose_men_are_counted_dead_is_acted_upon() -> None:
    text = "قتل 5 جنود من الجيش اليمني في هجوم للحوثيين على موقع عسكري في مأرب."
    ev = events(text, counts={"5 جنود": CountValue(5, "killed")})[0]
    assert ev.actor1 is not None and ev.actor1.name == "Houthis (Ansar Allah)"
    assert ev.actor2 is not None and ev.actor2.name.startswith("Military Forces of Yemen")


def test_party_after_an_agent_cue_acts() -> None:
    ev = events("تعرضت القوات الصومالية لهجوم نفذته حركة الشباب قرب كيسمايو.")[0]
    assert ev.actor1 is not None and ev.actor1.name == "Al Shabaab"
    assert ev.actor2 is not None and ev.actor2.name.startswith("Military Forces of Somalia")


def test_named_victim_and_others_adds_one() -> None:
    text = "قتل القيادي في التنظيم أبو حمزة و12 مسلحا آخرين في غارة جوية على مواقعهم قرب تكريت."
    evs = events(text, counts={"12 مسلحا": CountValue(12, "killed")})
    assert evs[0].fatalities == 13


def test_the_organisation_named_before_is_the_anaphors_referent() -> None:
    text = ("انسحب مقاتلو حركة الشباب من بلدة قرب كيسمايو الأسبوع الماضي. "
            "واختطف التنظيم المتطرف أمس خمسة مدنيين من قرية قرب كيسمايو.")
    evs = [e for e in events(text) if e.event_type == "Violence against civilians"]
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "Al Shabaab"
    assert evs[0].why("actor1").rule == "rule:events.roles.anaphor"


def test_blocked_phrase_hides_an_alias() -> None:
    from rasd.mentions.actors import actor_spans

    doc = make_doc("وصلت تعزيزات عسكرية إلى القاعدة الجوية قرب مصراتة.")
    assert all(s.value.actor.name != "Al Qaeda" for s in actor_spans(doc))


def test_side_acted_upon_may_come_from_another_report_of_the_event() -> None:
    text = "اندلعت اشتباكات عنيفة في مأرب أمس شنها الحوثيون. وتركزت الاشتباكات في مأرب على مواقع الجيش اليمني."
    ev = events(text)[0]
    assert ev.actor1 is not None and ev.actor1.name == "Houthis (Ansar Allah)"
    assert ev.actor2 is not None and ev.actor2.name.startswith("Military Forces of Yemen")


def test_shells_with_no_party_named_come_from_an_unidentified_group() -> None:
    ev = events("سقطت قذائف هاون على حي سكني في تعز أمس.")[0]
    assert ev.actor1 is not None and ev.actor1.name == "Unidentified Armed Group (Yemen)"


def test_counted_people_pin_an_undated_report() -> None:
    text = "اختطف مسلحون 15 شخصا عند حاجز وهمي قرب تكريت."
    found = coded(text, counts={"15 شخصا": CountValue(15, "people")}, dates={})
    assert [e.sub_event_type for e in build(found).events] == ["Abduction/forced disappearance"]
