"""Cross-article event linking: reports of one incident become one event that cites them all.

Candidate pairs (different articles, same event type, nearby day) are ranked by affinity and
joined greedily with complete linkage: two groups merge only when every pair across them is
compatible and no article would contribute two events (an article's own events are distinct by
the time they get here). Conflicting tolls are kept per source; the record carries the lowest.

The linker works on a reports table (`rasd.link.table`): events in a list, or a corpus's events
spilled to disk with compact keys in memory. Candidate pairs are kept in typed arrays (24 bytes
a pair), so a corpus where thousands of reports share one day and place links in flat memory.
"""
from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from typing import Protocol

import numpy as np

from rasd.link.merge import merge_reports
from rasd.link.similarity import affinity, compatible
from rasd.link.table import ListedReports, View
from rasd.records import Event
from rasd.settings import Settings

CHUNK = 65536


class Reports(Protocol):
    """What the linker reads of a table of events (`rasd.link.table`)."""

    def __len__(self) -> int: ...
    def sweeps(self) -> Iterator[list[int]]: ...
    def day(self, i: int) -> int: ...
    def view(self, i: int) -> View: ...
    def articles(self, i: int) -> tuple[str, ...]: ...


class Candidates:
    """Compatible pairs with their affinity, 16 bytes a pair: minus the score and `lo * n + hi` (lo < hi).

    A pair's key orders pairs as (lo, hi) do; once ranked, the keys are sorted in place so that
    `ok(i, j)` can ask whether a pair is a candidate by bisection.
    """

    def __init__(self, n: int) -> None:
        self.n = n
        self.neg_score, self.key = array("d"), array("q")
        self._sorted = np.zeros(0, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.key)

    def add(self, score: float, lo: int, hi: int) -> None:
        self.neg_score.append(-score)  # stored negated: ranking sorts it ascending with no copy
        self.key.append(lo * self.n + hi)

    def ranked(self) -> Iterator[tuple[int, int]]:
        """Pairs best first (ties broken by index, so the result is deterministic)."""
        keys = np.frombuffer(self.key, dtype=np.int64)
        order = np.lexsort((keys, np.frombuffer(self.neg_score, dtype=np.float64)))
        self.neg_score = array("d")  # no longer needed once ranked
        best = keys[order]
        del order
        keys.sort()  # in place, in the array's own buffer
        self._sorted, self.key = keys, array("q")
        for c in range(0, len(best), CHUNK):
            lo, hi = np.divmod(best[c:c + CHUNK], self.n)
            yield from zip(lo.tolist(), hi.tolist(), strict=True)

    def ok(self, i: int, j: int) -> bool:
        key = min(i, j) * self.n + max(i, j)
        at = int(np.searchsorted(self._sorted, key))
        return at < len(self._sorted) and int(self._sorted[at]) == key


class Grouping:
    """Groups under construction, by label (the index that started the group): members, articles.

    A failed join of two large groups is remembered: groups only grow, so it would fail again,
    and every other candidate pair across the same two groups would otherwise retry it.
    """

    REMEMBER = 16  # |a| * |b| from which a failed join is remembered

    def __init__(self, table: Reports, pairs: Candidates) -> None:
        self.table, self.pairs = table, pairs
        self.label: dict[int, int] = {}
        self.members: dict[int, list[int]] = {}
        self.arts: dict[int, set[str]] = {}
        self.failed: set[tuple[int, int]] = set()

    def _group(self, k: int) -> tuple[list[int], set[str]]:
        if k in self.members:
            return self.members[k], self.arts[k]
        return [k], set(self.table.articles(k))

    def join(self, i: int, j: int) -> None:
        """Join the groups of `i` and `j` if complete linkage allows it."""
        ki, kj = self.label.get(i, i), self.label.get(j, j)
        if ki == kj or (min(ki, kj), max(ki, kj)) in self.failed:
            return
        (a, arts_a), (b, arts_b) = self._group(ki), self._group(kj)
        if not _can_join(a, arts_a, b, arts_b, self.pairs):
            if len(a) * len(b) >= self.REMEMBER:
                self.failed.add((min(ki, kj), max(ki, kj)))
            return
        a.extend(b)
        arts_a |= arts_b
        self.members[ki], self.arts[ki] = a, arts_a
        self.members.pop(kj, None)
        self.arts.pop(kj, None)
        self.label[ki] = ki
        for k in b:
            self.label[k] = ki


def _candidates(table: Reports, settings: Settings) -> Candidates:
    """Compatible pairs of the table.

    Only pairs of one type within `link_days` can be compatible, so each type is swept in date
    order; an event's slim view and word set live only while later events of its window are
    compared with it (each is read once).
    """
    pairs = Candidates(len(table))
    for idx in table.sweeps():
        held: dict[int, View] = {}
        for n, i in enumerate(idx):
            vi = held.pop(i) if i in held else table.view(i)
            for m in range(n + 1, len(idx)):
                j = idx[m]
                if table.day(j) - table.day(i) > settings.link_days:
                    break
                if j not in held:
                    held[j] = table.view(j)
                _compare(pairs, (i, vi), (j, held[j]), settings)
    return pairs


def _compare(pairs: Candidates, one: tuple[int, View], two: tuple[int, View], settings: Settings) -> None:
    (a, (ea, wa)), (b, (eb, wb)) = (one, two) if one[0] < two[0] else (two, one)
    if compatible(ea, eb, settings, (wa, wb)):
        pairs.add(affinity(ea, eb, (wa, wb)), a, b)


def _can_join(a: list[int], arts_a: set[str], b: list[int], arts_b: set[str], pairs: Candidates) -> bool:
    """Complete linkage: every pair across the groups is compatible (only pairs within one sweep
    window can be, and all those are candidates) and no article is on both sides."""
    if not arts_a.isdisjoint(arts_b):
        return False
    if len(a) == 1 and len(b) == 1:
        return True  # the pair being joined is a candidate
    return all(pairs.ok(i, j) for i in a for j in b)


def groups(table: Reports, settings: Settings) -> list[list[int]]:
    """Groups of two or more event indexes that report one incident, in order of first index."""
    pairs = _candidates(table, settings)
    grouping = Grouping(table, pairs)
    for i, j in pairs.ranked():
        grouping.join(i, j)
    return sorted((sorted(g) for g in grouping.members.values()), key=lambda g: g[0])


def cluster(events: list[Event], settings: Settings) -> list[list[int]]:
    """Groups of event indexes that report one incident (singletons included), in input order."""
    merged = groups(ListedReports(events), settings)
    grouped = {i: g for g in merged for i in g}
    return [grouped.get(i, [i]) for i in range(len(events)) if i not in grouped or grouped[i][0] == i]


def link_events(events: Iterable[Event], settings: Settings) -> list[Event]:
    """Merge reports of one incident into one event; everything else passes through unchanged."""
    evs = list(events)
    return [merge_reports([evs[i] for i in g]) if len(g) > 1 else evs[i]
            for g in cluster(evs, settings) for i in g[:1]]
