"""What cross-article linking keeps of each event: a few numbers in memory, the event itself on disk.

Linking compares events of one type within a few days of each other, then merges groups and
sorts the result. For that it needs, per event, its type, day and article (to sweep and to join),
its output order key, and, only while the sweep passes its window, the fields that
`link.similarity` compares. `SpilledReports` keeps the first in compact columns (about 40 bytes
an event), the full event and a slim copy for comparison in `rasd.scale.spill` files, so a corpus
of any size links in flat memory. `ListedReports` is the same interface over events in a list
(the store, tests, small calls).
"""
from __future__ import annotations

import dataclasses
import math
import operator
from array import array
from collections.abc import Iterable, Iterator

from rasd.link.similarity import words
from rasd.records import Event
from rasd.scale.spill import Spill, dumps

View = tuple[Event, frozenset[str]]
OrderKey = tuple[str, int, int, str, str]
Point = tuple[float, float] | None
# One event as the table stores it: its order key, day, place, article ids, and the pickled event
# and slim view. Made where the event was made (a worker), so only bytes and a few scalars travel.
Row = tuple[str, int, int, str, str, int, Point, tuple[str, ...], bytes, bytes]
NO_DAY = -1


def event_order(ev: Event) -> OrderKey:
    """Output order: first article id, then evidence offsets (the same on every engine)."""
    first = ev.article_ids[0] if ev.article_ids else ""
    own = [e for e in ev.evidence if e.article_id == first] or list(ev.evidence)
    start, end = (own[0].start, own[0].end) if own else (0, 0)
    return first, start, end, ev.event_type, ev.sub_event_type


_FIELDS = tuple(f.name for f in dataclasses.fields(Event))
_ALL = operator.attrgetter(*_FIELDS)
_BLANK = {_FIELDS.index(name): blank for name, blank in (
    ("evidence", ()), ("provenance", ()), ("place_spans", ()), ("date_spans", ()), ("notes", ""),
    ("per_source_fatalities", ()))}


def slim(ev: Event) -> tuple[object, ...]:
    """The event's fields without what `link.similarity` never reads (evidence, provenance, spans,
    notes): `Event(*slim(ev))` is what linking compares. (Cheaper than `Event.but`.)"""
    return tuple(_BLANK.get(n, value) for n, value in enumerate(_ALL(ev)))


def pack(events: Iterable[Event]) -> tuple[Row, ...]:
    """Each event reduced to what `SpilledReports` keeps of it (what a worker ships back).

    Pickling here, with rasd's fast pickler, replaces shipping Event objects through the default
    pickler and pickling them again in the main process: the main process only writes bytes.
    """
    return tuple(_packed(ev) for ev in events)


def _packed(ev: Event) -> Row:
    return (*_key(ev), ev.article_ids, dumps(ev), dumps((slim(ev), words(ev))))


def _key(ev: Event) -> tuple[str, int, int, str, str, int, Point]:
    """The event's output order key, day (`NO_DAY` when undated) and coordinates."""
    loc = ev.location
    day = ev.event_date.toordinal() if ev.event_date else NO_DAY
    return (*event_order(ev), day, (loc.latitude, loc.longitude) if loc is not None else None)


def _sweeps(kinds: Iterable[object], days: Iterable[int | None]) -> Iterator[list[int]]:
    """Indexes of the dated events of each type, in index order (callers sort them stably by day)."""
    by_type: dict[object, list[int]] = {}
    for i, (kind, day) in enumerate(zip(kinds, days, strict=True)):
        if day is not None:
            by_type.setdefault(kind, []).append(i)
    yield from by_type.values()


class ListedReports:
    """The linking interface over events held in a list."""

    def __init__(self, events: Iterable[Event]) -> None:
        self.events = list(events)
        self._days = [ev.event_date.toordinal() if ev.event_date else None for ev in self.events]

    def __len__(self) -> int:
        return len(self.events)

    def sweeps(self) -> Iterator[list[int]]:
        for idx in _sweeps((ev.event_type for ev in self.events), self._days):
            idx.sort(key=lambda i: self._days[i])  # type: ignore[arg-type,return-value]
            yield idx

    def day(self, i: int) -> int:
        return self._days[i]  # type: ignore[return-value]

    def view(self, i: int) -> View:
        return self.events[i], words(self.events[i])

    def point(self, i: int) -> Point:
        loc = self.events[i].location
        return (loc.latitude, loc.longitude) if loc is not None else None

    def articles(self, i: int) -> tuple[str, ...]:
        return self.events[i].article_ids


class SpilledReports:
    """Every event of a corpus: compact columns in memory, the event and its slim view on disk.

    Rows are added per article (`add`); merged events are appended after linking (`add_merged`),
    and `order_key(row)` equals `event_order` of the row's event without reading it back.
    """

    NO_DAY = NO_DAY

    def __init__(self) -> None:
        self.full, self.views = Spill(), Spill()
        self.ids: list[str] = []  # article id by article number (merged rows may add one)
        self.names: list[str] = []
        self._codes: dict[str, int] = {}
        self.kind, self.sub = array("H"), array("H")
        self.first, self.day_of = array("l"), array("l")
        self.start, self.end = array("q"), array("q")
        self.lat, self.lon = array("d"), array("d")  # NaN when unplaced
        self.extra: dict[int, tuple[str, ...]] = {}  # rows cited by more than their first article

    def __len__(self) -> int:
        return len(self.views)

    def add_article(self, article_id: str, events: Iterable[Event]) -> None:
        """One article's events, each a row linking may compare."""
        self.add_packed(article_id, pack(events))

    def add_packed(self, article_id: str, rows: Iterable[Row]) -> None:
        """One article's events as `pack` made them (in this process or in a worker)."""
        self.ids.append(article_id)
        at = (len(self.ids) - 1,)
        for row in rows:
            self._columns(row[:7], row[7], at, self.full.append_bytes(row[8]))
            self.views.append_bytes(row[9])

    def add_merged(self, ev: Event, members: list[int]) -> int:
        """A merged event (never compared again); returns its row."""
        articles = tuple(self.first[m] for m in members)
        return self._columns(_key(ev), ev.article_ids, articles, self.full.append(ev))

    def _columns(self, key: tuple[str, int, int, str, str, int, Point], article_ids: tuple[str, ...],
                 articles: tuple[int, ...], row: int) -> int:
        first, start, end, kind, sub, day, point = key
        code = next((a for a in articles if self.ids[a] == first), None)
        if code is None:
            code = len(self.ids)
            self.ids.append(first)
        if article_ids != (first,):
            self.extra[row] = article_ids
        self.first.append(code)
        self.start.append(start)
        self.end.append(end)
        self.kind.append(self._code(kind))
        self.sub.append(self._code(sub))
        self.day_of.append(day)
        lat, lon = point if point is not None else (math.nan, math.nan)
        self.lat.append(lat)
        self.lon.append(lon)
        return row

    def _code(self, name: str) -> int:
        if name not in self._codes:
            self._codes[name] = len(self.names)
            self.names.append(name)
        return self._codes[name]

    def sweeps(self) -> Iterator[list[int]]:
        n = len(self)
        days = (None if d == self.NO_DAY else d for d in self.day_of[:n])
        for idx in _sweeps(self.kind[:n], days):
            idx.sort(key=self.day_of.__getitem__)
            yield idx

    def day(self, i: int) -> int:
        return self.day_of[i]

    def view(self, i: int) -> View:
        fields, words_ = self.views[i]
        return Event(*fields), words_

    def point(self, i: int) -> Point:
        lat = self.lat[i]
        return None if math.isnan(lat) else (lat, self.lon[i])

    def articles(self, i: int) -> tuple[str, ...]:
        return self.extra[i] if i in self.extra else (self.ids[self.first[i]],)

    def event(self, row: int) -> Event:
        return self.full[row]

    def order_key(self, row: int) -> OrderKey:
        names = self.names
        return (self.ids[self.first[row]], self.start[row], self.end[row], names[self.kind[row]],
                names[self.sub[row]])

    def close(self) -> None:
        self.full.close()
        self.views.close()

