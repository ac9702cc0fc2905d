"""Find place names with their gazetteer candidates, ranked in the document's context.

Names are matched token by token on the normalised key: a token offers its clitic stems ("وبطرابلس"
→ طرابلس), and a match grows over the next words while the gazetteer knows a longer name
("سوق الخميس", "قاعدة تمنهنت الجوية"). Ordinary words that are also places somewhere (الخميس,
بري) count only after a cue word (مدينة، قرية، محافظة…) or in a list that follows one; a GeoNames
name that is not curated needs a cue, a large population, or a document about its country. After a
cue, an unknown spelling may match a known one by edit distance (never for short names). Roles,
relations and anchors come from geo.roles; candidates are ranked by geo.rank.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress
from operator import or_
from typing import NamedTuple

from rasd.document import Document, Span
from rasd.geo import roles
from rasd.geo.accept import accepted, shares
from rasd.geo.clauses import ANCHOR_GAP, appositions, buildings, coherent
from rasd.geo.gazetteer import Gazetteer, default_gazetteer, moved
from rasd.geo.rank import Fixed, anchors, country_weights, rank
from rasd.geo.words import Words, words_of
from rasd.mentions.values import PlaceValue
from rasd.records import Location
from rasd.registry import stage
from rasd.settings import Settings

MAX_WORDS = 5
OFFSET_MIN_KM = 40.0
ROLE_WINDOW = 6  # the farthest a role check of geo.roles looks back (government_seat: 6 words)


class Hit(NamedTuple):
    """A matched name: token range, key, candidates and what the words around it say.

    A named tuple rather than a frozen dataclass: a hit is made for every name of an article and
    again for each role it takes, and a tuple is made four times faster (change one with `_replace`).
    """

    i: int
    j: int
    key: str
    locs: tuple[Location, ...]
    cue: str = ""
    role: str = "site"
    relation: str = ""
    fuzzy: bool = False
    stripped: bool = False
    offset: tuple[float, float] | None = None

Ranked = dict[tuple, tuple[Location, ...]]  # (name key, cue, anchor) → candidates ranked


def scan(words: Words, text: str, gaz: Gazetteer) -> list[Hit]:
    """Longest gazetteer names, left to right, within contiguous words. Only a word that may start a
    name or follows a cue word (a spelling variant) is tried; most words are neither, and both are
    known for every word at once."""
    toks = words.toks
    starts = gaz.may_start_all(words.stems)
    after = [False, *words.cue_flags[:-1]]
    hits: list[Hit] = []
    end = 0
    for i in compress(range(len(toks)), map(or_, starts, after)):
        if i < end:
            continue
        hit = (longest(toks, i, text, gaz) if starts[i] else None) \
            or (fuzzy_after_cue(toks, i, gaz) if after[i] else None)
        if hit is not None:
            hits.append(hit)
            end = hit.j
    return hits


def longest(toks: Sequence[Span], i: int, text: str, gaz: Gazetteer) -> Hit | None:
    """The longest name starting at token i (any clitic stem of its first word)."""
    word = toks[i].value
    next_key = toks[i + 1].value.key if i + 1 < len(toks) else None
    if not gaz.may_continue(word.stems, next_key):  # no longer name starts here: the word's own answer
        found = _one_word(gaz, word.key, word.stems)
        return None if found is None else Hit(i, i + 1, found[0], found[1], stripped=found[2])
    names, prefixes, size = gaz.keys, gaz.prefixes, len(toks)
    best_j, best_k = 0, ""
    for stem in toks[i].value.stems:
        k, j = stem, i + 1
        while True:
            if j > best_j and k in names:
                best_j, best_k = j, k
            if j >= size or j - i >= MAX_WORDS or k not in prefixes or text[toks[j - 1].end:toks[j].start] != " ":
                break
            k, j = f"{k} {toks[j].value.key}", j + 1
    if not best_j:
        return None
    locs = gaz.candidates(best_k)
    if "ال" + best_k in toks[i].value.stems and all(loc.feature == "PCLI" for loc in locs):
        return None  # "البوكمال السورية": a definite adjective, not the country سورية
    return Hit(i, best_j, best_k, locs, stripped=not best_k.startswith(toks[i].value.key))


@lru_cache(maxsize=65536)
def _one_word(gaz: Gazetteer, key: str, stems: tuple[str, ...]) -> tuple[str, tuple[Location, ...], bool] | None:
    """`longest` for a word that starts no longer name, once per word form: (name, candidates,
    clitic stripped), the first stem that is a name, as `longest` finds it."""
    best = next((s for s in stems if s in gaz.keys), None)
    if best is None:
        return None
    locs = gaz.candidates(best)
    if "ال" + best in stems and all(loc.feature == "PCLI" for loc in locs):
        return None  # as in longest
    return best, locs, not best.startswith(key)


def fuzzy_after_cue(toks: Sequence[Span], i: int, gaz: Gazetteer) -> Hit | None:
    """A spelling variant right after a cue word (قرية/مدينة …), matched by edit distance."""
    if roles.cue_before(toks, i) is None or roles.cue_of(toks[i], ("cue", "region", "relation")):
        return None
    for stem in toks[i].value.stems:
        if stem in roles.stoplist():
            return None
        k = gaz.fuzzy(stem)
        if k:
            return Hit(i, i + 1, k, gaz.candidates(k), fuzzy=True)
    return None


def annotate(hits: list[Hit], words: Words, text: str) -> list[Hit]:
    """Cue, role and relation of each hit; list members inherit the cue and role of the first."""
    toks, sent_of = words.toks, words.sent_of
    out: list[Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        listed = prev is not None and sent_of[prev.i] == sent_of[h.i] and prev.j == h.i \
            and roles.in_list(text, toks[prev.j - 1].end, toks[h.i])
        inherited = (prev.cue, prev.role) if listed and prev else ("", "site")
        near = words.kinds_before(h.i, ROLE_WINDOW)
        if not near:  # no cue word within reach (most names): only what a list passes on
            cue_value, role, rel, off = *inherited, "", None
            role = "region" if role == "site" and cue_value == "region" else role
        else:
            cue_value, role, rel, off = _context(h, inherited, near, toks, text, words.floor[h.i])
        out.append(h if (cue_value, role, rel, off) == (h.cue, h.role, h.relation, h.offset)
                   else Hit(h.i, h.j, h.key, h.locs, cue_value, role, rel, h.fuzzy, h.stripped, off))
    return out


def _context(h: Hit, inherited: tuple[str, str], near: frozenset[str], toks: Sequence[Span], text: str,
             floor: int) -> tuple:
    """(cue, role, relation, offset) of a hit from the words before it (see geo.roles). A check is
    made only when a word of its kind lies within its reach (`near`): most names have none."""
    i = h.i
    cue = roles.cue_before(toks, i) if not near.isdisjoint(("cue", "region")) else None
    cue_value = cue.get("value") if cue else inherited[0]
    gov = ("government" in near and (roles.government_before(toks, i) or roles.government_seat(toks, i, text))) \
        or ("metonym" in near and roles.metonym_before(toks, i))
    role = "government" if gov else inherited[1]
    role = "person" if "person" in near and roles.person_before(toks, i) else role
    role = "group" if role == "site" and "group" in near and roles.group_before(toks, i, text) else role
    role = "speaker" if role == "site" and "seat" in near and roles.seat_before(toks, i, floor) else role
    rel = roles.relation_before(toks, i, floor) if "relation" in near else ""
    role = "region" if role == "site" and cue_value == "region" else role
    mark = roles.landmark_before(toks, i) if role == "site" and not h.stripped and "landmark" in near else ""
    role = {"street": "landmark", "building": "building"}.get(mark, role)
    off = roles.offset_before(toks, i, floor) if rel else None
    return cue_value, role, rel, off


def find_places(doc: Document, gaz: Gazetteer) -> list[Span]:
    """Place spans of a document, with roles and ranked candidates."""
    words = words_of(doc)
    toks, sent_of = words.toks, words.sent_of
    hits = annotate(scan(words, doc.text, gaz), words, doc.text)
    first = [h for h in hits if accepted(h, gaz)]
    votes = country_weights([h.locs for h in first if h.role == "site" or h.locs[0].feature == "PCLI"])
    share = shares(votes)
    kept = [h for h in hits if accepted(h, gaz, share)]
    kept = buildings(appositions(kept, toks, doc.text, sent_of), sent_of)
    # Ranking only asks whether any fixed place is near a candidate: a town named ten times is one
    # fixed point, not ten to compare every candidate with (a name's candidates are one tuple of
    # the gazetteer's, so its repeats are the same objects: no Location need be hashed).
    fixed = Fixed.of(list({id(loc): loc for loc in anchors([h.locs for h in kept if h.role == "site"])}.values()))
    heads = roles.dateline_regions(doc.text)
    ranked: Ranked = {}
    spans = [_span(h, a, toks, gaz, votes, fixed, doc.text, heads, ranked) for h, a in zip(kept, _anchors(kept, toks),
                                                                                          strict=True)]
    spans = [s for s, h in zip(spans, kept, strict=True) if coherent(s, h, spans, kept, sent_of)]
    return spans + backrefs(words, kept, gaz)


def _span(h: Hit, anchor: Hit | None, toks: Sequence[Span], gaz: Gazetteer, votes, fixed, text: str, heads,
          ranked: Ranked) -> Span:
    start, end = toks[h.i].start, toks[h.j - 1].end
    start += _clitic_len(toks[h.i], h.key)
    near = anchor.locs[0] if anchor else None
    cands = _ranked(h, gaz, votes, fixed, near, ranked)
    if h.offset and h.offset[0] >= OFFSET_MIN_KM:  # far from the named town: the measured point
        cands = (moved(cands[0], *h.offset), *cands[1:])
    role = "dateline" if heads and _in_dateline(start, end, text, heads) else h.role
    value = PlaceValue(cands, role, h.cue or cands[0].feature, h.relation,
                       (toks[anchor.i].start, toks[anchor.j - 1].end) if anchor else None)
    return Span(start, end, "place", value, f"gazetteer:{gaz.name}" + (":fuzzy" if h.fuzzy else ""))


def _ranked(h: Hit, gaz: Gazetteer, votes, fixed, near, ranked: Ranked) -> tuple[Location, ...]:
    """The ranked candidates of a hit, once per article for each name, cue and anchor: a town named
    five times is ranked once (nothing else of the hit enters the ranking; a name's candidates are
    the gazetteer's for its key, so the key stands for them and is cheaper to hash). A lone candidate
    has nothing to order: most names, which need no memo."""
    if len(h.locs) == 1:
        return h.locs
    memo = (h.key, h.cue, near)
    if memo not in ranked:
        ranked[memo] = rank(h.locs, gaz, votes, fixed, h.cue, near)
    return ranked[memo]


def _clitic_len(tok: Span, key: str) -> int:
    """Characters of clitics before the name inside its first token (so "بطرابلس" cites "طرابلس")."""
    first = key.partition(" ")[0]
    cut = len(tok.value.key) - len(first) if tok.value.key.endswith(first) else 0
    return min(cut, tok.end - tok.start)


def _anchors(kept: list[Hit], toks: Sequence[Span]) -> list[Hit | None]:
    """For "X التي تبعد 40 كيلومترا جنوب Y": Y is X's anchor (the next relational place, linked).

    Hits come in text order, so the next relational one is found by bisection, not a scan of all.
    """
    relational = [g for g in kept if g.relation]
    starts = [g.i for g in relational]
    out: list[Hit | None] = []
    for h in kept:
        n = bisect_left(starts, h.j)
        g = relational[n] if n < len(relational) and not h.relation else None
        ok = g is not None and g.i - h.j <= ANCHOR_GAP and (roles.linked(toks, h.j, g.i) or g.role == "anchor")
        out.append(g if ok else None)
    return out


def _in_dateline(start: int, end: int, text: str, heads: list[tuple[int, int, bool]]) -> bool:
    for hs, he, is_head in heads:
        if hs <= start and end <= he:
            rest = (text[hs:start] + " " + text[end:he]).split()
            return len([w for w in rest if any(c.isalpha() for c in w)]) <= 1 if is_head else True
    return False


def backrefs(words: Words, kept: list[Hit], gaz: Gazetteer) -> list[Span]:
    """المدينة، العاصمة not followed by a name: resolved later to the town named before.

    "العاصمة الليبية" names a capital outright (a site); "العاصمة القطرية الدوحة" names its place.
    """
    refs = [i for i, kinds in zip(words.cue_words, words.cue_kinds, strict=True) if "backref" in kinds]
    if not refs:
        return []
    toks = words.toks
    starts = {h.i for h in kept}
    covered = {k for h in kept for k in range(h.i, h.j)}
    out = []
    for i in refs:
        tok = toks[i]
        e = roles.cue_of(tok, ("backref",))
        if e is None or i in covered or starts & {i + 1, i + 2}:
            continue
        nisba = roles.nisba_country(toks[i + 1].value.key) if i + 1 < len(toks) else None
        capital = gaz.capital(nisba) if nisba and e.get("value") == "capital" else None
        if capital is not None:
            out.append(Span(tok.start, toks[i + 1].end, "place", PlaceValue((capital,), "site", "PPLC"), e.where))
        elif nisba is None:
            out.append(Span(tok.start, tok.end, "place", PlaceValue((), "backref", e.get("value")), e.where))
    return out


@stage("mentions.places", requires=("tokens", "sentences"), provides=("places",))
def make_stage(settings: Settings):
    """Find place names with their gazetteer candidates, roles and relations."""
    gaz = default_gazetteer(settings)
    return lambda doc: doc.with_layer("places", find_places(doc, gaz))
