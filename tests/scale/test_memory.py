"""Streaming a corpus keeps memory flat: events go to disk as they come, linking keeps compact keys.

Outcomes are made by hand here (no pipeline run), so thousands of articles cost seconds: what is
under test is the corpus-wide part (spill, link on keys, read back in order), not the stages.
"""
from __future__ import annotations

import gc
import io
import tracemalloc
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from rasd import corpus
from rasd.corpus import RunReport, event_order, link_and_order
from rasd.link.articles import Copy, attach_copies
from rasd.link.events import link_events
from rasd.link.spilled import LinkedEvents, link_rows
from rasd.link.table import SpilledReports
from rasd.records import Event
from rasd.scale.spill import Spill
from rasd.scale.work import Outcome
from rasd.settings import Settings
from rasd_link_samples import article, make_event

S = Settings()
START = date(2018, 1, 1)
STORIES = (("taiz_shelling", "Shelling/artillery/missile attack", "Taiz"),
           ("idlib_strike", "Air/drone strike", "Saraqib"),
           ("baidoa_clash", "Armed clash", "Baidoa"),
           ("mocha_protest", "Peaceful protest", "Mocha"))


def outcomes(n: int, incidents: int | None = None) -> Iterator[Outcome]:
    """`n` articles of two events each; three articles a day report the same incidents.

    With `incidents`, every article reports one of that many incidents (a corpus of near-copies).
    """
    for k in range(n):
        day = START + timedelta(days=(k % incidents) if incidents else k // 3)
        first, second = STORIES[k % 2], STORIES[2 + k % 2]
        art = article(f"gen-{k:06d}", first[0], second[0], published=str(day), source=f"outlet {k % 7}")
        events = tuple(make_event(art, sub, str(day), place, fatalities=k % 5, sentence=key)
                       for key, sub, place in (first, second))
        yield Outcome(art.id, f"gen.jsonl:{k + 1}", len(art.text), art.published, art.source, None, None, events)


def live_events() -> int:
    """Event records alive in this process right now."""
    gc.collect()
    return sum(1 for obj in gc.get_objects() if isinstance(obj, Event))


def test_extract_holds_no_events_while_the_corpus_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    """However many articles have passed, only the article at hand has its events in memory."""
    alive: list[int] = []

    def fake_stream(items, settings, report, err=None, keep_articles=False):
        for k, out in enumerate(outcomes(2400)):
            report.articles += 1
            if k % 400 == 399:
                alive.append(live_events())
            yield out

    monkeypatch.setattr(corpus, "stream", fake_stream)
    before = live_events()
    events, report = corpus.extract([], S, io.StringIO())
    assert report.articles == 2400 and 0 < len(events) < 4800
    assert max(alive) - before < 10, f"events alive while streaming: {alive}"
    assert live_events() - before < 10
    assert all(ev.article_ids for ev in events[:50])  # read back from disk on demand


def spilled_bytes(n: int) -> tuple[int, int]:
    """Memory held after spilling `n` outcomes, and the peak while linking them (tracemalloc)."""
    gc.collect()
    tracemalloc.start()
    table = SpilledReports()
    kept = corpus.spill(outcomes(n), table)
    gc.collect()
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    rows = link_rows(table, S)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert len(kept) == n and 0 < len(rows) < 2 * n  # linking joined some reports
    return held, peak


def test_memory_kept_per_article_does_not_grow_with_the_corpus() -> None:
    """A few dozen bytes an event stay in memory (keys), not the events (several KB an article)."""
    small, small_peak = spilled_bytes(300)
    large, large_peak = spilled_bytes(900)
    per_article = (large - small) / 600
    assert per_article < 400, f"{per_article:.0f} bytes kept per article"
    assert (large_peak - small_peak) / 600 < 1500, "linking must not load every event"


def test_spilled_linking_equals_linking_in_memory() -> None:
    """Same events, same order as linking a list of every event and sorting it (the old way)."""
    made = list(outcomes(300))
    copies = {"gen-000004": [Copy("copy-4", "outlet x")]}
    expected = sorted(attach_copies(link_events([e for o in made for e in o.events], S), copies), key=event_order)
    report = RunReport(outcomes=made, copies=copies)
    assert list(link_and_order(report, S)) == expected
    assert report.events == len(expected) < 600


def test_near_copies_of_a_few_incidents_link_into_a_few_events() -> None:
    """Many reports of one incident: candidate pairs grow, but as 24-byte array entries."""
    table = SpilledReports()
    corpus.spill(outcomes(400, incidents=4), table)
    linked = LinkedEvents(table, link_rows(table, S), {})
    assert len(linked) < 40
    assert sum(len(ev.article_ids) for ev in linked) == 800


def test_a_spill_reads_back_what_was_written_in_any_order() -> None:
    box = Spill()
    assert [box.append({"n": i, "text": "قصف" * i}) for i in range(5)] == list(range(5))
    assert box[3] == {"n": 3, "text": "قصف" * 3} and box[-1]["n"] == 4
    assert box.append("later") == 5 and box[0]["n"] == 0 and list(box)[5] == "later"
    with pytest.raises(IndexError):
        box[6]
    box.close()
