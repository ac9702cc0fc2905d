"""Registries for pipeline stages and pluggable backends.

Built-in stages, gazetteers, stores and exporters register here exactly as a plug-in would (a
third-party package exposes an entry point in the `rasd.plugins` group whose module registers
with the same decorators). Names carry a version, so a changed behaviour gets a new name.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any

from rasd.errors import ConfigError

# The built-ins, registered through the same decorators a plug-in uses (datasette's DEFAULT_PLUGINS).
BUILTIN_MODULES = (
    "rasd.text.stages",
    "rasd.mentions.dates",
    "rasd.mentions.quantities",
    "rasd.mentions.places",
    "rasd.mentions.actors",
    "rasd.mentions.triggers",
    "rasd.mentions.attributions",
    "rasd.events.build",
    "rasd.events.finalize",
    "rasd.geo.resolve",
    "rasd.time.resolve",
    "rasd.export.formats",
)


@dataclass(frozen=True, slots=True)
class StageInfo:
    """What a stage is: its name and version, what it reads and writes, and its factory."""

    name: str
    version: int
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    factory: Callable[..., Callable[[Any], Any]]
    doc: str


_STAGES: dict[str, StageInfo] = {}
_BACKENDS: dict[tuple[str, str], Callable[..., Any]] = {}
_loaded = False


def stage(name: str, *, requires: tuple[str, ...] = (), provides: tuple[str, ...] = (), version: int = 1):
    """Register a stage factory `(settings) -> (Document -> Document)` under `name`."""

    def register(factory: Callable[..., Callable[[Any], Any]]):
        if name in _STAGES and _STAGES[name].factory is not factory:
            raise ConfigError(f"stage {name!r} is registered twice; rename one (e.g. {name}.v2)")
        _STAGES[name] = StageInfo(name, version, requires, provides, factory, (factory.__doc__ or "").strip())
        return factory

    return register


def backend(kind: str, name: str):
    """Register a backend factory (gazetteer, store, exporter…) under `(kind, name)`."""

    def register(factory: Callable[..., Any]):
        _BACKENDS[(kind, name)] = factory
        return factory

    return register


def load_plugins() -> None:
    """Import the built-in modules and every `rasd.plugins` entry point, once."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    for mod in BUILTIN_MODULES:
        importlib.import_module(mod)
    for ep in entry_points(group="rasd.plugins"):
        ep.load()


def stages() -> dict[str, StageInfo]:
    """Every registered stage by name."""
    load_plugins()
    return dict(_STAGES)


def get_stage(name: str) -> StageInfo:
    """One stage, or a ConfigError listing the known ones."""
    known = stages()
    if name not in known:
        raise ConfigError(f"no stage named {name!r}; known stages: {', '.join(sorted(known))}")
    return known[name]


def get_backend(kind: str, name: str) -> Callable[..., Any]:
    """One backend factory, or a ConfigError listing those of that kind."""
    load_plugins()
    if (kind, name) not in _BACKENDS:
        names = sorted(n for k, n in _BACKENDS if k == kind)
        raise ConfigError(f"no {kind} backend named {name!r}; available: {', '.join(names) or 'none'}")
    return _BACKENDS[(kind, name)]


def backends(kind: str) -> list[str]:
    """Names of the registered backends of one kind."""
    load_plugins()
    return sorted(n for k, n in _BACKENDS if k == kind)
