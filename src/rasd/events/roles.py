"""Roles: which actor acts (actor1) and which is acted upon (actor2).

In the event's sentence: "بين X و Y" gives X and Y; an actor after an agent cue ("على يد",
"هجوم شنه") acts; an actor after a target cue ("على مواقع", "ضد", "استهدف"), a civilian word, or
whose men are counted dead ("قتل 4 من عناصر X") is acted upon; the first other actor acts. Protests and riots
are done by protesters or rioters of the article's country. With no acting actor in the
sentence, violence against civilians falls to an unidentified armed group, anything else to
the last party named earlier in the article. Bombings, shellings and attacks on civilians that
count people dead or hurt ("قتل 5 أشخاص") and name no side struck strike civilians; civilians are
no side of a battle; the police or army telling of an incident ("قالت الشرطة إن…") report it and
are no side of it; in a bombing the country's forces named by common nouns are struck; in an air
strike with an elided subject armed groups without aircraft are struck.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.document import Document, Span
from rasd.events.claims import responsibility_near
from rasd.events.country import event_country
from rasd.events.cues import cue_before, in_sentence, within_words
from rasd.events.layers import spans_in
from rasd.events.segment import Draft
from rasd.memo import per_document
from rasd.mentions.lexicon import Match, matcher
from rasd.records import Actor

_GENERIC = {"Protests": "Protesters ({})", "Riots": "Rioters ({})"}
_UNKNOWN = "Unidentified Armed Group ({})"
_CIVILIANS = "Civilians ({})"
_PERSONS = "actors/persons.tsv"
_GENERIC_FILE = "actors/generic.tsv"
_HARM_CIVILIANS = ("Explosions/Remote violence", "Violence against civilians")
_ATTACKS = ("Explosions/Remote violence", "Violence against civilians", "Battles")
_BOMBS = ("Remote explosive/landmine/IED", "Suicide bomb")  # planted or driven in by men no one names
_PASSIVE = ("civilian", "protester")
_BACKER = "backer"  # "القوات المدعومة من التحالف": the ally of a side (rasd.mentions.actors)
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
    actor2_rule: str = ""  # set when actor2 has a reason of its own (victims counted as civilians)


def assign(doc: Document, draft: Draft, country: str, found: list[Match]) -> Roles:
    """actor1 and actor2 of one draft; generic sides take the country of the event's own town."""
    country = event_country(doc, draft.place, draft.sentence.start, country)
    roles = _claimed_by_its_author(doc, draft, _sentence_roles(doc, draft, country, found))
    if roles.actor2 is None and draft.etype in _HARM_CIVILIANS and _people_hurt(doc, draft.sentence):
        civilians = Actor(_CIVILIANS.format(country))
        if roles.actor1 is None or roles.actor1.name != civilians.name:
            return Roles(roles.actor1, civilians, roles.rule, roles.spans, "rule:events.roles.victims_are_civilians")
    return roles


def _claimed_by_its_author(doc: Document, draft: Draft, roles: Roles) -> Roles:
    """"… تفجير سيارة مفخخة. وتبناه التنظيم": an attack no one is named for, claimed in its sentence
    or the next by a group, was carried out by that group."""
    unnamed = roles.actor1 is None or roles.actor1.name.startswith(_UNKNOWN.split("{")[0]) \
        or roles.rule.endswith("last_party_before")
    if not unnamed or draft.etype not in _ATTACKS:
        return roles
    party = responsibility_near(doc, draft.sentence)
    if party is None or (roles.actor2 is not None and roles.actor2.name == party):
        return roles
    return Roles(Actor(party), roles.actor2, "rule:events.roles.claimed_by_its_author", roles.spans, roles.actor2_rule)


def _people_hurt(doc: Document, sentence: Span) -> bool:
    """"قتل 5 أشخاص", "20 مدنيا": people counted dead or hurt with no party named as theirs are
    civilians for ACLED when a bomb, a shell or an attack on civilians struck them."""
    return _hurt_in(doc, sentence.start, sentence.end)


@per_document
def _hurt_in(doc: Document, start: int, end: int) -> bool:
    """`_people_hurt` of one sentence, once per document (every draft of the sentence asks)."""
    if doc.norm is None:
        return False
    counted = _counted(doc, Span(start, end, "sentence"))
    words = [m for m in _persons(doc) if start <= m.start < end]
    return any(c.start <= w.start < c.end for c in counted for w in words)


@per_document
def _persons(doc: Document) -> tuple[Match, ...]:
    """The article's person words ("أشخاص", "مدنيين"), found once."""
    return tuple(matcher(_PERSONS).find(doc.norm)) if doc.norm is not None else ()


def _sentence_roles(doc: Document, draft: Draft, country: str, found: list[Match]) -> Roles:
    """Roles from the sentence's own actors and cues, else the fallbacks."""
    mentions = _named_over_generic(doc, _not_reporters(doc, draft, list(spans_in(doc, "actors", draft.sentence))))
    if draft.etype == "Battles":  # ACLED: battles are between armed sides; civilians caught in them are no side
        mentions = [m for m in mentions if m.value.kind != "civilian"]
    if draft.etype in _GENERIC:
        return _crowd(draft, mentions, country)
    backers = [m for m in mentions if m.value.kind == _BACKER]  # allies of a side: never acted upon
    mentions = [m for m in mentions if m not in backers]
    between = [m for m in mentions if cue_before(doc, found, m, "between")]
    if between:
        pair = _distinct(mentions[mentions.index(between[0]):])
        if len(pair) >= 2:
            return Roles(pair[0].value.actor, pair[1].value.actor, "rule:events.roles.between", _offs(pair[:2]))
    counted = _counted(doc, draft.sentence)
    named = [m for m in mentions if cue_before(doc, found, m, "agent")]
    targets = [m for m in mentions if m not in named and (
        m.value.kind in _PASSIVE or cue_before(doc, found, m, "target") or _victims(doc, m, counted)
        or _bombed_forces(draft, m))]
    targets += _struck_from_the_air(doc, draft, [m for m in mentions if m not in targets and m not in named])
    agents = _distinct(named + [m for m in mentions if m not in targets and m not in named])
    a2 = _distinct(targets)[:1] or [m for m in agents[1:2]]
    a1 = agents[:1]
    if a2 and a1 and a2[0].value.actor.name == a1[0].value.actor.name:
        a2 = []
    if a1:
        return Roles(a1[0].value.actor, a2[0].value.actor if a2 else None, "rule:events.roles.sentence",
                     _offs(a1 + a2))
    ally = [b for b in backers if not a2 or b.value.actor.name != a2[0].value.actor.name]
    if ally:  # "تقدمت القوات الموالية للرئيس بدعم من طيران التحالف": the side is unnamed, its ally acts with it
        return Roles(ally[0].value.actor, a2[0].value.actor if a2 else None, "rule:events.roles.ally_of_unnamed_side",
                     _offs(ally[:1] + a2))
    actor2 = a2[0].value.actor if a2 else None
    return _anaphor(doc, draft, found, actor2) or _fallback(doc, draft, country, actor2)


def _anaphor(doc: Document, draft: Draft, found: list[Match], actor2: Actor | None) -> Roles | None:
    """"هجمات شنها التنظيم": the armed group named last before the sentence acts, unless the word
    is itself acted upon ("ضد مواقع التنظيم")."""
    cues_here = in_sentence(found, draft.sentence, "anaphor")
    for m in cues_here:
        if cue_before(doc, found, Span(m.start, m.end, "anaphor"), "target"):
            continue
        earlier = [a for a in doc.layer("actors") if a.end <= m.start
                   and (a.value.actor.actor_type or "") in _NON_STATE]
        if earlier and (actor2 is None or earlier[-1].value.actor.name != actor2.name):
            return Roles(earlier[-1].value.actor, actor2, "rule:events.roles.anaphor", _offs(earlier[-1:]))
    return None


def _struck_from_the_air(doc: Document, draft: Draft, candidates: list[Span]) -> list[Span]:
    """"ونفذ أربع غارات على معسكر للمسلحين … وآليات للمتمردين": in an air strike with no air force named
    in its sentence, armed groups without aircraft were struck, when a state or foreign air force was
    named before (the elided subject)."""
    if draft.sub != "Air/drone strike" or any(_airborne(m) for m in candidates):
        return []
    earlier = [m for m in doc.layer("actors") if m.end <= draft.sentence.start and _airborne(m)]
    return [m for m in candidates if (m.value.actor.actor_type or "") in _NON_STATE
            or m.value.actor.name.startswith(_UNKNOWN.split("{")[0])] if earlier else []


def _airborne(mention: Span) -> bool:
    return (mention.value.actor.actor_type or "") in _AIR_FORCES


def _bombed_forces(draft: Draft, mention: Span) -> bool:
    """"انفجرت عبوة بدورية للجيش": the country's army or police told of by a common noun, in a
    bombing, are the side struck (they do not plant bombs), unless an agent cue names them."""
    return draft.sub in _BOMBS and mention.value.kind == "state" and mention.source.startswith(_GENERIC_FILE)


def _not_reporters(doc: Document, draft: Draft, mentions: list[Span]) -> list[Span]:
    """"أفاد ضابط في الشرطة أن…", "ذكرت الشرطة النيجيرية أن مهاجما فجر نفسه…": the police or army telling of
    an incident report it; they are no side of it unless the sentence names them again. Arrests and
    other moves they announce are their own acts, so there the speaker stays."""
    if draft.etype == "Strategic developments":
        return mentions
    return [m for m in mentions if not _reporter(doc, draft, m)]


def _reporter(doc: Document, draft: Draft, m: Span) -> bool:
    """Whether `_not_reporters` leaves a mention out: forces inside an attribution naming a speaker."""
    return draft.etype != "Strategic developments" and _reporting_forces(draft, m) \
        and any(a.start <= m.start and m.end <= a.end for a in _said(doc))


@per_document
def _said(doc: Document) -> tuple[Span, ...]:
    """The article's attributions that name who speaks, listed once."""
    return tuple(a for a in doc.layer("attributions") if a.value.who_text)


def _reporting_forces(draft: Draft, mention: Span) -> bool:
    """Generic army/police words always; named state forces only about a bombing (they plant none)."""
    generic = mention.source.startswith(_GENERIC_FILE) and mention.value.kind == "state"
    return generic or (draft.sub in _BOMBS and (mention.value.actor.actor_type or "") == "State Forces")


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
    # residents in a protest's sentence are the crowd itself ("تظاهر مئات من أهالي المدينة"), not its target
    own = ("protester", "rioter", "civilian") if draft.etype == "Protests" else ("protester", "rioter")
    others = [m for m in mentions if m.value.kind not in own]
    a2 = others[0].value.actor if others else None
    return Roles(Actor(name), a2, "rule:events.roles.crowd")


def _fallback(doc: Document, draft: Draft, country: str, actor2: Actor | None) -> Roles:
    if draft.etype == "Violence against civilians" or draft.sub in _BOMBS:
        return Roles(Actor(_UNKNOWN.format(country)), actor2 or _civilians(draft, country),
                     "rule:events.roles.unidentified")
    last = _last_party_before(doc, draft)
    if last is not None:
        return Roles(last.value.actor, actor2, "rule:events.roles.last_party_before", _offs([last]))
    if draft.etype == "Explosions/Remote violence" and draft.sub != "Air/drone strike":
        # a shell or a bomb with no party named anywhere before: ACLED's unidentified armed group
        return Roles(Actor(_UNKNOWN.format(country)), actor2, "rule:events.roles.unidentified")
    return Roles(None, actor2, "rule:events.roles.none")


def _last_party_before(doc: Document, draft: Draft) -> Span | None:
    """The last party named before the sentence (no reporter, victim or backer); in an air strike the
    last air force, if any (aircraft belong to states and foreign forces, not militias). Read from
    the sentence backwards, stopping at the first that fits."""
    start, air = draft.sentence.start, draft.sub == "Air/drone strike"
    last = None
    for m in reversed(doc.layer("actors")):
        if m.end > start or m.value.kind in (*_PASSIVE, _BACKER) or _reporter(doc, draft, m):
            continue
        if not air or m.value.actor.actor_type in _AIR_FORCES:
            return m
        last = last or m
    return last


def _civilians(draft: Draft, country: str) -> Actor | None:
    return Actor(f"Civilians ({country})") if draft.etype == "Violence against civilians" else None


def other_side(actor1: Actor | None, *candidates: Actor | None) -> Actor | None:
    """The first candidate for actor2 that is not actor1: reports merged into one event may name
    the same party on opposite sides ("LNA | LNA"), and a side never fights itself."""
    taken = actor1.name if actor1 is not None else None
    return next((c for c in candidates if c is not None and c.name != taken), None)


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
