"""Counts read together and numbers that only look like tolls: kin and escorts joined to the dead,
counts joined by و to a killed count, others after a comma, vocalised duals, ages, wounded who died.
Our own sentences (other towns, other wars)."""
from __future__ import annotations

import pytest

from rasd.mentions.quantities import count_spans
from testkit import make_doc


def found(text: str) -> list[tuple[int, str]]:
    return [(s.value.value, s.value.role) for s in count_spans(make_doc(text))]


CASES = [
    # a kin or escort noun with a possessive ending joined to the dead adds its value
    ("أدت غارة على منزل في صعدة إلى مقتل رجل وابنيه وإصابة زوجته", [(3, "killed")]),
    ("قُتلت امرأة وطفلاها بقذيفة سقطت على منزلهم في الضالع", [(3, "killed")]),
    ("قتل ضابط مع حارسيه في كمين على طريق المكلا", [(3, "killed")]),
    ("اغتال مسلحون قاضيا في البصرة، وقتل شرطي مع سائقه في كركوك", [(2, "killed")]),
    # an age is no count, and a man and his son are two
    ("قُتل رجل في الستين من عمره وابنه البالغ من العمر 19 عاماً برصاص مجهولين في الحلة",
     [(2, "killed"), (60, "other"), (19, "other")]),
    # a count of people joined by و to a killed count shares its fate
    ("قتل قيادي في التنظيم وسبعة من مرافقيه بغارة قرب الرقة", [(1, "killed"), (7, "killed")]),
    ("قتل 4 جنود و3 مدنيين في هجوم على نقطة تفتيش قرب بيجي", [(4, "killed"), (3, "killed")]),
    # others after a comma are dead too (the coder places them)
    ("قتل ستة مدنيين في قصف على دوما، وأربعة آخرون في غارة على حرستا", [(6, "killed"), (4, "killed")]),
    # a part of the wounded that died
    ("وقال الطبيب إن ثلاثة آخرين من الجرحى توفوا في المستشفى", [(3, "killed")]),
    # duals the lexicon knows, and one the text vocalises
    ("قُتل متظاهران برصاص قوات الأمن في كربلاء", [(2, "killed")]),
    ("أعلنت الشرطة مقتل مدنيَّين بانفجار لغم في أبين", [(2, "killed")]),
    ("أعلنت الشرطة مقتل مدنيَّيْن بانفجار لغم في أبين", [(2, "killed")]),
    # singular nouns of people the lexicon now knows
    ("قُتل سائق حافلة في هجوم على طريق سبها", [(1, "killed")]),
    ("قُتل متظاهر وأصيب عشرة بجروح في ساحة التحرير", [(1, "killed")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_joined_counts(text: str, expected: list[tuple[int, str]]) -> None:
    got = found(text)
    for item in expected:
        assert item in got, got


NOT_JOINED = [
    # the companion is wounded, not dead
    ("قتل طفل وأصيبت والدته بجروح في قصف على أريحا", (2, "killed")),
    # a count after an arrest word keeps its own fate
    ("قتل 5 مسلحين واعتقال 12 آخرين في عملية أمنية قرب سامراء", (12, "killed")),
    # a part after بينهم is not joined to the dead on top of the whole
    ("قتل 9 أشخاص بينهم 3 أطفال و2 من النساء في غارة على البلدة", (2, "killed")),
    # a plural written with kasra is no dual
    ("أعلنت الشرطة مقتل مدنيِّين بانفجار لغم في أبين", (2, "killed")),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_JOINED)
def test_parts_that_are_not_joined(text: str, wrong: tuple[int, str]) -> None:
    assert wrong not in found(text)


def test_a_companion_names_its_rule() -> None:
    spans = count_spans(make_doc("قتل رجل وابنيه في غارة على صعدة"))
    assert spans[0].value.value == 3 and spans[0].source.startswith("rule:counts.with_companion")
