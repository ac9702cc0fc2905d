"""Engines that run the per-article pipeline over a stream: in-process, worker processes, Ray.

`run(items, settings)` picks the engine from `Settings.engine` and `Settings.workers` and yields
one result per input item, in input order, whichever engine runs it. A corpus that fits in one
batch runs in-process: starting workers would cost more than it saves.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain

from rasd.errors import ConfigError
from rasd.scale.local import resolve_workers, run_in_process, run_pool
from rasd.scale.work import BATCH_SIZE, Item, Outcome, Pack, Result, batched
from rasd.settings import Settings

__all__ = ["Outcome", "Result", "resolve_workers", "run", "run_pairs"]

ENGINES = ("local", "ray")


def run(items: Iterable[Item], settings: Settings, batch_size: int = BATCH_SIZE) -> Iterator[Result]:
    """Every item through the pipeline on the configured engine, results in input order."""
    return (result for _, result in run_pairs(items, settings, batch_size))


def run_pairs(items: Iterable[Item], settings: Settings, batch_size: int = BATCH_SIZE,
              pack: Pack | None = None) -> Iterator[tuple[Item, Result]]:
    """Each item with its result, in input order, on the configured engine (`pack`: see `work.run_batch`)."""
    if settings.engine not in ENGINES:
        raise ConfigError(f"unknown engine {settings.engine!r}; use one of {', '.join(ENGINES)}")
    batches = batched(items, batch_size)
    if settings.engine == "ray":
        from rasd.scale.ray_engine import run_ray

        return run_ray(batches, settings, pack)
    workers = resolve_workers(settings)
    first = next(batches, [])
    if workers == 1 or len(first) < batch_size:
        return run_in_process(chain([first], batches), settings, pack)
    return run_pool(chain([first], batches), settings, workers, pack)
