"""`rasd bench` runs end to end on a tiny corpus, and `--generate` makes reproducible corpora."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from rasd.bench import bench_command
from rasd.scale import measure, yardsticks
from rasd.settings import Settings


def test_generate_is_reproducible_and_realistic(tmp_path: Path) -> None:
    runner = CliRunner()
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    for path in (a, b):
        result = runner.invoke(bench_command, ["--generate", "200", "-o", str(path), "--seed", "4"])
        assert result.exit_code == 0, result.output
    assert a.read_bytes() == b.read_bytes()
    recs = [json.loads(x) for x in a.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 200 and len({r["id"] for r in recs}) == 200
    sizes = sorted(len(r["text"]) for r in recs)
    assert 800 < sizes[100] < 2000


def test_bench_prints_every_pass_and_stage(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    runner = CliRunner()
    runner.invoke(bench_command, ["--generate", "12", "-o", str(corpus)])
    figures = tmp_path / "f.json"
    result = runner.invoke(bench_command, [str(corpus), "--workers", "1", "--json", str(figures)])
    assert result.exit_code == 0, result.output
    assert "yardstick" in result.output and "text.normalize" in result.output
    assert "target: rasd extract" in result.output and "pyarabic" in result.output
    data = json.loads(figures.read_text(encoding="utf-8"))
    names = [p["name"] for p in data["passes"]]
    assert [n.split(":")[0] for n in names[:3]] == ["yardstick (a)", "yardstick (b)", "yardstick (c)"]
    assert [p["articles"] for p in data["passes"]] == [12] * 5
    assert data["peak_mb"] > 0


def test_bench_without_pyarabic_skips_its_yardstick(tmp_path: Path, monkeypatch) -> None:
    corpus = tmp_path / "c.jsonl"
    runner = CliRunner()
    runner.invoke(bench_command, ["--generate", "5", "-o", str(corpus)])
    monkeypatch.setattr(yardsticks, "library_tokeniser", lambda: None)
    result = runner.invoke(bench_command, [str(corpus), "--passes", "yardstick"])
    assert result.exit_code == 0, result.output
    assert "pyarabic is not installed" in result.output and "yardstick (b):" not in result.output
    assert "yardstick (c)" in result.output and "target:" not in result.output


def test_bench_needs_articles_or_generate() -> None:
    result = CliRunner().invoke(bench_command, [])
    assert result.exit_code == 2 and "--generate" in result.output


def test_yardstick_counts_articles(tmp_path: Path) -> None:
    path = tmp_path / "y.jsonl"
    path.write_text('{"id": "1", "text": "غارة جوية على بلدة في ريف درعا"}\n{bad\n', encoding="utf-8")
    done = measure.yardstick([path], Settings())
    assert done.articles == 1 and done.chars == 30
    assert "yardstick" in measure.summarise([done])[1]
