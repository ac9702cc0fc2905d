"""Months named relative to the publication or to its year: 'أيار الماضي', 'مارس من العام الماضي'.

Without these a last year's day ('21 مارس من العام الماضي') was read as this year's, and a bare
'في يناير الماضي' was no date at all. Sentences are our own.
"""
from __future__ import annotations

import pytest

from rasd.mentions.dates import date_spans
from testkit import make_doc

PUB = "2019-04-20T10:00:00+00:00"

# text, expected surface, day, precision, kind
CASES = [
    ("دمرت الغارات الجسر في يناير الماضي", "يناير الماضي", "2019-01-15", 3, "month"),
    ("اقتحمت القوات البلدة في فبراير (شباط) الماضي", "فبراير (شباط) الماضي", "2019-02-15", 3, "month"),
    # in April, "last April" is a year back; the current month is "الجاري"
    ("أحرق محتجون المقر في أبريل الماضي", "أبريل الماضي", "2018-04-15", 3, "month"),
    ("تصاعدت الهجمات مطلع نيسان الجاري", "مطلع نيسان الجاري", "2019-04-01", 3, "month"),
    ("قتل الضابط في 21 مارس من العام الماضي", "21 مارس من العام الماضي", "2018-03-21", 1, "absolute"),
    ("اعتقل الصحفي في 3 مارس من العام الجاري", "3 مارس من العام الجاري", "2019-03-03", 1, "absolute"),
    ("فجر مسلحون المحطة في 9 آب من السنة الماضية", "9 آب من السنة الماضية", "2018-08-09", 1, "absolute"),
    ("انسحبت القوات من المدينة في حزيران (يونيو) العام الماضي", "حزيران (يونيو) العام الماضي", "2018-06-15", 3,
     "month"),
    ("اندلعت المعارك في شهر مارس من العام الماضي", "شهر مارس من العام الماضي", "2018-03-15", 3, "month"),
    ("تحاصر القوات البلدة منذ مايو الماضي", "منذ مايو الماضي", "2018-05-15", 3, "since"),
    # a date closing a منذ clause dates the onset of the state, not an event of the report
    ("هو الهجوم الأعنف منذ سيطرة الجيش عليها\" في تشرين الثاني/نوفمبر الماضي", "تشرين الثاني/نوفمبر الماضي",
     "2018-11-15", 3, "since"),
    ("تراجعت الهجمات منذ أن انتشرت الشرطة في المدينة في 5 آذار", "5 آذار", "2019-03-05", 1, "since"),
]


def test_a_comma_ends_the_since_clause() -> None:
    doc = make_doc("قتل ثلاثة رعاة منذ يومين، في 5 آذار قتل راع آخر", PUB)
    assert [(doc.text_of(s), s.value.kind) for s in date_spans(doc)][1:] == [("5 آذار", "absolute")]


@pytest.mark.parametrize(("text", "surface", "day", "precision", "kind"), CASES)
def test_month_relative_to_publication(text: str, surface: str, day: str, precision: int, kind: str) -> None:
    doc = make_doc(text, PUB)
    found = [(doc.text_of(s), str(s.value.day), s.value.precision, s.value.kind) for s in date_spans(doc)]
    assert found == [(surface, day, precision, kind)]


@pytest.mark.parametrize("text", ["احتفل الأهالي في مايو بعودة المهجرين", "وصل الوفد في فبراير (شباط)"])
def test_a_bare_month_is_no_date(text: str) -> None:
    """A month with no day, year, part or relative word is too loose to date anything."""
    assert date_spans(make_doc(text, PUB)) == []


def test_without_publication_a_relative_month_is_left_out() -> None:
    assert date_spans(make_doc("دمرت الغارات الجسر في يناير الماضي", None)) == []
