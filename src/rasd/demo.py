"""`rasd demo`: the whole job on the bundled samples, with nothing to download or configure.

It exists so that a newcomer sees, in one command, what rasd does: sixteen short Arabic reports
(written for rasd, several wars and outlets) go through extraction, cross-article linking and the
SQLite store, and the events are printed as a table and scored against the bundled gold.
"""
from __future__ import annotations

import importlib
import io
import tempfile
from pathlib import Path
from typing import Any

import click

from rasd.corpus import extract
from rasd.errors import StoreError
from rasd.evaluate import evaluate, read_records
from rasd.export.contract import event_record
from rasd.mentions.lexicon import data_path
from rasd.registry import get_backend
from rasd.settings import Settings

SAMPLES = "samples/articles.jsonl"
GOLD = "samples/gold.jsonl"
SHOWN = ("precision", "recall", "f1", "event_type", "sub_event_type", "event_date", "location",
         "fatalities", "actor1", "actor2", "claimed_by", "complete_recall", "link_f1")


def run_demo(db: str | None, output: Path | None, err: io.TextIOBase | None = None) -> dict[str, Any]:
    """Extract, link, store and score the samples; returns records, figures and where things went."""
    settings = Settings()
    events, report = extract([data_path(SAMPLES)], settings, err or io.StringIO(), keep_articles=True)
    records = [event_record(e) for e in events]
    if output is not None:
        with output.open("w", encoding="utf-8") as out:
            get_backend("exporter", "jsonl")(events, out)
    stored = store(db, report, events)
    figures = evaluate(read_records(data_path(GOLD)), records)
    return {"records": records, "figures": figures, "articles": report.articles, "stored": stored}


def store(db: str | None, report: Any, events: list) -> str:
    """Save into SQLite (a fresh temporary file unless a path is given); says where, or why not."""
    target = db or str(Path(tempfile.mkdtemp(prefix="rasd-demo-")) / "rasd.sqlite")
    try:
        api = importlib.import_module("rasd.store.api")
    except ImportError as err:
        return f"not stored: the store cannot be loaded ({err})"
    try:
        api.save_run(target, report, events)
    except StoreError as err:
        return f"not stored: {err}"
    return target


def table(records: list[dict[str, Any]]) -> str:
    """A short fixed-width table: articles, date, type, place, deaths, actors."""
    rows = [("articles", "date", "sub-event type", "place", "dead", "actor1 / actor2")]
    for r in records:
        loc = r.get("location") or {}
        actors = " / ".join(a for a in (r.get("actor1"), r.get("actor2")) if a) or "-"
        rows.append((",".join(a.replace("sample-", "s") for a in r["article_ids"]), r.get("event_date") or "-",
                     r["sub_event_type"], (loc.get("name") or "-")[:18], str(r["fatalities"]), actors))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)) + "  " + row[-1]
                     for row in rows)


def figures_line(figures: dict[str, Any]) -> str:
    """The headline figures on a few lines."""
    parts = [f"{k}={figures[k]}" for k in SHOWN if figures.get(k) is not None]
    head = f"tp={figures['tp']} fp={figures['fp']} fn={figures['fn']}"
    return head + "\n" + "\n".join("  " + "  ".join(parts[i : i + 5]) for i in range(0, len(parts), 5))


@click.command("demo")
@click.option("--db", type=str, default=None, help="SQLite file or SQLAlchemy URL (default: a temporary file)")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None, help="also write the events here")
def demo_command(db: str | None, output: Path | None) -> None:
    """Run rasd on its bundled sample reports, show the events and score them against the bundled gold."""
    result = run_demo(db, output)
    click.echo(f"rasd demo: {result['articles']} sample articles -> {len(result['records'])} events")
    click.echo(table(result["records"]))
    click.echo(f"\nstore: {result['stored']}" + (f"\nevents: {output}" if output else ""))
    click.echo("\nagainst the bundled gold (rasd eval):\n" + figures_line(result["figures"]))
