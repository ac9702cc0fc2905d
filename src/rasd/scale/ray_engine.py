"""Run the per-article pipeline as Ray tasks over batches, locally or on a Ray cluster.

Each task runs `rasd.scale.work.run_batch`, the same code as the local engine; Ray worker
processes are reused, so each builds its pipeline once. Results come back in input order with a
bounded number of tasks in flight, so the output equals the local engine's byte for byte.
Ray is optional (`pip install rasd[ray]`); every node needs the same rasd installed.
"""
from __future__ import annotations

import importlib
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from rasd.errors import BackendError
from rasd.scale.work import Item, Pack, Result, run_batch
from rasd.settings import Settings

IN_FLIGHT_PER_CPU = 3
_REMOTE: dict[str, Any] = {}


def _ray() -> Any:
    try:
        return importlib.import_module("ray")
    except ImportError as err:
        raise BackendError("--engine ray needs Ray: pip install 'rasd[ray]' (or use --engine local)") from err


def connect(settings: Settings) -> Any:
    """Start local Ray or join the cluster at `ray_address`; returns the ray module."""
    ray = _ray()
    if ray.is_initialized():
        return ray
    kwargs: dict[str, Any] = {"ignore_reinit_error": True, "include_dashboard": False,
                              "log_to_driver": False}
    if settings.ray_address:
        kwargs["address"] = settings.ray_address
    elif settings.workers > 0:
        kwargs["num_cpus"] = settings.workers
    try:
        ray.init(**kwargs)
    except (ConnectionError, RuntimeError, ValueError) as err:
        where = settings.ray_address or "a local Ray instance"
        raise BackendError(f"cannot start or reach {where}: {err}; check the address "
                           "(ray://host:10001 or host:6379) or run without --engine ray") from err
    return ray


def _remote(ray: Any) -> Any:
    if "batch" not in _REMOTE:
        _REMOTE["batch"] = ray.remote(run_batch)
    return _REMOTE["batch"]


def run_ray(batches: Iterable[list[Item]], settings: Settings,
            pack: Pack | None = None) -> Iterator[tuple[Item, Result]]:
    """Batches as Ray tasks; each item with its result, in input order."""
    ray = connect(settings)
    task = _remote(ray)
    ref_settings = ray.put(settings)
    depth = max(2, int(ray.cluster_resources().get("CPU", 1)) * IN_FLIGHT_PER_CPU)
    pending: deque[tuple[list[Item], Any]] = deque()
    for batch in batches:
        pending.append((batch, task.remote(ref_settings, batch, pack)))
        if len(pending) >= depth:
            done, ref = pending.popleft()
            yield from zip(done, _get(ray, ref, done), strict=True)
    for done, ref in pending:
        yield from zip(done, _get(ray, ref, done), strict=True)


def _get(ray: Any, ref: Any, batch: list[Item]) -> list[Result]:
    """A task's results; a failed task (a worker that cannot import rasd, a lost node) is a BackendError."""
    try:
        return ray.get(ref)
    except ray.exceptions.RayError as err:
        first = next((i.origin for i in batch), "?")
        raise BackendError(f"a Ray task failed on the batch starting at {first}: {str(err)[-500:]}; "
                           "check that every node has the same rasd installed") from err
