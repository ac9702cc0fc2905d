"""The country an article's events happen in, for generic actor names ("Civilians (Yemen)").

Votes for where the events happen: each sentence with an event word (`lexicons/triggers.tsv`) gives
one strong vote (stronger for the first two: the lede) to the country most of its event words are
nearest to (a place after the word before one ahead of it: "قتل 5 في انفجار بمدينة X"); every site
and national actor gives a weak one. Country words (`lexicons/countries.tsv`) are sites inside
hashtags ("#جنوب_السودان") and name a place's country when they hold it ("جنوب السودان" is no part
of Sudan). Datelines (an outlet's bureau) and venues of talks ("محادثات السلام في أديس أبابا",
`lexicons/venues.tsv`) cast none. With no vote, country words decide, then the geo resolver's
country, and with nothing at all the project's home country, Libya.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter

from rasd.document import Document, Span
from rasd.memo import keep_last, per_document
from rasd.mentions.lexicon import Match, matcher
from rasd.text.normalize import normalize

DEFAULT = "Libya"
_FOREIGN = "External/Other Forces"
_SITES = ("site", "region")
EVENT_VOTE = 3  # the site nearest to an event word: where that event happened
LEDE = 2  # the first placed event sentences tell the article's story: their votes count this much more
VENUE_WORDS = 8  # words between a talks word and the place that hosts the talks
_COUNT = itemgetter(1)


@dataclass(frozen=True, slots=True)
class Country:
    """A country name and the rule that chose it."""

    name: str
    rule: str


@dataclass(frozen=True, slots=True)
class _Site:
    start: int
    end: int
    country: str


def article_country(doc: Document) -> Country:
    """The article's country: by the vote above, else the geo resolver's, else the default."""
    votes = _votes(doc)
    if votes:
        return Country(votes.most_common(1)[0][0], "rule:events.country.vote")
    words = Counter(m.entry.get("country") for m in _country_words(doc)) if doc.norm is not None else Counter()
    if words:  # names and demonyms ("العراقية"): they name nationalities as often as places, so only as a fallback
        return Country(words.most_common(1)[0][0], "rule:events.country.words")
    try:
        from rasd.geo.resolve import country_of
    except (ImportError, AttributeError):
        country_of = None  # type: ignore[assignment]
    found = country_of(doc) if country_of is not None else None
    if isinstance(found, str) and found:
        return Country(found, "rule:geo.country_of")
    return Country(DEFAULT, "rule:events.country.default")


# Actors, attributions, the coder and every event ask for the article's country and sites, which
# read only the text, `norm`, places and sentences: the last document's answer is kept.
_memo = keep_last(lambda doc: (doc.article, doc.norm, doc.layer("places"), doc.layer("sentences")))


@_memo
def _votes(doc: Document) -> Counter[str]:
    if doc.norm is None:
        return Counter()
    sites = event_sites(doc)
    votes = Counter(s.country for s in sites) + _actor_votes(doc)
    told: dict[int, Counter[str]] = {}  # one vote a sentence: background piles up event words
    around = _sites_within(sites)
    for word in _real_event_words(doc):
        sentence = doc.sentence_of(word.start)
        lo, hi = (sentence.start, sentence.end) if sentence is not None else (word.start, word.end)
        near = _nearest(word, around(lo, hi))
        if near is not None:
            told.setdefault(lo, Counter())[near.country] += 1
    for n, (_, pointed) in enumerate(sorted(told.items())):  # max: the first most told, as most_common(1)
        votes[max(pointed.items(), key=_COUNT)[0]] += EVENT_VOTE * (LEDE if n < LEDE else 1)
    return votes


def event_sites(doc: Document) -> list[_Site]:
    """Site places and country words, datelines and venues of talks left out, in text order."""
    return list(_event_sites(doc))


@_memo
def _event_sites(doc: Document) -> tuple[_Site, ...]:
    assert doc.norm is not None
    venues = matcher("lexicons/venues.tsv").find(doc.norm)
    words = _country_words(doc)
    places = [_Site(s.start, s.end, _country_of(s, words)) for s in doc.layer("places")
              if getattr(s.value, "candidates", ()) and getattr(s.value, "role", "site") in _SITES]
    tags = [_Site(m.start, m.end, m.entry.get("country")) for m in words if "#" in doc.text[m.start - 1:m.end]]
    events = _event_words(doc)
    return tuple(sorted((s for s in places + tags if not _venue(doc, s, venues, events)), key=lambda s: s.start))


def located_sites(doc: Document) -> list[_Site]:
    """`event_sites` and the back-references among places ("المدينة"، "العاصمة"), each in the
    country of the last site named before it (what geo.resolve places it at); they cast no vote."""
    return list(_located_sites(doc))


@_memo
def _located_sites(doc: Document) -> tuple[_Site, ...]:
    sites = event_sites(doc)
    backs = []
    for p in doc.layer("places"):
        if getattr(p.value, "role", "") != "backref":
            continue
        last = next((s for s in reversed(sites) if s.end <= p.start), None)
        if last is not None:
            backs.append(_Site(p.start, p.end, last.country))
    return tuple(sorted(sites + backs, key=lambda s: s.start))


def _country_of(place: Span, words: tuple[Match, ...]) -> str:
    """A place's country; a longer country name holding it wins ("جنوب السودان" is no part of Sudan)."""
    for w in words:
        if w.start <= place.start and place.end <= w.end and w.end - w.start > place.end - place.start:
            return w.entry.get("country")
    return place.value.candidates[0].country


@_memo
def _country_words(doc: Document) -> tuple[Match, ...]:
    """Country words, also inside hashtags, which hide them from the places finder ("#جنوب_السودان"):
    "#" and "_" read as spaces (one character for one, so offsets hold). Kept: a text with hashtags
    is normalised again for it."""
    assert doc.norm is not None
    text = doc.text.replace("_", " ").replace("#", " ")
    return tuple(matcher("lexicons/countries.tsv").find(normalize(text) if text != doc.text else doc.norm))


def _venue(doc: Document, site: _Site, venues: list[Match], events: list[Match]) -> bool:
    """A place a few words after a talks word, in its sentence, with no event word between, hosts
    talks ("لقاء قادة الأطراف في العاصمة الفرنسية باريس")."""
    for v in venues:
        gap = doc.text[v.end:site.start]
        if site.start >= v.end and "\n" not in gap and "." not in gap \
                and len(gap.replace("،", " ").split()) <= VENUE_WORDS \
                and not any(v.end <= e.start < site.start for e in events):
            return True
    return False


def _event_words(doc: Document) -> list[Match]:
    return list(_real_event_words(doc))


@_memo
def _real_event_words(doc: Document) -> tuple[Match, ...]:
    assert doc.norm is not None
    return tuple(m for m in matcher("lexicons/triggers.tsv").find(doc.norm) if m.entry.get("event_type") != "none")


def _sites_within(sites: list[_Site]) -> Callable[[int, int], list[_Site]]:
    """The sites starting in `[lo, hi)` (a sentence), by bisection over the sorted sites; every
    event word of a sentence asks, so each sentence's are found once."""
    starts = [s.start for s in sites]
    found: dict[tuple[int, int], list[_Site]] = {}

    def within(lo: int, hi: int) -> list[_Site]:
        if (lo, hi) not in found:
            found[lo, hi] = sites[bisect_left(starts, lo):bisect_left(starts, hi)]
        return found[lo, hi]
    return within


def _nearest(word: Match, sites: list[_Site]) -> _Site | None:
    """The site of the event word's sentence (`sites`) nearest to it, one before it counting twice
    as far: news tells an event, then its place ("قتل 5 في انفجار بمدينة X"); a place before the
    word is as often a speaker or a subject ("أعربت عمّان عن إدانتها للتفجير"). The first of equals wins."""
    best, best_gap = None, 0
    for s in sites:
        if s.start >= word.end:
            gap = s.start - word.end
        elif s.end <= word.start:
            gap = 2 * (word.start - s.end)
        else:
            continue
        if best is None or gap < best_gap:
            best, best_gap = s, gap
    return best


def _actor_votes(doc: Document) -> Counter[str]:
    votes: Counter[str] = Counter()
    assert doc.norm is not None
    for m in matcher("actors/actors.tsv").find(doc.norm):
        if m.entry.get("country") and m.entry.get("actor_type") != _FOREIGN:
            votes[m.entry.get("country")] += 1
    return votes


def event_country(doc: Document, place: Span | None, at: int, country: str) -> str:
    """An event's country: that of its town (not a country name, which is as often a party as a
    place: "قصفت روسيا"), else the country around its sentence (`local_country`)."""
    return town_country(doc, place) or local_country(doc, country)(at)


def town_country(doc: Document, place: Span | None) -> str | None:
    """The country of an event's town (or of the town a back-reference stands for)."""
    cands = getattr(place.value, "candidates", ()) if place is not None else ()
    if place is None or (cands and cands[0].feature == "PCLI"):
        return None
    return _town_at(doc, place.start, place.end)


@per_document
def _town_at(doc: Document, start: int, end: int) -> str | None:
    """The country of the first located site overlapping `[start, end)`: every draft and every
    report of an event asks about its town, so each town is looked up once per document."""
    return next((s.country for s in _located_sites(doc) if s.start < end and start < s.end), None)


def local_country(doc: Document, country: str) -> Callable[[int], str]:
    """The country at an offset: that of its sentence's sites when they agree on one, else the
    article's. ACLED names generic actors by the event's country ("قتل جنديان مصريان في صحراء مصر"
    in a Libyan story are Egypt's soldiers). A sentence without sites does not inherit the last
    one's: a foreign capital or a backer named in passing would colour the rest of the article.
    Made once per document and country (the coder asks for every draft)."""
    return _local_country(doc, country)


@per_document
def _local_country(doc: Document, country: str) -> Callable[[int], str]:
    within = _sites_within(located_sites(doc))
    by_sentence: dict[tuple[int, int], str] = {}  # every actor of a sentence asks: its sites are read once

    def at(pos: int) -> str:
        sentence = doc.sentence_of(pos)
        if sentence is None:
            return country
        where = (sentence.start, sentence.end)
        if where not in by_sentence:
            found = {s.country for s in within(*where)}
            by_sentence[where] = found.pop() if len(found) == 1 else country
        return by_sentence[where]
    return at
