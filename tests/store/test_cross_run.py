"""Linking across runs: a report of an incident stored by an earlier run joins the stored event."""
from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy import select

from rasd.store import schema as t
from rasd.store.api import EventFilter, add_correction, list_events, save_run
from rasd.store.db import open_store
from rasd_link_samples import article, make_event

SHELLING = "Shelling/artillery/missile attack"


def _run(url: str, *pairs) -> dict[str, int]:
    """Save one run of (article, event) pairs, linked by nobody but the store."""
    docs = [SimpleNamespace(article=a) for a, _ in pairs]
    return save_run(url, SimpleNamespace(docs=docs, rejected=[]), [e for _, e in pairs])


def _first_run():
    a = article("sanaa-1", "taiz_shelling", source="Sanaa Post")
    return a, make_event(a, SHELLING, "2019-03-05", "Taiz", fatalities=5,
                         actors=("Houthis (Ansar Allah)", "Civilians (Yemen)"))


def _second_run(toll: int = 7, day: str = "2019-03-05", place: str = "Taiz"):
    b = article("aden-2", "taiz_shelling_copy", source="Aden Daily", published="2019-03-07")
    return b, make_event(b, SHELLING, day, place, fatalities=toll)


def _snapshot(url: str) -> dict[str, list]:
    with open_store(url).connect() as conn:
        return {tab.name: sorted(map(repr, conn.execute(select(tab)).all()))
                for tab in (t.articles, t.events, t.event_articles, t.event_reports, t.corrections,
                            t.event_parts, t.event_terms)}


def _items(url: str) -> list[dict]:
    return list_events(open_store(url), EventFilter(include_hidden=True))[1]


def test_a_later_report_joins_the_stored_event_and_keeps_its_corrections(db_url: str) -> None:
    _run(db_url, _first_run())
    [stored] = _items(db_url)
    add_correction(open_store(db_url), stored["event_id"], "set", field="notes", value="checked by desk",
                   reason="verified", author="analyst")
    _run(db_url, _second_run(toll=7))
    [joined] = _items(db_url)
    assert joined["event_id"] == stored["event_id"]
    assert sorted(joined["article_ids"]) == ["aden-2", "sanaa-1"]
    assert {e["article_id"] for e in joined["evidence"]} == {"aden-2", "sanaa-1"}
    assert sorted(map(tuple, joined["per_source_fatalities"])) == [("aden-2", 7), ("sanaa-1", 5)]
    assert joined["fatalities"] == 5
    assert joined["notes"] == "checked by desk" and joined["status"] == "corrected"
    assert set(joined["sources"]) == {"Sanaa Post", "Aden Daily"}


def test_the_lowest_stated_toll_is_carried(db_url: str) -> None:
    _run(db_url, _first_run())
    _run(db_url, _second_run(toll=3))
    [joined] = _items(db_url)
    assert joined["fatalities"] == 3


def test_re_running_either_run_changes_nothing(db_url: str) -> None:
    _run(db_url, _first_run())
    [stored] = _items(db_url)
    add_correction(open_store(db_url), stored["event_id"], "set", field="fatalities", value=4,
                   reason="hospital list", author="analyst")
    _run(db_url, _second_run())
    before = _snapshot(db_url)
    _run(db_url, _second_run())
    assert _snapshot(db_url) == before
    _run(db_url, _first_run())
    assert _snapshot(db_url) == before
    [joined] = _items(db_url)
    assert joined["event_id"] == stored["event_id"] and joined["fatalities"] == 4


def test_both_runs_together_give_the_same_single_event(db_url: str) -> None:
    _run(db_url, _first_run())
    _run(db_url, _second_run())
    from rasd.link.events import link_events
    from rasd.settings import Settings

    (a, ea), (b, eb) = _first_run(), _second_run()
    linked = link_events([ea, eb], Settings())
    docs = [SimpleNamespace(article=x) for x in (a, b)]
    save_run(db_url, SimpleNamespace(docs=docs, rejected=[]), linked)
    [one] = _items(db_url)
    assert sorted(one["article_ids"]) == ["aden-2", "sanaa-1"]


def test_another_day_or_another_town_stays_apart(db_url: str) -> None:
    _run(db_url, _first_run())
    _run(db_url, _second_run(day="2019-03-07"))  # near-identical wording tolerates one day
    c = article("mocha-3", "taiz_shelling_brief", source="Red Sea Radio")
    _run(db_url, (c, make_event(c, SHELLING, "2019-03-05", "Mocha", fatalities=2)))
    assert len(_items(db_url)) == 3


def test_a_clash_of_named_actors_stays_apart(db_url: str) -> None:
    a = article("sanaa-1", "taiz_shelling", source="Sanaa Post")
    _run(db_url, (a, make_event(a, SHELLING, "2019-03-05", "Taiz", actors=("Houthis (Ansar Allah)", "Hadi loyalists"))))
    b = article("aden-2", "taiz_shelling_copy", source="Aden Daily")
    _run(db_url, (b, make_event(b, SHELLING, "2019-03-05", "Taiz", actors=("Military Forces of Yemen", "AQAP"))))
    assert len(_items(db_url)) == 2


def test_a_third_run_joins_an_event_already_built_across_runs(db_url: str) -> None:
    _run(db_url, _first_run())
    _run(db_url, _second_run())
    c = article("taiz-3", "taiz_shelling_brief", source="Taiz Voice")
    _run(db_url, (c, make_event(c, SHELLING, "2019-03-05", "Taiz", fatalities=2)))
    [joined] = _items(db_url)
    assert sorted(joined["article_ids"]) == ["aden-2", "sanaa-1", "taiz-3"] and joined["fatalities"] == 2


def test_a_correction_stays_with_its_event_when_another_event_quotes_the_same_span(db_url: str) -> None:
    a = article("sanaa-1", "taiz_shelling", source="Sanaa Post")
    taiz = make_event(a, SHELLING, "2019-03-05", "Taiz", fatalities=5)
    mocha = make_event(a, SHELLING, "2019-03-05", "Mocha", fatalities=5).but(place_spans=((40, 44),))
    docs = [SimpleNamespace(article=a)]
    save_run(db_url, SimpleNamespace(docs=docs, rejected=[]), [taiz, mocha])
    add_correction(open_store(db_url), mocha.event_id, "set", field="notes", value="the Mocha one",
                   reason="desk", author="a")
    _run(db_url, _second_run())
    before = _snapshot(db_url)
    _run(db_url, _second_run())
    save_run(db_url, SimpleNamespace(docs=docs, rejected=[]), [taiz, mocha])
    assert _snapshot(db_url) == before
    by_place = {i["location"]["name"]: i for i in _items(db_url)}
    assert by_place["Mocha"]["notes"] == "the Mocha one" and by_place["Mocha"]["event_id"] == mocha.event_id
    assert sorted(by_place["Taiz"]["article_ids"]) == ["aden-2", "sanaa-1"]
    assert by_place["Taiz"]["notes"] != "the Mocha one"
    assert _snapshot(db_url)["corrections"] == before["corrections"]
