"""The event coder: real event words, grouped by place and type, become `records.Event`s.

`segment.drafts` gives one draft per (sentence, event word, place); drafts of one type at one
place are one event told twice, and a weak draft (a killing, an explosion) at the place of a
strong event is part of it. Each event then takes its actors (`roles`), toll (`fatalities`),
claimant and denier (`claims`), with provenance naming the lexicon line or rule behind each.
"""
from __future__ import annotations

from datetime import date

from rasd.document import Document, Span
from rasd.events import claims, fatalities, roles
from rasd.events.claims import claimant_party, responsible_party
from rasd.events.country import article_country
from rasd.events.cues import cues
from rasd.events.layers import spans_in
from rasd.events.segment import Draft, drafts, place_key
from rasd.memo import per_document
from rasd.mentions.lexicon import Match
from rasd.records import Actor, Event, Evidence, Provenance
from rasd.registry import stage
from rasd.settings import Settings

_ATTACKS = ("Explosions/Remote violence", "Violence against civilians")
_NON_STATE = ("Rebel Groups", "Political Militias", "Identity Militias")


def group(doc: Document, found: list[Draft], cue_list: list[Match] | None = None) -> list[list[Draft]]:
    """Drafts of one event together: strong ones by (sub-type, place), weak ones folded in.

    A draft whose sentence names no place of its own retells an event of its type told elsewhere
    in the article, so it joins that event rather than making one at a borrowed place. A report
    dated to other days than the event, or across a sentence that turns to another topic ("من جهة
    أخرى"، "إلى ذلك"), is not a retelling of it: time.resolve would date the event from it.
    """
    groups: dict[tuple[str, str, int], list[Draft]] = {}
    shifts = {s.start for m in cue_list or () if m.entry.get("kind") == "shift"
              for s in [doc.sentence_of(m.start)] if s is not None and len(doc.text[s.start:m.start].strip()) <= 2}
    for d in sorted(found, key=lambda d: (d.rank != 1, not _own_place(d), d.trigger.start)):
        pk = place_key(doc, d.place)
        same_type = [k for k in groups if (d.rank != 1 or k[0] == d.sub) and _same_day(doc, groups[k], d)
                     and not _across_shift(groups[k], d, shifts)]
        same_place = [k for k in same_type if k[1] == pk]
        home = same_place[0] if same_place else None
        if home is None and same_type and not _own_place(d):
            home = min(same_type, key=lambda k: _distance(groups[k], d))
        elif home is None and not _own_place(d) and any(k[0] == d.sub for k in groups):
            continue  # a placeless report of another day or topic: too vague to stand alone
        groups.setdefault(home or (d.sub, pk, len(groups)), []).append(d)
    # the head (which decides place and actors) is a report that names its own place, if any
    sites = {place_key(doc, d.place) for d in found if _own_place(d)}
    return sorted((sorted(g, key=lambda d: _head_first(doc, d, sites)) for g in groups.values()),
                  key=lambda g: min(d.trigger.start for d in g))


def _head_first(doc: Document, d: Draft, sites: set[str]) -> tuple[int, bool, int]:
    """Strong reports first; among them those placed by a town of their own or by the town the article
    names first: a lede that names no place ("أفادت الشرطة بمقتل شخصين في اشتباكات") tells the story
    of the article's first town, so a later report at another town must not take its place, unless
    that town is the site of another report of its own (the lede was placed there only by default)."""
    return d.rank, not (_own_place(d) or _first_town(doc, d, sites)), d.trigger.start


def _first_town(doc: Document, d: Draft, sites: set[str]) -> bool:
    """The article's lede (its first sentence), placed by the first town the article names."""
    cands = getattr(d.place.value, "candidates", ()) if d.place is not None else ()
    lede = min((s.start for s in doc.layer("sentences")), default=-1) == d.sentence.start
    return (lede and d.place_rule.endswith("first_site_of_article") and bool(cands)
            and cands[0].feature != "PCLI" and place_key(doc, d.place) not in sites)


def _across_shift(members: list[Draft], d: Draft, shifts: set[int]) -> bool:
    """A sentence opening with "من جهة أخرى"/"إلى ذلك" turns to another event: reports on either
    side of it are not one event told twice."""
    def apart(m: Draft) -> bool:
        lo, hi = sorted((m.sentence.start, d.sentence.start))
        return any(lo < s <= hi for s in shifts)
    return all(apart(m) for m in members)


def _same_day(doc: Document, members: list[Draft], d: Draft) -> bool:
    """A sentence dated to other days than every dated report of a group tells another event."""
    mine = _days(doc, d.sentence)
    theirs = {day for m in members for day in _days(doc, m.sentence)}
    return not mine or not theirs or bool(mine & theirs)


def _days(doc: Document, sentence: Span) -> frozenset[date]:
    return _days_in(doc, sentence.start, sentence.end)


@per_document
def _days_in(doc: Document, start: int, end: int) -> frozenset[date]:
    """Days named in a sentence, read once per document (grouping asks for every member)."""
    return frozenset(v.day for s in spans_in(doc, "dates", Span(start, end, "sentence"))
                     if (v := s.value) is not None and getattr(v, "precision", 3) == 1)


def _distance(members: list[Draft], d: Draft) -> int:
    """How far a draft lies from a group: 0 inside one of its sentences, else characters apart."""
    if any(m.sentence == d.sentence for m in members):
        return 0
    return min(abs(m.trigger.start - d.trigger.start) for m in members)


def _own_place(d: Draft) -> bool:
    return d.place_rule.endswith("site_in_sentence")


def build(doc: Document) -> Document:
    """Stage body: `doc.events` from the mention layers."""
    found = drafts(doc)
    country = article_country(doc).name
    cue_list = cues(doc)
    return doc.with_events([event_of(doc, g, found, country, cue_list) for g in group(doc, found, cue_list)])


def event_of(doc: Document, members: list[Draft], found: list[Draft], country: str, cue_list: list[Match]) -> Event:
    """One event from its drafts: the first draft decides type, place and actors."""
    head = members[0]
    sentences = sorted({d.sentence for d in members}, key=lambda s: s.start)
    ev = _first_draft(doc, head, sentences)
    ev = _actors(doc, ev, members, country, cue_list)
    ev = _toll(doc, ev, members, found, cue_list)
    return _perpetrator_from_claim(doc, _claims(doc, ev, members), head)


def _first_draft(doc: Document, head: Draft, sentences: list[Span]) -> Event:
    """The event as its head report tells it: type, evidence, trigger, places and dates, with the
    reasons for type and places (made in one go, as `Event.explained` would have made them)."""
    trigger = (head.trigger.start, head.trigger.end)
    why = [Provenance("event_type", head.trigger.source, (trigger,), doc.id)]
    spans = tuple((p.start, p.end) for p in head.places)
    if head.places:
        why.append(Provenance("place_spans", head.place_rule, spans, doc.id))
    dates = [d for s in sentences for d in spans_in(doc, "dates", s)]
    return Event(article_ids=(doc.id,), event_type=head.etype, sub_event_type=head.sub,
                 evidence=tuple(Evidence(doc.id, s.start, s.end, doc.text_of(s)) for s in sentences),
                 trigger=trigger, place_spans=spans, date_spans=tuple((d.start, d.end) for d in dates),
                 provenance=tuple(why))


def _actors(doc: Document, ev: Event, members: list[Draft], country: str, cue_list: list[Match]) -> Event:
    found = [roles.assign(doc, d, country, cue_list) for d in members]
    best = next((r for r in found if r.actor1 is not None), found[0])
    a1 = best.actor1.name if best.actor1 else None
    # the side acted upon may be named only in another report of the event
    second = best if best.actor2 else next((r for r in found if r.actor2 and r.actor2.name != a1), best)
    reasons = [("actor1", best.rule, best.spans)]
    changes: dict[str, object] = {"actor1": best.actor1}
    if second.actor2 is not None and second.actor2.name != a1:
        reasons.append(("actor2", second.actor2_rule or second.rule, second.spans))
        changes["actor2"] = second.actor2
    return _retype(ev.explained_each(tuple(reasons), **changes))


def _retype(ev: Event) -> Event:
    """Sub-types that depend on who acts: territory taken by non-state forces, attacks on fighters."""
    a1, a2 = ev.actor1, ev.actor2
    if ev.sub_event_type == "Government regains territory" and a1 and a1.actor_type in _NON_STATE:
        return ev.explained("sub_event_type", "rule:events.build.non_state_takes_territory",
                            sub_event_type="Non-state actor overtakes territory")
    if ev.event_type == "Battles" and any(a and a.name.startswith("Protesters (") for a in (a1, a2)):
        return ev.explained("event_type", "rule:events.build.clash_with_protesters_is_riot",
                            event_type="Riots", sub_event_type="Violent demonstration")
    if ev.sub_event_type == "Attack" and a2 and a2.actor_type and a1 and a1.actor_type:
        return ev.explained("event_type", "rule:events.build.attack_on_armed_actor_is_clash",
                            event_type="Battles", sub_event_type="Armed clash")
    return ev


def _toll(doc: Document, ev: Event, members: list[Draft], found: list[Draft], cue_list: list[Match]) -> Event:
    own = _main_reports(doc, members)
    tolls = [fatalities.toll(doc, d, found, cue_list) for d in own]
    told = [t for t in tolls if t.spans]
    if not told:  # the toll may stand only in a weak report of the event ("ثلاثة جنود لقوا مصرعهم")
        weak = [d for d in members if d not in own]
        told = [t for t in fatalities.weak_report_tolls(doc, own, weak, found, cue_list) if not _vague(doc, t)]
    told = fatalities.update_first(told)
    exact = [t for t in told if not _vague(doc, t)]
    if told and _vague(doc, told[0]) and exact:
        return ev.explained("fatalities", "rule:events.build.exact_toll_over_vague", exact[0].spans,
                            fatalities=exact[0].value)
    best = told[0] if told else tolls[0]
    return ev.explained("fatalities", best.rule, best.spans, fatalities=best.value)


def _main_reports(doc: Document, members: list[Draft]) -> list[Draft]:
    """The reports whose tolls are the event's: the head's sentence and strong reports of its type at
    its place. A report placed at another town (a lede that borrowed the article's first site) was
    folded in as a retelling, but its dead may be that town's, so it counts only as a weak report."""
    head = members[0]
    here = place_key(doc, head.place)
    return [d for d in members if d.sentence == head.sentence or (
        d.rank == 1 and d.sub == head.sub and (d.place is None or place_key(doc, d.place) == here))]


def _vague(doc: Document, t: fatalities.Toll) -> bool:
    """"عشرات القتلى": a word standing for a number; a later report's exact count of the same
    event says more (ACLED codes the exact figure)."""
    counts = _counts_at(doc)
    found = [counts.get(span) for span in t.spans]
    return len(found) == 1 and found[0] is not None and getattr(found[0].value, "approximate", False) \
        and not any(ch.isdigit() for ch in doc.text_of(found[0])) and t.value >= 10


@per_document
def _counts_at(doc: Document) -> dict[tuple[int, int], Span]:
    """The article's counts by their offsets (the last of equal offsets, as a dict built in order)."""
    return {(c.start, c.end): c for c in doc.layer("counts")}


def _claims(doc: Document, ev: Event, members: list[Draft]) -> Event:
    found = [claims.claim(doc, d.sentence) for d in members]
    best = next((c for c in found if c.claimed_by), found[0])
    denier = next((c.disputed_by for c in found if c.disputed_by), None)
    reasons = [("claimed_by", best.rule, best.spans)]
    claimant = best.claimed_by
    if claimant is None and ev.event_type in _ATTACKS and (party := responsible_party(doc)):
        reasons.append(("claimed_by", "rule:events.claims.responsibility_in_article", ()))
        claimant = party
    if denier is not None:
        reasons.append(("disputed_by", "rule:events.claims.denial", ()))
    return ev.explained_each(tuple(reasons), claimed_by=claimant, disputed_by=denier)


def _perpetrator_from_claim(doc: Document, ev: Event, head: Draft) -> Event:
    """A party that claims an attack it carried out ("تبنى داعش التفجير") is the one who acted.

    Only where the sentence named no acting party: an unidentified group, nobody, or a party guessed
    from earlier sentences.
    """
    guessed = (ev.why("actor1") or ev.why("event_type")).rule.endswith("last_party_before")
    unnamed = ev.actor1 is None or guessed or ev.actor1.name.startswith("Unidentified Armed Group")
    if not unnamed:
        return ev
    why = ev.why("claimed_by")
    own_claim = bool(ev.claimed_by and why and why.spans) and all(
        head.sentence.start <= a and b <= head.sentence.end for a, b in why.spans)
    party = claimant_party(ev.claimed_by) if own_claim and ev.claimed_by else None
    if party is None and ev.event_type in _ATTACKS:
        party = responsible_party(doc)
    if party is None or (ev.actor1 is not None and ev.actor1.name == party):
        return ev
    actor2 = ev.actor2 or (ev.actor1 if ev.actor1 is not None and not guessed else None)
    if actor2 is not None and actor2.name == party:
        actor2 = None
    return ev.explained("actor1", "rule:events.build.claimant_is_perpetrator", (),
                        actor1=Actor(name=party, text=ev.claimed_by or ""), actor2=actor2)


@stage("events.build", requires=("triggers", "places", "dates", "counts", "actors", "attributions"),
       provides=("events",))
def make_build(settings: Settings):
    """Group mentions around realis triggers into event drafts."""
    return build
