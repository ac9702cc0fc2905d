"""Floors on the shared gold files, for the date and count finders alone (see time_harness.py)."""
from __future__ import annotations

from time_harness import measure

# Reached on 2026-11-23 over the 177 required gold events (docs/time.md); raise them as finders improve.
FLOORS = {"date_resolved": 0.92, "fatalities": 0.90}


def test_gold_floors(shared_dir) -> None:
    tally = measure(shared_dir / "eval")
    assert tally.events > 100
    for name, floor in FLOORS.items():
        assert tally.share(name) >= floor, (name, tally.share(name), tally.misses[:10])


def test_real_corpus_does_not_crash(shared_dir) -> None:
    import json

    from rasd.document import Article, Document
    from rasd.mentions.dates import date_spans
    from rasd.mentions.quantities import count_spans
    from rasd.text.stages import run_text

    path = shared_dir / "realnews" / "articles.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        doc = run_text(Document(Article(a["id"], a.get("text") or "", published=a.get("published"))))
        doc = doc.with_layer("dates", date_spans(doc))
        doc.with_layer("counts", count_spans(doc))
