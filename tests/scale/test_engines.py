"""Every engine gives the same results in the same order; the run streams and keeps no Documents."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from scale_corpus import as_jsonl

from rasd import scale
from rasd.corpus import event_order, extract, read_all
from rasd.document import Article
from rasd.errors import ConfigError, Rejected
from rasd.scale.local import cpu_count, resolve_workers
from rasd.scale.work import Outcome, batched
from rasd.settings import Settings


def test_default_workers_are_all_cores() -> None:
    assert Settings().workers == 0
    assert resolve_workers(Settings()) == cpu_count()
    assert resolve_workers(Settings(workers=3)) == 3


def test_pool_output_is_byte_identical_to_in_process(corpus: Path) -> None:
    one, rep1 = extract([corpus], Settings(workers=1), err=io.StringIO())
    two, rep2 = extract([corpus], Settings(workers=2), err=io.StringIO())
    assert rep1.articles == rep2.articles == 80
    assert as_jsonl(one) == as_jsonl(two)
    assert [event_order(e) for e in one] == sorted(event_order(e) for e in one)


def test_results_keep_input_order_with_rejects_between(corpus: Path) -> None:
    items = list(read_all([corpus], Settings()))[:30]
    items[5] = Rejected("x.jsonl:6", "not valid JSON")
    items[17] = Article("huge", "س " * 100_000, origin="big.jsonl:18", published="2020-01-01")
    settings = Settings(workers=2, max_article_chars=100_000)
    pairs = list(scale.run_pairs(items, settings, batch_size=4))
    assert [p[0] for p in pairs] == items
    serial = list(scale.run(items, settings.but(workers=1), batch_size=4))
    assert [r for _, r in pairs] == serial
    assert serial[5] == items[5]
    assert isinstance(serial[17], Rejected) and "max_article_chars" in serial[17].reason
    assert all(isinstance(r, Outcome) for i, r in enumerate(serial) if i not in (5, 17))


def test_report_keeps_outcomes_not_documents(corpus: Path) -> None:
    _, report = extract([corpus], Settings(workers=1), err=io.StringIO())
    assert all(o.article is None for o in report.outcomes) and report.docs == []
    _, kept = extract([corpus], Settings(workers=1), err=io.StringIO(), keep_articles=True)
    assert len(kept.docs) == 80
    assert all(d.article is not None and len(d.article.text) == d.chars for d in kept.docs)


def test_unknown_engine_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown engine 'spark'"):
        list(scale.run([], Settings(engine="spark")))


def test_batches_are_lazy() -> None:
    def endless():
        n = 0
        while True:
            n += 1
            yield Rejected(f"x:{n}", "r")

    first = next(batched(endless(), 3))
    assert [r.origin for r in first] == ["x:1", "x:2", "x:3"]
