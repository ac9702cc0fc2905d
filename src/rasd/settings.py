"""Settings are built once at the edge (CLI flags, `rasd.toml`) and then frozen."""
from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from pathlib import Path

from rasd.errors import ConfigError

DEFAULT_STAGES = (
    "text.clean",
    "text.normalize",
    "text.sentences",
    "text.tokens",
    "mentions.dates",
    "mentions.counts",
    "mentions.places",
    "mentions.actors",
    "mentions.triggers",
    "mentions.attributions",
    "events.build",
    "geo.resolve",
    "time.resolve",
    "events.finalize",
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Every knob of a run. Each field is documented in docs/settings.md (a test checks it)."""

    stages: tuple[str, ...] = DEFAULT_STAGES
    gazetteer: str = "bundled"
    gazetteer_db: str | None = None
    max_article_chars: int = 2_000_000
    max_line_bytes: int = 20_000_000
    workers: int = 0
    engine: str = "local"
    ray_address: str | None = None
    link_days: int = 1
    link_km: float = 10.0

    def but(self, **changes: object) -> Settings:
        """A copy with some settings changed."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def load_settings(path: Path | None = None, **overrides: object) -> Settings:
    """Settings from an optional `rasd.toml` plus explicit overrides (None values are ignored)."""
    values: dict[str, object] = {}
    if path is not None:
        try:
            values.update(tomllib.loads(path.read_text(encoding="utf-8")).get("rasd", {}))
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise ConfigError(f"cannot read settings file {path}: {err}") from err
    values.update({k: v for k, v in overrides.items() if v is not None})
    known = {f.name for f in dataclasses.fields(Settings)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ConfigError(f"unknown settings {unknown}; known: {sorted(known)}")
    if "stages" in values:
        values["stages"] = tuple(values["stages"])  # type: ignore[arg-type]
    return Settings(**values)  # type: ignore[arg-type]
