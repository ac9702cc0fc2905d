""""Was convicted" (أدين، أدينوا، أدينا) makes a court story: every event word of its sentence, before
or after it, is the crime or the punishment (a judicial execution is no attack, ACLED); a report in
the next sentence stays real. A decision to act (قرر، قررت، قرروا) is a plan, not the act. Our own
sentences."""
from __future__ import annotations

import pytest

from testkit import realis_verdicts, run_pipeline

COURT = [
    "شنق أمس في السجن المركزي بمدينة شيراز ثلاثة رجال أدينوا بالسطو المسلح والخطف والقتل",
    "أعدم فجر اليوم في سجن قرب الرياض رجلان أدينا بتهريب الأسلحة وقتل شرطي",
    "نفذت السلطات الإعدام في مهرب أدين بقتل حارسين على الحدود",
]


@pytest.mark.parametrize("text", COURT)
def test_every_event_word_of_a_conviction_sentence_is_unreal(text: str) -> None:
    found = realis_verdicts(text)
    assert found and all(not v.real and v.kind == "charge" for v in found), found


def test_the_next_sentence_is_still_news() -> None:
    text = ("أعدم في سجن بمدينة تبريز رجل أدين بالقتل. "
            "وفي مدينة زاهدان، هاجم مسلحون أمس حاجزاً للشرطة وقتلوا ثلاثة عناصر منه.")
    events = run_pipeline(text, published="2019-04-05").events
    assert [e.event_type for e in events] in (["Violence against civilians"], ["Battles"]), events


DECIDED = [
    "قرر الأهالي تنظيم اعتصام أمام مبنى البلدية في صفاقس",
    "قررت النقابة الإضراب عن العمل في مستشفيات الخرطوم",
    "قرروا الخروج في مسيرة إلى مقر الولاية في نيالا",
]


@pytest.mark.parametrize("text", DECIDED)
def test_a_decision_to_act_is_a_plan(text: str) -> None:
    found = realis_verdicts(text)
    assert found and all(not v.real and v.kind == "intent" for v in found), found
