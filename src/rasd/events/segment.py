"""Event segmentation: which event words of a sentence make events, and at which places.

One event per place, day and type. In each sentence the real (see `realis`) strong event words
give one draft per distinct sub-type; a sentence with only weak words (killing, attack,
explosion) gives one weak draft, which the builder later folds into a strong event of the
same place. Each draft takes the event-site places of its sentence nearest to its own word (a
list of places gives one draft per place); a sentence without a site borrows the last site of
the two sentences before it, else the article's first site.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rasd.document import Document, Span
from rasd.events import realis
from rasd.events.layers import spans_in
from rasd.memo import per_document
from rasd.mentions.triggers import rank_of
from rasd.text.normalize import key

SITE_ROLES = ("site", "region", "backref")
# Sub-types that a more specific one in the same sentence replaces.
SUPERSEDED = {
    "Remote explosive/landmine/IED": ("Suicide bomb",),
    "Peaceful protest": ("Protest with intervention", "Excessive force against protesters",
                         "Violent demonstration", "Mob violence"),
    "Attack": ("Abduction/forced disappearance", "Sexual violence"),
    "Shelling/artillery/missile attack": ("Chemical weapon",),
    "Protest with intervention": ("Violent demonstration", "Mob violence"),
    # fighting that ends in a change of control is coded as the territorial change
    "Armed clash": ("Government regains territory", "Non-state actor overtakes territory"),
}
MAX_TYPES = 2
OLD_DAYS = 45  # a date further back than this names history (ACLED codes recent news)
_TOLL_ROLES = ("killed", "wounded", "zero")
_ANCHOR_ROLES = (*_TOLL_ROLES, "people")  # "خطف مسلحون 15 شخصا", "تظاهر الآلاف": a counted occurrence
REGION_FEATURES = ("ADM1", "ADM2", "RGN", "PCLI")
_CLAUSE_CUT = re.compile(r"[,;\u060c\u061b]")
_LIST_GLUE = re.compile(r"[\s,\u060c]*\u0648?")  # only spaces, commas and the conjunction wa


@dataclass(frozen=True, slots=True)
class Draft:
    """An event in the making: its sentence, trigger, rank, place and the rule that chose it."""

    sentence: Span
    trigger: Span
    rank: int
    place: Span | None = None
    place_rule: str = ""
    places: tuple[Span, ...] = ()

    @property
    def sub(self) -> str:
        return self.trigger.value.sub_event_type

    @property
    def etype(self) -> str:
        return self.trigger.value.event_type


def place_key(doc: Document, place: Span | None) -> str:
    """A key naming a place: its best gazetteer candidate, else its normalised words.

    Grouping and tolls compare every draft's place with every other's: each place's key is made
    once per document (kept by the place's identity; the place is held beside its key)."""
    if place is None:
        return ""
    keys = _place_keys(doc)
    hit = keys.get(id(place))
    if hit is None or hit[0] is not place:
        hit = keys[id(place)] = (place, _place_key(doc, place))
    return hit[1]


@per_document
def _place_keys(doc: Document) -> dict[int, tuple[Span, str]]:
    """The document's table of place keys, filled as places are asked about."""
    return {}


def _place_key(doc: Document, place: Span) -> str:
    cands = getattr(place.value, "candidates", ())
    if cands:
        return f"{cands[0].name}|{cands[0].latitude:.2f}|{cands[0].longitude:.2f}"
    return key(doc.text_of(place))


def sites(doc: Document, sentence: Span) -> list[Span]:
    """Event-site places of a sentence or clause, in text order; a country only when nothing else."""
    return list(_sites(doc, sentence.start, sentence.end))


@per_document
def _sites(doc: Document, start: int, end: int) -> tuple[Span, ...]:
    """`sites` of one stretch, read once per document: every clause, draft and borrowing asks."""
    found = _site_places(doc, start, end)
    local = tuple(p for p in found if not _is_country(p))
    return local or found


def _clause_sites(doc: Document, sentence: Span, clause: Span) -> list[Span]:
    """`sites(doc, clause)` of a clause of the sentence: its site places are the sentence's that lie
    in the clause (same order), so the layer is sliced once per sentence, not once per clause."""
    found = [p for p in _site_places(doc, sentence.start, sentence.end)
             if clause.start <= p.start and p.end <= clause.end]
    local = [p for p in found if not _is_country(p)]
    return local or found


@per_document
def _site_places(doc: Document, start: int, end: int) -> tuple[Span, ...]:
    """The places of a stretch whose role makes them event sites (countries included)."""
    return tuple(p for p in spans_in(doc, "places", Span(start, end, "sentence"))
                 if getattr(p.value, "role", "site") in SITE_ROLES)


def _is_country(place: Span) -> bool:
    cands = getattr(place.value, "candidates", ())
    return bool(cands) and cands[0].feature == "PCLI"


def clauses(doc: Document, sentence: Span) -> list[Span]:
    """A sentence cut at commas and semicolons: long comma-spliced reports hold one event a clause."""
    out, start = [], sentence.start
    for m in _CLAUSE_CUT.finditer(doc.text, sentence.start, sentence.end):
        out.append(Span(start, m.start(), "clause"))
        start = m.end()
    out.append(Span(start, sentence.end, "clause"))
    return [c for c in out if c.end > c.start]


def drafts(doc: Document) -> list[Draft]:
    """Drafts of every clause of every sentence, in text order."""
    found = realis.markers(doc)
    out: list[Draft] = []
    sentences = doc.layer("sentences")
    for i, sentence in enumerate(sentences):
        last_sites: list[Span] = []
        real_here = [t for t in spans_in(doc, "triggers", sentence) if realis.verdict(doc, t, found).real]
        if not real_here:  # no clause of it can make a draft (its sites serve only its own clauses)
            continue
        subs = {t.value.sub_event_type for t in real_here if rank_of(t) == 1}
        for clause in clauses(doc, sentence):
            here = _clause_sites(doc, sentence, clause)
            real = [t for t in real_here if t.within(clause)]
            chosen = [(t, r) for t, r in choose(real, subs) if r == 1 or supported(doc, sentence)]
            if chosen and anchored(doc, sentence) and not dated_long_ago(doc, sentence) \
                    and not dated_long_ago(doc, clause):
                out += placed(doc, sentences, i, chosen, here or last_sites)
            last_sites = here or last_sites
    return out


def supported(doc: Document, sentence: Span) -> bool:
    """A weak word (killing, explosion) makes an event only beside a toll, or a party at a named place."""
    if any(getattr(c.value, "role", "") in _TOLL_ROLES for c in spans_in(doc, "counts", sentence)):
        return True
    # the country's army or police by a common noun ("الجيش", "الشرطة") is too common to vouch for an event
    parties = [a for a in spans_in(doc, "actors", sentence) if a.value.kind != "civilian"
               and not (a.source.startswith("actors/generic.tsv") and a.value.kind == "state")]
    return bool(parties) and bool(sites(doc, sentence))


def anchored(doc: Document, sentence: Span) -> bool:
    """A news report pins its events in time: a day-level date in the article, or a count of the
    people hurt or taking part in the sentence (a toll, "15 شخصا", "الآلاف"), or a sentence that
    tells its event as news (`realis.narrated`: a past-tense verb of occurrence, a source's word).

    An article with none of these (commentary, history, profiles) reports no event (GUIDE: background
    without a time that can be pinned is not an event).
    """
    if _dated_article(doc) or realis.narrated(doc, sentence):
        return True
    return any(getattr(c.value, "role", "") in _ANCHOR_ROLES for c in spans_in(doc, "counts", sentence))


@per_document
def _dated_article(doc: Document) -> bool:
    """Whether the article states a day or a month (asked once per clause with events)."""
    return any(getattr(d.value, "precision", 3) <= 2 for d in doc.layer("dates"))


def dated_long_ago(doc: Document, sentence: Span) -> bool:
    """Every date of the sentence (or clause) lies months before publication: history, not this
    report's news ("خطف مواطن في عام 2003" beside today's news in another clause)."""
    return _long_ago(doc, sentence.start, sentence.end)


@per_document
def _long_ago(doc: Document, start: int, end: int) -> bool:
    """`dated_long_ago` of one stretch, once per document (each clause asks about its sentence)."""
    published = _published(doc)
    if published is None:
        return False
    days = [getattr(d.value, "day", None) for d in spans_in(doc, "dates", Span(start, end, "sentence"))]
    days = [d for d in days if d is not None]
    return bool(days) and all((published - d).days > OLD_DAYS for d in days)


@per_document
def _published(doc: Document) -> date | None:
    try:
        return date.fromisoformat((doc.article.published or "")[:10])
    except ValueError:
        return None


def choose(triggers: list[Span], subs: set[str] | None = None) -> list[tuple[Span, int]]:
    """The triggers that make events in one clause, with their ranks; `subs` are the strong
    sub-types of the whole sentence (a more specific one anywhere in it supersedes)."""
    strong = [t for t in triggers if rank_of(t) == 1]
    if not strong:
        if not triggers:
            return []
        specific = [t for t in triggers if t.value.sub_event_type != "Attack"]
        return [((specific or triggers)[0], 2)]
    subs = (subs or set()) | {t.value.sub_event_type for t in strong}
    firsts: dict[str, Span] = {}
    for t in strong:
        sub = t.value.sub_event_type
        if not any(better in subs for better in SUPERSEDED.get(sub, ())):
            firsts.setdefault(sub, t)
    return [(t, 1) for t in list(firsts.values())[:MAX_TYPES]]


def placed(doc: Document, sentences: tuple[Span, ...], i: int, chosen: list[tuple[Span, int]],
           here: list[Span]) -> list[Draft]:
    """One draft per (trigger, place unit): each site goes to the nearest chosen trigger."""
    if not here:
        place, rule = borrowed(doc, sentences, i)
        return [Draft(sentences[i], t, r, place, rule, (place,) if place else ()) for t, r in chosen]
    groups: dict[int, list[Span]] = {j: [] for j in range(len(chosen))}
    for p in here:
        groups[min(range(len(chosen)), key=lambda j: abs(chosen[j][0].start - p.start))].append(p)
    out = []
    for j, (t, r) in enumerate(chosen):
        mine = groups[j] or [min(here, key=lambda p: abs(t.start - p.start))]
        for unit in units(doc, mine):
            unit.sort(key=lambda p, t=t: (p.start < t.start, abs(p.start - t.start)))
            out.append(Draft(sentences[i], t, r, best_place(unit), "rule:events.segment.site_in_sentence",
                             tuple(unit)))
    return out


def units(doc: Document, places: list[Span]) -> list[list[Span]]:
    """Places split where they form a list ("X وY، وZ": one event each); "X جنوب Y" stays one unit."""
    out: list[list[Span]] = []
    for p in places:
        if out and not _LIST_GLUE.fullmatch(doc.text[out[-1][-1].end:p.start]):
            out[-1].append(p)
        else:
            out.append([p])
    return out


def best_place(unit: list[Span]) -> Span:
    """The unit's most specific place: not given relative to another, not a region; then the first
    (units are ordered by closeness to the event word, places after it first: "سيطرت على X")."""
    def rank(p: Span) -> tuple[int, int]:
        v = p.value
        cands = getattr(v, "candidates", ())
        region = bool(cands) and cands[0].feature in REGION_FEATURES
        return (bool(getattr(v, "relation", "")) + 2 * region + 4 * (not cands), unit.index(p))
    return min(unit, key=rank)


def borrowed(doc: Document, sentences: tuple[Span, ...], i: int) -> tuple[Span | None, str]:
    """The last site of the two sentences before, else the article's first site."""
    for k in (i - 1, i - 2):
        if k >= 0 and (prev := sites(doc, sentences[k])):
            return prev[-1], "rule:events.segment.site_of_previous_sentence"
    first = _first_site(doc, sentences)
    if first is not None:
        return first, "rule:events.segment.first_site_of_article"
    return None, "rule:events.segment.no_site"


_last_first: list[tuple[Document, tuple[Span, ...], Span | None] | None] = [None]


def _first_site(doc: Document, sentences: tuple[Span, ...]) -> Span | None:
    """The first site of the first sentence that has one, looked for once per document."""
    last = _last_first[0]
    if last is None or last[0] is not doc or last[1] is not sentences:
        first = next((found[0] for sentence in sentences if (found := sites(doc, sentence))), None)
        last = _last_first[0] = (doc, sentences, first)
    return last[2]
