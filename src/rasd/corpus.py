"""The corpus-level run: read → per-article pipeline (any engine) → link → ordered events.

Per-article stages are pure and run in this process, in worker processes or on Ray
(`rasd.scale`); each article is reduced to a small `Outcome` (metadata + events) as it streams,
so no Document outlives its article and memory stays flat. Linking then sees only events.
Rejected inputs are reported on stderr as they come and counted; the run always goes on.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from rasd import scale
from rasd.document import Article
from rasd.errors import Rejected
from rasd.ingest.readers import read_articles
from rasd.link.articles import attach_copies, hold_back_copies
from rasd.link.events import link_events
from rasd.records import Event
from rasd.scale.work import Item, Outcome
from rasd.settings import Settings


@dataclass
class RunReport:
    """What a run did: articles read, rejected, events written, and each article's outcome.

    `outcomes` hold article metadata and events; they carry the article itself (text included)
    only when the run was asked to keep articles (`extract(..., keep_articles=True)`, for the store).
    """

    articles: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    events: int = 0
    chars: int = 0
    outcomes: list[Outcome] = field(default_factory=list)
    copies: dict[str, list[Article]] = field(default_factory=dict)

    @property
    def duplicates(self) -> int:
        """Byte-identical copies that were read but processed once, through their original."""
        return sum(len(c) for c in self.copies.values())

    @property
    def docs(self) -> list[Outcome]:
        """Outcomes that kept their article (each has `.article` and `.events`, like a Document)."""
        return [o for o in self.outcomes if o.article is not None]


def read_all(paths: Iterable[Path], settings: Settings) -> Iterator[Item]:
    """Every article (or reject) under every path, lazily, in a fixed order."""
    for path in paths:
        yield from read_articles(path, max_line_bytes=settings.max_line_bytes)


def stream(items: Iterable[Item], settings: Settings, report: RunReport, err: IO[str] | None = None,
           keep_articles: bool = False) -> Iterator[Outcome]:
    """Outcomes of a stream on the configured engine; rejects go to `err` (stderr) and the report."""
    err = err or sys.stderr  # looked up at call time, so a redirected stderr is honoured
    for item, result in scale.run_pairs(items, settings):
        if isinstance(result, Rejected):
            report.rejected.append(result)
            print(result.message(), file=err, flush=True)
            continue
        report.articles += 1
        report.chars += result.chars
        yield result.keeping(item) if keep_articles and not isinstance(item, Rejected) else result


def event_order(ev: Event) -> tuple[str, int, int, str, str]:
    """Output order: first article id, then evidence offsets (the same on every engine)."""
    first = ev.article_ids[0] if ev.article_ids else ""
    own = [e for e in ev.evidence if e.article_id == first] or list(ev.evidence)
    start, end = (own[0].start, own[0].end) if own else (0, 0)
    return first, start, end, ev.event_type, ev.sub_event_type


def extract(paths: list[Path], settings: Settings, err: IO[str] | None = None,
            keep_articles: bool = False) -> tuple[list[Event], RunReport]:
    """Events of every article under `paths`, linked across articles, in a deterministic order.

    `keep_articles` keeps each article (text included) in `report.docs`; by default only events
    and metadata are kept, so memory does not grow with the corpus's text (the store re-reads
    texts from the input files).
    """
    report = RunReport()
    items = hold_back_copies(read_all(paths, settings), report.copies)
    report.outcomes = list(stream(items, settings, report, err, keep_articles))
    report.articles += report.duplicates
    return link_and_order(report, settings), report


def link_and_order(report: RunReport, settings: Settings) -> list[Event]:
    """The corpus-wide step: link the streamed events across articles, then fix their order."""
    events = link_events((ev for o in report.outcomes for ev in o.events), settings)
    events = sorted(attach_copies(events, report.copies), key=event_order)
    report.events = len(events)
    return events
