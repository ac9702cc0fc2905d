"""`rasd explain` prints the chain behind every field; `rasd pipeline` the checked stage order."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from rasd.cli import main
from rasd.settings import DEFAULT_STAGES

ARTICLE = {
    "id": "yem-1",
    "published": "2018-06-14",
    "source": "صحيفة الساحل",
    "text": "قتل خمسة مدنيين أمس الأربعاء في غارة جوية استهدفت سوقاً شعبية في مدينة زبيد غربي اليمن، "
            "بحسب مصادر طبية.",
}


def _extract(tmp_path: Path) -> Path:
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps(ARTICLE, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "ev.jsonl"
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return out


def test_explain_names_rules_and_quotes_the_arabic(tmp_path: Path) -> None:
    events = _extract(tmp_path)
    rec = json.loads(events.read_text(encoding="utf-8").splitlines()[0])
    result = CliRunner().invoke(main, ["explain", str(events), rec["event_id"]])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any("evidence [yem-1" in ln and "غارة جوية" in ln for ln in lines)
    date_rule = lines[next(i for i, ln in enumerate(lines) if ln.strip().startswith("event_date")) + 1]
    assert "because" in date_rule and "rule:" in date_rule and "«" in date_rule  # rule and quoted words
    assert any("fatalities" in ln and "5" in ln for ln in lines)


def test_pipeline_command_lists_stages_in_order() -> None:
    result = CliRunner().invoke(main, ["pipeline"])
    assert result.exit_code == 0, result.output
    listed = [ln.split(". ", 1)[1].split(" v")[0] for ln in result.output.splitlines() if ". " in ln[:5]]
    assert listed == list(DEFAULT_STAGES)
