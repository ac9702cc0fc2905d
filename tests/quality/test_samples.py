"""The bundled samples: well-formed gold, and written for rasd (no text taken from ../shared)."""
from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from rasd.mentions.lexicon import data_path
from rasd.records import SUB_TO_TYPE

ARTICLES = [json.loads(x) for x in data_path("samples/articles.jsonl").read_text(encoding="utf-8").splitlines()]
GOLD = [json.loads(x) for x in data_path("samples/gold.jsonl").read_text(encoding="utf-8").splitlines()]
EVENTS = [(g["id"], e) for g in GOLD for e in g["events"]]
ids = [f"{a}:{n}" for n, (a, _) in enumerate(EVENTS)]


def test_at_least_twelve_articles_with_the_contract_fields() -> None:
    assert len(ARTICLES) >= 12
    for a in ARTICLES:
        assert set(a) == {"id", "text", "published", "source", "url", "title"}
        date.fromisoformat(a["published"])
        assert unicodedata.normalize("NFC", a["text"]) == a["text"]


def test_gold_mirrors_the_articles() -> None:
    assert [g["id"] for g in GOLD] == [a["id"] for a in ARTICLES]
    assert all(g["text"] == a["text"] for g, a in zip(GOLD, ARTICLES, strict=True))


@pytest.mark.parametrize(("art_id", "ev"), EVENTS, ids=ids)
def test_gold_event_is_well_formed(art_id: str, ev: dict) -> None:
    text = next(a["text"] for a in ARTICLES if a["id"] == art_id)
    assert SUB_TO_TYPE[ev["sub_event_type"]] == ev["event_type"]
    assert ev["time_precision"] in (1, 2, 3) and ev["geo_precision"] in (1, 2, 3)
    assert all(q in text for q in ev["evidence"]) and ev["evidence"]
    loc = ev["location"]
    assert {"name", "name_ar", "country", "admin1", "latitude", "longitude"} <= set(loc)
    assert -90 <= loc["latitude"] <= 90 and -180 <= loc["longitude"] <= 180
    assert isinstance(ev["fatalities"], int) and ev["fatalities"] >= 0


def test_events_happen_before_publication() -> None:
    for g in GOLD:
        for ev in g["events"]:
            assert date.fromisoformat(ev["event_date"]) <= date.fromisoformat(g["published"]), g["id"]


def sentences(text: str) -> set[str]:
    return {s.strip() for s in re.split(r"[.\n؟!]", text) if len(s.strip()) > 30}


def test_no_sentence_comes_from_shared(shared_dir: Path) -> None:
    theirs: set[str] = set()
    for path in [*shared_dir.glob("eval/*.jsonl"), *shared_dir.glob("realnews/*.jsonl"),
                 *shared_dir.glob("seeds/*")]:
        if path.is_file():
            theirs |= sentences(path.read_text(encoding="utf-8", errors="replace"))
    ours = set().union(*(sentences(a["text"]) for a in ARTICLES))
    assert not ours & theirs
