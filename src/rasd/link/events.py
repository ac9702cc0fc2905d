"""Cross-article event linking: reports of one incident become one event that cites them all.

Candidate pairs (different articles, same event type, nearby day) are ranked by affinity and
joined greedily with complete linkage: two groups merge only when every pair across them is
compatible and no article would contribute two events (an article's own events are distinct by
the time they get here). Conflicting tolls are kept per source; the record carries the lowest.

The linker works on a reports table (`rasd.link.table`): events in a list, or a corpus's events
spilled to disk with compact keys in memory. Which pairs are compared is decided by
`rasd.link.blocks` (same type, nearby day and place, at most `blocks.CAP` a report), so the cost
is linear in the corpus; candidate pairs are kept in typed arrays (16 bytes a pair).
"""
from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from rasd.link.blocks import block_pairs
from rasd.link.merge import merge_reports
from rasd.link.similarity import affinity, compatible
from rasd.link.table import ListedReports, View
from rasd.records import Event
from rasd.settings import Settings

CHUNK = 65536


@dataclass
class LinkStats:
    """What the last linking in this process compared (for `rasd bench`: cost must stay linear)."""

    events: int = 0
    compared: int = 0
    candidates: int = 0


LAST = LinkStats()


class Reports(Protocol):
    """What the linker reads of a table of events (`rasd.link.table`)."""

    def __len__(self) -> int: ...
    def sweeps(self) -> Iterator[list[int]]: ...
    def day(self, i: int) -> int: ...
    def view(self, i: int) -> View: ...
    def point(self, i: int) -> tuple[float, float] | None: ...
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
    """Compatible pairs of the table, among the pairs that blocking proposes (`link.blocks`).

    Each type is swept in date order; an event's slim view and word set are read when it is first
    compared and dropped once its own turn has come (later events only look forward), so each is
    read once and an event nothing is compared with is never read.
    """
    pairs = Candidates(len(table))
    compared = 0
    for idx in table.sweeps():
        held: dict[int, View] = {}
        for i, found in block_pairs(table, idx, settings):
            vi = held.pop(i, None)
            if not found:
                continue
            compared += len(found)
            vi = vi or table.view(i)
            for j in found:
                vj = held.get(j)
                if vj is None:
                    vj = held[j] = table.view(j)
                _compare(pairs, (i, vi), (j, vj), settings)
    LAST.events, LAST.compared, LAST.candidates = len(table), compared, len(pairs)
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
