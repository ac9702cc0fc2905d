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


def test_a_failed_ray_task_is_a_backend_error_naming_the_batch() -> None:
    from types import SimpleNamespace

    from rasd.errors import BackendError
    from rasd.scale.ray_engine import _get

    def get(_ref: object) -> list:
        raise RuntimeError("ImportError: cannot import name 'moved'")

    fake = SimpleNamespace(exceptions=SimpleNamespace(RayError=RuntimeError), get=get)
    with pytest.raises(BackendError, match=r"batch starting at f\.jsonl:7.*same rasd installed"):
        _get(fake, None, [Rejected("f.jsonl:7", "x")])


def test_streaming_keeps_no_documents(tmp_path: Path) -> None:
    """Memory kept per article is its small outcome, not its Document (text, layers, tokens)."""
    import gc
    import tracemalloc

    from scale_corpus import write_generated

    from rasd.corpus import RunReport, stream

    corpus = write_generated(tmp_path / "mem.jsonl", 200, seed=2)
    settings = Settings(workers=1, stages=("text.clean", "text.normalize", "text.sentences", "text.tokens"))
    list(stream(read_all([corpus], settings), settings, RunReport(), io.StringIO()))  # warm caches
    gc.collect()
    tracemalloc.start()
    report = RunReport()
    report.outcomes = list(stream(read_all([corpus], settings), settings, report, io.StringIO()))
    gc.collect()
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert report.articles == 200
    assert kept / 200 < 1_000, f"{kept / 200:.0f} bytes kept per article"
    assert peak < 20_000_000, f"peak {peak / 1e6:.1f} MB while streaming 200 articles"


def test_a_dead_worker_is_a_backend_error() -> None:
    import os

    from rasd import registry
    from rasd.errors import BackendError
    from rasd.registry import stage

    parent = os.getpid()

    @stage("test.scale.die", provides=("died",))
    def make_die(settings: Settings):
        """Kill the worker process on the article named 'die' (never the test process)."""
        def die(doc):
            if doc.id == "die" and os.getpid() != parent:
                os._exit(3)
            return doc
        return die

    items = [Article(f"a{i}", "نص قصير عن غارة", origin=f"f:{i}") for i in range(8)]
    items[5] = Article("die", "نص", origin="f:5")
    try:
        with pytest.raises(BackendError, match="worker process died"):
            list(scale.run(items, Settings(workers=2, stages=("test.scale.die",)), batch_size=2))
    finally:
        registry._STAGES.pop("test.scale.die", None)  # leave the registry as other tests expect it
