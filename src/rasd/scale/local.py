"""Run the per-article pipeline in this process or over a pool of worker processes.

The pool is fed with a bounded number of batches in flight and results are yielded in input
order, so memory stays flat on any corpus size and the output is byte-identical to an
in-process run. On Linux workers are forked after the parent has built the pipeline and run it
over the first batch, so they start with every lexicon compiled and every lazily loaded table
in memory (shared copy-on-write) instead of each rebuilding them.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager

from rasd.errors import BackendError
from rasd.scale.work import Item, Pack, Result, pipeline_for, run_batch
from rasd.settings import Settings

IN_FLIGHT_PER_WORKER = 3


def cpu_count() -> int:
    """Cores this process may use (honours CPU affinity and container limits where visible)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def resolve_workers(settings: Settings) -> int:
    """Worker processes for a run: `workers` 0 (the default) means every core."""
    return settings.workers if settings.workers > 0 else cpu_count()


def run_in_process(batches: Iterable[list[Item]], settings: Settings,
                   pack: Pack | None = None) -> Iterator[tuple[Item, Result]]:
    """Every item through the pipeline in this process, with its result.

    After the first batch (which loads the lazily read tables) everything alive is frozen out of
    the garbage collector's reach, as in `run_pool`: its collections then stop walking the
    gazetteer and lexicon tables again and again (about a fifth of the CPU of a run).
    """
    batches = iter(batches)
    first = next(batches, [])
    yield from zip(first, run_batch(settings, first, pack), strict=True)
    with frozen_heap():
        for batch in batches:
            yield from zip(batch, run_batch(settings, batch, pack), strict=True)


def run_pool(batches: Iterable[list[Item]], settings: Settings, workers: int,
             pack: Pack | None = None) -> Iterator[tuple[Item, Result]]:
    """Batches over `workers` processes; each item with its result, in input order.

    The first batch runs here, before the pool starts: stages that load data lazily (a
    gazetteer on first lookup) load it once in this process and forked workers inherit it.
    Everything alive then is frozen out of the garbage collector's reach (`gc.freeze`), so the
    workers' collections neither walk those tables nor write to their pages (which would copy
    the pages the fork shares).
    """
    batches = iter(batches)
    first = next(batches, [])
    yield from zip(first, run_batch(settings, first, pack), strict=True)
    with frozen_heap(), ProcessPoolExecutor(workers, mp_context=_context(), initializer=pipeline_for,
                                             initargs=(settings,)) as pool:
        def submit(batch: list[Item]) -> Future[list[Result]]:
            return pool.submit(run_batch, settings, batch, pack)

        try:
            for batch, results in ordered(submit, batches, workers * IN_FLIGHT_PER_WORKER):
                yield from zip(batch, results, strict=True)
        except BrokenProcessPool as err:
            raise BackendError("a worker process died (killed, or out of memory); lower --workers, or run "
                               "with --workers 1 to see which article causes it") from err


def ordered(submit: Callable[[list[Item]], Future[list[Result]]], batches: Iterable[list[Item]],
            depth: int) -> Iterator[tuple[list[Item], list[Result]]]:
    """Submit batches keeping at most `depth` pending; yield each with its results, oldest first."""
    pending: deque[tuple[list[Item], Future[list[Result]]]] = deque()
    for batch in batches:
        pending.append((batch, submit(batch)))
        if len(pending) >= depth:
            done, future = pending.popleft()
            yield done, future.result()
    while pending:
        done, future = pending.popleft()
        yield done, future.result()


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Objects alive now are left out of garbage collection while the pool runs (see `run_pool`)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _context() -> multiprocessing.context.BaseContext:
    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")
