"""Roles: which actor acts (actor1) and which is acted upon (actor2).

In the event's sentence: "بين X و Y" gives X and Y; an actor after an agent cue ("على يد",
"هجوم شنه") acts; an actor after a target cue ("على مواقع", "ضد", "استهدف"), a civilian word, or
whose men are counted dead ("قتل 4 من عناصر X") is acted upon; the first other actor acts. Protests and riots
are done by protesters or rioters of the article's country. With no acting actor in the
sentence, violence against civilians falls to an unidentified armed group, anything else to
the last party named earlier in the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.document import Document, Span
from rasd.events.cues import cue_before, within_words
from rasd.events.layers import spans_in
from rasd.events.segment import Draft
from rasd.mentions.lexicon import Match
from rasd.records import Actor

_GENERIC = {"Protests": "Protesters ({})", "Riots": "Rioters ({})"}
_UNKNOWN = "Unidentified Armed Group ({})"
_BOMBS = ("Remote explosive/landmine/IED", "Suicide bomb")  # planted or driven in by men no one names
_PASSIVE = ("civilian", "protester")
_AIR_FORCES = ("State Forces", "External/Other Forces")
_HURT = ("killed", "wounded")
_NON_STATE = ("Rebel Groups", "Political Militias", "Identity Militias")
_OF = re.compile(r"(?:^|\s)(?:\u0645\u0646\s|\u0645\u0648\u0627\u0644)")  # min ("of"), muwal- ("loyal to")


@dataclass(frozen=True, slots=True)
class Roles:
    """The two sides of an event and the rule that assigned them."""

    actor1: Actor | None
    actor2: Actor | None
    rule: str
    spans: tuple[tuple[int, int], ...] = ()


def assign(doc: Document, draft: Draft, country: str, found: list[Match]) -> Roles:
    """actor1 and actor2 of one draft."""
    mentions = _named_over_generic(doc, list(spans_in(doc, "actors", draft.sentence)))
    if draft.etype in _GENERIC:
        return _crowd(draft, mentions, country)
    between = [m for m in mentions if cue_before(doc, found, m, "between")]
    if between:
        pair = _distinct(mentions[mentions.index(between[0]):])
        if len(pair) >= 2:
            return Roles(pair[0].value.actor, pair[1].value.actor, "rule:events.roles.between", _offs(pair[:2]))
    counted = _counted(doc, draft.sentence)
    named = [m for m in mentions if cue_before(doc, found, m, "agent")]
    targets = [m for m in mentions if m not in named and (
        m.value.kind in _PASSIVE or cue_before(doc, found, m, "target") or _victims(doc, m, counted))]
    agents = _distinct(named + [m for m in mentions if m not in targets and m not in named])
    a2 = _distinct(targets)[:1] or [m for m in agents[1:2]]
    a1 = agents[:1]
    if a2 and a1 and a2[0].value.actor.name == a1[0].value.actor.name:
        a2 = []
    if a1:
        return Roles(a1[0].value.actor, a2[0].value.actor if a2 else None, "rule:events.roles.sentence",
                     _offs(a1 + a2))
    actor2 = a2[0].value.actor if a2 else None
    return _anaphor(doc, draft, found, actor2) or _fallback(doc, draft, country, actor2)


def _anaphor(doc: Document, draft: Draft, found: list[Match], actor2: Actor | None) -> Roles | None:
    """"هجمات شنها التنظيم": the armed group named last before the sentence acts, unless the word
    is itself acted upon ("ضد مواقع التنظيم")."""
    cues_here = [m for m in found if m.entry.get("kind") == "anaphor"
                 and draft.sentence.start <= m.start < draft.sentence.end]
    for m in cues_here:
        if cue_before(doc, found, Span(m.start, m.end, "anaphor"), "target"):
            continue
        earlier = [a for a in doc.layer("actors") if a.end <= m.start
                   and (a.value.actor.actor_type or "") in _NON_STATE]
        if earlier and (actor2 is None or earlier[-1].value.actor.name != actor2.name):
            return Roles(earlier[-1].value.actor, actor2, "rule:events.roles.anaphor", _offs(earlier[-1:]))
    return None


def _counted(doc: Document, sentence: Span) -> list[Span]:
    """Counts of killed or wounded people in the sentence."""
    return [c for c in spans_in(doc, "counts", sentence) if getattr(c.value, "role", "") in _HURT]


def _victims(doc: Document, mention: Span, counted: list[Span]) -> bool:
    """"قتل 4 من عناصر X", "مقتل جنديين من قوات X": the party whose men are counted dead or hurt
    was acted upon, whatever its place in the sentence."""
    for c in counted:
        if c.start <= mention.start < c.end:
            return True
        if c.end <= mention.start and within_words(doc.text, c.end, mention.start, 3) \
                and _OF.search(doc.text[c.start:mention.start]):
            return True
    return False


def _named_over_generic(doc: Document, mentions: list[Span]) -> list[Span]:
    """"مسلحون من قبيلة التبو", "عناصر من داعش": unnamed men followed by their group are that group."""
    out = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        generic = m.value.actor.name.startswith("Unidentified Armed Group")
        if generic and nxt is not None and within_words(doc.text, m.end, nxt.start, 3) \
                and not nxt.value.actor.name.startswith(("Unidentified", "Civilians")):
            continue
        out.append(m)
    return out


def _crowd(draft: Draft, mentions: list[Span], country: str) -> Roles:
    name = _GENERIC[draft.etype].format(country)
    others = [m for m in mentions if m.value.kind not in ("protester", "rioter")]
    a2 = others[0].value.actor if others else None
    return Roles(Actor(name), a2, "rule:events.roles.crowd")


def _fallback(doc: Document, draft: Draft, country: str, actor2: Actor | None) -> Roles:
    if draft.etype == "Violence against civilians" or draft.sub in _BOMBS:
        return Roles(Actor(_UNKNOWN.format(country)), actor2 or _civilians(draft, country),
                     "rule:events.roles.unidentified")
    earlier = [m for m in doc.layer("actors") if m.end <= draft.sentence.start and m.value.kind not in _PASSIVE]
    if draft.sub == "Air/drone strike":  # aircraft belong to states and foreign forces, not militias
        earlier = [m for m in earlier if m.value.actor.actor_type in _AIR_FORCES] or earlier
    if earlier:
        return Roles(earlier[-1].value.actor, actor2, "rule:events.roles.last_party_before", _offs(earlier[-1:]))
    if draft.etype == "Explosions/Remote violence" and draft.sub != "Air/drone strike":
        # a shell or a bomb with no party named anywhere before: ACLED's unidentified armed group
        return Roles(Actor(_UNKNOWN.format(country)), actor2, "rule:events.roles.unidentified")
    return Roles(None, actor2, "rule:events.roles.none")


def _civilians(draft: Draft, country: str) -> Actor | None:
    return Actor(f"Civilians ({country})") if draft.etype == "Violence against civilians" else None


def _distinct(mentions: list[Span]) -> list[Span]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.value.actor.name not in seen:
            seen.add(m.value.actor.name)
            out.append(m)
    return out


def _offs(spans: list[Span]) -> tuple[tuple[int, int], ...]:
    return tuple((s.start, s.end) for s in spans)
