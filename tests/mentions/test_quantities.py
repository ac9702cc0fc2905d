"""Count finder: tolls of our own report sentences, with GUIDE.md's fatality conventions."""
from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import make_doc
from rasd.mentions.quantities import count_spans

# text, expected (value, role) pairs that must be found
CASES = [
    ("قتل 7 أشخاص وأصيب 12 آخرون في قصف على حلب", [(7, "killed"), (12, "wounded")]),
    ("أسفر الانفجار في الموصل عن 7 قتلى و12 جريحاً", [(7, "killed"), (12, "wounded")]),
    ("قُتل خمسة وعشرون مدنياً في غارة على أريحا", [(25, "killed")]),
    ("قتل ٢٢ مدنيا في قصف على معرة النعمان", [(22, "killed")]),
    ("أدى الهجوم إلى مقتل جنديين وإصابة ثلاثة آخرين في بيداوة", [(2, "killed"), (3, "wounded")]),
    ("لقي شخص مصرعه في انفجار لغم قرب الحديدة", [(1, "killed")]),
    ("أسفر القصف عن مقتل طفل في حي الروضة بتعز", [(1, "killed")]),
    ("قتل نحو 27 مسلحا في المعارك", [(27, "killed")]),
    ("قتل أكثر من 20 مدنيا في الفاشر", [(20, "killed")]),
    ("قتل ما لا يقل عن 16 شخصا في كمين", [(16, "killed")]),
    ("ارتفع عدد القتلى إلى 30 في انفجار بغداد", [(30, "killed")]),
    ("أسفرت المعارك عن سقوط عشرات القتلى في درعا", [(10, "killed")]),
    ("سقط مئات القتلى في الحصار", [(100, "killed")]),
    ("أسفر القصف عن سقوط قتلى وجرحى في دوما", [(3, "killed")]),
    ("أعلن الجيش مقتل عدد من المسلحين في جبل مرة", [(3, "killed")]),
    ("خلفت الغارات عددا كبيرا من القتلى في البيضاء", [(10, "killed")]),
    ("سقطت قذيفة على السوق دون وقوع إصابات", [(0, "zero")]),
    ("انفجرت عبوة لم تسفر عن ضحايا قرب الرمادي", [(0, "zero")]),
    ("أعلنت الشرطة اختطاف أربعة مهندسين أتراك في كسلا", [(4, "people")]),
    ("اعتقلت القوات 20 شخصا في البصرة", [(20, "people")]),
    ("دمر الجيش 3 دبابات على بعد 40 كيلومتراً من المدينة", [(3, "other"), (40, "other")]),
    ("أودى القصف بحياة 17 مدنيا في جسر الشغور", [(17, "killed")]),
    ("قتل 8 جنود وجرح ما لا يقل عن عشرة آخرين في كسمايو", [(8, "killed"), (10, "wounded")]),
    ("قتل ثلاثة عناصر من الشرطة وجرح تسعة عند حاجز في سامراء", [(3, "killed"), (9, "wounded")]),
    ("أفاد مصدر طبي بمقتل 16 وجرح 14 في التفجير", [(16, "killed"), (14, "wounded")]),
    ("قتل اثنين من عناصر الصحوة في أبو غريب", [(2, "killed")]),
    ("أكدت المصادر أن 9 أفراد على الأقل قتلوا في الهجوم", [(9, "killed")]),
    ("أشارت التقارير إلى أن العشرات سقطوا قتلى في الاشتباكات", [(10, "killed")]),
    ("قتلت الغارة مئة وخمسة أشخاص في سوق الخضار", [(105, "killed")]),
    ("بلغت حصيلة القتلى ثلاثة آلاف منذ بدء الحرب", [(3000, "killed")]),
    ("لقي ثلاثة أشخاص مصرعهم وأصيب تسعة آخرون بجروح في الأنبار", [(3, "killed"), (9, "wounded")]),
    ("أعلنت المنظمة أن 51 شخصا بينهم 40 طفلا قتلوا في الغارة على الحافلة", [(51, "killed")]),
    ("قالت مصادر طبية إن الحصيلة بلغت \"39 مدنيا\" بعد القصف", [(39, "killed")]),
    ("أشار المرصد إلى أن هناك قتلى وجرحى في صفوف المسلحين", [(3, "killed")]),
    ("تكبدت الميليشيا ما لا يقل عن 40 عنصرا في المعارك", [(40, "killed")]),
    ("سقط شهيدان وجريح في قصف على خان يونس", [(2, "killed")]),
    ("أسفر الانفجار عن مقتل 2 وإصابة 5 في شارع فلسطين ببغداد", [(2, "killed"), (5, "wounded")]),
    ("انتشلت فرق الإنقاذ عشر جثث من تحت الأنقاض في الرقة", [(10, "killed")]),
    ("قتل أكثر من ثلاثمائة شخص في الهجوم على السوق في مقديشو", [(300, "killed")]),
    ("قتل 12 مدنيا وأصيب ٣٠ آخرون في قصف على الحديدة", [(12, "killed"), (30, "wounded")]),
    ("أصيب شرطي في الهجوم على الحاجز قرب الفلوجة", [(1, "wounded")]),
    ("أدى القصف إلى وفاة 50 شخصا من سكان الحي", [(50, "killed")]),
]


def found(text: str) -> list[tuple[int, str]]:
    return [(s.value.value, s.value.role) for s in count_spans(make_doc(text))]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counts(text: str, expected: list[tuple[int, str]]) -> None:
    got = found(text)
    for item in expected:
        assert item in got, got


NOT_DEATHS = [
    "في 7 يوليو الجاري انفجرت سيارة مفخخة",
    "تشهد المدينة فوضى منذ عام 2011",
    "ينتج الحقل 200 ألف برميل يوميا",
    "تقع البلدة على بعد 250 كلم شمال بغداد",
    "استمرت المعركة 48 ساعة قبل أن تهدأ",
    "وصل الفوج الثالث إلى الجبهة",
]


@pytest.mark.parametrize("text", NOT_DEATHS)
def test_numbers_that_are_not_deaths(text: str) -> None:
    assert not [v for v in found(text) if v[1] in ("killed", "wounded")]


def test_hedges_and_vague_words_are_marked_approximate() -> None:
    spans = count_spans(make_doc("قتل نحو 27 مسلحا وأصيب عشرات المدنيين"))
    assert [(s.value.value, s.value.approximate) for s in spans] == [(27, True), (10, True)]


def test_a_count_does_not_borrow_an_event_word_from_another_sentence() -> None:
    spans = count_spans(make_doc("قتل جندي في الهجوم. وكان 40 مسلحا قد انسحبوا"))
    assert [(s.value.value, s.value.role) for s in spans] == [(1, "killed"), (40, "people")]


def test_the_source_names_the_lexicon_line() -> None:
    (span,) = count_spans(make_doc("أسفر الانفجار عن 7 قتلى"))
    assert span.source.startswith("lexicons/casualty_words.tsv:")


PIECES = st.sampled_from(["قتل", "مقتل", "7", "٢٢", "خمسة", "وعشرون", "أشخاص", "جريحا", "قتلى", "نحو", "،",
                          "دون وقوع إصابات", "عشرات", "ـ", "كلم", "في", "\n"])


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=14))
def test_spans_lie_in_the_text_and_do_not_overlap(pieces: list[str]) -> None:
    text = " ".join(pieces)
    spans = count_spans(make_doc(text))
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    for s in spans:
        assert 0 <= s.start < s.end <= len(text) and s.value.value >= 0
        assert s.value.role in ("killed", "wounded", "zero", "people", "other")
