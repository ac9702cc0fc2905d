"""Cross-article event linking: reports of one incident become one event that cites them all.

Candidate pairs (different articles, same event type, nearby day) are ranked by affinity and
joined greedily with complete linkage: two groups merge only when every pair across them is
compatible and no article would contribute two events (an article's own events are distinct by
the time they get here). Conflicting tolls are kept per source; the record carries the lowest.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from rasd.link.merge import merge_reports
from rasd.link.similarity import affinity, compatible, words
from rasd.records import Event
from rasd.settings import Settings


def _sweeps(events: list[Event]) -> Iterator[list[int]]:
    """Indexes of the dated events of each type, sorted by date (then index)."""
    by_type: dict[str, list[int]] = {}
    for i, ev in enumerate(events):
        if ev.event_date is not None:
            by_type.setdefault(ev.event_type, []).append(i)
    for idx in by_type.values():
        idx.sort(key=lambda i: (events[i].event_date, i))
        yield idx


def _candidates(events: list[Event], settings: Settings) -> list[tuple[float, int, int]]:
    """Compatible pairs, best first (ties broken by index, so the result is deterministic).

    Only pairs of one type within `link_days` can be compatible, so each type is swept in date
    order; an event's word set lives only while later events of its window are compared with it.
    """
    pairs = []
    for idx in _sweeps(events):
        held: dict[int, frozenset[str]] = {}
        for n, i in enumerate(idx):
            wi = held.pop(i) if i in held else words(events[i])
            for j in idx[n + 1:]:
                if (events[j].event_date - events[i].event_date).days > settings.link_days:  # type: ignore[operator]
                    break
                if j not in held:
                    held[j] = words(events[j])
                a, b, sets = (i, j, (wi, held[j])) if i < j else (j, i, (held[j], wi))
                if compatible(events[a], events[b], settings, sets):
                    pairs.append((affinity(events[a], events[b], sets), a, b))
    return sorted(pairs, key=lambda p: (-p[0], p[1], p[2]))


def _can_join(a: list[int], b: list[int], events: list[Event], ok: set[tuple[int, int]]) -> bool:
    """Complete linkage: every pair across the groups is compatible (`ok` holds every compatible
    pair, as only pairs within one sweep window can be) and no article is on both sides."""
    arts_a = {x for i in a for x in events[i].article_ids}
    arts_b = {x for i in b for x in events[i].article_ids}
    if arts_a & arts_b:
        return False
    return all((min(i, j), max(i, j)) in ok for i in a for j in b)


def cluster(events: list[Event], settings: Settings) -> list[list[int]]:
    """Groups of event indexes that report one incident (singletons included), in input order."""
    group = {i: [i] for i in range(len(events))}
    candidates = _candidates(events, settings)
    ok = {(i, j) for _, i, j in candidates}
    for _score, i, j in candidates:
        gi, gj = group[i], group[j]
        if gi is gj or not _can_join(gi, gj, events, ok):
            continue
        gi.extend(gj)
        for k in gj:
            group[k] = gi
    seen: set[int] = set()
    out = []
    for i in range(len(events)):
        if id(group[i]) not in seen:
            seen.add(id(group[i]))
            out.append(sorted(group[i]))
    return out


def link_events(events: Iterable[Event], settings: Settings) -> list[Event]:
    """Merge reports of one incident into one event; everything else passes through unchanged."""
    evs = list(events)
    return [merge_reports([evs[i] for i in g]) if len(g) > 1 else evs[i]
            for g in cluster(evs, settings) for i in g[:1]]
