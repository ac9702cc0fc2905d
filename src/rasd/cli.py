"""The `rasd` command line (CONTRACT.md: `rasd extract ARTICLES -o EVENTS.jsonl`)."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import click

from rasd.corpus import extract
from rasd.errors import ConfigError, RasdError
from rasd.registry import get_backend
from rasd.settings import load_settings

# Commands that live beside the part of rasd they drive: "module:attribute".
COMMAND_MODULES = (
    "rasd.evaluate:eval_command",
    "rasd.demo:demo_command",
    "rasd.explain:explain_command",
    "rasd.explain:pipeline_command",
    "rasd.export.cli:export_command",
    "rasd.geo.cli:gazetteer_command",
    "rasd.web.cli:serve_command",
    "rasd.bench:bench_command",
)


@click.group()
@click.version_option(package_name="rasd")
def main() -> None:
    """rasd: Arabic conflict news to ACLED-compatible event records."""


@main.command("extract")
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="events JSON Lines file")
@click.option("--db", type=str, default=None, help="also store into this database (path or SQLAlchemy URL)")
@click.option("--config", type=click.Path(path_type=Path, exists=True), default=None, help="rasd.toml")
@click.option("--workers", type=int, default=None, help="worker processes (default: all cores)")
@click.option("--engine", type=click.Choice(["local", "ray"]), default=None, help="run the pipeline on Ray")
@click.option("--ray-address", default=None, help="Ray cluster address (default: local Ray)")
def extract_command(articles: tuple[Path, ...], output: Path, db: str | None, config: Path | None,
                    workers: int | None, engine: str | None, ray_address: str | None) -> None:
    """Extract events from ARTICLES (JSON Lines files or folders) into OUTPUT."""
    missing = [p for p in articles if not p.exists()]
    if len(missing) == len(articles):  # some missing: each is named on stderr and the rest is read
        click.echo(f"rasd: cannot read {', '.join(map(str, missing))}: no such file or folder", err=True)
        sys.exit(2)
    settings = load_settings(config, workers=workers, engine=engine, ray_address=ray_address)
    events, report = extract(list(articles), settings)
    if report.articles == 0:
        click.echo(f"rasd: no article could be read from {', '.join(map(str, articles))}", err=True)
        sys.exit(2)
    with output.open("w", encoding="utf-8") as out:
        get_backend("exporter", "jsonl")(events, out)
    if db:
        store_run(db, report, events)
    click.echo(f"rasd: {report.articles} articles, {len(report.rejected)} rejected, "
               f"{len(events)} events -> {output}", err=True)


def store_run(db: str, report: object, events: list) -> None:
    """Store articles and events (the store module owns the details)."""
    store = importlib.import_module("rasd.store.api")
    store.save_run(db, report, events)


def _add_commands() -> None:
    for spec in COMMAND_MODULES:
        mod_name, attr = spec.split(":")
        try:
            mod = importlib.import_module(mod_name)
        except ModuleNotFoundError as err:
            if err.name != mod_name:
                raise
            continue
        main.add_command(getattr(mod, attr))


_add_commands()


def run() -> None:
    """Entry point that turns rasd's own errors into one clear line and exit status 2."""
    try:
        main(standalone_mode=True)
    except RasdError as err:
        kind = "configuration" if isinstance(err, ConfigError) else "error"
        click.echo(f"rasd: {kind}: {err}", err=True)
        sys.exit(2)
