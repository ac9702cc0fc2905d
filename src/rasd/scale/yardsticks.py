"""Yardsticks for `rasd bench`: cheap passes over the same corpus that the pipeline is compared to.

A rate in articles per CPU-second depends on the machine; a ratio to a pass measured in the same
run on the same corpus travels better. Three yardsticks, from cheapest to most realistic:

(a) read + `\\w+` split: the floor of any pipeline, but not an Arabic tokeniser (no clitics, no
    punctuation, no normalisation), so a ratio to it is harsh and hard to read;
(b) read + `pyarabic.araby.tokenize`: a real, widely used Arabic tokeniser library (optional: it
    is a dev dependency; the pass is skipped, and says so, when it is not installed);
(c) read + rasd's own text stages (clean, normalize, sentences, tokens): what every rasd run pays
    before it reads any meaning.

The issue's target ("≥ 0.05 of a bare tokenisation pass", 200 articles/s being "at least 1/20 of
the bare tokenisation rate", i.e. a tokeniser doing ~4,000 articles/s) is read against (b): it is
the pass the issue describes, and its rate is the one the issue's figures assume.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

from rasd.corpus import read_all
from rasd.document import Article
from rasd.errors import Rejected
from rasd.pipeline import Pipeline
from rasd.scale.measure import SPLIT, PassTime, cpu_now
from rasd.settings import Settings

LIBRARY = "yardstick (b): read + pyarabic tokenize"
TEXT = "yardstick (c): read + rasd text stages"
TARGET_BASE = LIBRARY
TARGET_RATIO = 0.05
TEXT_STAGES = ("text.clean", "text.normalize", "text.sentences", "text.tokens")
__all__ = ["LIBRARY", "SPLIT", "TEXT", "library", "target_line", "text_stages"]


def _timed(name: str, paths: list[Path], settings: Settings, work: Callable[[Article], object]) -> PassTime:
    """Read every record and apply `work` to each readable article, timing both."""
    start, cpu = time.perf_counter(), cpu_now()
    n = chars = 0
    for art in _articles(paths, settings):
        work(art)
        n, chars = n + 1, chars + len(art.text)
    return PassTime(name, n, chars, time.perf_counter() - start, cpu_now() - cpu)


def _articles(paths: list[Path], settings: Settings) -> Iterator[Article]:
    return (a for a in read_all(paths, settings.but(workers=1)) if not isinstance(a, Rejected))


def library_tokeniser() -> Callable[[str], object] | None:
    """pyarabic's tokenizer, or None when pyarabic is not installed (it is optional)."""
    try:
        from pyarabic.araby import tokenize
    except ImportError:
        return None
    return tokenize


def library(paths: list[Path], settings: Settings) -> PassTime | None:
    """(b) read + pyarabic.araby.tokenize; None when pyarabic is missing."""
    tokenize = library_tokeniser()
    if tokenize is None:
        return None
    return _timed(LIBRARY, paths, settings, lambda art: tokenize(art.text))


def text_stages(paths: list[Path], settings: Settings) -> PassTime:
    """(c) read + rasd's text stages, built (and warmed on one article) outside the timing."""
    pipeline = Pipeline.from_settings(settings.but(stages=TEXT_STAGES))
    first = next(_articles(paths, settings), None)
    if first is not None:
        pipeline.run(first)
    return _timed(TEXT, paths, settings, pipeline.run)


def target_line(passes: list[PassTime]) -> str | None:
    """Whether `rasd extract` (else the in-process pipeline) reaches the target share of (b)."""
    base = next((p for p in passes if p.name == TARGET_BASE and p.per_core), None)
    run = next((p for p in passes if p.name.startswith("rasd extract")), None) or \
        next((p for p in passes if p.name.startswith("pipeline")), None)
    if base is None or run is None:
        return None
    ratio = run.per_core / base.per_core
    verdict = "met" if ratio >= TARGET_RATIO else "not met"
    return (f"target: {run.name} >= {TARGET_RATIO} of {TARGET_BASE} "
            f"({TARGET_RATIO * base.per_core:.0f} articles/s/core here): {ratio:.4f}, {verdict}")
