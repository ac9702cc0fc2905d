"""Which pairs of reports the linker compares: same type, nearby day, nearby place, a bounded number.

Two reports can only be compatible (`link.similarity.compatible`) when they have one type, are at
most `link_days` apart and at most `2 * link_km` apart (the place tolerance doubles for
approximate places). Comparing every pair of a type within the day window grows with the square
of the reports per day, which a large corpus (or one incident reported thousands of times) makes
unaffordable. So each type's reports are put in cells of a 3-D grid over the unit sphere whose
side is that distance: two places within it are at most one cell apart on each axis (a chord is
never longer than its arc), so only the 27 cells around a report need looking at, and blocking
loses no compatible pair.

The cap is the one rule that can change a result: a report is compared with at most `CAP` of the
reports that follow it in its block (same type, within `link_days` and the distance), the first
ones in (day, input order). Below that every compatible pair is found, exactly as by comparing all
pairs; above it (more than `CAP` reports of one type, a day or two and one place behind a report),
the later ones are not compared with it, so linking costs at most `CAP` comparisons a report and its
candidate pairs stay linear in the corpus.
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import product
from typing import Protocol

from rasd.settings import Settings

CAP = 128
EARTH_KM = 6371.0  # as `link.similarity.distance_km`
_SIDE = 1 << 12  # cells per axis in a cell number (cell coordinates stay within ±2048, see `_cell_size`)
_NEAR = tuple(dx * _SIDE * _SIDE + dy * _SIDE + dz for dx, dy, dz in product((-1, 0, 1), repeat=3))


class Located(Protocol):
    """What blocking reads of a reports table (`rasd.link.table`)."""

    def __len__(self) -> int: ...
    def day(self, i: int) -> int: ...
    def point(self, i: int) -> tuple[float, float] | None: ...


def _cell_size(settings: Settings) -> float:
    """The grid's side on the unit sphere: the largest linking distance, with a margin for rounding.

    Never below 1/1000 (6 km), so that cell coordinates stay small; larger cells lose nothing.
    """
    return max(2 * settings.link_km / EARTH_KM * 1.001, 1e-3)


def cell_of(lat: float, lon: float, size: float) -> int:
    """The number of the grid cell holding this point (neighbours differ by an element of `_NEAR`)."""
    la, lo = math.radians(lat), math.radians(lon)
    x, y, z = math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)
    half = _SIDE // 2
    cx, cy, cz = (math.floor(v / size) + half for v in (x, y, z))
    return (cx * _SIDE + cy) * _SIDE + cz


class Blocks:
    """One type's dated, placed reports by grid cell, each cell's reports as sorted `day * n + index` keys."""

    def __init__(self, table: Located, idx: list[int], settings: Settings) -> None:
        self.n, self.days = len(table), settings.link_days
        size = _cell_size(settings)
        cells: dict[tuple[float, float], int] = {}  # towns recur: each point's cell computed once
        self.cell: dict[int, int] = {}
        self.keys: dict[int, list[int]] = {}
        for i in idx:  # in (day, index) order, so each cell's keys come sorted
            point = table.point(i)
            if point is not None:
                c = cells.get(point)
                if c is None:
                    c = cells[point] = cell_of(*point, size)
                self.cell[i] = c
                self.keys.setdefault(c, []).append(table.day(i) * self.n + i)
        self._near: dict[int, list[list[int]]] = {}

    def near(self, cell: int) -> list[list[int]]:
        """The key lists of the occupied cells around `cell` (itself included), looked up once a cell."""
        found = self._near.get(cell)
        if found is None:
            found = self._near[cell] = [k for d in _NEAR if (k := self.keys.get(cell + d))]
        return found

    def partners(self, i: int, day: int) -> list[int]:
        """Up to `CAP` reports after `i` in (day, index) order, within `link_days` and a cell of it."""
        if i not in self.cell:
            return []
        after, until = day * self.n + i, (day + self.days + 1) * self.n
        found: list[int] = []
        for keys in self.near(self.cell[i]):
            lo = bisect_right(keys, after)
            found += keys[lo:bisect_left(keys, until, lo, min(len(keys), lo + CAP))]
        if len(found) > CAP:
            found.sort()
            del found[CAP:]
        return [k % self.n for k in found]


def block_pairs(table: Located, idx: list[int], settings: Settings) -> Iterator[tuple[int, list[int]]]:
    """Each report of one type's sweep (sorted by day) with the reports it is to be compared with."""
    blocks = Blocks(table, idx, settings)
    for i in idx:
        yield i, blocks.partners(i, table.day(i))
