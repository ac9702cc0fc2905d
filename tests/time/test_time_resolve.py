"""time.resolve: which date an event takes, and why (GUIDE.md "Dates that the text does not give")."""
from __future__ import annotations

from datetime import date, timedelta

from rasd.document import Document
from rasd.mentions.dates import date_spans
from rasd.records import Event, Evidence
from rasd.time.resolve import resolve
from testkit import make_doc


def dated(text: str, published: str | None) -> Document:
    doc = make_doc(text, published)
    return doc.with_layer("dates", date_spans(doc))


def event_on(doc: Document, sentence_index: int, trigger_word: str = "") -> Event:
    sent = doc.layer("sentences")[sentence_index]
    at = doc.text.find(trigger_word, sent.start) if trigger_word else -1
    trigger = (at, at + len(trigger_word)) if at >= 0 else (0, 0)
    ev = Evidence(doc.id, sent.start, sent.end, doc.text_of(sent))
    return Event((doc.id,), "Battles", "Armed clash", (ev,), trigger=trigger)


def resolved(doc: Document, ev: Event) -> Event:
    return resolve(doc.with_events([ev])).events[0]


def test_date_in_the_event_sentence() -> None:
    doc = dated("اندلعت اشتباكات عنيفة في مأرب يوم الأحد.", "2020-05-21")
    ev = resolved(doc, event_on(doc, 0))
    assert (ev.event_date, ev.time_precision) == (date(2020, 5, 17), 1)
    assert ev.why("event_date").rule.startswith("time.in_sentence rule:time.weekday")
    assert ev.why("event_date").spans


def test_the_date_nearest_the_trigger_wins() -> None:
    doc = dated("قتل جندي الأربعاء في هجوم على حاجز للشرطة، وانفجرت عبوة الخميس قرب السوق.", "2020-05-21")
    ev = resolved(doc, event_on(doc, 0, "انفجرت"))
    assert ev.event_date == date(2020, 5, 21)


def test_the_day_of_a_statement_gives_way_to_the_day_of_the_event() -> None:
    doc = dated("قال الناطق باسم الشرطة يوم الاثنين إن مسلحين خطفوا يوم الأحد مهندسا قرب كسلا.", "2020-05-21")
    assert resolved(doc, event_on(doc, 0)).event_date == date(2020, 5, 17)


def test_a_since_date_is_not_the_event_date() -> None:
    doc = dated("تحاصر القوات البلدة منذ 16 أيار/ مايو وقصفتها مجددا.", "2020-05-21")
    ev = resolved(doc, event_on(doc, 0))
    assert (ev.event_date, ev.time_precision) == (date(2020, 5, 21), 2)
    assert ev.why("event_date").rule == "time.publication_date"


def test_an_earlier_sentence_of_the_paragraph_gives_the_day() -> None:
    doc = dated("شنت الطائرات أمس غارات على صعدة. وأصابت إحداها سوقا شعبية.", "2020-05-21")
    ev = resolved(doc, event_on(doc, 1))
    assert ev.event_date == date(2020, 5, 20)
    assert ev.why("event_date").rule.startswith("time.earlier_sentence")


def test_another_paragraph_does_not_give_the_day() -> None:
    doc = dated("شنت الطائرات أمس غارات على صعدة.\n\nوأصابت قذيفة سوقا شعبية في تعز.", "2020-05-21")
    assert resolved(doc, event_on(doc, 1)).event_date == date(2020, 5, 21)


def test_no_date_takes_publication_with_precision_two() -> None:
    doc = dated("دارت معارك عنيفة في ضواحي الحديدة.", "2020-05-21T14:00:00+03:00")
    ev = resolved(doc, event_on(doc, 0))
    assert (ev.event_date, ev.time_precision) == (date(2020, 5, 21), 2)


def test_published_before_dawn_reports_the_day_before() -> None:
    doc = dated("دارت معارك عنيفة في ضواحي الحديدة.", "2020-05-21T03:10:00+03:00")
    ev = resolved(doc, event_on(doc, 0))
    assert (ev.event_date, ev.time_precision) == (date(2020, 5, 20), 2)
    assert ev.why("event_date").rule == "time.published_before_dawn"


def test_without_publication_the_event_stays_undated() -> None:
    doc = dated("دارت معارك عنيفة في ضواحي الحديدة.", None)
    ev = resolved(doc, event_on(doc, 0))
    assert ev.event_date is None and ev.why("event_date").rule == "time.no_publication_date"


def test_coder_date_spans_are_used_first() -> None:
    doc = dated("قتل جندي الأربعاء وأصيب آخر الخميس.", "2020-05-21")
    wed = doc.layer("dates")[0]
    ev = event_on(doc, 0).but(date_spans=((wed.start, wed.end),), trigger=(0, 0))
    assert resolved(doc, ev).event_date == date(2020, 5, 20)


def test_a_statement_day_alone_stands_for_the_event_and_says_so() -> None:
    doc = dated("قال الجيش يوم الاثنين إن طائراته قصفت مواقع المسلحين.", "2020-05-21")
    ev = resolved(doc, event_on(doc, 0))
    assert ev.event_date == date(2020, 5, 18)
    assert ev.why("event_date").rule.startswith("time.report_date")


def test_the_start_of_a_fight_is_not_its_date() -> None:
    doc = dated("اندلعت المواجهات بين العشيرتين قبل خمسة أيام شرق الرمادي.", "2020-05-21")
    ev = resolved(doc, event_on(doc, 0))
    assert (ev.event_date, ev.time_precision) == (date(2020, 5, 21), 2)


def test_the_day_after_word_dates_the_earlier_event_a_day_before() -> None:
    doc = dated("قصفت المدفعية حي الوعر الأربعاء. وجاء القصف غداة اغتيال قائد محلي في المدينة.", "2020-05-21")
    later = resolved(doc, event_on(doc, 1, "القصف"))
    earlier = resolved(doc, event_on(doc, 1, "اغتيال"))
    assert earlier.event_date == later.event_date - timedelta(days=1)
    assert earlier.why("event_date").rule.startswith("time.day_after")


def test_a_day_named_after_the_day_after_word_is_taken_as_it_is() -> None:
    doc = dated("شنت الطائرات غارات على البلدة غداة هجوم الثلاثاء على الحاجز.", "2020-05-21")
    ev = resolved(doc, event_on(doc, 0, "هجوم"))
    assert ev.event_date == date(2020, 5, 19)


def test_the_trigger_sentence_date_outranks_another_evidence_sentence() -> None:
    doc = dated("وفي 3 مايو الماضي قتل شرطي في كمين مماثل. وقتل جندي الأربعاء في هجوم على حاجز.", "2020-05-21")
    sents = doc.layer("sentences")
    evidence = tuple(Evidence(doc.id, s.start, s.end, doc.text_of(s)) for s in sents[:2])
    at = doc.text.find("هجوم")
    ev = Event((doc.id,), "Battles", "Armed clash", evidence, trigger=(at, at + 4))
    assert resolved(doc, ev).event_date == date(2020, 5, 20)


def test_a_verb_of_statement_after_a_full_stop_does_not_make_a_report_date() -> None:
    doc = dated("قتل 6 مسلحين في اشتباكات خلال الأيام الماضية. وأعلن الجيش السيطرة على التلة.", "2020-05-21")
    ev = resolved(doc, event_on(doc, 0, "اشتباكات"))
    assert ev.why("event_date").rule.startswith("time.in_sentence")


PRINT_ISSUE = ("حماة تحت النار\n\nشهدت مدينة حماة وريفها أمس، معارك عنيفة بين الفصائل وقوات النظام على عدة محاور "
               "في الريف الشمالي.\n\nوسيطرت الفصائل على تلة استراتيجية قرب بلدة كفرزيتا بعد اشتباكات استمرت ساعات.")


def test_a_print_issue_lead_names_the_news_day_of_undated_events() -> None:
    doc = dated(PRINT_ISSUE, "2020-05-21")
    ev = resolved(doc, event_on(doc, len(doc.layer("sentences")) - 1, "اشتباكات"))
    assert ev.event_date == date(2020, 5, 20)
    assert ev.why("event_date").rule.startswith("time.print_lead")


def test_a_timed_stamp_keeps_the_publication_date_for_undated_events() -> None:
    doc = dated(PRINT_ISSUE, "2020-05-21T10:15:00+03:00")
    ev = resolved(doc, event_on(doc, len(doc.layer("sentences")) - 1, "اشتباكات"))
    assert (ev.event_date, ev.time_precision) == (date(2020, 5, 21), 2)


def test_a_statement_day_in_the_lead_is_not_the_news_day() -> None:
    text = ("قال المتحدث باسم الجيش أمس إن القوات مستعدة لكل الاحتمالات في محيط العاصمة ومداخلها.\n\n"
            "وسيطرت الفصائل على تلة استراتيجية قرب بلدة كفرزيتا بعد اشتباكات استمرت ساعات.")
    doc = dated(text, "2020-05-21")
    ev = resolved(doc, event_on(doc, 1, "اشتباكات"))
    assert ev.event_date == date(2020, 5, 21)


def test_a_date_before_bi_anna_or_fa_inna_dates_the_statement() -> None:
    doc = dated("أفادت مصادر طبية الأربعاء بأن 12 شخصا قتلوا في القصف على البلدة يوم الاثنين.", "2020-05-21")
    assert resolved(doc, event_on(doc, 0)).event_date == date(2020, 5, 18)
    doc = dated("وبحسب بيان للدفاع المدني نشر الأربعاء، فإن قصف السوق يوم الاثنين أودى بحياة 9 أشخاص.", "2020-05-21")
    assert resolved(doc, event_on(doc, 0)).event_date == date(2020, 5, 18)
