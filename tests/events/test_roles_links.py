"""Actors tied to another actor (appositions, backers), a side never on both sides, and the country
generic actors take. Own sentences only (other towns, other wars, other outlets)."""
from __future__ import annotations

import pytest

from rasd.document import Article
from rasd.events.country import article_country, event_sites
from rasd.events.roles import other_side
from rasd.pipeline import Pipeline
from rasd.records import Actor, Event
from rasd.settings import Settings


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_settings(Settings())


def coded(pipeline: Pipeline, text: str) -> tuple[Event, ...]:
    doc = pipeline.run(Article(id="l1", text=text, published="2019-04-05", source="test"))
    return doc.events  # type: ignore[union-attr]


def names(ev: Event) -> set[str]:
    return {a.name for a in (ev.actor1, ev.actor2) if a is not None}


@pytest.mark.parametrize(("text", "absent"), [
    ("هاجم مقاتلو حركة الشباب، ذراع تنظيم القاعدة في شرق أفريقيا، قاعدة عسكرية في بلدة جلب أمس الخميس"
     " ما أدى إلى مقتل 4 جنود.", "Al Qaeda"),
    ("قتل 6 مسلحين أمس الخميس في اشتباكات بين قوات الحشد الشعبي وعناصر من جبهة النصرة المرتبطة بتنظيم"
     " القاعدة قرب بلدة البوكمال.", "Al Qaeda"),
])
def test_a_group_inside_an_apposition_is_no_side(pipeline: Pipeline, text: str, absent: str) -> None:
    evs = coded(pipeline, text)
    assert evs and all(absent not in names(e) for e in evs)


@pytest.mark.parametrize("text", [
    "سيطرت القوات الحكومية المدعومة من التحالف العربي أمس الخميس على مديرية حيس بعد معارك مع الحوثيين"
    " قتل فيها 12 مسلحا.",
    "شنت قوات الجيش بدعم من طائرات التحالف العربي هجوما على مواقع الحوثيين في مديرية نهم أمس الخميس"
    " وقتلت 9 منهم.",
])
def test_a_backer_is_never_the_side_acted_upon(pipeline: Pipeline, text: str) -> None:
    evs = coded(pipeline, text)
    assert evs
    for ev in evs:
        assert ev.actor2 is None or "Coalition" not in ev.actor2.name


def test_other_side_skips_actor1() -> None:
    lna = Actor("Libyan National Army")
    assert other_side(lna, lna, None, Actor("Islamic State (Libya)")) == Actor("Islamic State (Libya)")
    assert other_side(lna, lna) is None
    assert other_side(None, lna) == lna


def _doc(pipeline: Pipeline, text: str):
    return pipeline.run(Article(id="c1", text=text, published="2019-04-05", source="test"))


def test_a_venue_of_talks_casts_no_vote(pipeline: Pipeline) -> None:
    text = ("قتل 5 جنود صوماليين أمس الخميس في هجوم شنه مسلحون على قاعدة للجيش في مدينة مقديشو، بعد أسبوع من"
            " جولة محادثات بين الحكومة وزعماء العشائر في العاصمة الكينية نيروبي. وكانت محادثات سابقة في نيروبي"
            " قد انتهت دون اتفاق، واستضافت نيروبي اجتماعا آخر.")
    doc = _doc(pipeline, text)
    assert article_country(doc).name == "Somalia"
    assert all(s.country != "Kenya" for s in event_sites(doc))


def test_a_country_in_a_hashtag_votes(pipeline: Pipeline) -> None:
    text = ("اتهم الجيش في #جنوب_السودان المتمردين بشن هجمات على مواقعه أمس الخميس قتل فيها 6 جنود. وكانت الحكومة"
            " والمتمردون قد وقعوا اتفاق سلام في العاصمة الإثيوبية أديس أبابا.")
    assert article_country(_doc(pipeline, text)).name == "South Sudan"


def test_generic_actors_take_their_sentence_country(pipeline: Pipeline) -> None:
    text = ("قتل 9 مدنيين أمس الخميس في قصف استهدف سوقا في مدينة إدلب. وفي العراق، قتل 4 أشخاص وأصيب 10 آخرون"
            " في انفجار عبوة ناسفة في سوق بمدينة بعقوبة.")
    evs = [e for e in coded(pipeline, text) if e.location is not None and e.location.country == "Iraq"]
    assert evs and all(a.name.endswith("(Iraq)") for e in evs for a in (e.actor1, e.actor2)
                       if a is not None and a.name.startswith(("Civilians", "Unidentified")))
