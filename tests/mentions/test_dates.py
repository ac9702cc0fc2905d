"""Date finder: our own report sentences, every month convention, relative words, offsets."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.mentions.dates import date_spans
from testkit import make_doc

THU = "2020-05-21"  # a Thursday
JAN = "2021-01-10"

# text, published, expected surface, expected day, precision, kind
CASES = [
    ("قصفت مقاتلات التحالف معسكرا في صعدة أمس", THU, "أمس", "2020-05-20", 1, "relative"),
    ("سقطت قذائف على حي الوعر البارحة", THU, "البارحة", "2020-05-20", 1, "relative"),
    ("انفجرت عبوة ناسفة في كركوك أول أمس", THU, "أول أمس", "2020-05-19", 1, "relative"),
    ("هاجم مسلحون نقطة تفتيش الليلة الماضية", THU, "الليلة الماضية", "2020-05-20", 1, "relative"),
    ("شنت الطائرات غارات فجر اليوم على إدلب", THU, "فجر اليوم", "2020-05-21", 1, "relative"),
    ("دارت اشتباكات مساء أمس في مأرب", THU, "مساء أمس", "2020-05-20", 1, "relative"),
    ("أعلن الجيش اليوم الخميس السيطرة على البلدة", THU, "اليوم الخميس", "2020-05-21", 1, "relative"),
    ("قتل جنديان أمس الأربعاء في هجوم قرب بيداوة", THU, "أمس الأربعاء", "2020-05-20", 1, "relative"),
    ("اندلعت اشتباكات يوم الاثنين في الفاشر", THU, "يوم الاثنين", "2020-05-18", 1, "weekday"),
    ("انفجرت سيارة مفخخة الخميس في مقديشو", THU, "الخميس", "2020-05-21", 1, "weekday"),
    ("وكانت القوات قد تقدمت يوم الجمعة الماضية", THU, "يوم الجمعة الماضية", "2020-05-15", 1, "weekday"),
    ("دارت معارك يومي الثلاثاء والأربعاء الماضيين في أطراف البلدة", THU, "يومي الثلاثاء والأربعاء الماضيين",
     "2020-05-20", 2, "span"),
    ("قتل خمسة مقاتلين ليل الثلاثاء الأربعاء", THU, "ليل الثلاثاء الأربعاء", "2020-05-20", 1, "weekday"),
    ("ستعقد الجولة الأحد المقبل", THU, "الأحد المقبل", "2020-05-24", 1, "future"),
    ("قتل 15 شخصا خلال الساعات الـ48 الأخيرة في الرقة", THU, "خلال الساعات الـ48 الأخيرة", "2020-05-21", 2,
     "recent"),
    ("اختطف المسلحون الصحفي قبل ثلاثة أيام", THU, "قبل ثلاثة أيام", "2020-05-18", 1, "ago"),
    ("أغارت الطائرات على القرية قبل يومين", THU, "قبل يومين", "2020-05-19", 1, "ago"),
    ("تحاصر القوات البلدة منذ ثلاثة أيام", THU, "منذ ثلاثة أيام", "2020-05-18", 1, "since"),
    ("قتل العشرات الأسبوع الماضي في درعا", THU, "الأسبوع الماضي", "2020-05-14", 2, "week"),
    ("تصاعد القتال مطلع الشهر الجاري في الحديدة", THU, "مطلع الشهر الجاري", "2020-05-01", 3, "month"),
    ("قتل مئات المدنيين الشهر الماضي في الغوطة", THU, "الشهر الماضي", "2020-04-30", 3, "month"),
    ("تتواصل الحملة منذ 16 أيار/ مايو على المدينة", THU, "منذ 16 أيار/ مايو", "2020-05-16", 1, "since"),
    ("سيطر التنظيم على البلدة في 26 نيسان/أبريل 2019", THU, "26 نيسان/أبريل 2019", "2019-04-26", 1, "absolute"),
    ("اغتيل الضابط يوم 4 الطير/أبريل في سبها", THU, "يوم 4 الطير/أبريل", "2020-04-04", 1, "absolute"),
    ("وقعت المعركة في 10 الماء 2010 قرب سرت", THU, "10 الماء 2010", "2010-05-10", 1, "absolute"),
    ("اعتقل الناشط في 5 جانفي الماضي بتونس", THU, "5 جانفي الماضي", "2020-01-05", 1, "absolute"),
    ("نظم المحتجون مسيرة في 14 جويلية", THU, "14 جويلية", "2019-07-14", 1, "absolute"),
    ("هاجم مسلحون البلدة في 22 ماي", THU, "22 ماي", "2019-05-22", 1, "absolute"),
    ("انفجرت سيارة في 3 أوت 2019 بالعاصمة", THU, "3 أوت 2019", "2019-08-03", 1, "absolute"),
    ("قتل الصحفي في 12 شتنبر 2018", THU, "12 شتنبر 2018", "2018-09-12", 1, "absolute"),
    ("قصفت المدفعية الحي في ١٩ آذار ٢٠١٩", THU, "١٩ آذار ٢٠١٩", "2019-03-19", 1, "absolute"),
    ("اقتحمت القوات المدينة في الخامس من حزيران", THU, "الخامس من حزيران", "2019-06-05", 1, "absolute"),
    ("جرت الانتخابات في الثاني والعشرين من شهر مارس 2020", THU, "الثاني والعشرين من شهر مارس 2020",
     "2020-03-22", 1, "absolute"),
    ("قتل ثلاثة في هجوم 30 ديسمبر على السوق", JAN, "30 ديسمبر", "2020-12-30", 1, "absolute"),
    ("أعلن الهدنة في 1 رمضان 1441 هـ", THU, "1 رمضان 1441", "2020-04-24", 1, "absolute"),
    ("وقع الانفجار في 15/3/2019 قرب الموصل", THU, "15/3/2019", "2019-03-15", 1, "absolute"),
    ("تدهور الوضع في أيار/ مايو 2018 في تعز", THU, "أيار/ مايو 2018", "2018-05-31", 3, "month"),
    ("تعيش البلاد اضطرابات منذ عام 2012", THU, "منذ عام 2012", "2012-12-31", 3, "since"),
    ("وفي السابع من الشهر الجاري انفجرت عبوة", THU, "السابع من الشهر الجاري", "2020-05-07", 1, "absolute"),
    ("اندلعت الاشتباكات في بنغازي قبل أربعة أيام", THU, "قبل أربعة أيام", "2020-05-17", 1, "since"),
    ("استمرت المعارك من الثلاثاء وحتى الخميس في جبل مرة", THU, "وحتى الخميس", "2020-05-21", 2, "span"),
    ("سيطرت القوات على البلدة في 9 تشرين الأول/أكتوبر 2019", THU, "9 تشرين الأول/أكتوبر 2019", "2019-10-09", 1,
     "absolute"),
    ("نفذ الطيران غارات في 2 كانون الثاني الماضي", THU, "2 كانون الثاني الماضي", "2020-01-02", 1, "absolute"),
    ("قتل المسلحون راعيا صباح الثلاثاء في كسلا", THU, "صباح الثلاثاء", "2020-05-19", 1, "weekday"),
    ("استهدفت مسيرة عربة بالأمس قرب مأرب", THU, "بالأمس", "2020-05-20", 1, "relative"),
    ("أعلنت الشرطة عن هجوم وقع أول من أمس في كركوك", THU, "أول من أمس", "2020-05-19", 1, "relative"),
    ("وكانت طائرة قد قصفت الموقع نهاية الأسبوع الماضي", THU, "نهاية الأسبوع الماضي", "2020-05-16", 2, "week"),
    ("شن الطيران غارات في منتصف الشهر الماضي على البلدة", THU, "منتصف الشهر الماضي", "2020-04-15", 3,
     "month"),
    ("اعتقل الناشط في 12 أفريل 2019 بالعاصمة", THU, "12 أفريل 2019", "2019-04-12", 1, "absolute"),
    ("وقعت المواجهة في 17 النوار 2011 قرب البيضاء", THU, "17 النوار 2011", "2011-02-17", 1, "absolute"),
    ("قصفت الطائرات الحي في 2019-11-03 وفق البيان", THU, "2019-11-03", "2019-11-03", 1, "absolute"),
    ("قتل ثلاثة وأصيب ستة أمس الأول في البصرة", THU, "أمس الأول", "2020-05-19", 1, "relative"),
    # "days ago" with no number: two days back, precision 2; a clitic و may lead
    ("وقبل أيام قصفت المدفعية قرية في ريف حماة", THU, "وقبل أيام", "2020-05-19", 2, "ago"),
    ("قتل راع قبل أيام برصاص مجهولين قرب الجنينة", THU, "قبل أيام", "2020-05-19", 2, "ago"),
    ("ومنذ أيام يتعرض الحي لقصف متواصل", THU, "ومنذ أيام", "2020-05-21", 2, "since"),
    ("وقبل ثلاثة أيام انفجرت عبوة في كركوك", THU, "وقبل ثلاثة أيام", "2020-05-18", 1, "ago"),
    # a definite number word inside "the last N days"
    ("قتل 11 مسلحا خلال الخمسة أيام الأخيرة في جبهة صرواح", THU, "خلال الخمسة أيام الأخيرة", "2020-05-21", 2,
     "recent"),
    ("دمرت الغارات ثلاث عربات خلال الأيام الثلاثة الماضية", THU, "خلال الأيام الثلاثة الماضية", "2020-05-21", 2,
     "recent"),
]


@pytest.mark.parametrize(("text", "pub", "surface", "day", "precision", "kind"), CASES)
def test_date_expression(text: str, pub: str, surface: str, day: str, precision: int, kind: str) -> None:
    doc = make_doc(text, pub)
    found = {(doc.text_of(s), str(s.value.day), s.value.precision, s.value.kind) for s in date_spans(doc)}
    assert (surface, day, precision, kind) in found, found


def test_same_weekday_is_the_publication_day_but_past_goes_back_a_week() -> None:
    doc = make_doc("قتل جندي الخميس وأصيب آخر الخميس الماضي", THU)
    days = [str(s.value.day) for s in date_spans(doc)]
    assert days == ["2020-05-21", "2020-05-14"]


def test_time_and_zone_of_publication_keep_its_own_date() -> None:
    doc = make_doc("قصفت الطائرات البلدة أمس", "2018-07-14T11:25:40+00:00")
    assert [s.value.day for s in date_spans(doc)] == [date(2018, 7, 13)]


def test_without_publication_only_dated_years_resolve() -> None:
    doc = make_doc("قتل ثلاثة أمس بعد هجوم 26 نيسان/أبريل 2019 والهجوم الخميس", None)
    assert [s.value.day for s in date_spans(doc)] == [date(2019, 4, 26)]


def test_libyan_months_need_a_day() -> None:
    doc = make_doc("ارتفعت درجات الحرارة في الصيف وشح الماء في وادي الربيع", THU)
    assert date_spans(doc) == []


def test_market_towns_named_after_weekdays_are_not_dates() -> None:
    doc = make_doc("سيطرت القوات على سوق الخميس جنوب المدينة", THU)
    assert date_spans(doc) == []


@pytest.mark.parametrize("text", [
    "أفاد موقع عين اليوم بأن الوضع هادئ في سرت",
    "نقلت قناة روسيا اليوم تصريحات المسؤول",
    "احتفل السكان بذكرى ثورة 17 فبراير في الساحة",
])
def test_names_that_contain_date_words_are_not_dates(text: str) -> None:
    assert date_spans(make_doc(text, THU)) == []


def test_the_source_names_the_rule() -> None:
    (span,) = date_spans(make_doc("قصفت الطائرات البلدة أمس", THU))
    assert span.source == "rule:time.day_offset"


WORDS = st.sampled_from(["قصفت", "الطائرات", "أمس", "الخميس", "في", "12", "مايو", "2019", "،", "\n", "ـ", "مدينة"])


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=14), st.sampled_from(["", "  ", "\u200f", "ً"]))
def test_spans_lie_in_the_text_and_start_and_end_on_words(words: list[str], glue: str) -> None:
    text = (" " + glue).join(words)
    doc = make_doc(text, THU)
    for s in date_spans(doc):
        assert 0 <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        assert s.value.day <= date(2020, 5, 21) or s.value.kind == "future"


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)))
def test_written_dates_round_trip(day: date) -> None:
    months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
              "نوفمبر", "ديسمبر"]
    doc = make_doc(f"وقع الهجوم في {day.day} {months[day.month - 1]} {day.year} قرب الحدود", THU)
    assert [s.value.day for s in date_spans(doc)] == [day]
