"""Matching for `rasd eval`: name keys, places within a radius, evidence overlap and pairing."""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from rasd.errors import InputError
from rasd.text.normalize import key

RADIUS_KM = 25.0
_PAREN = re.compile(r"\([^)]*\)")
_PUNCT = re.compile(r"[^\w\s]")
_ARTICLE = re.compile(r"^(the|al|ال)\s*")

Record = dict[str, Any]


def name_key(value: Any) -> str:
    """A loose comparison key: case, diacritics, hamza/alef forms, bracketed qualifiers, a leading article."""
    if isinstance(value, dict):
        value = value.get("name")
    if not value:
        return ""
    text = _PAREN.sub(" ", key(unicodedata.normalize("NFKC", str(value))))
    text = _ARTICLE.sub("", _PUNCT.sub(" ", text).strip())
    return " ".join(text.split())


def name_keys(value: Any) -> set[str]:
    """Every acceptable name of an actor, place or claimant (a string, or an object with aliases)."""
    if not value:
        return set()
    if isinstance(value, str):
        return {name_key(value)} - {""}
    found = {name_key(value.get(k)) for k in ("name", "name_ar", "text")}
    found |= {name_key(a) for a in value.get("aliases") or []}
    return found - {""}


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def coordinates(ev: Record) -> tuple[float, float] | None:
    """The event's latitude/longitude, from `location` or top-level keys."""
    loc = ev.get("location") if isinstance(ev.get("location"), dict) else {}
    try:
        return float(loc.get("latitude", ev.get("latitude"))), float(loc.get("longitude", ev.get("longitude")))
    except (TypeError, ValueError):
        return None


def place_names(ev: Record) -> set[str]:
    """Names the event gives its place (used only when coordinates are missing)."""
    found = name_keys(ev.get("location"))
    return found | {name_key(ev.get(k)) for k in ("location_ar", "location_text") if ev.get(k)} - {""}


def same_place(gold: Record, system: Record, radius_km: float = RADIUS_KM) -> bool:
    """Within `radius_km` when both have coordinates, else a shared name."""
    a, b = coordinates(gold), coordinates(system)
    if a and b:
        return distance_km(a, b) <= radius_km
    return bool(place_names(gold) & place_names(system))


# ---------------------------------------------------------------- evidence and pairing
def quote_spans(text: str, quotes: Iterable[str], where: str) -> list[tuple[int, int]]:
    """Offsets of gold evidence quotes; a quote missing from the text is an error in the gold file."""
    spans = []
    for q in quotes or []:
        q = q.strip()
        i = text.find(q)
        if i < 0:
            raise InputError(f"gold evidence not found in the article text: {q[:60]!r}; fix the quote",
                             origin=where)
        spans.append((i, i + len(q)))
    return spans


def evidence_spans(text: str, evidence: Iterable[Any], article_id: str) -> list[tuple[int, int]]:
    """Offsets of a system event's evidence in one article (items of other articles skipped)."""
    spans = []
    for item in evidence or []:
        if isinstance(item, dict) and item.get("article_id") not in (None, article_id):
            continue
        if isinstance(item, dict) and isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
            spans.append((item["start"], item["end"]))
            continue
        quote = (item.get("text") if isinstance(item, dict) else item) or ""
        i = text.find(quote.strip()) if quote.strip() else -1
        if i >= 0:
            spans.append((i, i + len(quote.strip())))
    return spans


def overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    """Whether any span of `a` shares a character with any span of `b`."""
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def agreement(gold: Record, system: Record) -> float:
    """How well a candidate pair agrees: place counts most, then type, then sub-type."""
    w = 1.0 + 2.0 * same_place(gold, system) + (gold.get("event_type") == system.get("event_type"))
    return w + 0.5 * (gold.get("sub_event_type") == system.get("sub_event_type"))


def pair_events(article: Record, mine: list[Record], where: str = "") -> list[tuple[int, int]]:
    """Greedy one-to-one pairing of gold and system events whose evidence overlaps."""
    gold = article.get("events") or []
    text, art_id = article["text"], str(article["id"])
    g_spans = [quote_spans(text, g.get("evidence"), where or art_id) for g in gold]
    s_spans = [evidence_spans(text, s.get("evidence"), art_id) for s in mine]
    cands = [(agreement(g, s), i, j) for i, g in enumerate(gold) for j, s in enumerate(mine)
             if overlap(g_spans[i], s_spans[j])]
    cands.sort(key=lambda c: -c[0])
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _, i, j in cands:
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
            pairs.append((i, j))
    return pairs
