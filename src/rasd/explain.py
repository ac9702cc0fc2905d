"""`rasd explain` and `rasd pipeline`: the chain of evidence and rules behind every field.

`explain` reads an events file written by `rasd extract` and prints, per field, its value, the
rule or lexicon line that decided it, and the exact Arabic text of its evidence spans.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from rasd.pipeline import Pipeline
from rasd.settings import Settings

FIELDS = ("event_type", "sub_event_type", "event_date", "time_precision", "location", "geo_precision",
          "fatalities", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "claimed_by", "disputed_by")


_PROV_OF = {"time_precision": "event_date", "geo_precision": "location", "sub_event_type": "event_type"}


def _value(rec: dict[str, Any], name: str) -> str:
    value = rec.get(name)
    if isinstance(value, dict):
        return f"{value.get('name')} / {value.get('name_ar')} ({value.get('country')}, {value.get('admin1')})"
    return json.dumps(value, ensure_ascii=False)


def _quote(rec: dict[str, Any], spans: list[list[int]], article_id: str) -> str:
    quotes = []
    for start, end in spans:
        for ev in rec.get("evidence", []):
            if ev["article_id"] == article_id and ev["start"] <= start and end <= ev["end"]:
                quotes.append(ev["text"][start - ev["start"] : end - ev["start"]])
    return " | ".join(quotes)


def explain_lines(rec: dict[str, Any]) -> list[str]:
    """Human-readable provenance of one event record."""
    lines = [f"event {rec.get('event_id')}  articles {', '.join(rec.get('article_ids', []))}"]
    for ev in rec.get("evidence", []):
        lines.append(f"  evidence [{ev['article_id']} {ev['start']}:{ev['end']}] {ev['text']}")
    prov = rec.get("provenance", {})
    for name in FIELDS:
        p = prov.get(_PROV_OF.get(name, name)) or {}
        rule = p.get("rule", "-")
        quote = _quote(rec, p.get("spans", []), p.get("article_id", ""))
        lines.append(f"  {name:15} = {_value(rec, name)}")
        lines.append(f"  {'':15}   because {rule}" + (f"  «{quote}»" if quote else ""))
    return lines


@click.command("explain")
@click.argument("events", type=click.Path(exists=True, path_type=Path))
@click.argument("event_ids", nargs=-1)
def explain_command(events: Path, event_ids: tuple[str, ...]) -> None:
    """Print why each field of EVENT_IDS (default: all) in EVENTS has its value."""
    with events.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if not event_ids or rec.get("event_id") in event_ids:
                click.echo("\n".join(explain_lines(rec)) + "\n")


@click.command("pipeline")
def pipeline_command() -> None:
    """Print the per-article stages in order: what each reads and provides."""
    for i, info in enumerate(Pipeline.from_settings(Settings()).describe(), 1):
        click.echo(f"{i:2}. {info.name} v{info.version}")
        click.echo(f"     requires: {', '.join(info.requires) or '-'}   provides: {', '.join(info.provides)}")
        click.echo(f"     {info.doc.splitlines()[0] if info.doc else ''}")
