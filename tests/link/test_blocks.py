"""Blocking finds every pair that could link (type, day window, place distance) and caps the rest."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.link import blocks
from rasd.link.events import _candidates, link_events
from rasd.link.similarity import distance_km
from rasd.link.table import ListedReports
from rasd.records import Event, Location
from rasd.settings import Settings
from rasd_link_samples import article, make_event

S = Settings()


@dataclass
class Points:
    """A reports table reduced to what blocking reads: days and coordinates."""

    days: list[int]
    points: list[tuple[float, float] | None]

    def __len__(self) -> int:
        return len(self.days)

    def day(self, i: int) -> int:
        return self.days[i]

    def point(self, i: int) -> tuple[float, float] | None:
        return self.points[i]


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    loc = [Location("p", "p", "X", None, lat, lon) for lat, lon in (a, b)]
    one, two = (Event(("x",), "Battles", "Armed clash", (), location=x) for x in loc)
    return distance_km(one, two)  # type: ignore[return-value]


CENTRES = [(35.93, 36.63), (13.58, 44.02), (89.99, 10.0), (-0.01, 179.999), (0.0, -179.999), (60.5, 25.0)]


@st.composite
def nearby_points(draw: st.DrawFn) -> tuple[float, float] | None:
    """Points scattered within ~40 km of a few centres, some at the poles and across the date line."""
    if draw(st.integers(0, 9)) == 0:
        return None
    lat, lon = draw(st.sampled_from(CENTRES))
    dlat, dlon = draw(st.floats(-0.35, 0.35)), draw(st.floats(-0.5, 0.5))
    return max(-90.0, min(90.0, lat + dlat)), (lon + dlon + 180) % 360 - 180


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), nearby_points()), min_size=2, max_size=60))
def test_blocking_proposes_every_pair_within_the_day_window_and_the_distance(rows: list) -> None:
    table = Points([d for d, _ in rows], [p for _, p in rows])
    idx = sorted(range(len(rows)), key=table.day)
    proposed = {i: set(found) for i, found in blocks.block_pairs(table, idx, S)}
    reach = 2 * S.link_km
    for n, i in enumerate(idx):
        for j in idx[n + 1:]:
            a, b = table.point(i), table.point(j)
            if a and b and table.day(j) - table.day(i) <= S.link_days and _km(a, b) <= reach:
                assert j in proposed[i], (i, j, a, b, _km(a, b))
    assert all(len(found) <= blocks.CAP for found in proposed.values())


def test_a_crowded_block_compares_each_report_with_the_next_cap_reports_only() -> None:
    n = blocks.CAP * 3
    table = Points([0] * n, [(35.93, 36.63)] * n)
    found = dict(blocks.block_pairs(table, list(range(n)), S))
    assert found[0] == list(range(1, blocks.CAP + 1))
    assert found[n - 10] == list(range(n - 9, n))


def _skewed(n: int) -> list[Event]:
    """`n` articles reporting one shelling on one day in one town (a corpus of copies)."""
    day = date(2019, 3, 5)
    return [make_event(article(f"a{k:04d}", "taiz_shelling"), "Shelling/artillery/missile attack",
                       str(day + timedelta(days=k % 2)), "Taiz", fatalities=5, sentence="taiz_shelling")
            for k in range(n)]


def test_linking_a_skewed_corpus_compares_a_bounded_number_of_pairs() -> None:
    events = _skewed(blocks.CAP * 4)
    pairs = _candidates(ListedReports(events), S)
    assert len(pairs) <= len(events) * blocks.CAP
    linked = link_events(events, S)
    assert sum(len(ev.article_ids) for ev in linked) == len(events)
    assert max(len(ev.article_ids) for ev in linked) <= blocks.CAP + 1


def test_below_the_cap_copies_of_one_incident_become_one_event() -> None:
    [ev] = link_events(_skewed(40)[::2], S)
    assert len(ev.article_ids) == 20
