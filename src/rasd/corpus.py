"""The corpus-level run: read → per-article pipeline → link → store → export.

Per-article stages are pure and run in worker processes (or on Ray); linking and storage see
the whole corpus. Rejected inputs are reported on stderr as they come and counted.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from rasd.document import Article, Document
from rasd.errors import Rejected
from rasd.ingest.readers import read_articles
from rasd.link.events import link_events
from rasd.pipeline import Pipeline
from rasd.records import Event
from rasd.settings import Settings


@dataclass
class RunReport:
    """What a run did: articles read, rejected, events written."""

    articles: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    events: int = 0
    docs: list[Document] = field(default_factory=list)


def process(articles: Iterable[Article | Rejected], settings: Settings, report: RunReport,
            err: IO[str] = sys.stderr) -> Iterator[Document]:
    """Run the per-article pipeline over a stream, reporting rejects on `err`."""
    pipeline = Pipeline.from_settings(settings)
    for item in pipeline.run_many(articles):
        if isinstance(item, Rejected):
            report.rejected.append(item)
            print(item.message(), file=err)
            continue
        report.articles += 1
        yield item


def extract(paths: list[Path], settings: Settings, err: IO[str] = sys.stderr) -> tuple[list[Event], RunReport]:
    """Events of every article under `paths`, linked across articles."""
    report = RunReport()
    stream = (a for p in paths for a in read_articles(p))
    docs = list(process(stream, settings, report, err))
    report.docs = docs
    events = link_events((ev for d in docs for ev in d.events), settings)
    report.events = len(events)
    return events, report
