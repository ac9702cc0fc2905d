"""Measurements behind `rasd bench`: yardstick passes, a per-stage pass and a full run.

Rates are articles per CPU-second (per core), so figures taken on machines with different core
counts compare. The first yardstick is the cheapest useful thing one can do to a corpus (read
each record and split its text into words); `scale/yardsticks.py` adds a real Arabic tokeniser
and rasd's own text stages. The pipeline's rate is reported as a share of each, which travels
better between machines than a raw rate.
"""
from __future__ import annotations

import io
import re
import resource
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rasd.corpus import RunReport, link_spilled, read_all, stream_to_spill
from rasd.document import Document
from rasd.errors import Rejected
from rasd.link.events import LAST
from rasd.pipeline import Pipeline
from rasd.scale.local import frozen_heap, resolve_workers
from rasd.settings import Settings

_WORD = re.compile(r"\w+")
STARTUP = "startup (not in the rate)"
SPLIT = "yardstick (a): read + \\w+ split"


@dataclass(frozen=True, slots=True)
class PassTime:
    """One timed pass: articles done, characters, wall and CPU seconds."""

    name: str
    articles: int
    chars: int
    wall_s: float
    cpu_s: float
    stages: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def per_core(self) -> float:
        """Articles per CPU-second."""
        return self.articles / self.cpu_s if self.cpu_s > 0 else 0.0


def cpu_now(children: bool = False) -> float:
    """User + system CPU seconds of this process (or of its reaped children)."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    use = resource.getrusage(who)
    return use.ru_utime + use.ru_stime


def peak_mb(children: bool = False) -> float:
    """Peak resident memory in MB of this process (or of its largest reaped child)."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024


def yardstick(paths: list[Path], settings: Settings) -> PassTime:
    """Read every record and split its text into words: the floor any pipeline is compared to."""
    start, cpu = time.perf_counter(), cpu_now()
    n = chars = 0
    for art in read_all(paths, settings.but(workers=1)):
        if isinstance(art, Rejected):
            continue
        _WORD.findall(art.text)
        n, chars = n + 1, chars + len(art.text)
    return PassTime(SPLIT, n, chars, time.perf_counter() - start, cpu_now() - cpu)


def timed_pipeline(settings: Settings) -> tuple[Pipeline, dict[str, float]]:
    """The pipeline with every stage wrapped in a timer adding to a shared table."""
    base = Pipeline.from_settings(settings)
    totals = {info.name: 0.0 for info in base.infos}

    def wrap(name: str, func: Callable[[Document], Document]) -> Callable[[Document], Document]:
        def run(doc: Document) -> Document:
            t = time.process_time()  # CPU time: other jobs on the machine do not inflate it
            out = func(doc)
            totals[name] += time.process_time() - t
            return out

        return run

    funcs = tuple(wrap(i.name, f) for i, f in zip(base.infos, base.funcs, strict=True))
    return Pipeline(settings, base.infos, funcs), totals


def warm_up(pipeline: Pipeline, paths: list[Path], settings: Settings) -> float:
    """Run the first readable article once, untimed by the stages: CPU seconds of lazy loading."""
    cpu = cpu_now()
    first = next((a for a in read_all(paths, settings) if not isinstance(a, Rejected)), None)
    if first is not None:
        pipeline.run(first)
    return cpu_now() - cpu


def stage_pass(paths: list[Path], settings: Settings) -> PassTime:
    """The pipeline in this process, article by article, with CPU time per stage.

    Building the pipeline and its first run (where stages load tables lazily) are measured apart
    as `startup`, so the stage figures are the steady per-article cost.
    """
    cpu = cpu_now()
    pipeline, totals = timed_pipeline(settings)
    startup = cpu_now() - cpu + warm_up(pipeline, paths, settings)
    totals.update(dict.fromkeys(totals, 0.0))
    start, cpu = time.perf_counter(), cpu_now()
    n = chars = 0
    totals["ingest"] = 0.0
    items = iter(read_all(paths, settings))
    with frozen_heap():  # as `rasd extract` runs after its first batch
        while True:
            t = time.process_time()
            art = next(items, None)
            totals["ingest"] += time.process_time() - t
            if art is None:
                break
            if not isinstance(art, Rejected) and not isinstance(pipeline.run(art), Rejected):
                n, chars = n + 1, chars + len(art.text)
    totals[STARTUP] = startup
    return PassTime("pipeline, in-process", n, chars, time.perf_counter() - start, cpu_now() - cpu, totals)


def extract_pass(paths: list[Path], settings: Settings) -> tuple[PassTime, RunReport]:
    """`rasd extract` as the CLI runs it (engine, workers, linking), CPU of workers included.

    Its `stages` split the main process's CPU time into streaming (reading, shipping batches,
    collecting outcomes) and corpus-wide linking and ordering.
    """
    start, cpu, child = time.perf_counter(), cpu_now(), cpu_now(children=True)
    table, report = stream_to_spill(paths, settings, io.StringIO())
    streamed = cpu_now()
    link_spilled(table, report, settings)
    main = {"main: stream + spill": streamed - cpu, "main: link + order": cpu_now() - streamed}
    used = cpu_now() - cpu + cpu_now(children=True) - child
    name = f"rasd extract ({settings.engine}, {resolve_workers(settings)} workers)"
    counts = {"events": LAST.events, "pairs compared": LAST.compared, "candidate pairs": LAST.candidates}
    return PassTime(name, report.articles, report.chars, time.perf_counter() - start, used, main, counts), report


def summarise(passes: Iterable[PassTime]) -> list[str]:
    """Lines of the bench table: rate per core and the ratio to each yardstick ("÷(a)"…)."""
    passes = list(passes)
    bases = [p for p in passes if p.name.startswith("yardstick")]
    heads = "".join(f" {'÷' + _letter(b):>7}" for b in bases)
    lines = [f"{'pass':40} {'articles':>9} {'wall s':>8} {'cpu s':>8} {'art/s/core':>11}{heads}"]
    for p in passes:
        ratios = "".join(f" {p.per_core / b.per_core:7.4f}" if b.per_core else "       -" for b in bases)
        lines.append(f"{p.name:40} {p.articles:9d} {p.wall_s:8.2f} {p.cpu_s:8.2f} {p.per_core:11.1f}{ratios}")
    return lines


def _letter(p: PassTime) -> str:
    """"(a)" of "yardstick (a): …"."""
    return p.name.split(":")[0].removeprefix("yardstick").strip() or "y"


def stage_lines(p: PassTime) -> list[str]:
    """Per-stage seconds and shares, heaviest first."""
    total = sum(v for k, v in p.stages.items() if k != STARTUP) or 1.0
    rows = sorted(p.stages.items(), key=lambda kv: (kv[0] == STARTUP, -kv[1]))
    return [f"  {name:28} {secs:8.3f} s" + ("" if name == STARTUP else f" {100 * secs / total:5.1f} %")
            for name, secs in rows] + [f"  {name:28} {n:10d}" for name, n in p.counts.items()]
