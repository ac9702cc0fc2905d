"""How the places of one clause bear on each other: anchors, landmarks and coherence.

"مديرية نهم، شرق العاصمة صنعاء": Sanaa only locates Nihm. "مستشفى أجدابيا" is in Ajdabiya unless
the clause names another town ("فندق عدن في المكلا"). "قرى X وY بسهل الغاب": an X that the
gazetteer only knows far away is another X. Hits are mentions.places.Hit values.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rasd.document import Span
from rasd.geo import roles
from rasd.geo.gazetteer import km

if TYPE_CHECKING:
    from rasd.mentions.places import Hit

FAR_KM = 150.0
AREA_KM = 60.0
WINDOW = 15
ANCHOR_GAP = 12
SMALL_CUES = ("village", "town", "quarter")


def appositions(kept: list[Hit], toks: Sequence[Span], text: str, sent_of: Sequence[int]) -> list[Hit]:
    """"مديرية نهم، شرق العاصمة صنعاء"، "قضاء سنجار 120 كم غرب الموصل"، "X التي تبعد 40 كلم جنوب Y":
    a town that only locates the name before it (after a comma, a link word or in a distance).

    Its role becomes `anchor` (not a site of its own); the name before it takes it as anchor.
    """
    out = list(kept)
    for n in range(1, len(out)):
        g, h = out[n - 1], out[n]
        if h.relation and h.role == "site" and g.role != "anchor" and sent_of[g.i] == sent_of[h.i] \
                and h.i - g.j <= ANCHOR_GAP and roles.locates(toks, text, g.j, h.i, bool(h.offset)):
            out[n] = h._replace(role="anchor")
    return out


def coherent(span: Span, h: Hit, spans: list[Span], kept: list[Hit], sent_of: Sequence[int]) -> bool:
    """A village or town named beside other places of its clause lies near them.

    "قرى X وY بسهل الغاب في ريف حماة": when the only X the gazetteer knows is far from every other
    place named within a few words (150 km; 60 km from a named area such as a plain or a wadi), it
    is another X, unknown to us; the mention is dropped so that the event falls back to the places
    around it.
    """
    if h.cue not in SMALL_CUES:
        return True
    top = span.value.candidates[0]
    near = [s.value.candidates[0] for s, g in zip(spans, kept, strict=True)
            if g is not h and sent_of[g.i] == sent_of[h.i] and abs(g.i - h.i) <= WINDOW
            and s.value.role in ("site", "region") and s.value.candidates and s.value.candidates[0].feature != "PCLI"]
    return not near or any(km((top.latitude, top.longitude), (n.latitude, n.longitude))
                           <= (AREA_KM if n.feature == "RGN" else FAR_KM) for n in near)


def buildings(kept: list[Hit], sent_of: Sequence[int]) -> list[Hit]:
    """A town in a building's name ("مستشفى أجدابيا") is where the building is, unless another site
    is named within a few words ("فندق عدن في المكلا"): then it is only a name (a landmark)."""
    out = list(kept)
    for n, h in enumerate(kept):
        if h.role == "building":
            other = any(g is not h and g.role == "site" and sent_of[g.i] == sent_of[h.i]
                        and abs(g.i - h.i) <= WINDOW for g in kept)
            out[n] = h._replace(role="landmark" if other else "site")
    return out
