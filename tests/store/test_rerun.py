"""Re-processing: corrections follow an event whose id changes; texts come back from the input files."""
from __future__ import annotations

import json
from pathlib import Path

from rasd.corpus import RunReport
from rasd.document import Document
from rasd.link.events import link_events
from rasd.scale.work import Outcome
from rasd.settings import Settings
from rasd.store.api import EventFilter, add_correction, get_article, list_events, save_run
from rasd.store.db import open_store
from rasd_link_samples import article, make_event, sample_run


def test_correction_follows_the_event_when_an_earlier_report_joins_it(db_url: str) -> None:
    report, events = sample_run()
    save_run(db_url, report, events)
    engine = open_store(db_url)
    taiz = next(e for e in list_events(engine, EventFilter(country="Yemen"))[1])
    add_correction(engine, taiz["event_id"], "set", field="claimed_by", value="Taiz health office",
                   reason="named in the second report", author="a")
    early = article("aaa-first", "taiz_shelling", source="Early Wire")
    ev = make_event(early, "Shelling/artillery/missile attack", "2019-03-05", "Taiz", fatalities=6)
    report.docs.append(Document(early).with_events([ev]))
    events = link_events([ev for d in report.docs for ev in d.events], Settings())
    save_run(db_url, report, events)
    _total, items = list_events(engine, EventFilter(country="Yemen"))
    assert len(items) == 1
    assert items[0]["event_id"] != taiz["event_id"]
    assert items[0]["claimed_by"] == "Taiz health office"
    assert items[0]["article_ids"][0] == "aaa-first"


def test_texts_are_read_again_from_the_input_file(db_url: str, tmp_path: Path) -> None:
    report, events = sample_run()
    path = tmp_path / "articles.jsonl"
    lines = [json.dumps({"id": d.article.id, "text": d.article.text, "source": d.article.source,
                         "published": d.article.published}, ensure_ascii=False) for d in report.docs]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outcomes = [Outcome.of(Document(d.article.__class__(d.article.id, d.article.text, origin=f"{path}:{n + 1}"))
                           .with_events(d.events)) for n, d in enumerate(report.docs)]
    counts = save_run(db_url, RunReport(articles=3, outcomes=outcomes), events)
    assert counts["articles"] == 3
    assert get_article(open_store(db_url), "iraq-c")["text"] == report.docs[2].article.text


def test_held_back_copies_are_stored_with_their_text(db_url: str, tmp_path: Path) -> None:
    from rasd.link.articles import attach_copies, hold_back_copies

    wire, copy = article("wire-1", "kirkuk_ied", source="Wire"), article("paper-2", "kirkuk_ied", source="Paper")
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps({"id": a.id, "text": a.text, "source": a.source}, ensure_ascii=False) + "\n"
                            for a in (wire, copy)), encoding="utf-8")
    copies: dict = {}
    passed = list(hold_back_copies([wire, copy], copies))
    ev = make_event(wire, "Remote explosive/landmine/IED", "2019-03-07", "Kirkuk")
    outcomes = [Outcome.of(Document(a.__class__(a.id, a.text, origin=f"{path}:1")).with_events([ev])) for a in passed]
    save_run(db_url, RunReport(articles=1, outcomes=outcomes), attach_copies([ev], copies))
    stored = get_article(open_store(db_url), "paper-2")
    assert stored["text"] == copy.text and stored["source"] == "Paper"
    assert stored["duplicate_of"] == "wire-1"
    [item] = list_events(open_store(db_url), EventFilter())[1]
    assert item["article_ids"] == ["wire-1", "paper-2"] and item["sources"] == ["Wire", "Paper"]
