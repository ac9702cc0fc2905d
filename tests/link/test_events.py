"""Cross-article linking on hand-made reports: same incident merges, distinct incidents stay apart."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.link.events import link_events
from rasd.records import Event
from rasd.settings import Settings
from rasd_link_samples import article, make_event

S = Settings()


def _taiz(art_id: str, key: str, toll: int, **kw: object) -> Event:
    art = article(art_id, key, source=f"outlet-{art_id}")
    return make_event(art, "Shelling/artillery/missile attack", "2019-03-05", "Taiz", fatalities=toll, **kw)


def test_two_reports_of_one_shelling_become_one_event_with_the_lowest_toll() -> None:
    a, b = _taiz("a1", "taiz_shelling", 5), _taiz("b1", "taiz_shelling_copy", 7)
    [ev] = link_events([b, a], S)
    assert ev.article_ids == ("a1", "b1")
    assert {e.article_id for e in ev.evidence} == {"a1", "b1"}
    assert ev.fatalities == 5
    assert dict(ev.per_source_fatalities) == {"a1": 5, "b1": 7}
    assert ev.sources == ("outlet-a1", "outlet-b1")


def test_merged_id_does_not_depend_on_input_order() -> None:
    a, b = _taiz("a1", "taiz_shelling", 5), _taiz("b1", "taiz_shelling_copy", 7)
    assert link_events([a, b], S)[0].event_id == link_events([b, a], S)[0].event_id


def test_a_report_without_a_toll_does_not_lower_the_toll() -> None:
    a = _taiz("a1", "taiz_shelling", 0, toll_stated=False)
    b = _taiz("b1", "taiz_shelling_copy", 7)
    assert link_events([a, b], S)[0].fatalities == 7


def test_same_day_same_town_but_different_types_stay_apart() -> None:
    shelling = _taiz("a1", "taiz_shelling", 5)
    protest = make_event(article("b1", "mocha_protest"), "Peaceful protest", "2019-03-05", "Taiz")
    assert len(link_events([shelling, protest], S)) == 2


def test_same_type_same_day_far_apart_stay_apart() -> None:
    a = _taiz("a1", "taiz_shelling", 5)
    b = make_event(article("b1", "taiz_shelling_copy"), "Shelling/artillery/missile attack", "2019-03-05", "Mocha")
    assert len(link_events([a, b], S)) == 2


def test_different_days_stay_apart() -> None:
    a = _taiz("a1", "taiz_shelling", 5)
    b = make_event(article("b1", "taiz_shelling_brief"), "Shelling/artillery/missile attack", "2019-03-06", "Taiz",
                   time_precision=2)
    assert len(link_events([a, b], S)) == 2


def test_syndicated_wording_may_be_a_day_off() -> None:
    a = _taiz("a1", "taiz_shelling", 5)
    b = make_event(article("b1", "taiz_shelling_copy"), "Shelling/artillery/missile attack", "2019-03-06", "Taiz",
                   fatalities=6)
    assert len(link_events([a, b], S)) == 1


def test_a_region_capital_alone_is_not_enough_to_link() -> None:
    a = _taiz("a1", "taiz_shelling", 5, geo_precision=3)
    b = make_event(article("b1", "taiz_shelling_brief"), "Shelling/artillery/missile attack", "2019-03-05", "Taiz",
                   geo_precision=3)
    assert len(link_events([a, b], S)) == 2
    c = make_event(article("c1", "taiz_shelling_brief"), "Shelling/artillery/missile attack", "2019-03-05", "Taiz",
                   geo_precision=3, actors=("Houthis (Ansar Allah)", None))
    d = _taiz("d1", "taiz_shelling", 5, geo_precision=3, actors=("Houthis (Ansar Allah)", None))
    assert len(link_events([c, d], S)) == 1


def test_two_events_of_one_article_are_never_merged_with_each_other() -> None:
    art = article("a1", "taiz_shelling", "taiz_shelling_copy")
    one = make_event(art, "Shelling/artillery/missile attack", "2019-03-05", "Taiz", sentence="taiz_shelling")
    two = make_event(art, "Shelling/artillery/missile attack", "2019-03-05", "Taiz", sentence="taiz_shelling_copy")
    other = _taiz("b1", "taiz_shelling", 5)
    out = link_events([one, two, other], S)
    assert len(out) == 2
    assert sorted(len(e.article_ids) for e in out) == [1, 2]


def test_reports_naming_different_sides_stay_apart() -> None:
    a = _taiz("a1", "taiz_shelling", 5, actors=("Houthis (Ansar Allah)", "Military Forces of Yemen"))
    b = _taiz("b1", "taiz_shelling_copy", 7, actors=("Saudi-led Coalition", "Islamic State (Yemen)"))
    assert len(link_events([a, b], S)) == 2


def test_closest_reports_pair_up_when_one_article_has_two_nearby_events() -> None:
    art = article("a1", "idlib_strike", "taiz_shelling")
    near_idlib = make_event(art, "Air/drone strike", "2019-03-03", "Idlib", sentence="idlib_strike")
    near_saraqib = make_event(art, "Air/drone strike", "2019-03-03", "Saraqib", sentence="taiz_shelling")
    other = make_event(article("b1", "idlib_strike"), "Air/drone strike", "2019-03-03", "Saraqib")
    out = link_events([near_idlib, near_saraqib, other], S)
    merged = next(e for e in out if len(e.article_ids) == 2)
    assert merged.location.name == "Saraqib"


@given(st.permutations(list(range(4))))
@settings(max_examples=20, deadline=None)
def test_linking_is_order_independent_and_loses_no_report(order: list[int]) -> None:
    reports = [_taiz("a1", "taiz_shelling", 5), _taiz("b1", "taiz_shelling_copy", 7),
               _taiz("c1", "taiz_shelling", 9), make_event(article("d1", "kirkuk_ied"), "Remote explosive/landmine/IED",
                                                           "2019-03-05", "Kirkuk")]
    out = link_events([reports[i] for i in order], S)
    assert sorted(a for e in out for a in e.article_ids) == ["a1", "b1", "c1", "d1"]
    assert sorted(e.event_id for e in out) == sorted(e.event_id for e in link_events(reports, S))
