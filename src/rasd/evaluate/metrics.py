"""Figures of `rasd eval`: detection, per-field accuracy over pairs, complete recall, links."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from rasd.evaluate.matching import RADIUS_KM, Record, name_keys, pair_events, same_place

LINK_RADIUS_KM = 10.0
FIELDS = ("event_type", "sub_event_type", "event_date", "event_date_2d", "location", "fatalities",
          "actor1", "actor2", "claimed_by", "complete")


def toll(ev: Record) -> int:
    """The event's fatalities as an integer (-1 when unreadable, so it never matches)."""
    try:
        return int(ev.get("fatalities") or 0)
    except (TypeError, ValueError):
        return -1


def days_apart(a: Any, b: Any) -> int | None:
    """Days between two ISO dates, or None when either is missing or malformed."""
    try:
        return abs((date.fromisoformat(str(a)) - date.fromisoformat(str(b))).days)
    except ValueError:
        return None


def actor_found(want: Any, system: Record, keys: tuple[str, ...]) -> bool:
    """A gold actor is found when one of its names is among the system's names for `keys`."""
    got: set[str] = set()
    for k in keys:
        got |= name_keys(system.get(k))
    return bool(name_keys(want) & got)


ACTOR_KEYS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")


def field_checks(g: Record, s: Record, lowest: int, radius_km: float) -> dict[str, bool]:
    """Which fields of a paired system event agree with its gold event (absent actors are not scored)."""
    apart = days_apart(g.get("event_date"), s.get("event_date"))
    out = {"event_type": g.get("event_type") == s.get("event_type"),
           "sub_event_type": g.get("sub_event_type") == s.get("sub_event_type"),
           "event_date": g.get("event_date") == s.get("event_date"),
           "event_date_2d": apart is not None and apart <= 2,
           "location": same_place(g, s, radius_km),
           "fatalities": toll(s) in (toll(g), lowest)}
    for name in ("actor1", "actor2"):
        if name_keys(g.get(name)):
            out[name] = actor_found(g.get(name), s, ACTOR_KEYS)
    if name_keys(g.get("claimed_by")):
        out["claimed_by"] = actor_found(g.get("claimed_by"), s, ("claimed_by",))
    out["complete"] = all(out[k] for k in ("event_type", "event_date", "location", "fatalities"))
    return out


# ---------------------------------------------------------------- detection and fields
@dataclass(frozen=True)
class Tally:
    """Counts of one scoring run, turned into rates by `figures`."""

    tp: int
    fp: int
    fn: int
    right: dict[str, int]
    seen: dict[str, int]

    def figures(self) -> dict[str, Any]:
        """Precision, recall, F1, per-field accuracy and complete recall, rounded to 4 places."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        out: dict[str, Any] = {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(p, 4),
                               "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
        for k in FIELDS:
            out[k] = round(self.right[k] / self.seen[k], 4) if self.seen[k] else None
        found = self.tp + self.fn
        out["complete_recall"] = round(self.right["complete"] / found, 4) if found else 0.0
        return out


def by_article(events: list[Record]) -> dict[str, list[Record]]:
    """System events indexed by every article they cite."""
    out: dict[str, list[Record]] = {}
    for ev in events:
        ids = ev.get("article_ids") or ([ev["article_id"]] if ev.get("article_id") else [])
        for a in ids:
            out.setdefault(str(a), []).append(ev)
    return out


def lowest_tolls(gold: list[Record], mine: dict[str, list[Record]], pairs: dict[str, list]) -> dict[int, int]:
    """For each system event, the lowest gold toll of the reports it was paired with (GUIDE: linked tolls)."""
    lowest: dict[int, int] = {}
    for a in gold:
        for i, j in pairs[str(a["id"])]:
            ev, dead = mine[str(a["id"])][j], toll(a["events"][i])
            lowest[id(ev)] = min(lowest.get(id(ev), dead), dead)
    return lowest


def score(gold: list[Record], events: list[Record], radius_km: float = RADIUS_KM) -> dict[str, Any]:
    """Detection and field figures of `events` against gold articles."""
    mine = by_article(events)
    pairs = {str(a["id"]): pair_events(a, mine.get(str(a["id"]), [])) for a in gold}
    lowest = lowest_tolls(gold, mine, pairs)
    tp = fp = fn = 0
    right, seen = dict.fromkeys(FIELDS, 0), dict.fromkeys(FIELDS, 0)
    for a in gold:
        g_events, s_events, done = a.get("events") or [], mine.get(str(a["id"]), []), pairs[str(a["id"])]
        matched = {i for i, _ in done}
        fn += sum(1 for i, g in enumerate(g_events) if not g.get("optional") and i not in matched)
        fp += len(s_events) - len(done)
        for i, j in done:
            if g_events[i].get("optional"):
                continue
            tp += 1
            for k, ok in field_checks(g_events[i], s_events[j], lowest[id(s_events[j])], radius_km).items():
                right[k] += ok
                seen[k] += 1
    return Tally(tp, fp, fn, right, seen).figures()


# ---------------------------------------------------------------- cross-article links
def same_incident(a: Record, b: Record) -> bool:
    """ACLED's rule for two reports of one incident: same type, same day, places within 10 km."""
    return a.get("event_type") == b.get("event_type") and days_apart(a.get("event_date"), b.get("event_date")) == 0 \
        and same_place(a, b, LINK_RADIUS_KM)


def gold_links(gold: list[Record], required_only: bool) -> set[tuple[str, str]]:
    """Article pairs whose (required) gold events include one same incident."""
    evs = {str(a["id"]): [e for e in a.get("events") or [] if not (required_only and e.get("optional"))]
           for a in gold}
    ids = sorted(evs)
    return {(x, y) for n, x in enumerate(ids) for y in ids[n + 1:]
            if any(same_incident(e, f) for e in evs[x] for f in evs[y])}


def links(gold: list[Record], events: list[Record]) -> dict[str, Any]:
    """Link precision/recall/F1; a joined pair that matches only optional events is not penalised."""
    known = {str(a["id"]) for a in gold}
    want, soft = gold_links(gold, True), gold_links(gold, False)
    got: set[tuple[str, str]] = set()
    for ev in events:
        arts = sorted({str(x) for x in ev.get("article_ids") or []} & known)
        got |= {(x, y) for n, x in enumerate(arts) for y in arts[n + 1:]}
    tp, fp = len(want & got), len(got - want - soft)
    p = tp / (tp + fp) if tp + fp else (0.0 if want else 1.0)
    r = tp / len(want) if want else 1.0
    return {"link_pairs_gold": len(want), "link_pairs_found": len(got), "link_precision": round(p, 4),
            "link_recall": round(r, 4), "link_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
