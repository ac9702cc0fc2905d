"""`--engine ray` in Ray local mode gives byte-identical output to the local engine (about 10 s)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from scale_corpus import as_jsonl, write_generated

from rasd import scale
from rasd.corpus import extract, read_all
from rasd.errors import Rejected
from rasd.settings import Settings

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def local_ray():
    """A two-CPU local Ray for this module only (started by the engine, shut down here)."""
    yield
    if ray.is_initialized():
        ray.shutdown()


def test_ray_output_equals_local(local_ray: None, tmp_path: Path) -> None:
    corpus = write_generated(tmp_path / "small.jsonl", 24, seed=3)
    local, _ = extract([corpus], Settings(workers=1), err=io.StringIO())
    on_ray, report = extract([corpus], Settings(engine="ray", workers=2), err=io.StringIO())
    assert report.articles == 24
    assert as_jsonl(on_ray) == as_jsonl(local)


def test_ray_keeps_order_and_passes_rejects_through(local_ray: None, tmp_path: Path) -> None:
    corpus = write_generated(tmp_path / "tiny.jsonl", 6, seed=5)
    items = list(read_all([corpus], Settings()))
    items.insert(2, Rejected("bad.jsonl:3", "not valid JSON"))
    pairs = list(scale.run_pairs(items, Settings(engine="ray", workers=2), batch_size=2))
    assert [p[0] for p in pairs] == items
    assert pairs[2][1] == items[2]
    assert [r.article_id for _, r in pairs if not isinstance(r, Rejected)] == [a.id for a in items if
                                                                             not isinstance(a, Rejected)]
