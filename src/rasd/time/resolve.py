"""Stage `time.resolve`: each event's date and time_precision, with the rule that chose them.

Order of evidence (GUIDE.md "Dates that the text does not give"):
1. a date mention in the event's own sentence(s) — `Event.date_spans` from the coder, else the
   `dates` spans inside its evidence — the one nearest the trigger;
2. a date mention in an earlier sentence of the same paragraph (reports often give the day once);
3. the publication date with precision 2, or the day before when published before 06:00.
Dates of kind since/future/year never date an event ("منذ 16 أيار" opens a campaign, it is not
the day of today's attack), nor does a day after publication, nor a date of another clause of the
sentence (time/clauses.py). When only statement days are left, the paragraph's own day of the
incident (`story_day`) or, for a state still going on, the news day comes first (docs/time.md).
"""
from __future__ import annotations

from rasd.document import Document, Span
from rasd.mentions.dates import article_publication
from rasd.records import Event
from rasd.registry import stage
from rasd.settings import Settings
from rasd.time.calendar import Publication
from rasd.time.clauses import in_side_clause
from rasd.time.dateline import dateline
from rasd.time.eve import shifted
from rasd.time.reports import report_dates

Reports = frozenset[tuple[int, int]]
NOT_EVENT_KINDS = frozenset({"since", "future", "year"})
LOOK_BACK = 10
LEAD_WORDS = 12  # a lead sentence, not a headline or a photo caption
# A day the text names outranks a reckoned one ("broke out a week ago" dates the start of a fight).
NAMED_DAY_KINDS = frozenset({"absolute", "relative", "weekday", "span"})


def usable(span: Span, pub: Publication | None) -> bool:
    """A date that may be an event's date."""
    return span.value.kind not in NOT_EVENT_KINDS and (pub is None or span.value.day <= pub.day)


def own_dates(doc: Document, ev: Event) -> list[Span]:
    """The dates inside the event's evidence, and any the coder attached (`Event.date_spans`).

    All of them: the coder keeps only the first two of its sentences, which may hide the one date
    that names the event's own day further on.
    """
    ranges = [(e.start, e.end) for e in ev.evidence if e.article_id in ("", doc.id)]
    ranges += list(ev.date_spans)
    out = []
    for s in doc.layer("dates"):  # plain loops: every date of the article, about every event
        for a, b in ranges:
            if a <= s.start and s.end <= b:
                out.append(s)
                break
    return out


def trigger_sentence(doc: Document, ev: Event) -> Span | None:
    """The sentence of the event's trigger, when the coder named one."""
    if ev.trigger == (0, 0):
        return None
    return doc.sentence_of(ev.trigger[0])


def nearest(spans: list[Span], trigger: tuple[int, int]) -> Span:
    """The date closest to the trigger word (the first one when there is no trigger)."""
    if trigger == (0, 0):
        return spans[0]
    return min(spans, key=lambda s: (max(s.start - trigger[1], trigger[0] - s.end, 0), s.start))


def earlier_in_paragraph(doc: Document, ev: Event, pub: Publication | None,
                         reports: Reports = frozenset()) -> Span | None:
    """The last usable date of the closest earlier sentence in the same paragraph, not a statement's
    when it has another ("قتل سبعة مدنيين يوم 4 الطير، بحسب ما قال مصدر اليوم الأربعاء. وأصابت الغارة …")."""
    starts = [e.start for e in ev.evidence if e.article_id in ("", doc.id)]
    if not starts:
        return None
    sentences = [s for s in doc.layer("sentences") if s.end <= min(starts)]
    boundary = min(starts)
    for sent in reversed(sentences[-LOOK_BACK:]):
        if "\n" in doc.text[sent.end : boundary]:
            return None
        found = [d for d in doc.in_sentence("dates", sent) if usable(d, pub)]
        if found:
            return ([d for d in found if (d.start, d.end) not in reports] or found)[-1]
        boundary = sent.start
    return None


def ongoing_in_own_voice(doc: Document, spans: list[Span], statements: list[Span]) -> bool:
    """A state still going on ("وتدور في الأطراف الشرقية، منذ نحو عشرة أيام، معارك"), told by the article
    itself: no statement day in its sentence. Fighting reported as a whole is dated by its latest day
    (GUIDE.md): the news day here, but the statement's day when a speaker said it was going on
    ("اشتباكات يخوضها منذ أسبوع مسلحون، بحسب ما أفاد أمس مسؤول")."""
    def where(span: Span) -> tuple[int, int] | None:
        sentence = doc.sentence_of(span.start)
        return (sentence.start, sentence.end) if sentence else None

    said = {where(s) for s in statements}
    return any(s.value.kind == "since" and s.value.precision <= 2 and where(s) not in said for s in spans)


def story_day(doc: Document, ev: Event, pub: Publication | None, reports: Reports) -> Span | None:
    """The incident's own day, named elsewhere in a paragraph of the evidence, when the evidence
    itself gives only the day of a statement or a toll update ("ارتفعت حصيلة الاشتباكات …، حسبما
    أوردته مصادر اليوم السبت … وكانت الاشتباكات قد اندلعت أمس")."""
    paragraphs = {_paragraph(doc, e.start) for e in ev.evidence if e.article_id in ("", doc.id)}
    found = [d for d in doc.layer("dates") if _paragraph(doc, d.start) in paragraphs and usable(d, pub)
             and d.value.kind in NAMED_DAY_KINDS and (d.start, d.end) not in reports
             and not in_side_clause(doc, d, (0, 0))]
    return found[0] if found else None


def _paragraph(doc: Document, offset: int) -> int:
    """The start offset of the line an offset is on."""
    return doc.text.rfind("\n", 0, offset) + 1


def print_lead(doc: Document, pub: Publication | None, reports: Reports) -> Span | None:
    """The news day a print edition's lead names ("شهدت العاصمة أمس تطورات …").

    A stamp with no time of day is a print issue: it reports the previous days' news, and its first
    full sentence says which day; an event no sentence of its own dates is that day's news. Timed
    (wire) stamps keep the publication date: there a lead's day belongs to the lead's own event.
    """
    if pub is None or not pub.date_only:
        return None
    lead = next((s for s in doc.layer("sentences") if len(doc.text_of(s).split()) >= LEAD_WORDS), None)
    found = [d for d in doc.in_sentence("dates", lead) if usable(d, pub)] if lead is not None else []
    named = [d for d in found if d.value.kind in NAMED_DAY_KINDS and (d.start, d.end) not in reports]
    return named[0] if named else None


def event_dates(spans: list[Span], reports: Reports) -> tuple[list[Span], bool]:
    """Leave out the dates of statements ("قال الاثنين إن …") when another date is there.

    Returns the candidates and whether they are all report dates (the statement's day then stands
    for the event's; the gold files keep its precision 1 more often than not).
    """
    events = [s for s in spans if (s.start, s.end) not in reports]
    named = [s for s in events if s.value.kind in NAMED_DAY_KINDS]
    return (named or events or spans), not events and bool(spans)


def statement_dates(doc: Document, pub: Publication | None = None) -> Reports:
    """Offsets of every date of the document that dates a statement ("قال الاثنين إن …"), or the
    story itself (a dateline's date: "حلب 21 أغسطس آب (رويترز) -")."""
    dates = list(doc.layer("dates"))
    found = dateline(doc.norm.key, pub) if doc.norm is not None and dates else None
    story = {(s.start, s.end) for s in dates[:1] if found is not None and s.end <= doc.norm.to_source(found.end)}
    return frozenset(report_dates(doc, dates) | story)


def date_event(doc: Document, ev: Event, pub: Publication | None, reports: Reports | None = None) -> Event:
    """The event with event_date and time_precision set and explained (`reports`: `statement_dates`)."""
    reports = statement_dates(doc, pub) if reports is None else reports
    mine = [s for s in own_dates(doc, ev) if usable(s, pub) and not in_side_clause(doc, s, ev.trigger)]
    own, reported = event_dates(mine, reports)
    home = trigger_sentence(doc, ev)
    if home is not None:
        own = [s for s in own if s.within(home)] or own
    if own and reported and pub is not None and ongoing_in_own_voice(doc, own_dates(doc, ev), own):
        return ev.explained("event_date", "time.ongoing_since", (), event_date=pub.default_day, time_precision=2)
    if own:
        best = nearest(own, ev.trigger)
        story = story_day(doc, ev, pub, reports) if reported else None
        if story is not None:
            return _explained(ev, "time.story_day " + story.source, story)
        if reported:
            return _explained(ev, "time.report_date " + best.source, best)
        return _explained(ev, "time.in_sentence " + best.source, best)
    earlier = earlier_in_paragraph(doc, ev, pub, reports)
    if earlier is not None:
        return _explained(ev, "time.earlier_sentence " + earlier.source, earlier)
    lead = print_lead(doc, pub, reports)
    if lead is not None:
        return _explained(ev, "time.print_lead " + lead.source, lead)
    if pub is None:
        return ev.explained("event_date", "time.no_publication_date", ())
    rule = "time.published_before_dawn" if pub.default_day != pub.day else "time.publication_date"
    return ev.explained("event_date", rule, (), event_date=pub.default_day, time_precision=2)


def _explained(ev: Event, rule: str, span: Span) -> Event:
    return ev.explained("event_date", rule, ((span.start, span.end),),
                        event_date=span.value.day, time_precision=span.value.precision)


def dated(doc: Document, ev: Event, pub: Publication | None, reports: Reports) -> Event:
    """The event dated, a day earlier when it is named after "غداة" (time/eve.py)."""
    out = date_event(doc, ev, pub, reports)
    why = out.why("event_date")
    return shifted(doc, out, max((e for _, e in why.spans), default=None) if why else None)


def resolve(doc: Document) -> Document:
    """Stage body: date every event of the document."""
    if not doc.events:
        return doc
    pub = article_publication(doc)
    reports = statement_dates(doc, pub)
    return doc.with_events([dated(doc, ev, pub, reports) for ev in doc.events])


@stage("time.resolve", requires=("events", "dates"), provides=("dated",))
def make_resolve(settings: Settings):
    """Resolve each event's date and time_precision against the publication date."""
    return resolve
