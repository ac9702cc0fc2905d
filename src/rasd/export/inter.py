"""ACLED's actor categories: `inter1`, `inter2` and `interaction` from the actors' types.

An actor's type comes from the record (`actor1_type` …, filled by the actor stage from
`data/actors/actors.tsv`), else from that dictionary by canonical name (`{country}` names
included), else from ACLED's naming of generic actors ("Civilians (Yemen)", "Military Forces of
…"). ACLED's interaction code is the two codes, lower first (17), or the one code times ten.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

INTER = {"State Forces": 1, "Rebel Groups": 2, "Political Militias": 3, "Identity Militias": 4, "Rioters": 5,
         "Protesters": 6, "Civilians": 7, "External/Other Forces": 8}
BY_NAME = ((r"Civilians\b", 7), (r"Protesters\b", 6), (r"Rioters\b", 5), (r"(Military|Police) Forces of\b", 1),
           (r"Government of\b", 1), (r"Unidentified Armed Group\b", 3), (r".*\b(Ethnic|Clan|Tribal) Militia\b", 4))
NAMED = "actors/actors.tsv"


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, int], list[tuple[re.Pattern[str], int]]]:
    """Canonical name → code, and patterns for names holding `{country}`."""
    from rasd.mentions.lexicon import load

    exact: dict[str, int] = {}
    patterns: list[tuple[re.Pattern[str], int]] = []
    for entry in load(NAMED):
        name, code = entry.get("name") or "", INTER.get(entry.get("actor_type") or "")
        if not code or not name or name == "none":
            continue
        if "{country}" in name:
            patterns.append((re.compile(re.escape(name).replace(re.escape("{country}"), ".+") + "$"), code))
        else:
            exact.setdefault(name, code)
    return exact, patterns


def inter_code(name: str | None, actor_type: str | None = None) -> int | None:
    """ACLED's inter code of one actor, or None when it cannot be told."""
    if not name:
        return None
    if actor_type in INTER:
        return INTER[actor_type]
    exact, patterns = _dictionary()
    if name in exact:
        return exact[name]
    found = [code for pat, code in patterns if pat.match(name)]
    found += [code for pat, code in BY_NAME if re.match(pat, name)]
    return found[0] if found else None


def inter_fields(rec: dict[str, Any]) -> dict[str, Any]:
    """`inter1`, `inter2` and `interaction` of a record (empty strings where unknown)."""
    one = inter_code(rec.get("actor1"), rec.get("actor1_type"))
    two = inter_code(rec.get("actor2"), rec.get("actor2_type"))
    codes = sorted(c for c in (one, two) if c is not None)
    interaction = codes[0] * 10 + codes[1] if len(codes) == 2 else (codes[0] * 10 if codes else "")
    return {"inter1": one if one is not None else "", "inter2": two if two is not None else "",
            "interaction": interaction}
