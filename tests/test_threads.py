"""Coding articles from several threads at once gives each article the events it gets alone.

The API serves requests from a thread pool, and many stages keep the answers of "the article being
coded" (rasd.memo, lexicon matchers, per-sentence memos): a memo that served one thread's article
to another would mix two reports silently. Thread switches are forced often to make such mixing
likely if it could happen.
"""
from __future__ import annotations

import json
import sys
from concurrent.futures import ThreadPoolExecutor
from importlib import resources

import pytest

from rasd.document import Article, Document
from rasd.pipeline import Pipeline
from rasd.settings import Settings


def _samples() -> list[Article]:
    path = resources.files("rasd") / "data" / "samples" / "articles.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article(r["id"], r["text"], published=r.get("published")) for r in rows]


def _events(pipeline: Pipeline, art: Article) -> list[tuple]:
    doc = pipeline.run(art)
    assert isinstance(doc, Document), doc
    return [(e.event_type, e.sub_event_type, e.event_date, e.fatalities, e.location, e.actor1, e.claimed_by)
            for e in doc.events]


@pytest.fixture()
def fast_switches():
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(old)


def test_threads_code_each_article_as_alone(fast_switches: None) -> None:
    pipeline = Pipeline.from_settings(Settings())
    arts = _samples()
    assert len(arts) >= 4
    alone = {a.id: _events(pipeline, a) for a in arts}
    assert sum(len(v) for v in alone.values()) >= len(arts)  # the samples do report events
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda a: (a.id, _events(pipeline, a)), arts * 3))
    for art_id, events in together:
        assert events == alone[art_id], art_id
