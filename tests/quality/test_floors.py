"""The ratchet itself: floors go up with the measurements and never down unless allowed."""
from __future__ import annotations

from quality.measure import METRICS
from quality.update_floors import floor_of, new_floors


def test_measured_figures_round_down() -> None:
    assert floor_of(0.66679) == 0.6667
    assert floor_of(None) == 0.0


def test_floors_rise_with_the_measurements() -> None:
    old = {"samples": dict.fromkeys(METRICS, 0.5)}
    floors, regressions = new_floors(old, {"samples": dict.fromkeys(METRICS, 0.75)}, allow_regression=False)
    assert regressions == [] and floors["samples"]["f1"] == 0.75


def test_a_regression_is_reported_and_kept_out() -> None:
    old = {"samples": dict.fromkeys(METRICS, 0.5)}
    measured = {"samples": {**dict.fromkeys(METRICS, 0.6), "f1": 0.4}}
    floors, regressions = new_floors(old, measured, allow_regression=False)
    assert regressions == ["samples.f1: 0.5 -> 0.4"] and floors["samples"]["f1"] == 0.5
    floors, _ = new_floors(old, measured, allow_regression=True)
    assert floors["samples"]["f1"] == 0.4


def test_a_new_gold_set_starts_from_its_measurement() -> None:
    floors, regressions = new_floors({}, {"new": dict.fromkeys(METRICS, 0.3)}, allow_regression=False)
    assert floors["new"]["recall"] == 0.3 and not regressions
