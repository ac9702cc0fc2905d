"""Quality floors on the shared gold (read at run time; skipped without ../shared, failing under CI)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from harness import RADIUS_KM, evaluate

from rasd.geo.gazetteer import default_gazetteer, km
from rasd.mentions.places import find_places
from rasd.text.normalize import key
from testkit import make_doc

_ROW = re.compile(r"^\| (\S[^|]*?) \|(.*)$")
_COORD = re.compile(r"(-?\d+\.\d+), ?(−?-?\d+\.\d+)")


def test_gold_event_places(shared_dir: Path) -> None:
    """Among required gold events, a place of the evidence lies within 25 km of the gold place."""
    results = evaluate(shared_dir)
    some = sum(r.any_ok for r in results) / len(results)
    alone = sum(r.ok for r in results) / len(results)
    assert some >= 0.88, f"evidence places within {RADIUS_KM} km: {some:.3f}"
    assert alone >= 0.75, f"resolver's own choice within {RADIUS_KM} km: {alone:.3f}"


def seed_names(shared: Path) -> dict[str, tuple[float, float] | None]:
    """The 19 seed place names of offline-deps.md §4 with the coordinates that table gives (or None)."""
    text = (shared / "notes" / "offline-deps.md").read_text(encoding="utf-8")
    section = text.split("## 4.")[1].split("## 5.")[0]
    out: dict[str, tuple[float, float] | None] = {}
    for line in section.splitlines():
        m = _ROW.match(line)
        if m and re.search("[\u0600-\u06ff]", m.group(1)):
            c = _COORD.search(m.group(2))
            out[m.group(1).strip()] = (float(c.group(1)), float(c.group(2).replace("−", "-"))) if c else None
    return out


def gold_coordinates(shared: Path) -> dict[str, tuple[float, float]]:
    """Arabic gold place names (normalised) -> gold coordinates, from every gold file."""
    out: dict[str, tuple[float, float]] = {}
    for path in sorted((shared / "eval").glob("*.gold.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for ev in json.loads(line)["events"]:
                loc = ev["location"]
                if loc.get("name_ar") and loc.get("latitude") is not None:
                    out.setdefault(key(loc["name_ar"]), (loc["latitude"], loc["longitude"]))
    return out


def test_seed_place_names_resolve_in_their_seed(shared_dir: Path) -> None:
    """Each of the 19 names, where its seed mentions it, resolves within 25 km of where it is."""
    names = seed_names(shared_dir)
    assert len(names) == 19
    gold = gold_coordinates(shared_dir)
    gaz = default_gazetteer()
    ids = {n: (gaz.lookup(key(n)) or [None])[0] for n in names}
    found: dict[str, bool] = {}
    for seed in sorted((shared_dir / "seeds").glob("*.txt")):
        doc = make_doc(seed.read_text(encoding="utf-8"))
        for span in find_places(doc, gaz):
            name = next((n for n in names if _names(doc.text_of(span), n)), None) \
                or next((n for n in names if _same_id(span, ids[n])), None)
            want = _expected(name, names, gold) if name else None
            if want and span.value.candidates:
                c = span.value.candidates[0]
                found[name] = found.get(name, False) or km((c.latitude, c.longitude), want) <= RADIUS_KM
    missing = sorted(n for n in names if not found.get(n))
    assert not missing, f"not resolved within {RADIUS_KM} km in their seed: {missing}"


def _expected(name: str, names: dict, gold: dict) -> tuple[float, float] | None:
    """Gold coordinates of the name, else the table's, else those of a gold name holding it."""
    k = key(name)
    return gold.get(k) or names[name] or next((c for g, c in gold.items() if f" {k} " in f" {g} "), None)


def _names(text: str, name: str) -> bool:
    """The span's text is the name, or holds it as whole words (قاعدة تمنهنت الجوية)."""
    t, n = key(text), key(name)
    return t == n or f" {n} " in f" {t} "


def _same_id(span, target) -> bool:
    """A spelling variant of a name: the same GeoNames place."""
    top = span.value.candidates[0] if span.value.candidates else None
    return bool(top and target and top.geonameid and top.geonameid == target.geonameid)


if __name__ == "__main__":
    pytest.main([__file__, "-q"])
