"""Spelling variants by edit distance, comparing only the keys that can reach the cutoff.

Levenshtein similarity is 1 - distance / (longer length), so a 7-letter name within the 0.85
cutoff is at most one edit away. Comparing a variant with every key of nearby lengths (tens of
thousands) cost milliseconds a name, most of the place finder's time on real articles. A key's
letters as a 64-bit mask bound the distance from below: every letter of one key that the other
lacks costs an edit of its own, so a key whose mask differs by more letters than the edits
allowed cannot match. numpy compares one mask with all keys of a length at once; rapidfuzz
scores the few that remain, so the answers are exactly those of comparing every key.
"""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

BAND = 2  # lengths compared: the variant's, give or take two letters


def _popcount(a: np.ndarray) -> np.ndarray:
    """Set bits of each 64-bit mask (numpy < 2 lacks bitwise_count: count byte by byte)."""
    if hasattr(np, "bitwise_count"):
        return np.bitwise_count(a)
    return _POP8[a.view(np.uint8)].reshape(-1, 8).sum(axis=1)


_POP8 = np.array([bin(n).count("1") for n in range(256)], dtype=np.uint8)


def masks(keys: list[str], size: int) -> np.ndarray:
    """Letter masks of keys that all have `size` letters (a letter sets bit code % 64)."""
    if not keys:
        return np.zeros(0, dtype=np.uint64)
    codes = np.frombuffer("".join(keys).encode("utf-32-le"), dtype=np.uint32).reshape(len(keys), size)
    bits = np.left_shift(np.uint64(1), (codes % 64).astype(np.uint64))
    return np.bitwise_or.reduce(bits, axis=1)


class FuzzyIndex:
    """Keys grouped by length with their letter masks, built once per gazetteer."""

    def __init__(self, keys: Iterable[str], min_len: int) -> None:
        by_len: dict[int, list[str]] = {}
        for k in keys:
            if len(k) >= min_len:
                by_len.setdefault(len(k), []).append(k)
        self._keys = by_len  # in any order: callers choose among the matches by score, not position
        self._masks = {n: masks(ks, n) for n, ks in by_len.items()}

    def matches(self, key: str, cutoff: float) -> list[tuple[str, float]]:
        """(key, similarity) of every key within BAND letters of length scoring at least `cutoff`."""
        size, query = len(key), masks([key], len(key))[0]
        pool: list[str] = []
        for n in range(size - BAND, size + BAND + 1):
            edits = int((1 - cutoff) * max(n, size) + 1e-9)
            if n in self._keys and abs(n - size) <= edits:
                pool += self._possible(n, query, edits)
        found = process.extract(key, pool, scorer=Levenshtein.normalized_similarity, score_cutoff=cutoff,
                                limit=None)
        return [(k, score) for k, score, _i in found]

    def _possible(self, n: int, query: np.uint64, edits: int) -> list[str]:
        """Keys of length n whose letters differ from the query's by at most `edits` letters each way."""
        ms = self._masks[n]
        ok = (_popcount(ms & ~query) <= edits) & (_popcount(query & ~ms) <= edits)
        keys = self._keys[n]
        return [keys[i] for i in np.flatnonzero(ok)]
