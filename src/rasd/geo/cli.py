"""`rasd gazetteer …`: build and inspect the local gazetteer index."""
from __future__ import annotations

from pathlib import Path

import click

from rasd.geo.gazetteer import default_gazetteer
from rasd.geo.sqlite import import_files
from rasd.settings import Settings
from rasd.text.normalize import key


@click.group("gazetteer")
def gazetteer_command() -> None:
    """Gazetteer tools: import GeoNames dumps, look names up."""


@gazetteer_command.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--db", type=click.Path(path_type=Path), default=Path("geonames.sqlite"), show_default=True,
              help="SQLite database to create or extend")
@click.option("--quiet", is_flag=True, help="no progress bar")
def import_command(files: tuple[Path, ...], db: Path, quiet: bool) -> None:
    """Import GeoNames FILES (LY.zip, allCountries.zip, cities500.zip, alternateNamesV2.zip…) into DB."""
    counts = import_files(db, files, progress=not quiet)
    click.echo(f"rasd: {counts['places']} places, {counts['names']} Arabic names, "
               f"{counts['admin1']} admin-1 codes -> {db}; use it with gazetteer = 'geonames-sqlite', "
               f"gazetteer_db = '{db}'", err=True)


@gazetteer_command.command("lookup")
@click.argument("name")
@click.option("--gazetteer", "backend_name", default="bundled", show_default=True)
@click.option("--db", default=None, help="database for the geonames-sqlite backend")
def lookup_command(name: str, backend_name: str, db: str | None) -> None:
    """Print the places NAME may be, best known first."""
    gaz = default_gazetteer(Settings(gazetteer=backend_name, gazetteer_db=db))
    for loc in gaz.lookup(key(name)):
        click.echo(f"{loc.name}\t{loc.name_ar}\t{loc.country}\t{loc.admin1 or ''}\t"
                   f"{loc.latitude:.4f}\t{loc.longitude:.4f}\t{loc.geonameid or ''}\t{loc.feature}")
