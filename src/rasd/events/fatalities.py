"""Fatalities of one event: killed counts of its own sentence, nearest to its trigger.

The `counts` layer (CountValue) says what happened to the people it counts; only `killed`
and `zero` matter here. When a sentence makes several events, a count belongs to the event
whose trigger is nearest. A toll totalled over a campaign ("منذ بدء العملية") is not an event's
toll, though the event's own dead told before it in the sentence are. The killed count nearest the
trigger is kept; counts joined to it by "و" (groups of one toll) are summed, and "others" who died,
told in the next sentences of the paragraph ("وتوفي اثنان آخران متأثرين بجروحهما"), are added.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.document import Document, Span
from rasd.events.cues import of_kind, within_words
from rasd.events.layers import sentence_index, spans_in
from rasd.events.segment import Draft, place_key
from rasd.memo import by_identity
from rasd.mentions.lexicon import Match, matcher
from rasd.text.normalize import normalize

_WORDS = re.compile(r"[\w\u0600-\u06FF]+")
_AND = re.compile(r"(?:^|\s)\u0648")  # the conjunction wa starting a word
_SUBSET = re.compile(r"\u0628\u064a\u0646\u0647|\u0645\u0646\u0647\u0645")  # بينه(م)، منهم: a subset
_OTHERS = re.compile(r"\s*(?:\u0622\u062e\u0631|\u0627\u062e\u0631|\u0622\u062e\u0631\u064a\u0646)")  # آخر(ين)
_OTHERS_IN = re.compile(r"(?:\u0622|\u0627)\u062e\u0631")  # آخر/اخر anywhere: others
_BREAK = re.compile(r"[.;:\u061b]")
_BETWEEN = re.compile(r"(?:^|\s)\u0628\u064a\u0646(?:\s|$)")  # bayna: "between"
_KILLED_BY = re.compile(r"\u0642\u062a\u0644(?:\u0648\u0646|\u0648\u0627)$")  # qtl + -uun/-uu: "they killed"
_UPDATE = "toll_rose_to"  # the rule of a count read as a toll that rose (time/counts.py)
CAMPAIGN_AFTER = 3  # words between a count and a campaign cue after it
SPEAKERS = "lexicons/reporting_verbs.tsv"
LIST_GAP = 1  # words between two places of one list ("و" glued to the next place is no word)
MORE_AHEAD = 2  # sentences after the event's that may add dead to its toll
UPDATE_AHEAD = 3  # sentences after the event's that may update its toll


@dataclass(frozen=True, slots=True)
class Toll:
    """A death toll, the spans it rests on and the rule."""

    value: int
    rule: str
    spans: tuple[tuple[int, int], ...] = ()


def toll(doc: Document, draft: Draft, siblings: list[Draft], found: list[Match]) -> Toll:
    """The draft's toll; 0 with rule `none` when its sentence reports no deaths."""
    rivals = _rivals(draft, siblings)
    counts = [c for c in spans_in(doc, "counts", draft.sentence)
              if getattr(c.value, "role", "") in ("killed", "zero") and _nearest(c, draft, rivals)]
    totals = [c for c in counts if c.value.role == "killed" and campaign_total(doc, c, found)]
    if totals and len(totals) == len([c for c in counts if c.value.role == "killed"]):
        return Toll(0, "rule:events.fatalities.campaign_total_ignored")
    killed = [c for c in counts if c.value.role == "killed" and c not in totals]
    killed = [c for c in killed if not _subset(doc, c, killed)] or killed
    if killed and _spread_over_places(doc, draft, siblings):
        return Toll(0, "rule:events.fatalities.toll_over_places_ignored")
    if killed:
        return with_more_dead(doc, draft, siblings, _killed_toll(doc, draft, killed))
    if counts:
        return Toll(0, counts[0].source or "rule:events.fatalities.zero", ((counts[0].start, counts[0].end),))
    return Toll(0, "rule:events.fatalities.none")


def update_first(told: list[Toll]) -> list[Toll]:
    """An event's reports: a toll that rose ("ارتفعت حصيلة قتلى المعارك إلى 11") above the first
    report's comes first, wherever it is told (GUIDE: the figure the toll rose to)."""
    rose = [t for t in told if _UPDATE in t.rule]
    if not told or not rose:
        return told
    top = max(rose, key=lambda t: t.value)
    return [top, *(t for t in told if t is not top)] if top.value > told[0].value else told


def weak_report_tolls(doc: Document, own: list[Draft], weak: list[Draft], siblings: list[Draft],
                      found: list[Match]) -> list[Toll]:
    """Tolls of an event's weak reports ("ثلاثة جنود لقوا مصرعهم … . وصدت القوات الهجوم"), for an
    event whose main reports count no dead: reports that name its place, and reports with no site of
    their own told next to one of its main reports. A placeless killing told sentences away ("كما
    أفاد مصدر بمقتل 19 مسلحا") or a toll risen over many attacks at the article's end is another
    incident or a running total, though grouping folded it into the nearest event of the article."""
    here = place_key(doc, own[0].place)
    near = _neighbourhood(doc, own)
    return [t for d in weak if _binds(doc, d, here, near) and (t := toll(doc, d, siblings, found)).spans]


def _binds(doc: Document, d: Draft, here: str, near: set[int]) -> bool:
    """A report naming a town binds at that town; one placed by a country ("في سوريا") or by no site of
    its own binds only next to the event's main reports."""
    if d.place_rule.endswith("site_in_sentence") and not _country(d.place):
        return place_key(doc, d.place) == here
    return d.sentence.start in near


def _country(place: Span | None) -> bool:
    cands = getattr(place.value, "candidates", ()) if place is not None else ()
    return bool(cands) and cands[0].feature == "PCLI"


def _neighbourhood(doc: Document, own: list[Draft]) -> set[int]:
    """Starts of the sentences of the main reports and of the sentences right before and after them."""
    sents = list(doc.layer("sentences"))
    index = {s.start: i for i, s in enumerate(sents)}
    hits = {index[d.sentence.start] for d in own if d.sentence.start in index}
    return {sents[j].start for i in hits for j in (i - 1, i, i + 1) if 0 <= j < len(sents)}


def _spread_over_places(doc: Document, draft: Draft, siblings: list[Draft]) -> bool:
    """"اندلعت مواجهات في بلدات مرزق وغات وتراغن، خلفت 45 قتيلا": one event word
    over a list of towns makes an event at each, and the one toll is their sum, not any town's
    (GUIDE: deaths totalled over many incidents are not attached to one event)."""
    here = place_key(doc, draft.place)
    return any(d.trigger == draft.trigger and d.sentence == draft.sentence and place_key(doc, d.place) != here
               and _listed(doc, draft.place, d.place) for d in _of_sentence(siblings, draft.sentence))


def _listed(doc: Document, a: Span | None, b: Span | None) -> bool:
    """Two places named one after the other ("سبها والكفرة"، "درنة، وبنغازي"): a list of towns, not a
    town placed relative to another ("في كفري … شمال شرقي بعقوبة") nor a spot between two ("حي يقع
    بين محافظتي عدن ولحج": one site)."""
    if a is None or b is None:
        return False
    lo, hi = sorted((a, b), key=lambda s: s.start)
    if _BETWEEN.search(doc.text[max(0, lo.start - 16):lo.start]):
        return False
    between = doc.text[lo.end:hi.start]
    joined = _AND.search(" " + between.strip()) is not None or "\u060c" in between
    return joined and len(_WORDS.findall(between)) <= LIST_GAP


def _killed_toll(doc: Document, draft: Draft, killed: list[Span]) -> Toll:
    best = min(killed, key=lambda c: abs(c.start - draft.trigger.start))
    run = summed_run(doc, killed, best)
    if len(run) > 1:
        return Toll(sum(c.value.value for c in run), "rule:events.fatalities.sum_of_groups",
                    tuple((c.start, c.end) for c in run))
    if _and_others(doc, best, killed):
        return Toll(best.value.value + 1, "rule:events.fatalities.named_and_others", ((best.start, best.end),))
    return Toll(best.value.value, best.source or "rule:events.fatalities.killed", ((best.start, best.end),))


def campaign_total(doc: Document, count: Span, found: list[Match]) -> bool:
    """A toll totalled over a campaign: a campaign cue ("منذ بدء الهجوم", "على مدى السنوات") in the
    count's clause, within the cue's window before it ("ليرتفع عدد قتلى المعارك منذ بدء الهجوم إلى
    1200") or right after it ("أودت الحرب بحياة 12 ألفا منذ اندلاعها"). The event's own dead, told
    before the total in the same sentence, still count."""
    for m in of_kind(found, "campaign"):
        if m.end <= count.start and within_words(doc.text, m.end, count.start, int(m.entry.get("window") or 0)):
            return True
        if count.end <= m.start and within_words(doc.text, count.end, m.start, CAMPAIGN_AFTER):
            return True
    return False


def with_more_dead(doc: Document, draft: Draft, siblings: list[Draft], base: Toll) -> Toll:
    """"قتل خمسة … . وقال مسؤول إن اثنين آخرين توفيا متأثرين بجروحهما": dead the next sentences add
    to the toll ("آخرين"), and so do the dead a speaker goes on to count ("… قتل 21 جنديا. وأضاف أن 8
    من المهاجمين قتلوا"), unless such a sentence places an event of its own elsewhere. A toll updated
    there ("ارتفع عدد القتلى إلى 34"), or a sentence further on (an update closes a report), replaces the
    toll when it is higher (GUIDE: the figure it rose to)."""
    ahead = _ahead(doc, draft, siblings, max(MORE_AHEAD, UPDATE_AHEAD))
    later = [(s, c) for k, s in ahead if k <= MORE_AHEAD for c in spans_in(doc, "counts", s)
             if getattr(c.value, "role", "") == "killed"]
    rose = [c for k, s in ahead if k <= UPDATE_AHEAD for c in spans_in(doc, "counts", s)
            if getattr(c.value, "role", "") == "killed" and _UPDATE in (c.source or "") and c.value.value > base.value]
    if rose:
        last = rose[-1]
        return Toll(last.value.value, "rule:events.fatalities.toll_updated_later", ((last.start, last.end),))
    more = [c for s, c in later if _UPDATE not in (c.source or "") and not _killed_by_them(doc, c)
            and (_OTHERS_IN.search(_with_next_word(doc, c)) or _continues(doc, s))]
    if not more:
        return base
    spans = base.spans + tuple((c.start, c.end) for c in more)
    return Toll(base.value + sum(c.value.value for c in more), "rule:events.fatalities.more_dead_later", spans)


def _continues(doc: Document, sentence: Span) -> bool:
    """The sentence opens with a verb that goes on with the last speaker's words ("وأضاف أن")."""
    head = doc.text[sentence.start:sentence.start + 24]
    return any(m.entry.get("kind") == "continue" and m.start <= 2 for m in matcher(SPEAKERS).find(normalize(head)))


def _ahead(doc: Document, draft: Draft, siblings: list[Draft], ahead: int) -> list[tuple[int, Span]]:
    """The next sentences of the draft's paragraph, but those that tell an event at another place,
    each with how many sentences after the draft's it comes (1, 2, …): the toll reads two windows
    of them, and one look at the sentences serves both."""
    sents = doc.layer("sentences")
    at = draft.sentence  # the first equal sentence, as list.index; offsets compared before whole spans
    i = next((k for k in sentence_index(doc).get(at.start, ()) if sents[k] == at), None)
    if i is None:
        return []
    out, here = [], place_key(doc, draft.place)
    for k, s in enumerate(sents[i + 1:i + 1 + ahead], 1):
        if not _elsewhere(doc, s, siblings, here):
            out.append((k, s))
    return out


def _elsewhere(doc: Document, sentence: Span, siblings: list[Draft], here: str) -> bool:
    return any(d.sentence == sentence and d.place_rule.endswith("site_in_sentence")
               and place_key(doc, d.place) != here for d in _of_sentence(siblings, sentence))


def _of_sentence(siblings: list[Draft], sentence: Span) -> list[Draft]:
    """The drafts whose sentence starts where this one does (a superset of those of this very
    sentence, in their order): the article's drafts grouped once, not read through per question."""
    return _by_sentence(siblings).get(sentence.start, [])


@by_identity
def _by_sentence(siblings: list[Draft]) -> dict[int, list[Draft]]:
    out: dict[int, list[Draft]] = {}
    for d in siblings:
        out.setdefault(d.sentence.start, []).append(d)
    return out


def _killed_by_them(doc: Document, count: Span) -> bool:
    """"فيفتح مسلحون النار … فيقتلون ستة آخرين": a killing verb with a plural ending before the count
    has a subject of its own (a verb before its subject stays singular: "وقتل ستة آخرون"), so the
    count is its object: the sentence tells who killed them, an attack of its own."""
    words = _WORDS.findall(doc.text[max(0, count.start - 20):count.start])
    return bool(words) and _KILLED_BY.search(words[-1]) is not None


def _with_next_word(doc: Document, count: Span) -> str:
    return doc.text[count.start:count.end] + doc.text[count.end:count.end + 12]


def summed_run(doc: Document, killed: list[Span], best: Span) -> list[Span]:
    """The killed counts joined to `best` by "و" ("16 طفلا و4 بالغين", "29 من الطوارق و8 من التبو"):
    groups of one toll, summed. A subset ("بينهم 4 أطفال") or a clause break ends the run."""
    ordered = sorted(killed, key=lambda c: c.start)
    i = ordered.index(best)
    lo = hi = i
    while lo > 0 and _joined(doc, ordered[lo - 1], ordered[lo]):
        lo -= 1
    while hi + 1 < len(ordered) and _joined(doc, ordered[hi], ordered[hi + 1]):
        hi += 1
    return ordered[lo:hi + 1]


def _and_others(doc: Document, count: Span, killed: list[Span]) -> bool:
    """"قتل القيادي فلان و21 مسلحا آخرين": a named person joined to the count makes one more dead."""
    before = doc.text[max(0, count.start - 3):count.start].strip()
    after = doc.text[count.end:count.end + 12]
    first = all(c.start >= count.start for c in killed)
    return first and before.endswith("\u0648") and _OTHERS.match(after) is not None


def _subset(doc: Document, count: Span, killed: list[Span]) -> bool:
    """"9 أشخاص بينهم 3 أطفال": the 3 are part of the 9, not the toll."""
    before = [c for c in killed if c.end <= count.start]
    return bool(before) and _SUBSET.search(doc.text[before[-1].end:count.start]) is not None


def _joined(doc: Document, a: Span, b: Span) -> bool:
    between = doc.text[a.end:b.start + 1]  # the و may be glued to the second count ("وعشرة")
    words = _WORDS.findall(between)
    return (len(words) <= 6 and _AND.search(between) is not None and not _SUBSET.search(between)
            and not _BREAK.search(between))


def _rivals(draft: Draft, siblings: list[Draft]) -> list[int]:
    """Trigger starts of the other strong event words of the draft's sentence."""
    return [d.trigger.start for d in _of_sentence(siblings, draft.sentence)
            if d.sentence == draft.sentence and d.trigger != draft.trigger and d.rank == 1]


def _nearest(count: Span, draft: Draft, rivals: list[int]) -> bool:
    """Whether the count lies no further from the draft's event word than from any rival's."""
    mine = abs(count.start - draft.trigger.start)
    return all(mine <= abs(count.start - r) for r in rivals)
