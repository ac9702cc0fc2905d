"""Linking a spilled corpus: groups on the compact keys, merges from disk, output read back in order.

The result is a `LinkedEvents` sequence: the row numbers of the linked events in output order
(8 bytes an event); each event is read from the spill file when it is asked for, with its
held-back copies attached, so writing the output streams too.
"""
from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping, Sequence
from typing import overload

import numpy as np

from rasd.link.articles import Copy, with_copies
from rasd.link.events import groups
from rasd.link.merge import merge_reports
from rasd.link.table import SpilledReports
from rasd.records import Event
from rasd.settings import Settings


def _ranks(names: Sequence[str]) -> np.ndarray:
    """Each name's rank in string order (sorting on ranks sorts on the strings)."""
    order = sorted(range(len(names)), key=names.__getitem__)
    ranks = np.empty(len(names), dtype=np.int64)
    ranks[order] = np.arange(len(names), dtype=np.int64)
    return ranks


def _merge_groups(table: SpilledReports, settings: Settings) -> tuple[array, array]:
    """Rows that stand for themselves or for their merged group, with each one's place in linking order."""
    n = len(table)
    grouped = bytearray(n)
    rows, place = array("q"), array("q")
    for g in groups(table, settings):
        rows.append(table.add_merged(merge_reports([table.event(i) for i in g]), g))
        place.append(g[0])
        for i in g:
            grouped[i] = 1
    table.views.close()  # every comparison is done
    alone = array("q", (i for i in range(n) if not grouped[i]))
    return alone + rows, alone + place


def link_rows(table: SpilledReports, settings: Settings) -> array:
    """Rows of the linked events, in output order (`corpus.event_order`, ties in linking order)."""
    rows, place = _merge_groups(table, settings)
    if not rows:
        return rows
    at = np.frombuffer(rows, dtype=np.int64)
    first = np.asarray(table.first, dtype=np.int64)[at]
    names = _ranks(table.names)
    keys = (np.frombuffer(place, dtype=np.int64), names[np.asarray(table.sub, dtype=np.int64)[at]],
            names[np.asarray(table.kind, dtype=np.int64)[at]], np.asarray(table.end, dtype=np.int64)[at],
            np.asarray(table.start, dtype=np.int64)[at], _ranks(table.ids)[first])
    return array("q", at[np.lexsort(keys)].tobytes())


class LinkedEvents(Sequence[Event]):
    """The linked events of a spilled corpus, in output order, read from disk on demand."""

    def __init__(self, table: SpilledReports, rows: array, copies: Mapping[str, list[Copy]]) -> None:
        self.table, self.rows, self.copies = table, rows, copies

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> list[Event]: ...

    def __getitem__(self, index: int | slice) -> Event | list[Event]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return with_copies(self.table.event(self.rows[index]), self.copies)

    def __iter__(self) -> Iterator[Event]:
        for row in self.rows:
            yield with_copies(self.table.event(row), self.copies)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]
