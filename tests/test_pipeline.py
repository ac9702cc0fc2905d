"""The per-article pipeline as a whole: a checked stage order, rejects as values, sound events."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.document import Article, Document
from rasd.errors import ConfigError, Rejected
from rasd.pipeline import Pipeline
from rasd.records import SUB_TO_TYPE
from rasd.settings import DEFAULT_STAGES, Settings


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_settings(Settings())


def run(pipeline: Pipeline, text: str, published: str | None = "2017-03-15") -> Document:
    doc = pipeline.run(Article("p1", text, published=published))
    assert isinstance(doc, Document), doc
    return doc


def test_default_order_is_valid(pipeline: Pipeline) -> None:
    assert [i.name for i in pipeline.describe()] == list(DEFAULT_STAGES)


def test_a_stage_before_its_inputs_is_refused() -> None:
    order = ("text.sentences", "text.clean", *DEFAULT_STAGES[2:])
    with pytest.raises(ConfigError, match=r"text\.sentences.*furniture.*text\.clean"):
        Pipeline.from_settings(Settings(stages=order))


def test_an_unknown_stage_names_the_known_ones() -> None:
    with pytest.raises(ConfigError, match="known stages"):
        Pipeline.from_settings(Settings(stages=("text.clean", "text.nonesuch")))


def test_an_oversized_article_becomes_a_rejected_value() -> None:
    small = Pipeline.from_settings(Settings(max_article_chars=50))
    out = small.run(Article("big", "قصف " * 40, origin="big.txt"))
    assert isinstance(out, Rejected) and out.article_id == "big" and "max_article_chars" in out.reason


def test_rejects_pass_through_a_stream(pipeline: Pipeline) -> None:
    bad = Rejected("feed.jsonl:3", "not valid JSON")
    out = list(pipeline.run_many([bad, Article("ok", "هدوء حذر في مدينة حماة.")]))
    assert out[0] is bad and isinstance(out[1], Document)


def test_text_layers_are_present(pipeline: Pipeline) -> None:
    doc = run(pipeline, "قُتل أربعة مدنيين بقصف على بلدة سراقب أمس.\nشارك")
    for layer in ("furniture", "sentences", "tokens"):
        assert doc.has(layer)
    assert doc.norm is not None


def check_events(doc: Document) -> None:
    """Invariants of every event an article yields."""
    for ev in doc.events:
        assert SUB_TO_TYPE[ev.sub_event_type] == ev.event_type
        assert ev.article_ids == (doc.id,)
        assert ev.fatalities >= 0 and ev.time_precision in (1, 2, 3) and ev.geo_precision in (1, 2, 3)
        for e in ev.evidence:
            assert doc.text[e.start : e.end] == e.text and e.article_id == doc.id


REPORTS = [
    "قُتل أربعة مدنيين وأصيب سبعة آخرون جراء قصف مدفعي على بلدة سراقب في ريف إدلب أمس.",
    "اندلعت اشتباكات بين قوات الجيش اليمني ومسلحي جماعة الحوثي في مديرية صرواح غربي مأرب اليوم الأحد.",
    "انفجرت سيارة مفخخة في سوق شعبي بمدينة كركوك يوم الجمعة الماضية ما أدى إلى مقتل 9 أشخاص.",
    "تظاهر مئات الطلاب في مدينة عطبرة اليوم احتجاجاً على ارتفاع أسعار الخبز دون وقوع إصابات.",
    "أعلنت الشرطة الصومالية اعتقال ثلاثة مشتبه بهم في مدينة بيدوا أمس.",
    "ودعت الأمم المتحدة إلى وقف فوري لإطلاق النار في مدينة الحديدة.",
]


@pytest.mark.parametrize("text", REPORTS)
def test_events_are_sound(pipeline: Pipeline, text: str) -> None:
    check_events(run(pipeline, text))


def test_an_appeal_alone_is_not_an_event(pipeline: Pipeline) -> None:
    doc = run(pipeline, "ودعت بعثة الأمم المتحدة جميع الأطراف إلى ضبط النفس وتجنيب المدنيين ويلات الحرب.")
    assert doc.events == ()


WORDS = st.sampled_from(["قتل", "ثلاثة", "مدنيين", "في", "قصف", "على", "حلب", "أمس", "اشتباكات", "بين", "الجيش",
                         "و", "داعش", "الموصل", "يوم", "الخميس", "٢٢", "نحو", "عشرات", ".", "\n", "شارك", "«", "»"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(WORDS, max_size=40), st.sampled_from([None, "2015-07-21", "2019-04-05T03:10:00+02:00"]))
def test_any_text_runs_and_yields_sound_events(pipeline: Pipeline, words: list[str], published: str | None) -> None:
    check_events(run(pipeline, " ".join(words), published))
