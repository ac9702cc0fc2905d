"""Number words and digits: our composition from count_words.tsv, checked against pyarabic."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyarabic.number import text2number

from rasd.time.numbers import parse_count


@pytest.mark.parametrize(("text", "value"), [
    ("22", 22), ("٢٢", 22), ("۲۲", 22), ("1,500", 1500), ("2.5 مليون", 2_500_000), ("200 ألف", 200_000),
    ("ثلاثة", 3), ("خمسة وعشرون", 25), ("خمسة عشر", 15), ("اثنا عشر", 12), ("مائة وخمسة", 105),
    ("مئتي", 200), ("ثلاثمائة", 300), ("ألفين", 2000), ("ثلاثة آلاف", 3000), ("الثلاثة", 3),
    ("عشرات", 10), ("العشرات", 10), ("مئات", 100), ("المئات", 100), ("آلاف", 1000), ("بضعة", 3),
    ("عدد من", 3), ("عدد كبير من", 10), ("أحد", 1),
    ("مدينة", None), ("الأحد", None), ("", None),
])
def test_parse_count(text: str, value: int | None) -> None:
    assert parse_count(text) == value


UNITS = ["ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
TENS = ["عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(UNITS), st.sampled_from(TENS), st.sampled_from(["", "مائة و", "ألف و"]))
def test_compounds_agree_with_pyarabic(unit: str, ten: str, head: str) -> None:
    text = f"{head}{unit} و{ten}"
    assert parse_count(text) == text2number(text)


@given(st.integers(0, 10**9))
def test_digits_round_trip(n: int) -> None:
    assert parse_count(str(n)) == n
    eastern = str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert parse_count(eastern) == n
