"""The corpus-level run: read → per-article pipeline (any engine) → link → ordered events.

Per-article stages are pure and run in this process, in worker processes or on Ray
(`rasd.scale`); each article is reduced to a small `Outcome` (metadata + events) as it streams,
so no Document outlives its article. Each outcome is then spilled to temporary files as it
arrives (`rasd.link.table`): memory keeps only compact linking keys (about 40 bytes an event),
linking runs on those keys, and the output is read back from disk in its final order, so memory
stays flat however large the corpus (docs/scale.md, Memory).
Rejected inputs are reported on stderr as they come and counted; the run always goes on.
"""
from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from rasd import scale
from rasd.errors import Rejected
from rasd.ingest.readers import read_articles
from rasd.link.articles import Copy, hold_back_copies
from rasd.link.spilled import LinkedEvents, link_rows
from rasd.link.table import SpilledReports, event_order, pack
from rasd.records import Event
from rasd.scale.spill import Spill
from rasd.scale.work import Item, Outcome
from rasd.settings import Settings

__all__ = ["RunReport", "event_order", "extract", "link_and_order", "link_spilled", "read_all", "spill", "stream",
           "stream_to_spill"]

@dataclass
class RunReport:
    """What a run did: articles read, rejected, events written, and each article's outcome.

    `outcomes` hold article metadata (after `extract`, on disk: a `Spill` read back on demand);
    they carry the article itself (text included) and its events only when the run was asked to
    keep articles (`extract(..., keep_articles=True)`, for the store); the events are in the output.
    """

    articles: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    events: int = 0
    chars: int = 0
    outcomes: Sequence[Outcome] = field(default_factory=list)
    copies: dict[str, list[Copy]] = field(default_factory=dict)

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
    """Outcomes of a stream on the configured engine; rejects go to `err` (stderr) and the report.

    Unless articles are kept (with their events, for the store), each outcome's events arrive
    packed for the linking table (`Outcome.rows`, made by the worker: `link.table.pack`).
    """
    err = err or sys.stderr  # looked up at call time, so a redirected stderr is honoured
    for item, result in scale.run_pairs(items, settings, pack=None if keep_articles else pack):
        if isinstance(result, Rejected):
            report.rejected.append(result)
            print(result.message(), file=err, flush=True)
            continue
        report.articles += 1
        report.chars += result.chars
        yield result.keeping(item) if keep_articles and not isinstance(item, Rejected) else result


def extract(paths: list[Path], settings: Settings, err: IO[str] | None = None,
            keep_articles: bool = False) -> tuple[Sequence[Event], RunReport]:
    """Events of every article under `paths`, linked across articles, in a deterministic order.

    Events are returned as a sequence read from a temporary file on demand. `keep_articles` keeps
    each article (text included) in `report.docs`; by default only metadata is kept, so memory
    does not grow with the corpus (the store re-reads texts from the input files).
    """
    table, report = stream_to_spill(paths, settings, err, keep_articles)
    return link_spilled(table, report, settings), report


def stream_to_spill(paths: list[Path], settings: Settings, err: IO[str] | None = None,
                    keep_articles: bool = False) -> tuple[SpilledReports, RunReport]:
    """The per-article half of `extract`: every article's events streamed into a linking table."""
    report = RunReport()
    items = hold_back_copies(read_all(paths, settings), report.copies)
    table = SpilledReports()
    report.outcomes = spill(stream(items, settings, report, err, keep_articles), table)
    report.articles += report.duplicates
    return table, report


def spill(outcomes: Iterable[Outcome], table: SpilledReports) -> Spill:
    """Each outcome's events into the linking table as it arrives; its metadata into a spill."""
    kept = Spill()
    for out in outcomes:
        if out.rows:
            table.add_packed(out.article_id, out.rows)
        else:
            table.add_article(out.article_id, out.events)
        kept.append(out if out.article is not None else dataclasses.replace(out, events=(), rows=()))
    return kept


def link_and_order(report: RunReport, settings: Settings) -> Sequence[Event]:
    """The corpus-wide step for outcomes already collected: link their events, fix their order."""
    table = SpilledReports()
    for out in report.outcomes:
        table.add_article(out.article_id, out.events)
    return link_spilled(table, report, settings)


def link_spilled(table: SpilledReports, report: RunReport, settings: Settings) -> LinkedEvents:
    """Link the events of a spilled corpus on their keys; the result reads them back in output order."""
    events = LinkedEvents(table, link_rows(table, settings), report.copies)
    report.events = len(events)
    return events
