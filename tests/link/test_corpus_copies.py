"""A syndicated copy is processed once and cited by every event of its original."""
from __future__ import annotations

import json
from pathlib import Path

from rasd.corpus import extract
from rasd.settings import Settings

TEXT = ("قتل أربعة مدنيين وأصيب سبعة آخرون أمس الثلاثاء في قصف مدفعي استهدف سوقاً شعبية في مدينة "
        "تعز، بحسب ما أفادت مصادر طبية.")


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_identical_copy_is_processed_once_and_cited(tmp_path: Path) -> None:
    rows = [{"id": "wire-1", "text": TEXT, "published": "2018-03-21", "source": "وكالة أ"},
            {"id": "paper-7", "text": TEXT, "published": "2018-03-21", "source": "صحيفة ب"}]
    events, report = extract([_write(tmp_path / "a.jsonl", rows)], Settings(workers=1))
    assert report.articles == 2 and report.duplicates == 1
    assert len(report.outcomes) == 1  # the copy never went through the pipeline
    assert events, "the shelling report must give an event"
    for ev in events:
        assert ev.article_ids == ("wire-1", "paper-7")
        assert {e.article_id for e in ev.evidence} == {"wire-1", "paper-7"}
