"""Free-text search over events through an inverted index of normalised, clitic-stripped words.

Arabic glues و/ف, ب/ل/ك and ال onto words ("وبالهجوم"), so a plain substring match misses
"الهجوم" when the report says "هجوم". Both sides go through `rasd.text.normalize.key` (hamza,
ta marbuta, alef maqsura, diacritics) and `rasd.text.tokens.stems`; the stored stems live in the
indexed `event_terms` table and a query word matches any stored word that starts with one of its
stems (an index range scan, so English "houthi" also finds "houthis").
"""
from __future__ import annotations

import re

from sqlalchemy import ColumnElement, Connection, and_, delete, or_, select

from rasd.store import schema as t
from rasd.text.normalize import key
from rasd.text.tokens import stems

_WORD = re.compile(r"[\w\u0600-\u06FF]+", re.UNICODE)
MAX_TERM = 100
TOP = "\U0010ffff"


def words(text: str) -> list[str]:
    """The normalised words of a text (query or record)."""
    return _WORD.findall(key(text))


def terms(search_text: str) -> set[str]:
    """Every candidate stem of every word of an (already normalised) search text."""
    return {s[:MAX_TERM] for w in _WORD.findall(search_text) for s in stems(w)}


def index_terms(conn: Connection, event_id: str, search_text: str) -> None:
    """Bring the event's rows in `event_terms` up to date, writing only the difference."""
    c = t.event_terms.c
    have = set(conn.execute(select(c.term).where(c.event_id == event_id)).scalars())
    want = terms(search_text)
    if have - want:
        conn.execute(delete(t.event_terms).where(c.event_id == event_id, c.term.in_(have - want)))
    if want - have:
        conn.execute(t.event_terms.insert(), [{"term": w, "event_id": event_id} for w in sorted(want - have)])


def _word_match(word: str) -> ColumnElement[bool]:
    c = t.event_terms.c
    prefixes = [s[:MAX_TERM] for s in stems(word)]
    hit = or_(*[and_(c.term >= p, c.term < p + TOP) for p in prefixes])
    return t.events.c.event_id.in_(select(c.event_id).where(hit))


def matches(q: str) -> list[ColumnElement[bool]]:
    """One condition per query word: every word must match (AND), each through the index."""
    return [_word_match(w) for w in words(q)[:20]]


def drop_terms(conn: Connection, event_ids: list[str]) -> None:
    """Forget the index rows of deleted events."""
    conn.execute(delete(t.event_terms).where(t.event_terms.c.event_id.in_(event_ids)))

