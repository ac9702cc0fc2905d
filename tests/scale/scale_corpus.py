"""Helpers of the scale tests: generated corpora (from rasd's own bench seeds) and exact output."""
from __future__ import annotations

import io
import json
from pathlib import Path

from rasd.export.formats import write_jsonl
from rasd.mentions.lexicon import data_path
from rasd.records import Event
from rasd.scale.generate import articles, seed_sentences


def write_generated(path: Path, n: int, seed: int = 7) -> Path:
    """`n` generated articles from the bench seeds (never from ../shared) as JSON Lines."""
    sentences = seed_sentences([data_path("bench/seed_articles.jsonl")])
    with path.open("w", encoding="utf-8") as out:
        for rec in articles(n, sentences, seed):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def as_jsonl(events: list[Event]) -> str:
    """The exact bytes `rasd extract` would write."""
    buf = io.StringIO()
    write_jsonl(events, buf)
    return buf.getvalue()
