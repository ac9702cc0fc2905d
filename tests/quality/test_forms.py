"""Short reports written for rasd, one phrasing each: the forms an issue names must be read right.

Every `tests/quality/forms/*.gold.jsonl` is a small gold set in the referee's format (GUIDE.md),
written by us (no text from ../shared): date forms (month conventions, relative days, statement
and toll-update days, planned dates), toll forms, and so on. Each set runs through the whole
pipeline and rasd's own evaluator, which agrees with the referee scorer: detection must hold and
the matched events must carry the right day and toll.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from quality.measure import run_events
from rasd.evaluate import evaluate, read_records

FORMS = sorted(Path(__file__).with_name("forms").glob("*.gold.jsonl"))


@pytest.mark.parametrize("path", FORMS, ids=[p.name.removesuffix(".gold.jsonl") for p in FORMS])
def test_forms_are_read_right(path: Path, tmp_path: Path) -> None:
    records = run_events([path], tmp_path / "events.jsonl")
    figures = evaluate(read_records(path), records)
    got = {k: figures[k] for k in ("f1", "event_date", "fatalities")}
    assert figures["f1"] >= 0.8, got
    assert figures["event_date"] >= 0.95, got
    assert figures["fatalities"] >= 0.95, got
