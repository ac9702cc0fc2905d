"""ACLED coding in the CSV export: inter codes, interaction, disorder type, civilian targeting, iso, region."""
from __future__ import annotations

import csv
import io

import pytest

from rasd.export.acled import acled_row
from rasd.export.formats import as_record, writer_for
from rasd.export.inter import inter_code, inter_fields
from rasd.records import Actor
from rasd.store.api import EventFilter, iter_events, save_run
from rasd.store.db import open_store
from rasd_link_samples import article, document, make_event, sample_run


@pytest.mark.parametrize(("name", "actor_type", "code"), [
    ("Houthis (Ansar Allah)", None, 2),                      # from the actor dictionary
    ("Islamic State (Iraq)", None, 2),                       # a {country} name of the dictionary
    ("Civilians (Sudan)", None, 7),                          # ACLED's generic naming
    ("Protesters (Libya)", None, 6),
    ("Rioters (Iraq)", None, 5),
    ("Military Forces of Somalia (2017-)", None, 1),
    ("Unidentified Armed Group (Yemen)", None, 3),
    ("Some Local Brigade", "Political Militias", 3),         # the record's own type wins
    ("Some Local Brigade", None, None),
    (None, None, None),
])
def test_inter_codes(name: str | None, actor_type: str | None, code: int | None) -> None:
    assert inter_code(name, actor_type) == code


@pytest.mark.parametrize(("a1", "a2", "expected"), [
    ("Houthis (Ansar Allah)", "Civilians (Yemen)", (2, 7, 27)),
    ("Civilians (Yemen)", "Military Forces of Yemen (2017-)", (7, 1, 17)),   # lower code first
    ("Protesters (Iraq)", None, (6, "", 60)),
    (None, None, ("", "", "")),
])
def test_interaction_is_the_two_codes_lower_first(a1, a2, expected) -> None:
    got = inter_fields({"actor1": a1, "actor2": a2})
    assert (got["inter1"], got["inter2"], got["interaction"]) == expected


@pytest.mark.parametrize(("sub", "disorder"), [
    ("Armed clash", "Political violence"),
    ("Peaceful protest", "Demonstrations"),
    ("Excessive force against protesters", "Political violence; Demonstrations"),
    ("Protest with intervention", "Political violence; Demonstrations"),
    ("Violent demonstration", "Demonstrations"),
    ("Headquarters or base established", "Strategic developments"),
])
def test_disorder_type(sub: str, disorder: str) -> None:
    art = article("baidoa-1", "baidoa_clash")
    row = acled_row(as_record(make_event(art, sub, "2019-03-09", "Baidoa")), 0)
    assert row["disorder_type"] == disorder
    assert (row["iso"], row["region"], row["year"], row["country"]) == (706, "Eastern Africa", 2019, "Somalia")


def test_the_actor_type_travels_from_the_event_to_the_csv(db_url: str) -> None:
    art = article("baidoa-1", "baidoa_clash")
    ev = make_event(art, "Armed clash", "2019-03-09", "Baidoa", actors=("Al Shabaab", None))
    ev = ev.but(actor2=Actor("Jubaland Forces", "قوات جوبالاند", actor_type="Political Militias"))
    report, events = sample_run()
    report.docs.append(document(art, ev))
    save_run(db_url, report, [*events, ev])
    out = io.StringIO()
    writer_for("acled-csv")(iter_events(open_store(db_url), EventFilter()), out, timestamp=1)
    rows = {r["location"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert (rows["Baidoa"]["inter1"], rows["Baidoa"]["inter2"], rows["Baidoa"]["interaction"]) == ("2", "3", "23")
    assert rows["Baidoa"]["civilian_targeting"] == ""
    assert (rows["Taiz"]["interaction"], rows["Taiz"]["civilian_targeting"]) == ("27", "Civilian targeting")
    assert rows["Taiz"]["timestamp"] == "1" and rows["Taiz"]["source_scale"] == ""
