"""`rasd export`: the store's events (corrections applied) as ACLED CSV, GeoJSON, Parquet or JSON Lines."""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click

from rasd.export.formats import MODES, writer_for


def _day(_ctx: click.Context, _param: click.Parameter, value: datetime | None) -> str | None:
    return value.date().isoformat() if value else None


@click.command("export")
@click.option("--db", required=True, help="store to read (path or SQLAlchemy URL)")
@click.option("--format", "fmt", type=click.Choice(sorted(MODES)), default="acled-csv", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="file to write")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), callback=_day, help="first event date (inclusive)")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), callback=_day, help="last event date (inclusive)")
@click.option("--country", default=None, help="country name in English, e.g. Yemen")
@click.option("--type", "event_type", default=None, help="ACLED event type or sub-event type")
@click.option("--actor", default=None, help="part of an actor's name (English or Arabic)")
def export_command(db: str, fmt: str, output: Path, since: str | None, until: str | None,
                   country: str | None, event_type: str | None, actor: str | None) -> None:
    """Export stored events (with analyst corrections) to OUTPUT."""
    from rasd.store.api import EventFilter, iter_events, open_store

    if "://" not in db and not Path(db).is_file():
        click.echo(f"rasd: no store at {db}; create one with `rasd extract ARTICLES -o EVENTS --db {db}`", err=True)
        sys.exit(2)
    flt = EventFilter(since=since, until=until, country=country, event_type=event_type, actor=actor)
    events = iter_events(open_store(db), flt)
    writer = writer_for(fmt)
    if MODES[fmt] == "b":
        with output.open("wb") as out:
            n = writer(events, out)
    else:
        with output.open("w", encoding="utf-8", newline="") as out:
            n = writer(events, out)
    click.echo(f"rasd: {n} events -> {output} ({fmt})", err=True)
