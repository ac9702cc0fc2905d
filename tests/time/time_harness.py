"""Measure the date and count finders on the shared gold files (no events stage involved).

For each required gold event: its evidence quotes are located in the article text; the date is
checked twice — does some date mention inside the evidence resolve to the gold event_date, and does
`time.resolve.date_event` on an event built from that evidence give the gold date; the toll is
checked by whether a killed count inside the evidence equals the gold fatalities (0: no killed
count above zero). Run as a script to print the figures: `.venv/bin/python tests/time/gold_harness.py`.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from rasd.document import Article, Document
from rasd.mentions.dates import article_publication, date_spans
from rasd.mentions.quantities import count_spans
from rasd.records import Event, Evidence
from rasd.text.stages import run_text
from rasd.time.resolve import date_event


@dataclass
class Tally:
    events: int = 0
    date_mention: int = 0
    date_resolved: int = 0
    precision: int = 0
    fatalities: int = 0
    misses: list[str] = field(default_factory=list)

    def share(self, name: str) -> float:
        return getattr(self, name) / self.events if self.events else 0.0


def _doc(article: dict) -> Document:
    doc = run_text(Document(Article(article["id"], article["text"], published=article.get("published"))))
    doc = doc.with_layer("dates", date_spans(doc))
    return doc.with_layer("counts", count_spans(doc))


def _evidence(doc: Document, quotes: list[str]) -> tuple[Evidence, ...]:
    out = []
    for q in quotes:
        i = doc.text.find(q)
        if i >= 0:
            out.append(Evidence(doc.id, i, i + len(q), q))
    return tuple(out)


def _inside(spans, evidence) -> list:
    return [s for s in spans if any(e.start <= s.start and s.end <= e.end for e in evidence)]


def check_event(doc: Document, gold: dict, tally: Tally) -> None:
    evidence = _evidence(doc, gold.get("evidence", []))
    tally.events += 1
    want = gold["event_date"]
    dates = _inside(doc.layer("dates"), evidence)
    tally.date_mention += any(str(s.value.day) == want for s in dates)
    ev = date_event(doc, Event((doc.id,), gold["event_type"], gold["sub_event_type"], evidence),
                    article_publication(doc))
    got = str(ev.event_date)
    tally.date_resolved += got == want
    tally.precision += got == want and ev.time_precision == gold["time_precision"]
    killed = [s.value.value for s in _inside(doc.layer("counts"), evidence) if s.value.role == "killed"]
    ok = gold["fatalities"] in killed or (gold["fatalities"] == 0 and not any(killed))
    tally.fatalities += ok
    if got != want or not ok:
        tally.misses.append(f"{doc.id}: date {got} (gold {want}, {ev.why('event_date').rule}); "
                            f"killed {killed} (gold {gold['fatalities']})")


def measure(eval_dir: Path) -> Tally:
    tally = Tally()
    for path in sorted(eval_dir.glob("*.gold.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            doc = _doc(article)
            for gold in article["events"]:
                if not gold.get("optional"):
                    check_event(doc, gold, tally)
    return tally


if __name__ == "__main__":
    t = measure(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval"))
    for m in t.misses:
        print(m)
    print(f"events {t.events}: date mention {t.share('date_mention'):.3f}, resolved {t.share('date_resolved'):.3f}, "
          f"resolved+precision {t.share('precision'):.3f}, fatalities {t.share('fatalities'):.3f}")
