"""Event tolls from counts: campaign totals beside the event's own dead, dead added by the next
sentence, tolls told only in a weak report of the event. Our own sentences."""
from __future__ import annotations

from rasd.records import Event
from testkit import run_pipeline


def events(text: str) -> tuple[Event, ...]:
    return run_pipeline(text, published="2019-04-05T10:00:00+00:00", art_id="t").events


def test_the_events_own_dead_stand_beside_a_campaign_total() -> None:
    evs = events("قتل ستة مقاتلين في اشتباكات قرب مصراتة، ليرتفع عدد قتلى المعارك منذ بدء الهجوم إلى 900 قتيل.")
    assert evs[0].fatalities == 6


def test_a_campaign_total_alone_is_not_the_events_toll() -> None:
    evs = events("اندلعت اشتباكات قرب مصراتة، وبلغ عدد القتلى منذ بدء الهجوم 900 قتيل.")
    assert evs[0].fatalities == 0
    assert evs[0].why("fatalities").rule == "rule:events.fatalities.campaign_total_ignored"


def test_others_who_died_later_are_added() -> None:
    evs = events("قتل خمسة أشخاص في انفجار عبوة ناسفة قرب تكريت. "
                 "وقال مسؤول إن اثنين آخرين من الجرحى توفيا في المستشفى.")
    assert evs[0].fatalities == 7
    assert evs[0].why("fatalities").rule == "rule:events.fatalities.more_dead_later"


def test_a_later_toll_of_no_others_is_not_added() -> None:
    evs = events("قتل خمسة أشخاص في انفجار عبوة ناسفة قرب تكريت. وكان الانفجار قد أسفر عن مقتل خمسة أشخاص.")
    assert evs[0].fatalities == 5


def test_dead_a_speaker_goes_on_to_count_are_added() -> None:
    evs = events("قال المرصد إن 12 جنديا قتلوا في كمين نصبه مسلحون قرب تدمر.\n"
                 "وأضاف أن 5 من المسلحين قتلوا في الاشتباكات.")
    assert evs[0].fatalities == 17


def test_a_toll_updated_in_a_later_sentence_stands() -> None:
    evs = events("قتل 30 شخصا في تفجير انتحاري استهدف سوقا في بيدوا. وقالت الشرطة إن عدد القتلى ارتفع إلى 34 شخصا.")
    assert evs[0].fatalities == 34
    assert evs[0].why("fatalities").rule == "rule:events.fatalities.toll_updated_later"


def test_more_dead_told_of_another_place_are_not_added() -> None:
    evs = events("قتل خمسة أشخاص في انفجار عبوة ناسفة قرب تكريت. وفي الموصل قتل ثلاثة آخرون بانفجار مماثل.")
    tikrit = [e for e in evs if e.location is not None and e.location.name.startswith("Tikrit")]
    assert tikrit and tikrit[0].fatalities == 5


def test_a_toll_in_a_weak_report_of_the_event_is_its_toll() -> None:
    text = ("قال مصدر عسكري إن ثلاثة جنود لقوا مصرعهم في هجوم على مواقع الجيش غرب مأرب اليوم. "
            "وأضاف أن القوات صدت الهجوم بعد معارك استمرت ساعتين.")
    assert [e.fatalities for e in events(text)] == [3]



def test_a_part_of_the_dead_told_later_is_not_added() -> None:
    evs = events("قتل ستة مدنيين في قصف على منزل في مدينة تعز. وأضاف المصدر أن بين القتلى امرأتين.")
    assert evs[0].fatalities == 6


def test_a_toll_that_rose_stands_over_an_earlier_figure_of_the_event() -> None:
    text = ("ارتفعت حصيلة قتلى المعارك الدائرة في مدينة سرت إلى 14 شخصا. "
            "وكان مسؤول محلي قد قال إن المعارك في سرت خلفت تسعة قتلى.")
    tolls = [e.fatalities for e in events(text)]
    assert tolls and max(tolls) == 14 and 9 not in tolls
