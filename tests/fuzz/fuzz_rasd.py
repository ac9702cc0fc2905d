"""Coverage-guided fuzzing of ingest, text and the date/number layers with atheris (libFuzzer).

Run by hand for as long as you like (a crash writes `crash-*` with the input that caused it;
turn it into a regression test in tests/fuzz/test_regressions.py):

    .venv/bin/python tests/fuzz/fuzz_rasd.py -max_total_time=600
    .venv/bin/python tests/fuzz/fuzz_rasd.py crash-0123abcd        # replay one input

Expected failures (InputError and its Rejected values) are the contract; anything else raised
is a bug. `RASD_FUZZ_TARGETS=ingest,text` limits the targets (default: all four).
tests/fuzz/test_atheris.py runs a short bounded session in the test suite.
"""
from __future__ import annotations

import contextlib
import os
import sys

import atheris

with atheris.instrument_imports(include=["rasd"]):
    from rasd.document import Article, Document
    from rasd.errors import InputError
    from rasd.ingest.decode import decode
    from rasd.ingest.readers import parse_record
    from rasd.pipeline import Pipeline
    from rasd.settings import Settings
    from rasd.text.stages import run_text
    from rasd.time.numbers import parse_count

PIPELINE = Pipeline.from_settings(Settings(workers=1))
DATES = ("2019-04-05", "", "2020-02-30", "2019-04-05T02:00:00+03:00", "nonsense")


def fuzz_ingest(fdp: atheris.FuzzedDataProvider) -> None:
    """Bytes as a file and as one JSON line."""
    data = fdp.ConsumeBytes(fdp.remaining_bytes())
    with contextlib.suppress(InputError):
        parse_record(decode(data, "fuzz.jsonl:1"), "fuzz.jsonl:1")


def fuzz_text(fdp: atheris.FuzzedDataProvider) -> None:
    """Any Unicode through the text stages; every span must stay inside the text."""
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    doc = run_text(Document(Article("fz", text)))
    assert all(0 <= s.start <= s.end <= len(text) for s in doc.layer("tokens"))


def fuzz_numbers(fdp: atheris.FuzzedDataProvider) -> None:
    """Any Unicode as a count phrase: a non-negative number or None."""
    count = parse_count(fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()))
    assert count is None or count >= 0


def fuzz_pipeline(fdp: atheris.FuzzedDataProvider) -> None:
    """Any text with any publication date through every stage: a Document or a Rejected, nothing else."""
    pub = DATES[fdp.ConsumeIntInRange(0, len(DATES) - 1)]
    PIPELINE.run(Article("fz", fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()), published=pub))


ALL = {"ingest": fuzz_ingest, "text": fuzz_text, "numbers": fuzz_numbers, "pipeline": fuzz_pipeline}
TARGETS = tuple(ALL[name] for name in os.environ.get("RASD_FUZZ_TARGETS", ",".join(ALL)).split(","))


def test_one_input(data: bytes) -> None:
    """libFuzzer's entry point: the first byte picks the target."""
    fdp = atheris.FuzzedDataProvider(data)
    TARGETS[fdp.ConsumeIntInRange(0, len(TARGETS) - 1)](fdp)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
