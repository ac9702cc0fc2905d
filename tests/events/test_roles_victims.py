"""Roles rules added with the country's own forces (national.tsv) and plain victims (persons.tsv).
Own sentences only (other towns, other outlets)."""
from __future__ import annotations

import pytest

from rasd.document import Article
from rasd.pipeline import Pipeline
from rasd.records import Event
from rasd.settings import Settings


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_settings(Settings())


def coded(pipeline: Pipeline, text: str) -> tuple[Event, ...]:
    doc = pipeline.run(Article(id="r1", text=text, published="2019-04-05", source="test"))
    return doc.events  # type: ignore[union-attr]


def names(ev: Event) -> set[str]:
    return {a.name for a in (ev.actor1, ev.actor2) if a is not None}


@pytest.mark.parametrize(("text", "country"), [
    ("قتل 5 أشخاص وأصيب 12 آخرون أمس الخميس في انفجار عبوة ناسفة في سوق بمدينة الرمادي.", "Iraq"),
    ("لقي 3 أشخاص مصرعهم الخميس في سقوط قذيفة على حي سكني في مدينة تعز.", "Yemen"),
])
def test_people_counted_dead_in_a_bombing_are_civilians(pipeline: Pipeline, text: str, country: str) -> None:
    evs = [e for e in coded(pipeline, text) if e.event_type == "Explosions/Remote violence"]
    assert evs and evs[0].actor2 is not None
    assert evs[0].actor2.name == f"Civilians ({country})"


def test_people_counted_in_a_battle_are_no_side(pipeline: Pipeline) -> None:
    text = "اندلعت اشتباكات عنيفة أمس الخميس بين قوات الحشد الشعبي وتنظيم داعش في بلدة بيجي، قتل فيها 7 أشخاص."
    evs = [e for e in coded(pipeline, text) if e.event_type == "Battles"]
    assert evs and not any(n.startswith("Civilians") for n in names(evs[0]))


@pytest.mark.parametrize(("text", "name"), [
    ("هاجم مسلحون مجهولون دورية للشرطة أمس الخميس في مدينة بعقوبة، ما أدى إلى مقتل شرطيين.",
     "Police Forces of Iraq (2014-)"),
    ("قتل ثلاثة جنود أمس الخميس في هجوم شنه مسلحون على حاجز للجيش قرب مدينة مأرب.",
     "Military Forces of Yemen (2012-)"),
])
def test_the_country_army_and_police_by_common_nouns(pipeline: Pipeline, text: str, name: str) -> None:
    evs = coded(pipeline, text)
    assert evs and name in names(evs[0])


def test_police_telling_of_a_bombing_are_neither_side_nor_perpetrator(pipeline: Pipeline) -> None:
    text = "وقالت الشرطة إن سيارة مفخخة انفجرت أمس الخميس قرب سوق شعبي في مدينة الحلة، ما أدى إلى مقتل 6 أشخاص."
    evs = [e for e in coded(pipeline, text) if e.event_type == "Explosions/Remote violence"]
    assert evs and evs[0].actor1 is not None
    assert evs[0].actor1.name == "Unidentified Armed Group (Iraq)"
    assert evs[0].actor2 is not None and evs[0].actor2.name == "Civilians (Iraq)"


def test_responsibility_by_anaphor_names_the_group(pipeline: Pipeline) -> None:
    text = ("فجر انتحاري من تنظيم داعش سيارة مفخخة أمس الخميس عند حاجز أمني في مدينة تكريت، ما أدى إلى مقتل 4 جنود. "
            "وتبنى التنظيم الهجوم في بيان نشره على الإنترنت.")
    evs = [e for e in coded(pipeline, text) if e.sub_event_type == "Suicide bomb"]
    assert evs and evs[0].claimed_by == "Islamic State (Iraq)"


def test_elided_air_force_is_not_replaced_by_the_group_struck(pipeline: Pipeline) -> None:
    text = ("شنت مقاتلات التحالف العربي أمس الخميس غارات على مواقع في محافظة صعدة اليمنية. "
            "وشن 4 غارات على تجمعات للمتمردين في مديرية حرض، ودمر عربات للحوثيين.")
    evs = [e for e in coded(pipeline, text) if e.sub_event_type == "Air/drone strike"
           and any("حرض" in x.text for x in e.evidence)]
    assert evs and evs[0].actor1 is not None
    assert evs[0].actor1.name == "Saudi-led Coalition"


def test_rebels_in_yemeni_reports_are_the_houthis(pipeline: Pipeline) -> None:
    text = "قتل 6 جنود أمس الخميس في هجوم شنه المتمردون على موقع للجيش في مديرية صرواح بمحافظة مأرب اليمنية."
    evs = coded(pipeline, text)
    assert evs and "Houthis (Ansar Allah)" in names(evs[0])


def test_a_claim_of_responsibility_in_the_next_sentence_wins_over_the_police(pipeline: Pipeline) -> None:
    text = ("ارتفع عدد قتلى التفجير الانتحاري الذي استهدف مقهى في مدينة بيدوا الصومالية أمس الخميس إلى 9، "
            "وفق ما أعلنته الشرطة.\nوتبنت حركة الشباب التفجير في بيان.")
    evs = [e for e in coded(pipeline, text) if e.sub_event_type == "Suicide bomb"]
    assert evs and evs[0].claimed_by == "Al Shabaab"

