"""The unit of parallel work: a batch of articles in, a batch of small outcomes out.

Every engine (in-process, worker processes, Ray) runs exactly this code, so their outputs are
identical by construction. A worker keeps one Pipeline per Settings for its whole life: lexicons
and automata are built once per process, never per article or per batch.
"""
from __future__ import annotations

import dataclasses
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from rasd.document import Article, Document
from rasd.errors import Rejected
from rasd.pipeline import Pipeline
from rasd.records import Event
from rasd.settings import Settings

BATCH_SIZE = 64

_PIPELINES: dict[Settings, Pipeline] = {}


@dataclass(frozen=True, slots=True)
class Outcome:
    """What survives of one processed article: its metadata and events, never its Document.

    Streaming a corpus keeps only these (a few hundred bytes an article plus events), so memory
    stays flat however many articles pass through.
    """

    article_id: str
    origin: str
    chars: int
    published: str | None
    source: str | None
    url: str | None
    title: str | None
    events: tuple[Event, ...]
    article: Article | None = None
    rows: tuple[Any, ...] = ()  # the events packed for the linking table instead (`pack`), if asked

    @property
    def id(self) -> str:
        return self.article_id

    @classmethod
    def of(cls, doc: Document, pack: Pack | None = None) -> Outcome:
        """Reduce a finished Document to its outcome; with `pack`, its events travel packed in `rows`."""
        art = doc.article
        meta = (art.id, art.origin, len(art.text), art.published, art.source, art.url, art.title)
        if pack is None:
            return cls(*meta, doc.events)
        return cls(*meta, (), None, pack(doc.events))

    def keeping(self, article: Article) -> Outcome:
        """The same outcome carrying its article (text included), for the store."""
        return dataclasses.replace(self, article=article)


Item = Article | Rejected
Result = Outcome | Rejected
Pack = Callable[[tuple[Event, ...]], tuple[Any, ...]]


def pipeline_for(settings: Settings) -> Pipeline:
    """The process-wide pipeline for these settings (built on first use, then reused)."""
    pipe = _PIPELINES.get(settings)
    if pipe is None:
        pipe = _PIPELINES[settings] = Pipeline.from_settings(settings)
    return pipe


def run_item(pipeline: Pipeline, item: Item, pack: Pack | None = None) -> Result:
    """One article through the pipeline, reduced to its outcome; rejects pass through.

    A bug that one odd article triggers in some stage must not kill a run over a million: it
    becomes a Rejected value naming the exception and the rasd line that raised it (to report).
    """
    if isinstance(item, Rejected):
        return item
    try:
        done = pipeline.run(item)
    except Exception as err:  # noqa: BLE001 - a stage bug costs one article, never the run
        return Rejected(item.origin, f"internal error, please report: {type(err).__name__}: {err} "
                        f"at {_where(err)}", item.id)
    return done if isinstance(done, Rejected) else Outcome.of(done, pack)


def _where(err: BaseException) -> str:
    """`file:line` of the innermost rasd frame of a traceback."""
    frames = [f for f in traceback.extract_tb(err.__traceback__) if "rasd" in f.filename]
    if not frames:
        return "an unknown place"
    last = frames[-1]
    return f"{last.filename.rsplit('rasd/', 1)[-1]}:{last.lineno}"


def run_batch(settings: Settings, batch: list[Item], pack: Pack | None = None) -> list[Result]:
    """A batch through this process's pipeline, in input order (the task every engine ships).

    `pack` (a module-level function, so it travels by name) reduces each article's events where
    they were made to what the caller keeps (`link.table.pack`: a few scalars and pickled bytes),
    so workers do not ship Event objects for the main process to unpickle and pickle again.
    """
    pipeline = pipeline_for(settings)
    return [run_item(pipeline, item, pack) for item in batch]


def batched(items: Iterable[Item], size: int = BATCH_SIZE) -> Iterator[list[Item]]:
    """Consecutive lists of at most `size` items, pulled lazily from the stream."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch
