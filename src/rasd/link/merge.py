"""Folding several reports of one incident into one Event.

The best-placed, best-dated report speaks for the record; every report keeps its evidence, its
article id and its own toll (`per_source_fatalities`); the record's toll is the lowest that a
report actually states (GUIDE: the most conservative figure).
"""
from __future__ import annotations

from rasd.events.notes import note
from rasd.events.roles import other_side
from rasd.records import Event, Provenance


def _order(ev: Event) -> tuple[str, int]:
    first = ev.evidence[0] if ev.evidence else None
    return (first.article_id if first else (ev.article_ids[0] if ev.article_ids else ""), first.start if first else 0)


def _spokesman(reports: list[Event]) -> Event:
    """The report with the most precise date and place (then the most evidence)."""
    return min(reports, key=lambda e: (e.time_precision, e.geo_precision, -len(e.evidence), _order(e)))


def own_tolls(ev: Event) -> list[tuple[str, int]]:
    """A report's toll(s) per source; a single report counts under its article id."""
    if ev.per_source_fatalities:
        return list(ev.per_source_fatalities)
    return [(ev.article_ids[0] if ev.article_ids else "", ev.fatalities)]


def _states_toll(ev: Event) -> bool:
    """A report states a toll when it gives a number or says there were none; silence is not 0."""
    why = ev.why("fatalities")
    return ev.fatalities > 0 or (why is not None and not why.rule.endswith(".none"))


def _toll(reports: list[Event]) -> int:
    stated = [e.fatalities for e in reports if _states_toll(e)]
    return min(stated) if stated else 0


def _first(reports: list[Event], field: str) -> object:
    return next((getattr(e, field) for e in reports if getattr(e, field)), None)


def merge_reports(reports: list[Event]) -> Event:
    """One event citing every report, in a stable order (by article id), so its id is stable too."""
    ordered = sorted(reports, key=_order)
    lead = _spokesman(ordered)
    actors = {f: getattr(lead, f) or _first(ordered, f) for f in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")}
    actors["actor2"] = other_side(actors["actor1"], lead.actor2, *(e.actor2 for e in ordered))  # never a side twice
    tolls = [t for e in ordered for t in own_tolls(e)]
    article_ids = tuple(dict.fromkeys(a for e in ordered for a in e.article_ids))
    link_note = Provenance("article_ids", f"link: {len(article_ids)} reports of one incident (type, day, place)")
    merged = lead.but(
        article_ids=article_ids,
        evidence=tuple(ev for e in ordered for ev in e.evidence),
        trigger=ordered[0].trigger, place_spans=ordered[0].place_spans,
        fatalities=_toll(ordered), per_source_fatalities=tuple(tolls),
        sources=tuple(dict.fromkeys(s for e in ordered for s in e.sources)),
        claimed_by=lead.claimed_by or _first(ordered, "claimed_by"),
        disputed_by=lead.disputed_by or _first(ordered, "disputed_by"),
        provenance=(*lead.provenance, link_note),
        **actors,
    )
    return merged.but(notes=note(merged)) if len(article_ids) > 1 else merged
