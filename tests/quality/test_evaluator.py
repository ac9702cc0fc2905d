"""`rasd eval` agrees with the referee scorer on many system files made from the gold by perturbation."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quality.measure import SHARED_EVAL
from quality.perturb import as_system, perturb
from rasd.evaluate import evaluate, name_key, read_records, same_place
from rasd.mentions.lexicon import data_path

SAMPLES = data_path("samples/gold.jsonl")


def write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def referee(gold: Path, events: Path) -> dict:
    proc = subprocess.run([sys.executable, str(SHARED_EVAL / "score.py"), str(gold), str(events), "--json"],
                          capture_output=True, text=True, check=True, timeout=120)
    return json.loads(proc.stdout)


def gold_files() -> list[Path]:
    return [*sorted(SHARED_EVAL.glob("*.gold.jsonl")), SAMPLES]


@pytest.mark.parametrize("seed", range(4))
def test_agrees_with_the_referee(shared_dir: Path, tmp_path: Path, seed: int) -> None:
    for gold_path in gold_files():
        gold = read_records(gold_path)
        events = write(tmp_path / "events.jsonl", perturb(gold, seed))
        ours = evaluate(gold, read_records(events))
        theirs = referee(gold_path, events)
        assert {k: v for k, v in theirs.items() if ours.get(k) != v} == {}, gold_path.name


def test_perfect_system_scores_one() -> None:
    gold = read_records(SAMPLES)
    figures = evaluate(gold, as_system(gold))
    assert figures["precision"] == figures["recall"] == figures["complete_recall"] == 1.0
    assert figures["fatalities"] == figures["actor1"] == figures["claimed_by"] == 1.0


def test_linking_the_two_reports_of_one_incident() -> None:
    gold = read_records(SAMPLES)
    events = as_system(gold)
    linked = [e for e in events if e["article_ids"] in (["sample-04"], ["sample-05"])]
    merged = {**linked[0], "article_ids": ["sample-04", "sample-05"], "fatalities": 18,
              "evidence": linked[0]["evidence"] + linked[1]["evidence"]}
    rest = [e for e in events if e not in linked]
    figures = evaluate(gold, [*rest, merged])
    assert figures["link_f1"] == 1.0 and figures["fatalities"] == 1.0


@pytest.mark.parametrize(("a", "b"), [
    ("الجيش الوطني الليبي", "الجيش الوطنى الليبى"),
    ("Civilians (Syria)", "civilians"),
    ("Al Shabaab", "shabaab"),
    ("أحمد المسماري", "احمد المسماري"),
])
def test_name_keys_match_spelling_variants(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_place_within_radius_or_by_name() -> None:
    taiz = {"location": {"name": "Taiz", "latitude": 13.5795, "longitude": 44.0209}}
    near = {"location": {"name": "Dhabab", "latitude": 13.55, "longitude": 43.93}}
    far = {"location": {"name": "Aden", "latitude": 12.78, "longitude": 45.04}}
    assert same_place(taiz, near) and not same_place(taiz, far)
    assert same_place({"location": {"name_ar": "تعز"}}, {"location": {"name": "Ta'izz", "name_ar": "تعز"}})
