"""Generated corpora spread the dates their sentences name, as a multi-year corpus would."""
from __future__ import annotations

import random
import re
from datetime import date

import pytest

from rasd.scale.generate import Redater, articles

REDATER = Redater.from_data()


@pytest.mark.parametrize(("text", "published"), [
    ("قصفت طائرات حربية بلدة سراقب في 14 آذار 2018 فقتلت ثلاثة مدنيين.", date(2021, 2, 10)),
    ("تظاهر المئات في المكلا يوم 3 يناير 2016 احتجاجاً على انقطاع الكهرباء.", date(2022, 11, 30)),
    ("انفجرت سيارة مفخخة في سوق شعبي ببعقوبة مساء 9 شوال 1437 هـ.", date(2021, 5, 1)),
    ("اندلعت اشتباكات في حي الشيخ مقصود يوم 30 أيلول/سبتمبر 2015 بين فصائل المعارضة.", date(2024, 12, 31)),
])
def test_dates_move_before_publication_in_the_same_month_convention(text: str, published: date) -> None:
    for seed in range(20):
        out = REDATER.redate(text, published, random.Random(seed))
        [(day, words, year)] = re.findall(r"(\d{1,2}) (\D+?) (\d{4})", out)
        [(_, old_words, _)] = re.findall(r"(\d{1,2}) (\D+?) (\d{4})", text)
        old, new = old_words.split("/"), words.split("/")
        month, hijri, _ = REDATER.months[new[0]]
        assert [REDATER.months[w][2] for w in new] == [REDATER.months[w][2] for w in old]
        assert len({REDATER.months[w][0] for w in new}) == 1 and 1 <= int(day) <= 28
        expected = published.year - 579 if hijri else published.year - ((month, int(day)) > (published.month,
                                                                                              published.day))
        assert int(year) == expected
        assert out.split(year)[1] == text.split(re.search(r"\d{4}", text)[0])[1]  # the rest stays


def test_a_day_month_without_a_year_keeps_having_none() -> None:
    text = "قتل جنديان بهجوم على حاجز في العريش صباح 7 مايو الماضي."
    out = REDATER.redate(text, date(2020, 8, 1), random.Random(2))
    assert not re.search(r"\d{4}", out) and out.endswith(" الماضي.") and out.startswith(text[:text.index("7")])


def test_copies_of_a_dated_sentence_fall_on_many_days() -> None:
    sentence = "قتل أربعة مدنيين بقصف مدفعي على بلدة معرة النعمان في 21 تموز/يوليو 2019، وفق الدفاع المدني."
    texts = [a["text"] for a in articles(300, [sentence], seed=3)]
    assert len({re.search(r"\d{1,2} \S+ \d{4}", t)[0] for t in texts}) > 100


def test_copies_of_a_sentence_differ_in_counts_and_places_but_keep_their_date() -> None:
    sentence = "قتل ١٢ مدنياً وأصيب 30 آخرون بقصف على بنغازي في 5 أيار/مايو 2016، بحسب مصادر طبية."
    texts = [a["text"] for a in articles(200, [sentence], seed=5)]
    assert len(set(texts)) > 150  # a benchmark corpus of one repeated sentence would measure memos
    for text in texts:
        assert re.search(r"[٠-٩]{2} مدنياً", text) and re.search(r"\b\d{2} آخرون", text)  # own digits, own width
        assert re.search(r"\d{1,2} \S+/\S+ \d{4}", text)  # the date is still a date
    assert sum("بنغازي" not in t for t in texts) > 150
