"""Long and pathological articles: bounded memory, clear rejections, and cost linear in length.

Shapes that break naive code: one huge line without punctuation, a word per line, a blank line
between every word, one endless word. Cost is compared at two sizes (best of three runs, so a
busy machine does not fail the test): linear code grows about 4x for 4x the text, quadratic 16x.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from rasd import scale
from rasd.document import Article, Document
from rasd.errors import Rejected
from rasd.ingest.readers import read_jsonl
from rasd.pipeline import Pipeline
from rasd.scale.work import Outcome
from rasd.settings import Settings
from rasd.text.stages import run_text

PROSE = ("قصف مدفعي على قرية في ريف إدلب الجنوبي وسقوط قتلى بين المدنيين واشتباكات عنيفة بين "
         "القوات الحكومية ومسلحين قبليين قرب مدينة عتق في محافظة شبوة")
WORDS = PROSE.split()
SEPARATORS = {"one_line": " ", "word_per_line": "\n", "blank_lines": "\n\n", "commas": "، "}


def text_of(words: int, sep: str) -> str:
    return sep.join(WORDS[i % len(WORDS)] for i in range(words))


def best_time(func: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def growth(func: Callable[[str], object], small: str, large: str) -> float:
    return best_time(lambda: func(large)) / max(best_time(lambda: func(small)), 1e-4)


def test_ten_megabyte_article_is_rejected_quickly_and_the_rest_kept(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    big = json.dumps({"id": "huge", "text": text_of(1_100_000, " ")}, ensure_ascii=False)
    small = json.dumps({"id": "ok", "text": text_of(40, " ")}, ensure_ascii=False)
    path.write_text(f"{big}\n{small}\n", encoding="utf-8")
    assert path.stat().st_size > 10_000_000
    start = time.perf_counter()
    results = list(scale.run(read_jsonl(path), Settings(workers=1)))
    assert time.perf_counter() - start < 20
    assert isinstance(results[0], Rejected) and "max_article_chars" in results[0].reason
    assert results[0].origin == f"{path}:1" and results[0].article_id == "huge"
    assert isinstance(results[1], Outcome) and results[1].article_id == "ok"


@pytest.mark.parametrize("shape", SEPARATORS)
def test_text_stages_are_linear(shape: str) -> None:
    sep = SEPARATORS[shape]
    small, large = text_of(5_000, sep), text_of(20_000, sep)
    ratio = growth(lambda t: run_text(Document(Article("x", t))), small, large)
    assert ratio < 9, f"text stages grew {ratio:.1f}x for 4x the text ({shape})"


def test_one_endless_word() -> None:
    doc = run_text(Document(Article("x", "س" * 2_000_000)))
    assert len(doc.layer("tokens")) == 1


@pytest.mark.parametrize("shape", ["one_line", "word_per_line", "blank_lines", "commas"])
def test_whole_pipeline_is_not_quadratic(shape: str) -> None:
    pipeline = Pipeline.from_settings(Settings(workers=1))
    sep = SEPARATORS[shape]
    small, large = text_of(250, sep), text_of(1_000, sep)
    ratio = growth(lambda t: pipeline.run(Article("x", t, published="2021-05-04")), small, large)
    assert ratio < 9, f"the pipeline grew {ratio:.1f}x for 4x the text ({shape})"
