"""Make corpora of any size for scaling runs from the bundled example articles.

Generated articles are new arrangements of the examples' sentences, with lengths drawn around
the median of real reports (~1,300 characters), so the pipeline meets realistic text density
at 10k or 1M articles. A seed makes every corpus reproducible; articles are written as they are
made, so generating a million costs no memory.
"""
from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import IO

from rasd.errors import ConfigError, Rejected
from rasd.ingest.readers import read_articles
from rasd.mentions.lexicon import data_path
from rasd.text.sentences import sentence_spans

SOURCES = ("samples/articles.jsonl", "bench/seed_articles.jsonl")
MEDIAN_CHARS = 1300
SPREAD = 0.45


def seed_sentences(paths: list[Path] | None = None) -> list[str]:
    """Sentences of the example articles (the bundled samples, else rasd's bench seeds)."""
    paths = paths or [next((p for p in map(data_path, SOURCES) if p.exists()), data_path(SOURCES[-1]))]
    out = []
    for path in paths:
        for art in read_articles(path):
            if not isinstance(art, Rejected):
                out.extend(art.text[s.start : s.end] for s in sentence_spans(art.text))
    if not out:
        raise ConfigError(f"no sentences to generate from in {', '.join(map(str, paths))}")
    return out


def articles(n: int, sentences: list[str], seed: int = 0) -> Iterator[dict[str, str]]:
    """`n` article records built from `sentences`, reproducible for a given seed."""
    rng = random.Random(seed)
    first = date(2015, 1, 1)
    for i in range(n):
        target = min(8000, max(250, int(rng.lognormvariate(0, SPREAD) * MEDIAN_CHARS)))
        parts: list[str] = []
        size = 0
        while size < target:
            parts.append(rng.choice(sentences))
            size += len(parts[-1]) + 1
        published = first + timedelta(days=rng.randrange(3650))
        yield {"id": f"gen-{i:07d}", "published": published.isoformat(), "source": "rasd-bench",
               "text": "\n".join(parts)}


def write_corpus(n: int, out: IO[str], seed: int = 0, sources: list[Path] | None = None) -> int:
    """Write `n` generated articles as JSON Lines; returns the characters of text written."""
    chars = 0
    for rec in articles(n, seed_sentences(sources), seed):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        chars += len(rec["text"])
    return chars
