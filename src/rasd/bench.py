"""`rasd bench`: how fast rasd is on a corpus, and where the time goes; `--generate` makes corpora.

    rasd bench ARTICLES [--workers N] [--engine ray] [--json FIGURES.json] [--profile PROFILE.html]
    rasd bench --generate 100000 -o big.jsonl

It prints the yardstick passes (read + word split, read + pyarabic's tokeniser when installed,
read + rasd's text stages: see `rasd.scale.yardsticks`; (a), (b) the fastest of three runs), the
pipeline in-process with time per stage, and `rasd extract` as run from the command line, each
as articles per CPU-second per core with its ratio to every yardstick, the target line (≥ 0.05 of
the library tokeniser), and peak memory. It is a benchmark to run by hand, not a timed test
(figures depend on the machine).
"""
from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable
from pathlib import Path

import click

from rasd.scale import measure, yardsticks
from rasd.scale.generate import write_corpus
from rasd.settings import load_settings

PASSES = ("yardstick", "stages", "extract")


@click.command("bench")
@click.argument("articles", nargs=-1, type=click.Path(path_type=Path, exists=True))
@click.option("--generate", type=int, default=None, help="write N generated articles to -o instead")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None, help="file for --generate")
@click.option("--seed", type=int, default=0, help="random seed for --generate")
@click.option("--workers", type=int, default=None, help="worker processes for the extract pass")
@click.option("--engine", type=click.Choice(["local", "ray"]), default=None)
@click.option("--ray-address", default=None, help="Ray cluster address")
@click.option("--passes", default=",".join(PASSES), help="comma list of: " + ", ".join(PASSES))
@click.option("--json", "json_out", type=click.Path(path_type=Path), default=None, help="also write figures here")
@click.option("--profile", type=click.Path(path_type=Path), default=None,
              help="profile the stages pass with pyinstrument into this .html or .txt file")
@click.option("--config", type=click.Path(path_type=Path, exists=True), default=None, help="rasd.toml")
def bench_command(articles: tuple[Path, ...], generate: int | None, output: Path | None, seed: int,
                  workers: int | None, engine: str | None, ray_address: str | None, passes: str,
                  json_out: Path | None, profile: Path | None, config: Path | None) -> None:
    """Measure throughput, per-stage time and memory on ARTICLES (or generate a corpus)."""
    if generate is not None:
        _generate(generate, output, seed)
        return
    if not articles:
        raise click.UsageError("give ARTICLES to measure, or --generate N -o FILE")
    wanted = [p.strip() for p in passes.split(",") if p.strip()]
    unknown = sorted(set(wanted) - set(PASSES))
    if unknown:
        raise click.UsageError(f"unknown passes {unknown}; choose from {', '.join(PASSES)}")
    settings = load_settings(config, workers=workers, engine=engine, ray_address=ray_address)
    figures = _run(list(articles), settings, wanted, profile)
    if json_out:
        json_out.write_text(json.dumps(figures, indent=2), encoding="utf-8")


def _generate(n: int, output: Path | None, seed: int) -> None:
    if output is None:
        raise click.UsageError("--generate needs -o FILE")
    with output.open("w", encoding="utf-8") as out:
        chars = write_corpus(n, out, seed)
    click.echo(f"rasd: wrote {n} articles ({chars} characters of text) to {output}", err=True)


def _run(paths: list[Path], settings, wanted: list[str], profile: Path | None) -> dict:
    done = _yardsticks(paths, settings) if "yardstick" in wanted else []
    if "stages" in wanted:
        done.append(_profiled(paths, settings, profile) if profile else measure.stage_pass(paths, settings))
    parent_mb = measure.peak_mb()
    if "extract" in wanted:
        done.append(measure.extract_pass(paths, settings)[0])
    _print(done, parent_mb)
    return {"passes": [dataclasses.asdict(p) | {"per_core": p.per_core} for p in done],
            "peak_mb": measure.peak_mb(), "peak_worker_mb": measure.peak_mb(children=True),
            "peak_mb_before_extract": parent_mb}


YARDSTICK_RUNS = 3


def _fastest(run: Callable[[], measure.PassTime | None]) -> measure.PassTime | None:
    """The fastest of a few runs of a short pass: one run of a second or two swings by a third
    with the machine's load, and a yardstick read too fast only makes the pipeline's ratio lower.
    Only for the library passes (a) and (b), which keep no memo from one run to the next."""
    runs = [run() for _ in range(YARDSTICK_RUNS)]
    return min((r for r in runs if r is not None), key=lambda r: r.cpu_s, default=None)


def _yardsticks(paths: list[Path], settings) -> list[measure.PassTime]:
    done = [_fastest(lambda: measure.yardstick(paths, settings))]
    library = _fastest(lambda: yardsticks.library(paths, settings))
    if library is None:
        click.echo("rasd: pyarabic is not installed, so yardstick (b) is skipped "
                   "(pip install pyarabic, or rasd[dev])", err=True)
    else:
        done.append(library)
    # (c) once: a second run of rasd's own stages would find their per-text memos warm
    return [p for p in done if p is not None] + [yardsticks.text_stages(paths, settings)]


def _print(done: list[measure.PassTime], parent_mb: float) -> None:
    for line in measure.summarise(done):
        click.echo(line)
    target = yardsticks.target_line(done)
    if target:
        click.echo(target)
    for p in done:
        if p.stages:
            click.echo(f"time per stage ({p.name}, {p.articles} articles, {p.chars} chars):")
            for line in measure.stage_lines(p):
                click.echo(line)
    click.echo(f"peak memory: main process {measure.peak_mb():.0f} MB (before the extract pass "
               f"{parent_mb:.0f} MB), largest worker {measure.peak_mb(children=True):.0f} MB")


def _profiled(paths: list[Path], settings, profile: Path) -> measure.PassTime:
    try:
        from pyinstrument import Profiler
    except ImportError:
        click.echo("rasd: --profile needs pyinstrument (pip install pyinstrument)", err=True)
        sys.exit(2)
    profiler = Profiler()
    with profiler:
        result = measure.stage_pass(paths, settings)
    html = profile.suffix.lower() in (".html", ".htm")
    profile.write_text(profiler.output_html() if html else profiler.output_text(), encoding="utf-8")
    click.echo(f"rasd: profile written to {profile}", err=True)
    return result
