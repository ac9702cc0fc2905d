"""Article-level dedup: exact copies by content hash, syndicated near-copies by MinHash LSH.

Wire services are re-published with a new headline, a dateline or a trimmed paragraph. Word
5-gram shingles of the normalised key survive such edits; MinHash + LSH finds candidate pairs
without comparing every pair, and the estimated Jaccard similarity confirms them.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

from rasd.document import Article
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
        self.by_hash: dict[str, str] = {}
        self.original: dict[str, str] = {}
        self.exact: set[str] = set()
        self.seen: set[str] = set()

    def check(self, art: Article) -> str | None:
        """Remember the article; name its original when it copies one seen before."""
        if art.id in self.seen:
            return self.original.get(art.id)
        self.seen.add(art.id)
        digest = hashlib.sha256(key(art.text).encode("utf-8")).hexdigest()
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
