"""The quality ratchet: rasd on every gold set must reach the floors in floors.json.

Floors only go up (`python tests/quality/update_floors.py`); the gold files are pinned by SHA-256
so that a changed gold set cannot quietly move the goalposts. When ../shared is present our
scorer is also checked against the referee's on the very same event files.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from quality.measure import METRICS, SHARED_EVAL, gold_pins, gold_sets, measure, read_floors

SETS = gold_sets()
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    work = tmp_path_factory.mktemp("quality")
    return {name: measure(name, paths, work) for name, paths in SETS.items()}


def test_shared_gold_is_present_under_ci() -> None:
    if not SHARED_EVAL.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SHARED_EVAL} is missing under CI=true")
        pytest.skip("../shared is not beside this checkout: only the bundled samples are measured")


def test_gold_files_are_the_pinned_ones() -> None:
    pinned = read_floors()["gold_sha256"]
    changed = [n for n, sha in gold_pins().items() if pinned.get(n) != sha]
    assert not changed, f"gold files changed: {changed}; re-pin with tests/quality/update_floors.py --repin"


@pytest.mark.parametrize("name", sorted(SETS))
def test_floors_are_reached(measured: dict[str, dict], name: str) -> None:
    floors = read_floors()["floors"].get(name)
    assert floors is not None, f"no floors for gold set {name!r}; run tests/quality/update_floors.py"
    got = measured[name]
    below = [f"{m}={got.get(m)} < {floors[m]}" for m in METRICS if (got.get(m) or 0.0) + 1e-9 < floors[m]]
    assert not below, f"{name}: below floor: " + ", ".join(below)


@pytest.mark.parametrize("name", sorted(SETS))
def test_our_scorer_agrees_with_the_referee(measured: dict[str, dict], name: str) -> None:
    ref = measured[name]["referee"]
    if ref is None:
        pytest.skip("the referee scorer (../shared/eval/score.py) is not available")
    diff = {k: (v, measured[name].get(k)) for k, v in ref.items() if measured[name].get(k) != v}
    assert not diff, f"{name}: referee vs rasd eval differ: {diff}"


def test_floors_cover_every_metric() -> None:
    for name, row in read_floors()["floors"].items():
        assert set(row) == set(METRICS), name
        assert all(0.0 <= v <= 1.0 for v in row.values()), name


def test_floor_file_is_next_to_this_test() -> None:
    assert (Path(__file__).parent / "floors.json").exists()
