"""The store on SQLite and PostgreSQL: round trip, idempotent ingest, filters, batches that survive a crash."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from rasd.store import schema as t
from rasd.store.api import EventFilter, get_article, get_event, list_articles, list_events, save_run, stats
from rasd.store.db import open_store
from rasd_link_samples import sample_run


def _snapshot(url: str) -> dict[str, list]:
    engine = open_store(url)
    with engine.connect() as conn:
        return {tab.name: sorted(map(repr, conn.execute(select(tab)).all()))
                for tab in (t.articles, t.events, t.event_articles, t.event_reports, t.corrections)}


def test_round_trip_keeps_every_report_and_source(db_url: str) -> None:
    report, events = sample_run()
    save_run(db_url, report, events)
    total, items = list_events(open_store(db_url), EventFilter())
    assert total == 2
    taiz = next(e for e in items if e["location"]["name"] == "Taiz")
    assert taiz["article_ids"] == ["yemen-a", "yemen-b"]
    assert taiz["fatalities"] == 5
    assert sorted(map(tuple, taiz["per_source_fatalities"])) == [("yemen-a", 5), ("yemen-b", 7)]
    full = get_event(open_store(db_url), taiz["event_id"])
    assert {a["source"] for a in full["articles"]} == {"Aden Daily", "Sanaa Post"}
    assert all("context_after" in e for e in full["evidence"])


def test_rerunning_the_same_articles_changes_nothing(db_url: str) -> None:
    report, events = sample_run()
    save_run(db_url, report, events)
    before = _snapshot(db_url)
    counts = save_run(db_url, report, events)
    assert counts["articles_changed"] == 0
    assert _snapshot(db_url) == before


def test_an_article_is_stored_with_its_text_and_events(db_url: str) -> None:
    report, events = sample_run()
    save_run(db_url, report, events)
    art = get_article(open_store(db_url), "iraq-c")
    assert art["text"].startswith("انفجرت")
    assert len(art["event_ids"]) == 1
    assert list_articles(open_store(db_url))[0] == 3


@pytest.mark.parametrize(("flt", "expected"), [
    (EventFilter(country="Iraq"), ["Kirkuk"]),
    (EventFilter(since="2019-03-06"), ["Kirkuk"]),
    (EventFilter(until="2019-03-05"), ["Taiz"]),
    (EventFilter(event_type="Explosions/Remote violence"), ["Kirkuk", "Taiz"]),
    (EventFilter(event_type="Remote explosive/landmine/IED"), ["Kirkuk"]),
    (EventFilter(actor="houthis"), ["Taiz"]),
    (EventFilter(claimed_by="police"), ["Kirkuk"]),
    (EventFilter(q="قصفا مدفعيا"), ["Taiz"]),
    (EventFilter(q="كركوك"), ["Kirkuk"]),
    (EventFilter(q="100%_"), []),
    (EventFilter(precision=1), ["Kirkuk", "Taiz"]),
])
def test_filters(db_url: str, flt: EventFilter, expected: list[str]) -> None:
    report, events = sample_run()
    save_run(db_url, report, events)
    _total, items = list_events(open_store(db_url), flt)
    assert sorted(e["location"]["name"] for e in items) == expected


def test_stats_count_events_and_deaths_per_day(db_url: str) -> None:
    report, events = sample_run()
    save_run(db_url, report, events)
    out = stats(open_store(db_url), EventFilter())
    assert out["days"] == [{"date": "2019-03-05", "events": 1, "fatalities": 5},
                           {"date": "2019-03-07", "events": 1, "fatalities": 0}]


def test_a_run_killed_midway_keeps_the_batches_already_committed(db_url: str, monkeypatch) -> None:
    from rasd.store import ingest

    _report, events = sample_run()
    calls = {"n": 0}
    real = ingest._save_event

    def dying(conn, rec, run):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt("killed")
        real(conn, rec, run)

    monkeypatch.setattr(ingest, "BATCH", 1)
    monkeypatch.setattr(ingest, "_save_event", dying)
    with pytest.raises(KeyboardInterrupt):
        ingest.save_events(open_store(db_url), events, batch=1)
    assert list_events(open_store(db_url), EventFilter())[0] == 1


def test_events_without_sources_name_their_articles_outlets(db_url: str) -> None:
    report, events = sample_run()
    save_run(db_url, report, [e.but(sources=()) for e in events])
    _total, items = list_events(open_store(db_url), EventFilter())
    assert sorted(tuple(e["sources"]) for e in items) == [("Aden Daily", "Sanaa Post"), ("Kirkuk Now",)]
