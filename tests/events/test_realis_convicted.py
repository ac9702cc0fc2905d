""""Was convicted" (أدين، أدينوا، أدينا) makes a court story: every event word of its sentence, before
or after it, is the crime or the punishment (a judicial execution is no attack, ACLED); a report in
the next sentence stays real. A decision to act (قرر، قررت، قرروا) is a plan, not the act. Our own
sentences."""
from __future__ import annotations

import pytest

from testkit import realis_verdicts, run_pipeline


def test_the_next_sentence_is_still_news() -> None:
    text = ("أعدم في سجن بمدينة تبريز رجل أدين بالقتل. "
            "وفي مدينة زاهدان، هاجم مسلحون أمس حاجزاً للشرطة وقتلوا ثلاثة عناصر منه.")
    events = run_pipeline(text, published="2019-04-05").events
    assert [e.event_type for e in events] in (["Violence against civilians"], ["Battles"]), events


UNREAL = [  # (sentence, the kind of marker that makes every event word in it unreal)
    ("شنق أمس في السجن المركزي بمدينة شيراز ثلاثة رجال أدينوا بالسطو المسلح والخطف والقتل", "charge"),
    ("أعدم فجر اليوم في سجن قرب الرياض رجلان أدينا بتهريب الأسلحة وقتل شرطي", "charge"),
    ("نفذت السلطات الإعدام في مهرب أدين بقتل حارسين على الحدود", "charge"),
    ("قرر الأهالي تنظيم اعتصام أمام مبنى البلدية في صفاقس", "intent"),
    ("قررت النقابة الإضراب عن العمل في مستشفيات الخرطوم", "intent"),
    ("قرروا الخروج في مسيرة إلى مقر الولاية في نيالا", "intent"),
]


@pytest.mark.parametrize(("text", "kind"), UNREAL)
def test_a_conviction_or_a_decision_makes_every_event_word_unreal(text: str, kind: str) -> None:
    found = realis_verdicts(text)
    assert found and all(not v.real and v.kind == kind for v in found), found
