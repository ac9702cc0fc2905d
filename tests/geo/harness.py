"""Measure the geoparser on the shared gold: each required event's place against gold coordinates.

Run as a module for the figures (`python tests/geo/harness.py`); test_gold.py asserts a floor.
Reads ../shared at run time only; nothing of it is stored in the repository.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from rasd.document import Article, Document
from rasd.geo.gazetteer import default_gazetteer, km
from rasd.geo.resolve import choose
from rasd.records import Event, Evidence
from rasd.text.stages import run_text

RADIUS_KM = 25.0


@dataclass(frozen=True)
class Outcome:
    """One gold event: where rasd put it and whether that is within the radius of the gold place."""

    article: str
    gold_name: str
    found: str
    ok: bool
    rule: str
    any_ok: bool = False


def gold_events(path: Path):
    """(article dict, required event) pairs of a gold file."""
    for line in path.read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        for ev in art["events"]:
            if not ev.get("optional") and ev["location"].get("latitude") is not None:
                yield art, ev


def evaluate(shared: Path) -> list[Outcome]:
    """Locate every required gold event of ../shared/eval/*.gold.jsonl from its evidence."""
    from rasd.mentions.places import find_places

    gaz = default_gazetteer()
    out, docs = [], {}
    for path in sorted((shared / "eval").glob("*.gold.jsonl")):
        for art, ev in gold_events(path):
            if art["id"] not in docs:
                doc = run_text(Document(Article(art["id"], art["text"], published=art.get("published"))))
                docs[art["id"]] = doc.with_layer("places", find_places(doc, gaz))
            out.append(_outcome(docs[art["id"]], ev, gaz))
    return out


def _outcome(doc: Document, gold: dict, gaz) -> Outcome:
    spans = [(i, i + len(q)) for q in gold["evidence"] if (i := doc.text.find(q)) >= 0]
    evidence = tuple(Evidence(doc.id, s, e, doc.text[s:e]) for s, e in spans)
    ev = choose(doc, Event((doc.id,), gold["event_type"], gold["sub_event_type"], evidence), gaz)
    g = gold["location"]
    loc = ev.location
    ok = loc is not None and km((loc.latitude, loc.longitude), (g["latitude"], g["longitude"])) <= RADIUS_KM
    why = ev.why("location")
    tops = [s.value.candidates[0] for s in doc.layer("places") if s.value.role in ("site", "region")
            and s.value.candidates and any(a <= s.start and s.end <= b for a, b in spans)]
    any_ok = ok or any(km((c.latitude, c.longitude), (g["latitude"], g["longitude"])) <= RADIUS_KM for c in tops)
    return Outcome(doc.id, g.get("name", ""), loc.name if loc else "-", ok, why.rule if why else "-", any_ok)


def main() -> None:
    shared = Path(__file__).resolve().parents[3] / "shared"
    results = evaluate(shared)
    for r in results:
        if not r.any_ok or "-v" in sys.argv:
            mark = ("OK " if r.ok else "BAD") + ("+" if r.any_ok else "-")
            print(f"{mark} {r.article[:24]:24} gold={r.gold_name[:40]:40} got={r.found[:30]:30} {r.rule}")
    good = sum(r.ok for r in results)
    print(f"location within {RADIUS_KM:.0f} km: {good}/{len(results)} = {good / len(results):.3f} (resolver alone)")
    some = sum(r.any_ok for r in results)
    print(f"a place of the evidence within {RADIUS_KM:.0f} km: {some}/{len(results)} = {some / len(results):.3f}")


if __name__ == "__main__":
    main()
