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

from collections.abc import Sequence
from dataclasses import dataclass, replace

from rasd.document import Document, Span
from rasd.geo import roles
from rasd.geo.clauses import ANCHOR_GAP, SMALL_CUES, appositions, buildings, coherent
from rasd.geo.gazetteer import Gazetteer, default_gazetteer, moved
from rasd.geo.rank import anchors, country_weights, rank
from rasd.mentions.values import PlaceValue
from rasd.records import Location
from rasd.registry import stage
from rasd.settings import Settings

MAX_WORDS = 5
PROMINENT = 1_000_000
CONTEXT_POP = 5_000
FOCUS_POP = 20_000
CONTEXT_SHARE = 0.2
CUE_SHARE = 0.1
OFFSET_MIN_KM = 40.0


@dataclass(frozen=True, slots=True)
class Hit:
    """A matched name: token range, key, candidates and what the words around it say."""

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


Ranked = dict[tuple, tuple[Location, ...]]  # (candidates, cue, anchor) → candidates ranked


def scan(toks: Sequence[Span], text: str, gaz: Gazetteer) -> list[Hit]:
    """Longest gazetteer names, left to right, within contiguous words. Most words start no name:
    that is asked here first (one look-up), sparing a call a token."""
    hits, i = [], 0
    may_start = gaz.may_start
    while i < len(toks):
        hit = (longest(toks, i, text, gaz) if may_start(toks[i].value.stems) else None) \
            or fuzzy_after_cue(toks, i, gaz)
        if hit is None:
            i += 1
            continue
        hits.append(hit)
        i = hit.j
    return hits


def longest(toks: Sequence[Span], i: int, text: str, gaz: Gazetteer) -> Hit | None:
    """The longest name starting at token i (any clitic stem of its first word)."""
    if not gaz.may_start(toks[i].value.stems):
        return None
    best: tuple[int, str] | None = None
    for stem in toks[i].value.stems:
        k, j = stem, i + 1
        while True:
            if k in gaz and (best is None or j > best[0]):
                best = (j, k)
            if j >= len(toks) or j - i >= MAX_WORDS or not gaz.is_prefix(k) \
                    or text[toks[j - 1].end:toks[j].start] != " ":
                break
            k, j = f"{k} {toks[j].value.key}", j + 1
    if best is None:
        return None
    stripped = not best[1].startswith(toks[i].value.key)
    locs = tuple(gaz.lookup(best[1]))
    if "ال" + best[1] in toks[i].value.stems and all(loc.feature == "PCLI" for loc in locs):
        return None  # "البوكمال السورية": a definite adjective, not the country سورية
    return Hit(i, best[0], best[1], locs, stripped=stripped)


def fuzzy_after_cue(toks: Sequence[Span], i: int, gaz: Gazetteer) -> Hit | None:
    """A spelling variant right after a cue word (قرية/مدينة …), matched by edit distance."""
    if roles.cue_before(toks, i) is None or roles.cue_of(toks[i], ("cue", "region", "relation")):
        return None
    for stem in toks[i].value.stems:
        if stem in roles.stoplist():
            return None
        k = gaz.fuzzy(stem)
        if k:
            return Hit(i, i + 1, k, tuple(gaz.lookup(k)), fuzzy=True)
    return None


def annotate(hits: list[Hit], toks: Sequence[Span], text: str, sent_of: Sequence[int]) -> list[Hit]:
    """Cue, role and relation of each hit; list members inherit the cue and role of the first."""
    out: list[Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        listed = prev is not None and sent_of[prev.i] == sent_of[h.i] and prev.j == h.i \
            and roles.in_list(text, toks[prev.j - 1].end, toks[h.i])
        floor = _first_of_sentence(sent_of, h.i)
        cue = roles.cue_before(toks, h.i)
        cue_value = cue.get("value") if cue else (prev.cue if listed and prev else "")
        role = "government" if roles.government_before(toks, h.i) or roles.government_seat(toks, h.i, text) \
            or roles.metonym_before(toks, h.i) \
            else (prev.role if listed and prev else "site")
        role = "person" if roles.person_before(toks, h.i) else role
        role = "group" if role == "site" and roles.group_before(toks, h.i, text) else role
        role = "speaker" if role == "site" and roles.seat_before(toks, h.i, floor) else role
        rel = roles.relation_before(toks, h.i, floor)
        role = "region" if role == "site" and cue_value == "region" else role
        mark = roles.landmark_before(toks, h.i) if role == "site" and not h.stripped else ""
        role = {"street": "landmark", "building": "building"}.get(mark, role)
        off = roles.offset_before(toks, h.i, floor) if rel else None
        out.append(h if (cue_value, role, rel, off) == (h.cue, h.role, h.relation, h.offset)
                   else replace(h, cue=cue_value, role=role, relation=rel, offset=off))
    return out


def _first_of_sentence(sent_of: Sequence[int], i: int) -> int:
    while i > 0 and sent_of[i - 1] == sent_of[i]:
        i -= 1
    return i


def accepted(h: Hit, gaz: Gazetteer, votes: dict[str, int] | None = None) -> bool:
    """Whether a match is a place mention: stoplist, cue, curation, prominence, document country.

    A cue admits any name whose country the document is about (or any, before that is known); a
    bare name needs curation, a large population, a sizeable town of a focus country, or a
    town of the document's main countries. A name after a person's title is a name.
    """
    if not h.locs or len(h.key) < 3 or (h.fuzzy and not h.cue) or h.role == "person":
        return False
    if h.fuzzy:
        return any(_share(loc, votes) >= CUE_SHARE if votes else loc.country_code in roles.focus() for loc in h.locs)
    if h.cue or h.role == "government":
        return _cued(h, gaz, votes)
    if h.key in roles.stoplist():
        return False
    if any(gaz.is_curated(loc) and _curated_ok(loc, gaz, votes) for loc in h.locs):
        return True
    if any(gaz.population(loc) >= (FOCUS_POP if loc.country_code in roles.focus() else PROMINENT)
           for loc in h.locs if not h.stripped or loc.country_code in roles.focus()):
        return True
    return bool(votes) and len(h.key) >= 4 and any(
        _share(loc, votes) >= CONTEXT_SHARE and gaz.population(loc) >= CONTEXT_POP for loc in h.locs)


def _curated_ok(loc: Location, gaz: Gazetteer, votes: dict[str, int] | None) -> bool:
    """A curated row counts unless the document is clearly about another country and it is small."""
    return not votes or _share(loc, votes) >= CONTEXT_SHARE or loc.feature in ("PCLI", "ADM1") \
        or gaz.population(loc) >= FOCUS_POP


def _cued(h: Hit, gaz: Gazetteer, votes: dict[str, int] | None) -> bool:
    if not votes:
        return h.key not in roles.stoplist()
    need = CUE_SHARE if h.key not in roles.stoplist() else CONTEXT_SHARE
    big_ok = h.cue not in SMALL_CUES  # "قرية القاهرة" is not Cairo
    return any(_share(loc, votes) >= need or gaz.is_curated(loc) or (big_ok and gaz.population(loc) >= PROMINENT)
               for loc in h.locs)


def _share(loc: Location, votes: dict[str, int]) -> float:
    return votes.get(loc.country_code, 0) / (sum(votes.values()) or 1)


def find_places(doc: Document, gaz: Gazetteer) -> list[Span]:
    """Place spans of a document, with roles and ranked candidates."""
    toks, sent_of = _sentence_tokens(doc)
    hits = annotate(scan(toks, doc.text, gaz), toks, doc.text, sent_of)
    first = [h for h in hits if accepted(h, gaz)]
    votes = country_weights([h.locs for h in first if h.role == "site" or h.locs[0].feature == "PCLI"])
    kept = [h for h in hits if accepted(h, gaz, dict(votes))]
    kept = buildings(appositions(kept, toks, doc.text, sent_of), sent_of)
    # Ranking only asks whether any fixed place is near a candidate: a town named ten times is one
    # fixed point, not ten to compare every candidate with.
    fixed = list(dict.fromkeys(anchors([h.locs for h in kept if h.role == "site"])))
    heads = roles.dateline_regions(doc.text)
    ranked: Ranked = {}
    spans = [_span(h, toks, gaz, votes, fixed, doc.text, heads, kept, ranked) for h in kept]
    spans = [s for s, h in zip(spans, kept, strict=True) if coherent(s, h, spans, kept, sent_of)]
    return spans + backrefs(toks, kept, gaz)


def _span(h: Hit, toks: Sequence[Span], gaz: Gazetteer, votes, fixed, text: str, heads, kept: list[Hit],
          ranked: Ranked) -> Span:
    start, end = toks[h.i].start, toks[h.j - 1].end
    start += _clitic_len(toks[h.i], h.key)
    anchor = _anchor_of(h, kept, toks)
    near = anchor[1].locs[0] if anchor else None
    cands = _ranked(h, gaz, votes, fixed, near, ranked)
    if h.offset and h.offset[0] >= OFFSET_MIN_KM:  # far from the named town: the measured point
        cands = (moved(cands[0], *h.offset), *cands[1:])
    role = "dateline" if _in_dateline(start, end, text, heads) else h.role
    value = PlaceValue(cands, role, h.cue or cands[0].feature, h.relation,
                       (toks[anchor[1].i].start, toks[anchor[1].j - 1].end) if anchor else None)
    return Span(start, end, "place", value, f"gazetteer:{gaz.name}" + (":fuzzy" if h.fuzzy else ""))


def _ranked(h: Hit, gaz: Gazetteer, votes, fixed, near, ranked: Ranked) -> tuple[Location, ...]:
    """The ranked candidates of a hit, once per article for each set of candidates, cue and anchor:
    a town named five times is ranked once (nothing else of the hit enters the ranking)."""
    memo = (h.locs, h.cue, near)
    if memo not in ranked:
        others = [f for f in fixed if f not in h.locs]  # a name is no evidence for itself
        ranked[memo] = rank(h.locs, gaz, votes, others, h.cue, near)
    return ranked[memo]


def _clitic_len(tok: Span, key: str) -> int:
    """Characters of clitics before the name inside its first token (so "بطرابلس" cites "طرابلس")."""
    first = key.split(" ")[0]
    cut = len(tok.value.key) - len(first) if tok.value.key.endswith(first) else 0
    return min(cut, tok.end - tok.start)


def _anchor_of(h: Hit, kept: list[Hit], toks: Sequence[Span]) -> tuple[int, Hit] | None:
    """For "X التي تبعد 40 كيلومترا جنوب Y": Y is X's anchor (the next relational place, linked)."""
    later = [g for g in kept if g.i >= h.j and g.relation and g.i - h.j <= ANCHOR_GAP]
    if later and not h.relation and (roles.linked(toks, h.j, later[0].i) or later[0].role == "anchor"):
        return (later[0].i, later[0])
    return None


def _in_dateline(start: int, end: int, text: str, heads: list[tuple[int, int, bool]]) -> bool:
    for hs, he, is_head in heads:
        if hs <= start and end <= he:
            rest = (text[hs:start] + " " + text[end:he]).split()
            return len([w for w in rest if any(c.isalpha() for c in w)]) <= 1 if is_head else True
    return False


def backrefs(toks: Sequence[Span], kept: list[Hit], gaz: Gazetteer) -> list[Span]:
    """المدينة، العاصمة not followed by a name: resolved later to the town named before.

    "العاصمة الليبية" names a capital outright (a site); "العاصمة القطرية الدوحة" names its place.
    """
    starts = {h.i for h in kept}
    covered = {k for h in kept for k in range(h.i, h.j)}
    out = []
    for i, tok in enumerate(toks):
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


def _sentence_tokens(doc: Document) -> tuple[list[Span], list[int]]:
    """Tokens that lie inside sentences, and the sentence index of each."""
    toks, sent_of = [], []
    sents = doc.layer("sentences")
    k = 0
    for tok in doc.layer("tokens"):
        while k < len(sents) and sents[k].end <= tok.start:
            k += 1
        if k < len(sents) and sents[k].start <= tok.start and tok.end <= sents[k].end:
            toks.append(tok)
            sent_of.append(k)
    return toks, sent_of


@stage("mentions.places", requires=("tokens", "sentences"), provides=("places",))
def make_stage(settings: Settings):
    """Find place names with their gazetteer candidates, roles and relations."""
    gaz = default_gazetteer(settings)
    return lambda doc: doc.with_layer("places", find_places(doc, gaz))
