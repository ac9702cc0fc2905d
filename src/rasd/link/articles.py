"""Article-level dedup: exact copies by content hash, syndicated near-copies by MinHash LSH.

Wire services are re-published with a new headline, a dateline or a trimmed paragraph. Word
5-gram shingles of the normalised key survive such edits; MinHash + LSH finds candidate pairs
without comparing every pair, and the estimated Jaccard similarity confirms them.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from datasketch import MinHash, MinHashLSH

from rasd.document import Article
from rasd.records import Event, Evidence
from rasd.text.normalize import key

SHINGLE_WORDS = 5
NUM_PERM = 128


@dataclass(frozen=True, slots=True)
class DedupResult:
    """`original[id]` names the first article whose copy `id` is; `exact` says which copies are byte-equal."""

    original: dict[str, str]
    exact: frozenset[str]

    def is_duplicate(self, article_id: str) -> bool:
        return article_id in self.original


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Word n-grams of the normalised text (the whole text when it is shorter than n words)."""
    words = key(text).split()
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def minhash(text: str) -> MinHash:
    """The MinHash signature of an article's shingles."""
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch([s.encode("utf-8") for s in shingles(text)])
    return mh


class Deduper:
    """Streaming dedup: `check(article)` returns the id of an earlier copy, or None for new content."""

    def __init__(self, threshold: float = 0.8) -> None:
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.by_hash: dict[bytes, str] = {}
        self.original: dict[str, str] = {}
        self.exact: set[str] = set()
        self.seen: set[str] = set()

    def check(self, art: Article) -> str | None:
        """Remember the article; name its original when it copies one seen before."""
        if art.id in self.seen:
            return self.original.get(art.id)
        self.seen.add(art.id)
        digest = hashlib.sha256(key(art.text).encode("utf-8")).digest()
        if digest in self.by_hash:
            self.original[art.id] = self.by_hash[digest]
            self.exact.add(art.id)
            return self.original[art.id]
        self.by_hash[digest] = art.id
        mh = minhash(art.text)
        hits = [h for h in self.lsh.query(mh) if h not in self.original]
        if hits:
            self.original[art.id] = min(hits)
            return self.original[art.id]
        self.lsh.insert(art.id, mh)
        return None

    def result(self) -> DedupResult:
        return DedupResult(dict(self.original), frozenset(self.exact))


def find_duplicates(articles: Iterable[Article], threshold: float = 0.8) -> DedupResult:
    """Map every exact or near-duplicate article to the first article of its kind (input order)."""
    dedup = Deduper(threshold)
    for art in articles:
        dedup.check(art)
    return dedup.result()


@dataclass(frozen=True, slots=True)
class Copy:
    """A held-back byte-identical copy: what its events need of it (its text is its original's)."""

    id: str
    source: str | None = None


def hold_back_copies(items: Iterable[Any], copies: dict[str, list[Copy]]) -> Iterator[Any]:
    """Pass each article text once: byte-identical copies are held in `copies[original_id]`.

    Identical texts give identical events at identical offsets, so a copy needs no processing;
    `attach_copies` later adds it to every event of its original. Near-copies (edited text) are
    processed normally: their offsets differ, and linking joins their events by shared wording.
    Only a 32-byte digest per text and the copies' ids are kept, never a text.
    """
    first: dict[bytes, str] = {}
    for item in items:
        if not isinstance(item, Article):
            yield item
            continue
        digest = hashlib.sha256(item.text.encode("utf-8")).digest()
        if digest in first and first[digest] != item.id:
            copies.setdefault(first[digest], []).append(Copy(item.id, item.source))
            continue
        first.setdefault(digest, item.id)
        yield item


def with_copies(ev: Event, copies: Mapping[str, list[Copy]]) -> Event:
    """The event also citing the held-back copies of its articles (same offsets, own article id)."""
    extra = [c for a in ev.article_ids for c in copies.get(a, []) if c.id not in ev.article_ids]
    if not extra:
        return ev
    originals = {c.id: a for a in ev.article_ids for c in copies.get(a, [])}
    evidence = [*ev.evidence]
    evidence += [Evidence(c.id, e.start, e.end, e.text) for c in extra for e in ev.evidence
                 if e.article_id == originals[c.id]]
    tolls = dict(ev.per_source_fatalities or ((ev.article_ids[0], ev.fatalities),))
    tolls.update({c.id: tolls.get(originals[c.id], ev.fatalities) for c in extra})
    return ev.but(article_ids=(*ev.article_ids, *(c.id for c in extra)), evidence=tuple(evidence),
                  per_source_fatalities=tuple(tolls.items()),
                  sources=tuple(dict.fromkeys([*ev.sources, *(c.source for c in extra if c.source)])))


def attach_copies(events: Iterable[Event], copies: Mapping[str, list[Copy]]) -> list[Event]:
    """Every event of an original also cites its held-back copies (same offsets, own article id)."""
    return [with_copies(ev, copies) for ev in events]
