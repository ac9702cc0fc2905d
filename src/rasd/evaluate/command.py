"""`rasd eval GOLD EVENTS [--json] [--min KEY=VALUE]`: reading the files, floors, printing."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

from rasd.errors import InputError
from rasd.evaluate.matching import RADIUS_KM, Record
from rasd.evaluate.metrics import links, score


def read_records(path: Path) -> list[Record]:
    """Objects of a JSON Lines file; a line that is not a JSON object is an error naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot read the file ({err}); check the path", origin=str(path)) from err
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"not valid JSON ({err}); fix or remove the line", origin=f"{path}:{n}") from err
        if not isinstance(obj, dict):
            raise InputError("expected one JSON object a line", origin=f"{path}:{n}")
        out.append(obj)
    return out


def evaluate(gold: list[Record], events: list[Record], radius_km: float = RADIUS_KM) -> dict[str, Any]:
    """Every figure of `rasd eval`: detection, fields, complete recall and links."""
    return {**score(gold, events, radius_km), **links(gold, events)}


def score_files(gold_path: Path, events_path: Path, radius_km: float = RADIUS_KM) -> dict[str, Any]:
    """`evaluate` over two files (for the demo, the quality gate and CI)."""
    return evaluate(read_records(Path(gold_path)), read_records(Path(events_path)), radius_km)


def below_floors(result: dict[str, Any], floors: Iterable[str]) -> list[str]:
    """The `KEY=VALUE` floors that the result does not reach (a missing figure fails)."""
    failed = []
    for floor in floors:
        name, _, value = floor.partition("=")
        try:
            limit = float(value)
        except ValueError as err:
            raise click.BadParameter(f"{floor!r}: expected KEY=NUMBER, e.g. f1=0.6") from err
        got = result.get(name)
        if got is None or got < limit:
            failed.append(f"{name}={got} < {value}")
    return failed


def format_figures(result: dict[str, Any]) -> str:
    """One `name value` line per figure, as the referee prints them."""
    return "\n".join(f"{k:16} {v}" for k, v in result.items())


@click.command("eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.argument("events", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="print the figures as one JSON object")
@click.option("--min", "floors", multiple=True, metavar="KEY=VALUE", help="exit 1 below this floor (repeatable)")
@click.option("--radius-km", type=float, default=RADIUS_KM, show_default=True,
              help="how far apart two coordinates may be and still name the same place")
def eval_command(gold: Path, events: Path, as_json: bool, floors: tuple[str, ...], radius_km: float) -> None:
    """Score EVENTS (rasd extract output) against GOLD (*.gold.jsonl, eval/GUIDE.md)."""
    try:
        result = score_files(gold, events, radius_km)
    except InputError as err:
        click.echo(f"rasd eval: {err}", err=True)
        sys.exit(2)
    click.echo(json.dumps(result) if as_json else format_figures(result))
    failed = below_floors(result, floors)
    if failed:
        click.echo("below floor: " + ", ".join(failed), err=True)
        sys.exit(1)
