"""Linking on the real corpus in ../shared: the scorer's link figures and the same-incident groups."""
from __future__ import annotations

import importlib.util
import itertools
import json
from pathlib import Path

import pytest

from rasd.corpus import extract
from rasd.export.formats import as_record
from rasd.settings import Settings


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("rasd_shared_score", shared / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


@pytest.mark.slow
def test_reports_of_one_incident_are_linked_without_merging_distinct_ones(shared_dir: Path) -> None:
    events, _report = extract([shared_dir / "realnews" / "articles.jsonl"], Settings())
    records = [as_record(e) for e in events]
    gold = [json.loads(line) for f in sorted((shared_dir / "eval").glob("*.gold.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    figures = _scorer(shared_dir).links(gold, records)
    assert figures["link_precision"] >= 0.8, figures
    assert figures["link_f1"] >= 0.6, figures
    groups = json.loads((shared_dir / "eval" / "same-incident.dev.json").read_text(encoding="utf-8"))
    wanted = {tuple(sorted(p)) for g in groups for p in itertools.combinations(g, 2)}
    ids = {a for g in groups for a in g}
    got = {p for r in records for p in itertools.combinations(sorted(set(r["article_ids"]) & ids), 2)}
    assert len(wanted & got) >= len(wanted) // 2, sorted(wanted - got)
