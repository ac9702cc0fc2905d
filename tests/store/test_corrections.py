"""Analyst corrections: audit trail, validation, merge/split, and survival across re-processing."""
from __future__ import annotations

import pytest

from rasd.store.api import (
    CorrectionError,
    EventFilter,
    UnknownEvent,
    add_correction,
    get_event,
    list_corrections,
    list_events,
    save_run,
)
from rasd.store.db import open_store
from rasd_link_samples import sample_run


def _ids(url: str, **flt: object) -> dict[str, str]:
    _total, items = list_events(open_store(url), EventFilter(**flt))
    return {e["location"]["name"]: e["event_id"] for e in items}


def _stored(url: str, toll: int = 7) -> dict[str, str]:
    report, events = sample_run(toll)
    save_run(url, report, events)
    return _ids(url)


def test_a_corrected_field_is_audited_and_survives_reprocessing(db_url: str) -> None:
    ids = _stored(db_url)
    engine = open_store(db_url)
    fix, rec = add_correction(engine, ids["Taiz"], "set", field="fatalities", value=4,
                              reason="hospital list names four", author="analyst-1")
    assert rec["fatalities"] == 4
    assert (fix["old"], fix["new"], fix["author"]) == (5, 4, "analyst-1")
    _stored(db_url, toll=9)
    again = get_event(engine, ids["Taiz"])
    assert again["fatalities"] == 4
    assert again["status"] == "corrected"
    assert dict(map(tuple, again["per_source_fatalities"]))["yemen-b"] == 9
    assert [c["field"] for c in again["corrections"]] == ["fatalities"]


def test_sub_event_type_correction_also_sets_its_type(db_url: str) -> None:
    ids = _stored(db_url)
    _fix, rec = add_correction(open_store(db_url), ids["Kirkuk"], "set", field="sub_event_type", value="Grenade",
                               reason="witnesses saw a hand grenade", author="a")
    assert (rec["event_type"], rec["sub_event_type"]) == ("Explosions/Remote violence", "Grenade")


def test_not_an_event_hides_it(db_url: str) -> None:
    ids = _stored(db_url)
    add_correction(open_store(db_url), ids["Kirkuk"], "not_event", reason="an exercise, not an attack", author="a")
    assert set(_ids(db_url)) == {"Taiz"}
    assert set(_ids(db_url, include_hidden=True)) == {"Taiz", "Kirkuk"}
    _stored(db_url)
    assert set(_ids(db_url)) == {"Taiz"}


def test_merge_folds_one_event_into_another(db_url: str) -> None:
    ids = _stored(db_url)
    engine = open_store(db_url)
    _fix, rec = add_correction(engine, ids["Taiz"], "merge", value=ids["Kirkuk"], reason="same", author="a")
    assert set(rec["article_ids"]) == {"yemen-a", "yemen-b", "iraq-c"}
    assert get_event(engine, ids["Kirkuk"])["status"] == "merged"
    assert set(_ids(db_url)) == {"Taiz"}


def test_split_moves_reports_to_a_new_event(db_url: str) -> None:
    ids = _stored(db_url)
    engine = open_store(db_url)
    _fix, rec = add_correction(engine, ids["Taiz"], "split", value=["yemen-b"], reason="another quarter", author="a")
    assert rec["article_ids"] == ["yemen-a"]
    _total, items = list_events(engine, EventFilter(country="Yemen"))
    assert sorted(tuple(e["article_ids"]) for e in items) == [("yemen-a",), ("yemen-b",)]
    assert next(e for e in items if e["article_ids"] == ["yemen-b"])["fatalities"] == 7


@pytest.mark.parametrize(("action", "field", "value"), [
    ("set", "fatalities", -1), ("set", "fatalities", "many"), ("set", "event_date", "2019-13-01"),
    ("set", "sub_event_type", "Bombing"), ("set", "event_id", "x"), ("set", "location", {"name": "X"}),
    ("explode", None, None), ("merge", None, 3), ("split", None, []),
])
def test_bad_corrections_are_refused_with_a_reason(db_url: str, action: str, field: str, value: object) -> None:
    ids = _stored(db_url)
    with pytest.raises(CorrectionError, match=r"\w"):
        add_correction(open_store(db_url), ids["Taiz"], action, field=field, value=value, reason="r", author="a")
    assert list_corrections(open_store(db_url))[0] == 0


def test_unknown_event_is_refused(db_url: str) -> None:
    _stored(db_url)
    with pytest.raises(UnknownEvent):
        add_correction(open_store(db_url), "0" * 16, "not_event", reason="r", author="a")
