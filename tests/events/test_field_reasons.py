"""Every field an event fills has a reason `rasd explain` can print, also after two reports of one
incident in an article merge; and the residents who protest are the crowd, not its target."""
from __future__ import annotations

import pytest

from testkit import run_pipeline

# sub_event_type is decided with event_type and explained by its reason (`rasd explain` prints it so)
FIELDS = ("event_type", "event_date", "location", "fatalities", "actor1", "actor2", "claimed_by")

REPORTS = [
    "تظاهر المئات من سكان مدينة الموصل صباح اليوم أمام مبنى المحافظة احتجاجا على انقطاع الكهرباء. "
    "وفرقت قوات الشرطة المحتجين بالغاز المسيل للدموع دون وقوع إصابات.",
    "قتل أربعة مدنيين وأصيب سبعة آخرون اليوم الجمعة في انفجار عبوة ناسفة في سوق بلدة بلدوين. "
    "وقالت الشرطة إن العبوة زرعت قرب محل للخضار وانفجرت عند الظهيرة.",
    "اندلعت اشتباكات عنيفة أمس بين قوات الحكومة ومسلحين قبليين في بلدة غريان، "
    "وأسفرت المعارك عن مقتل ستة مقاتلين من الطرفين.",
]


@pytest.mark.parametrize("text", REPORTS)
def test_every_filled_field_has_a_reason(text: str) -> None:
    events = run_pipeline(text, published="2019-04-05").events
    assert events, "the report should give an event"
    for ev in events:
        missing = [f for f in FIELDS if getattr(ev, f) not in (None, "") and ev.why(f) is None]
        assert not missing, f"fields without a reason: {missing}"


def test_protesting_residents_are_not_the_side_acted_upon() -> None:
    ev = run_pipeline(REPORTS[0], published="2019-04-05").events[0]
    assert ev.actor1 is not None and ev.actor1.name.startswith("Protesters")
    assert ev.actor2 is None or not ev.actor2.name.startswith("Civilians")
