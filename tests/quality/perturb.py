"""System event files made from gold by seeded perturbation, to cross-check scorers.

Each gold event becomes a system record with its type, date, place, toll and actors kept or
changed at random; some are dropped, some spurious ones added, and some reports are merged into
one linked event, so that every branch of the scoring definitions is exercised.
"""
from __future__ import annotations

import random
from typing import Any

TYPES = ("Battles", "Explosions/Remote violence", "Protests", "Strategic developments")


def _evidence(art: dict[str, Any], quote: str) -> dict[str, Any]:
    start = art["text"].find(quote.strip())
    return {"article_id": art["id"], "start": start, "end": start + len(quote.strip()), "text": quote.strip()}


def _actor(rng: random.Random, actor: dict[str, Any] | None) -> str | None:
    if not actor or rng.random() < 0.2:
        return rng.choice([None, "Civilians (Nowhere)"])
    return rng.choice([actor["name"], *(actor.get("aliases") or [actor["name"]])])


def _location(rng: random.Random, loc: dict[str, Any]) -> dict[str, Any]:
    out = dict(loc)
    if rng.random() < 0.3:
        out["latitude"] = float(loc["latitude"]) + rng.choice([0.1, 0.2, 0.5, 2.0])
    if rng.random() < 0.1:
        out = {"name": loc.get("name"), "name_ar": loc.get("name_ar")}
    return out


def system_event(rng: random.Random, art: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    """One system record that agrees with a gold event on a random subset of fields."""
    date = gold["event_date"]
    if rng.random() < 0.25:
        date = date[:-2] + f"{max(1, int(date[-2:]) - rng.choice([1, 2, 3])):02d}"
    return {
        "article_ids": [art["id"]],
        "event_type": gold["event_type"] if rng.random() < 0.8 else rng.choice(TYPES),
        "sub_event_type": gold["sub_event_type"] if rng.random() < 0.7 else "Other",
        "event_date": date,
        "location": _location(rng, gold["location"]),
        "fatalities": gold.get("fatalities", 0) if rng.random() < 0.7 else rng.choice([0, 1, 3, 10]),
        "actor1": _actor(rng, gold.get("actor1")),
        "actor2": _actor(rng, gold.get("actor2")),
        "claimed_by": _actor(rng, gold.get("claimed_by")),
        "evidence": [_evidence(art, q) for q in gold["evidence"][: rng.choice([1, 2])]],
    }


def _spurious(rng: random.Random, art: dict[str, Any]) -> dict[str, Any]:
    start = rng.randrange(max(1, len(art["text"]) - 40))
    return {"article_ids": [art["id"]], "event_type": "Battles", "sub_event_type": "Armed clash",
            "event_date": art.get("published") or "2019-01-01", "fatalities": 0,
            "location": {"name": "Nowhere", "latitude": 0.0, "longitude": 0.0},
            "evidence": [{"article_id": art["id"], "start": start, "end": start + 40,
                          "text": art["text"][start : start + 40]}]}


def perturb(gold: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """A whole system event list for a gold file."""
    rng = random.Random(seed)
    out = []
    for art in gold:
        for g in art.get("events") or []:
            if rng.random() < 0.8:
                out.append(system_event(rng, art, g))
        if rng.random() < 0.3:
            out.append(_spurious(rng, art))
    _merge(rng, out)
    return out


def _merge(rng: random.Random, events: list[dict[str, Any]]) -> None:
    """Join a few events of different articles into one linked event (some right, some wrong)."""
    for _ in range(len(events) // 5):
        a, b = rng.sample(range(len(events)), 2)
        ea, eb = events[a], events[b]
        if ea["article_ids"] == eb["article_ids"] or not ea["article_ids"] or not eb["article_ids"]:
            continue
        same = ea["event_type"] == eb["event_type"] and ea["event_date"] == eb["event_date"]
        if same or rng.random() < 0.3:
            ea["article_ids"] = sorted(set(ea["article_ids"]) | set(eb["article_ids"]))
            ea["evidence"] = ea["evidence"] + eb["evidence"]
            eb["article_ids"] = []
    events[:] = [e for e in events if e["article_ids"]]


def as_system(gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The gold events written as a perfect system would write them (required ones only)."""
    out = []
    for art in gold:
        for g in art.get("events") or []:
            if g.get("optional"):
                continue
            rec = {k: v for k, v in g.items() if k not in ("evidence", "optional", "note")}
            for k in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "claimed_by", "disputed_by"):
                rec[k] = (g.get(k) or {}).get("name")
            rec["article_ids"] = [art["id"]]
            rec["evidence"] = [_evidence(art, q) for q in g["evidence"]]
            out.append(rec)
    return out
