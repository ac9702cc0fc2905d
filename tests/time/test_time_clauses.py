"""time.resolve on the day-sharing forms of news sentences: side clauses, story days, datelines."""
from __future__ import annotations

from datetime import date

import pytest

from rasd.mentions.dates import date_spans
from rasd.records import Event, Evidence
from rasd.time.resolve import resolve
from testkit import make_doc

THU = "2020-05-21T10:00:00+00:00"  # a Thursday, a timed (wire) stamp


def resolved(text: str, trigger_word: str, published: str = THU, sentence: int | None = 0) -> Event:
    """The event of one sentence (or, with sentence=None, of every sentence) dated by time.resolve."""
    doc = make_doc(text, published)
    doc = doc.with_layer("dates", date_spans(doc))
    sents = doc.layer("sentences") if sentence is None else [doc.layer("sentences")[sentence]]
    evidence = tuple(Evidence(doc.id, s.start, s.end, doc.text_of(s)) for s in sents)
    at = doc.text.find(trigger_word, sents[0].start)
    ev = Event((doc.id,), "Battles", "Armed clash", evidence, trigger=(at, at + len(trigger_word)))
    return resolve(doc.with_events([ev])).events[0]


def rule(ev: Event) -> str:
    why = ev.why("event_date")
    return why.rule if why else ""


@pytest.mark.parametrize(("trigger", "day"), [("قتل جنديان", date(2020, 5, 18)), ("قتل شرطي", date(2020, 5, 19))])
def test_each_clause_keeps_its_own_day(trigger: str, day: date) -> None:
    text = "قتل جنديان الاثنين بانفجار عبوة في بلدة هيت، فيما قتل شرطي الثلاثاء برصاص قناص في بلدة عنه."
    assert resolved(text, trigger).event_date == day


def test_what_went_on_in_a_side_clause_has_no_day_of_the_main_clause() -> None:
    text = "وقتل 9 مسلحين في مواجهات اندلعت ليل الأحد الاثنين غربي صرواح، فيما استمرت الاشتباكات في مدينة البيضاء."
    ev = resolved(text, "الاشتباكات")
    assert (ev.event_date, ev.time_precision, rule(ev)) == (date(2020, 5, 21), 2, "time.publication_date")


def test_a_side_clause_of_the_same_day_keeps_the_main_day() -> None:
    text = "واندلعت الاشتباكات أمس في حي الصابري، فيما أفاد شهود بأن قصفا عنيفا طال حي سيدي حسين."
    assert resolved(text, "قصفا").event_date == date(2020, 5, 20)


def test_a_date_after_the_break_in_another_sentence_of_the_evidence_is_not_taken() -> None:
    text = "وتتواصل المعارك في ريف حماة الشمالي، في حين ألقى الطيران براميل متفجرة صباح أمس على قرية الزكاة."
    ev = resolved(text, "المعارك", sentence=0)
    assert ev.event_date == date(2020, 5, 21)


def test_a_toll_update_takes_the_story_day_of_the_paragraph() -> None:
    text = ("ارتفعت حصيلة قتلى الاشتباكات في مدينة الزاوية إلى 14 قتيلا، حسبما أعلنه مصدر طبي اليوم الخميس. "
            "وكانت الاشتباكات قد اندلعت أمس بين مجموعتين مسلحتين في حي الجديدة.")
    ev = resolved(text, "الاشتباكات")
    assert (ev.event_date, rule(ev).split()[0]) == (date(2020, 5, 20), "time.story_day")


def test_an_ongoing_fight_told_by_the_article_is_dated_by_publication() -> None:
    text = ("وتدور في الأحياء الجنوبية، منذ نحو عشرة أيام، اشتباكات عنيفة بين الفصائل. "
            "وبحسب أحدث أرقام أعلنها مستشفى المدينة، الجمعة، فإن المعارك أوقعت 30 قتيلا.")
    ev = resolved(text, "اشتباكات", published="2020-05-23T10:00:00+00:00", sentence=None)
    assert (ev.event_date, ev.time_precision, rule(ev)) == (date(2020, 5, 23), 2, "time.ongoing_since")


def test_an_ongoing_fight_a_speaker_told_of_is_dated_by_the_statement() -> None:
    text = "وقال مصدر طبي الجمعة إن الأحياء الجنوبية تشهد منذ نحو عشرة أيام اشتباكات عنيفة بين الفصائل."
    ev = resolved(text, "اشتباكات", published="2020-05-23T10:00:00+00:00")
    assert (ev.event_date, rule(ev).split()[0]) == (date(2020, 5, 22), "time.report_date")


def test_today_in_a_story_filed_the_day_before_its_stamp_is_the_dateline_day() -> None:
    text = "حلب 21 أغسطس آب (رويترز) - قتل عشرة مدنيين اليوم في غارات جوية على حي الكلاسة."
    ev = resolved(text, "قتل", published="2016-08-22T08:00:00+00:00")
    assert (ev.event_date, ev.time_precision) == (date(2016, 8, 21), 1)


def test_a_dateline_date_is_not_the_event_day() -> None:
    text = "الموصل (العراق) 5 مايو أيار (رويترز) - قال ضابط إن ستة جنود قتلوا أمس الخميس في هجوم انتحاري."
    ev = resolved(text, "هجوم", published="2017-05-05T14:00:00+00:00")
    assert ev.event_date == date(2017, 5, 4)


def test_a_one_off_act_some_days_ago_is_dated() -> None:
    text = "أعدم مسلحون منذ ثلاثة أيام رجلين بتهمة التجسس في بلدة قريبة من مدينة جوهر."
    ev = resolved(text, "أعدم")
    assert (ev.event_date, ev.time_precision) == (date(2020, 5, 18), 1)
