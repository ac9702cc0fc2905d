"""Free-text search (`q`) in Arabic and English through the indexed word table."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from sqlalchemy import select

from rasd.document import Article
from rasd.store import schema as t
from rasd.store.api import EventFilter, add_correction, list_events, save_run
from rasd.store.db import open_store
from rasd.store.search import terms, words
from rasd_link_samples import make_event, sample_run

RAID = "أعلنت مصادر محلية أن مسلحين شنوا هجوماً على نقطة تفتيش قرب بيدوا وبالقذائف أصابوا مبنى البلدية."


def _store(url: str) -> None:
    report, events = sample_run()
    raid = Article("somalia-raid", RAID, source="Mogadishu Times")
    ev = make_event(raid, "Armed clash", "2019-03-09", "Baidoa", actors=("Al Shabaab", None))
    report.docs.append(SimpleNamespace(article=raid))
    save_run(url, report, [*events, ev])


def _found(url: str, q: str) -> set[str]:
    return {i["article_ids"][0] for i in list_events(open_store(url), EventFilter(q=q))[1]}


@pytest.mark.parametrize(("q", "expected"), [
    ("الهجوم", {"somalia-raid"}),          # the article, not in the text: هجوماً
    ("هجوم", {"somalia-raid"}),
    ("بالهجوم", {"somalia-raid"}),         # a preposition glued on
    ("القذائف", {"somalia-raid"}),         # stored as وبالقذائف
    ("قصف", {"yemen-a"}),                   # stored as قصفاً
    ("كركوك", {"iraq-c"}),
    ("taiz", {"yemen-a"}),
    ("Houthi", {"yemen-a"}),                # a prefix of "houthis"
    ("kirkuk police", {"iraq-c"}),          # every word must match
    ("kirkuk houthis", set()),
    ("طائرة", set()),
])
def test_free_text_search_in_arabic_and_english(db_url: str, q: str, expected: set[str]) -> None:
    _store(db_url)
    assert _found(db_url, q) == expected


def test_search_follows_corrections(db_url: str) -> None:
    _store(db_url)
    [item] = list_events(open_store(db_url), EventFilter(q="كركوك"))[1]
    add_correction(open_store(db_url), item["event_id"], "set", field="notes", value="a roadside bomb near a bridge",
                   reason="desk note", author="a")
    assert _found(db_url, "bridge") == {"iraq-c"}


def test_search_words_are_indexed(db_url: str) -> None:
    _store(db_url)
    with open_store(db_url).connect() as conn:
        stored = set(conn.execute(select(t.event_terms.c.term)).scalars())
    assert {words("هجوماً")[0], words("قذائف")[0], "taiz"} <= stored


def test_terms_strip_clitics_after_normalising() -> None:
    assert words("الهجوم على إدلب") == ["الهجوم", "علي", "ادلب"]
    assert "هجوم" in terms("وبالهجوم")
