"""Arabic news language that names violence or protest without reporting one incident (peer2's
classes from the public sentence benchmark's easy-no errors), on our own sentences: statistics and
trends, mindsets and tactics, trials, confessions, condemnations, anniversaries, "there is no",
unexploded bombs, questions without a particle, plots, habitual plurals, planned protests and lists
of nouns that share their first item's marker; and what these rules leave real."""
from __future__ import annotations

import pytest

from rasd.mentions.triggers import trigger_spans
from testkit import make_doc, realis_verdicts, run_pipeline


def verdicts(text: str) -> list:
    return realis_verdicts(text, published="2021-06-10")


UNREAL = [
    ("أكد الوزير أن الإجراءات الجديدة ساهمت في تقليص التفجيرات بالعبوات في ولاية هلمند", "tally"),
    ("تراجع عدد الغارات الجوية على ريف حماة بحسب المرصد", "tally"),
    ("أكدت الوزارة أن مراكز الاحتجاز ليست مكانا للتعذيب", "negation"),
    ("قال المدير إنه لا توجد أي اشتباكات في محيط المطار", "negation"),
    ("يرى المحلل أن الحزب يفكر بعقلية الاغتيال السياسي", "reference"),
    ("يعتمد التنظيم أسلوب السيارات المفخخة في حربه", "reference"),
    ("بدأت أمس محاكمة خمسة رجال بتفجير حافلة في مومباسا", "charge"),
    ("بث التلفزيون اعترافات رجلين قالا إنهما زرعا عبوة ناسفة في السوق", "reaction"),
    ("استنكرت الخارجية التونسية الغارات التي شنتها الطائرات على القرية أمس", "reaction"),
    ("نظمت العائلات وقفة في الذكرى السنوية لاغتيال الصحافي في كراتشي", "reference"),
    ("قالت الشرطة إن السيارة المفخخة لم تنفجر بسبب عطل في الصاعق", "negation"),
    ("من يقف وراء الانفجار الذي هز ميناء العقبة؟", "question"),
    ("أوقفت قوات الأمن ثلاثة شبان في سوسة لعلاقتهم بخلية تعد لتفجير انتحاري", "charge"),
    ("يقول سكان الحي إن المسلحين يطلقون قذائف الهاون من بين البيوت", "background"),
    ("أعلنت النقابة أن المسيرة الاحتجاجية المقررة يوم الأحد ستنطلق من ساحة القصبة", "prediction"),
    ("وصف المحلل هذه الغارة بأنها رسالة إلى الحكومة", "reference"),
    ("أوقفت الشرطة خمسة شبان على خلفية أعمال الشغب في حي الانطلاقة", "reference"),
    ("انتشر الجيش في الأحياء للحيلولة دون وقوع اشتباكات بين العشائر", "goal"),
    ("لم يعرف بعد مصير المهندسين الذين خطفوا قرب سبها الأحد", "reference"),
    ("بث التسجيل صورا لأحد الرهائن الذين خطفوا في نيامي", "reference"),
    ("تنص المعاهدة على إزالة الصواريخ القصيرة المدى من أراضي البلدين", "weapons"),
]


@pytest.mark.parametrize(("text", "kind"), UNREAL)
def test_not_one_incident(text: str, kind: str) -> None:
    found = verdicts(text)
    assert found and not found[-1].real, found
    assert any(not v.real and v.kind == kind for v in found), found


def test_a_list_of_nouns_shares_its_first_items_marker() -> None:
    found = verdicts("نقل إلى سجن الولاية رجلان أدينا بالابتزاز والتزوير والسرقة والقتل والخطف")
    kinds = [v.kind for v in found[1:]]
    assert kinds and all(k == "charge" for k in kinds), found


@pytest.mark.parametrize("text", [
    "قتل ثلاثة جنود في هجوم انتحاري على حاجز قرب قندهار أمس",
    "انفجرت سيارة مفخخة قرب سوق الخضار في الموصل أمس",
    "كانت الطائرات قد قصفت مواقع المسلحين في درنة أمس",  # "كان" is no "as if"
    "تظاهر المئات أمام مبنى البلدية في صفاقس أمس",
    "قتل مسلحون شرطيا وخطفوا آخر في العريش أمس",  # "and" after a real word stays real
    "قتلت الشرطة المشتبه به في تبادل لإطلاق النار في الزرقاء أمس",  # a suspect, not a charge
    "عثر على رجل مكبل اليدين قتل برصاص في الحديدة أمس",  # two hands, no condemnation
    "دارت اشتباكات عنيفة في الأحياء الشرقية من المدينة أمس",  # neighbourhoods, no commemoration
])
def test_reports_stay_real(text: str) -> None:
    found = verdicts(text)
    assert found and all(v.real for v in found), found


@pytest.mark.parametrize("text", [
    "قال المتحدث إن حق التظاهر يكفله الدستور وإن التظاهر مسموح في الساحات",
    "بدأت السلطات حملة على حركة الاحتجاج في المدينة",
    "أعدمت السلطات رجلين في سجن الولاية أمس",
    "عرض الجيش قاذفات الصواريخ في ساحة الاستعراض في طرابلس أمس",
])
def test_blocked_phrases_make_no_event(text: str) -> None:
    doc = run_pipeline(text)
    assert not [e for e in doc.events if e.event_type in ("Protests", "Violence against civilians",
                                                         "Explosions/Remote violence")], doc.events


def test_chanting_protesters_alone_are_weak() -> None:
    doc = make_doc("وهتف المتظاهرون ضد الحكومة")
    spans = trigger_spans(doc)
    from rasd.mentions.triggers import rank_of
    assert spans and rank_of(spans[0]) == 2
