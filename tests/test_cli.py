"""The command line around extraction: `rasd eval` (exit codes, floors, JSON) and `rasd demo`."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quality.perturb import as_system
from rasd.cli import main
from rasd.evaluate import read_records
from rasd.mentions.lexicon import data_path

GOLD = data_path("samples/gold.jsonl")


def invoke(*args: str | Path):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def perfect(tmp_path: Path) -> Path:
    """The bundled gold written as a perfect system's events."""
    path = tmp_path / "perfect.jsonl"
    events = as_system(read_records(GOLD))
    path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events), encoding="utf-8")
    return path


def test_help_lists_the_commands() -> None:
    out = invoke("--help").output
    for name in ("extract", "eval", "demo"):
        assert name in out


def test_eval_of_the_gold_itself_is_perfect(perfect: Path) -> None:
    result = invoke("eval", GOLD, perfect, "--json")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["f1"] == 1.0 and figures["complete_recall"] == 1.0
    assert figures["link_pairs_gold"] == 1 and figures["link_recall"] == 0.0


def test_eval_text_output(perfect: Path) -> None:
    out = invoke("eval", GOLD, perfect).output
    assert any(line.split() == ["precision", "1.0"] for line in out.splitlines())


def test_eval_floor_fails_with_exit_1(perfect: Path) -> None:
    result = invoke("eval", GOLD, perfect, "--min", "f1=0.5", "--min", "link_f1=0.5")
    assert result.exit_code == 1
    assert "link_f1" in result.output


def test_eval_of_nothing_scores_zero(tmp_path: Path) -> None:
    empty = tmp_path / "none.jsonl"
    empty.write_text("", encoding="utf-8")
    figures = json.loads(invoke("eval", GOLD, empty, "--json").output)
    assert figures["tp"] == 0 and figures["fn"] > 0 and figures["recall"] == 0.0


@pytest.mark.parametrize("content", ["{not json\n", "[1]\n"])
def test_eval_bad_file_exits_2(tmp_path: Path, content: str) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content, encoding="utf-8")
    result = invoke("eval", GOLD, bad)
    assert result.exit_code == 2
    assert "bad.jsonl:1" in result.output


def test_eval_missing_file_exits_2(tmp_path: Path) -> None:
    assert invoke("eval", GOLD, tmp_path / "nowhere.jsonl").exit_code == 2


def test_demo_prints_events_and_figures(tmp_path: Path) -> None:
    db, out = tmp_path / "demo.sqlite", tmp_path / "events.jsonl"
    result = invoke("demo", "--db", db, "-o", out)
    assert result.exit_code == 0, result.output
    assert "16 sample articles" in result.output
    assert "against the bundled gold" in result.output and "precision=" in result.output
    assert out.exists()
