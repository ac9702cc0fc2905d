"""Which reports of an article are one event: other days, topic shifts, vague and exact tolls,
bombs with no named perpetrator. Own sentences only."""
from __future__ import annotations

from datetime import date

from coder_docs import coded

from rasd.events.build import build
from rasd.mentions.values import CountValue
from rasd.records import Event


def events(text: str, **kw: object) -> tuple[Event, ...]:
    return build(coded(text, **kw)).events  # type: ignore[arg-type]


def test_a_report_of_another_day_is_not_a_retelling() -> None:
    text = "اندلعت اشتباكات عنيفة في تعز يوم الاثنين. وتجددت الاشتباكات بين الطرفين يوم الأربعاء."
    evs = events(text, dates={"يوم الاثنين": date(2019, 4, 1), "يوم الأربعاء": date(2019, 4, 3)})
    assert len(evs) == 1 and len(evs[0].evidence) == 1  # the placeless Wednesday report stands alone: dropped


def test_a_placeless_report_joins_the_event_of_its_day() -> None:
    text = ("اندلعت اشتباكات عنيفة في تعز يوم الاثنين. واندلعت اشتباكات في مأرب يوم الأربعاء. "
            "وقال سكان إن الاشتباكات أوقعت قتلى يوم الاثنين.")
    evs = events(text, dates={"يوم الاثنين": date(2019, 4, 1), "يوم الأربعاء": date(2019, 4, 3)})
    taiz = next(e for e in evs if e.evidence[0].start == 0)
    assert len(taiz.evidence) == 2


def test_a_retelling_on_the_same_day_joins_its_event() -> None:
    text = "اندلعت اشتباكات عنيفة في تعز يوم الاثنين. وقال سكان إن الاشتباكات استمرت ساعات يوم الاثنين."
    evs = events(text, dates={"يوم الاثنين": date(2019, 4, 1)})
    assert len(evs) == 1 and len(evs[0].evidence) == 2


def test_a_sentence_turning_to_another_topic_is_not_a_retelling() -> None:
    text = ("شنت مقاتلات حربية غارة جوية على مواقع في مأرب صباح اليوم. "
            "من جهة أخرى، شنت مقاتلات حربية غارة جوية على مواقع في الجبال.")
    evs = events(text)
    assert len(evs) == 1 and len(evs[0].evidence) == 1


def test_without_the_shift_word_the_unplaced_report_joins() -> None:
    text = ("شنت مقاتلات حربية غارة جوية على مواقع في مأرب صباح اليوم. "
            "وشنت مقاتلات حربية غارة جوية على مواقع في الجبال.")
    assert len(events(text)) == 1


def test_an_exact_toll_wins_over_a_vague_one_of_the_same_event() -> None:
    text = ("قتل العشرات في اشتباكات عنيفة في حلب. "
            "وقالت مصادر طبية إن الاشتباكات في حلب أوقعت 43 قتيلا.")
    evs = events(text, counts={"العشرات": CountValue(10, "killed", approximate=True),
                               "43 قتيلا": CountValue(43, "killed")})
    assert len(evs) == 1 and evs[0].fatalities == 43
    assert evs[0].why("fatalities").rule == "rule:events.build.exact_toll_over_vague"


def test_a_vague_toll_stands_when_no_exact_one_is_told() -> None:
    text = "قتل العشرات في اشتباكات عنيفة في حلب. وقال سكان إن الاشتباكات في حلب استمرت ساعات."
    evs = events(text, counts={"العشرات": CountValue(10, "killed", approximate=True)})
    assert evs[0].fatalities == 10


def test_suicide_bomb_with_no_perpetrator_named_is_by_an_unidentified_group() -> None:
    text = ("وكان تنظيم داعش قد هدد بشن هجمات في المحافظة. "
            "وفجر انتحاري سيارة مفخخة عند حاجز للجيش في تكريت، ما أدى إلى مقتل ثلاثة جنود.")
    evs = [e for e in events(text, counts={"ثلاثة جنود": CountValue(3, "killed")})
           if e.sub_event_type == "Suicide bomb"]
    assert evs and evs[0].actor1 is not None
    assert evs[0].actor1.name == "Unidentified Armed Group (Iraq)"
