"""Inputs that once crashed or fooled rasd's ingest, kept so they never do again."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.cli import main
from rasd.document import Article
from rasd.errors import LineError
from rasd.ingest.readers import parse_record, read_jsonl


def test_lone_surrogate_no_longer_breaks_the_utf8_output(tmp_path: Path) -> None:
    """A JSON escape of half a surrogate pair used to reach the writer and raise UnicodeEncodeError."""
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "s1", "text": "انفجار عبوة في سوق \\udc80 مدينة الحديدة اليوم"}\n', encoding="utf-8")
    out = tmp_path / "e.jsonl"
    result = CliRunner().invoke(main, ["extract", str(path), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    out.read_text(encoding="utf-8")


@pytest.mark.parametrize("raw", ['{"id": true, "text": "نص"}', '{"id": [1], "text": "نص"}',
                                 '{"id": 1.5, "text": "نص"}'])
def test_ids_that_are_not_strings_or_integers_are_refused(raw: str) -> None:
    """`id: true` used to become the article "True"."""
    with pytest.raises(LineError, match="'id'"):
        parse_record(raw, "f:1")


def test_deep_nesting_is_a_clear_message_not_a_recursion_crash() -> None:
    with pytest.raises(LineError, match="nested too deeply"):
        parse_record('{"id": "a", "text": ' + "[" * 200_000 + "]" * 200_000 + "}", "f:1")


def test_binary_jsonl_is_one_rejection_not_thousands(tmp_path: Path) -> None:
    """A binary file named .jsonl used to produce one error per pseudo-line."""
    path = tmp_path / "img.jsonl"
    path.write_bytes(b"\x00\xff\xd8\xe0\n" * 5000)
    assert len(list(read_jsonl(path))) == 1


def test_utf16_jsonl_is_split_after_decoding(tmp_path: Path) -> None:
    """Splitting UTF-16 bytes on b'\\n' cut characters in half."""
    path = tmp_path / "u16.jsonl"
    recs = [{"id": f"ly-{i}", "text": "اشتباكات مسلحة في حي بمدينة سبها جنوب ليبيا"} for i in range(3)]
    path.write_bytes("\n".join(json.dumps(r, ensure_ascii=False) for r in recs).encode("utf-16"))
    arts = list(read_jsonl(path))
    assert all(isinstance(a, Article) for a in arts) and len(arts) == 3


CIRCLED = "قتل ➂ مدنيين في قصف على بلدة الأتارب غرب حلب"


def test_circled_digit_does_not_crash_the_counts_stage() -> None:
    """Found by fuzz_rasd.py: int('➂') raised in time/tagger.py (str.isdigit is true for it)."""
    from rasd.pipeline import Pipeline
    from rasd.settings import Settings

    Pipeline.from_settings(Settings(workers=1)).run(Article("c1", CIRCLED, published="2020-02-01"))


def test_a_stage_bug_costs_one_article_not_the_run() -> None:
    """Should a stage raise on one article, that article is a Rejected value naming the error."""
    from rasd import scale
    from rasd.errors import Rejected
    from rasd.scale.work import Outcome
    from rasd.settings import Settings

    items = [Article("ok", "قصف مدفعي على بلدة في ريف حلب", published="2020-02-01", origin="f:1"),
             Article("odd", CIRCLED, published="2020-02-01", origin="f:2")]
    results = list(scale.run(items, Settings(workers=1)))
    assert isinstance(results[0], Outcome)
    assert isinstance(results[1], Outcome) or (isinstance(results[1], Rejected)
                                               and "internal error" in results[1].reason
                                               and results[1].origin == "f:2")
