"""Paired month names: the same month in two conventions, by slash, brackets or side by side.

A year (or الجاري/الماضي) after the second name belongs to the date: "27 فبراير (شباط) 2003" is a
day of 2003, not of the publication year, and "في فبراير (شباط) 2005" is a month of 2005. Sentences
are our own (other towns, other wars).
"""
from __future__ import annotations

import pytest

from rasd.mentions.dates import date_spans
from rasd.text.normalize import key
from rasd.time.calendar import publication, spaced_pairs
from rasd.time.dates import find
from testkit import make_doc, run_pipeline

PUB = "2019-04-20T10:00:00+00:00"  # a Saturday

# text, expected surface, day, precision, kind
CASES = [
    ("اغتيل المحافظ في 27 فبراير (شباط) 2003 قرب الفلوجة", "27 فبراير (شباط) 2003", "2003-02-27", 1, "absolute"),
    ("سقطت البلدة في يد المسلحين في فبراير (شباط) 2005", "فبراير (شباط) 2005", "2005-02-15", 3, "month"),
    ("قصفت الطائرات الجسر في 27 شباط (فبراير) 2003", "27 شباط (فبراير) 2003", "2003-02-27", 1, "absolute"),
    ("انسحبت القوات من المطار في شباط (فبراير) 2003", "شباط (فبراير) 2003", "2003-02-15", 3, "month"),
    ("تظاهر الطلاب في 12 فبراير/شباط 2003 أمام الجامعة", "12 فبراير/شباط 2003", "2003-02-12", 1, "absolute"),
    ("توقفت المعارك في فبراير/شباط 2003 حول المدينة", "فبراير/شباط 2003", "2003-02-15", 3, "month"),
    ("اشتدت الغارات في أيار/ مايو 2018 على القرى", "أيار/ مايو 2018", "2018-05-15", 3, "month"),
    ("اعتقلت الكتيبة الناشط في 4 الطير/أبريل 2019 في سبها", "4 الطير/أبريل 2019", "2019-04-04", 1, "absolute"),
    ("اعتقلت الكتيبة الناشط في 4 الطير (أبريل) 2019 في أوباري", "4 الطير (أبريل) 2019", "2019-04-04", 1,
     "absolute"),
    ("احترق السوق في 4 (أبريل) نيسان 2016 في حمص", "4 (أبريل) نيسان 2016", "2016-04-04", 1, "absolute"),
    ("تراجعت الاشتباكات في (أبريل) نيسان 2018 في ريف اللاذقية", "(أبريل) نيسان 2018", "2018-04-15", 3, "month"),
    ("قتل ثلاثة رعاة في ٢٧ فبراير (شباط) ٢٠٠٣ في سنجار", "٢٧ فبراير (شباط) ٢٠٠٣", "2003-02-27", 1, "absolute"),
    ("هُجر سكان الحي في فبراير (شباط) ٢٠٠٥", "فبراير (شباط) ٢٠٠٥", "2005-02-15", 3, "month"),
    ("داهمت الشرطة المقر في 14 نيسان (أبريل) الجاري", "14 نيسان (أبريل) الجاري", "2019-04-14", 1, "absolute"),
    ("أغلق المعبر في 3 آذار(مارس) 2017 بعد اشتباك", "3 آذار(مارس) 2017", "2017-03-03", 1, "absolute"),
    # the wire agencies' habit: two names side by side, no mark between them
    ("قتل جنديان في 21 أغسطس آب 2018 قرب منبج", "21 أغسطس آب 2018", "2018-08-21", 1, "absolute"),
    ("أعلنت الحكومة الحداد في ٢٧ يونيو حزيران ٢٠٠٦", "٢٧ يونيو حزيران ٢٠٠٦", "2006-06-27", 1, "absolute"),
    ("تعثرت المفاوضات في فبراير شباط 2005", "فبراير شباط 2005", "2005-02-15", 3, "month"),
    ("سيطرت القوات على التل في 9 تشرين الأول أكتوبر 2017", "9 تشرين الأول أكتوبر 2017", "2017-10-09", 1,
     "absolute"),
    ("اقتحم محتجون المبنى في 5 أبريل نيسان الماضي", "5 أبريل نيسان الماضي", "2019-04-05", 1, "absolute"),
    ("شيع السكان النائب الذي اغتيل في 21 نوفمبر (تشرين الثاني) الماضي", "21 نوفمبر (تشرين الثاني) الماضي",
     "2018-11-21", 1, "absolute"),
]


@pytest.mark.parametrize(("text", "surface", "day", "precision", "kind"), CASES)
def test_paired_month_keeps_its_year(text: str, surface: str, day: str, precision: int, kind: str) -> None:
    doc = make_doc(text, PUB)
    found = [(doc.text_of(s), str(s.value.day), s.value.precision, s.value.kind) for s in date_spans(doc)]
    assert found == [(surface, day, precision, kind)]


@pytest.mark.parametrize(("text", "surface"), [
    ("حفر العمال في 21 أغسطس آبار النفط", "21 أغسطس"),  # آب is a prefix of a word, not a month
    ("كرم النادي في 7 يوليو ناصر العلي", "7 يوليو"),  # a Libyan name pairs only with a slash or brackets
    ("بدأت الحملة في 3 مايو يونيو", "3 مايو"),  # two different months never pair
    ("أفاد المراسل في 12 مايو (رويترز) بأن الطريق مغلق", "12 مايو"),
])
def test_a_second_name_that_is_no_pair_is_left_out(text: str, surface: str) -> None:
    doc = make_doc(text, PUB)
    assert [doc.text_of(s) for s in date_spans(doc)][:1] == [surface]


def test_spaced_pairs_join_one_month_only() -> None:
    assert spaced_pairs(), "no spaced pairs read from months.tsv"
    pub = publication(PUB)
    for pair in spaced_pairs():
        (found,) = find(key(f"في 10 {pair} 2015"), pub)
        assert found.value.day.year == 2015 and found.value.day.day == 10


REPORT = "قتل أربعة عناصر من الشرطة في هجوم على حاجز في مدينة بعقوبة في {}، بحسب مصدر أمني."


@pytest.mark.parametrize("when", ["فبراير (شباط) ٢٠٠٥", "فبراير (شباط) 2005", "27 شباط (فبراير) 2003",
                                  "27 يونيو حزيران ٢٠٠٦"])
def test_a_paired_month_long_past_makes_history(when: str) -> None:
    """'في فبراير (شباط) 2005' in an article of 2019 is background, not an event of 2019."""
    assert run_pipeline(REPORT.format(when), PUB).events == ()


def test_a_recent_paired_date_dates_the_event() -> None:
    (event,) = run_pipeline(REPORT.format("17 نيسان (أبريل) ٢٠١٩"), PUB).events
    assert (str(event.event_date), event.time_precision) == ("2019-04-17", 1)
