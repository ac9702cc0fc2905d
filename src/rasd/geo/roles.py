"""What a place name is doing in its sentence: an event site, a dateline, a government, a region.

Only the words around a name tell whether it is where something happened: "بنغازي - رويترز" at the
head of a line is a dateline, "حكومة طبرق" is a government, "جنوب طرابلس" makes Tripoli the anchor
of a relative location (geo_precision 2), "محافظة مأرب" names a region (geo_precision 3), and
"المدينة" refers back to a town named before. The words live in data/gazetteer/cues.tsv.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rasd.document import Span
from rasd.mentions.lexicon import Entry, load

_DASH = re.compile(r"\s[-–—]\s?|\s?[-–—]\s")
_DASH_CHAR = re.compile("[-–—]")
_WORD_AFTER = re.compile(r"\s*\S+")
_SKIP = {"من", "عن", "علي", "بعد", "نحو", "حوالي", "قرابه", "كيلومترا", "كيلومتر", "كيلومترات", "كلم", "كم", "ميلا",
         "الشمالي", "الجنوبي", "الشرقي", "الغربي", "بالقرب", "مسافه"}
_ABOUT = {"تقريبا", "تقريب"}
_PLACE_PREPS = {"في", "من", "الي", "علي", "قرب", "داخل", "نحو", "باتجاه"}
_SEAT_GAP = {"في", "من", "ب", "الي", "مدينه"}
DATELINE_HEAD = 45
MAX_HEAD_WORDS = 3


@lru_cache(maxsize=1)
def cues() -> dict[str, Entry]:
    """Cue, relation, government, backref and link words by key."""
    return {e.key: e for e in load("gazetteer/cues.tsv")}


@lru_cache(maxsize=1)
def stoplist() -> frozenset[str]:
    """Ordinary words that are also place names: they need a cue."""
    return frozenset(e.key for e in load("gazetteer/stoplist.tsv"))


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    """Every word of the cue table, whatever its kind: a token with none of them is no cue."""
    return frozenset(cues())


@lru_cache(maxsize=65536)
def cue_kinds(stems: tuple[str, ...]) -> frozenset[str]:
    """Kinds of the cue entries a token's stems name, before any rule of `cue_of`: a check for
    one kind need not look at words that have none of it."""
    table = cues()
    return frozenset(table[s].get("kind") for s in stems if s in table)


def cue_of(tok: Span, kinds: tuple[str, ...]) -> Entry | None:
    """The cue entry a token's stems name, if it is of one of `kinds`."""
    return _cue_of_stems(tok.value.stems, kinds)


@lru_cache(maxsize=65536)
def _cue_of_stems(stems: tuple[str, ...], kinds: tuple[str, ...]) -> Entry | None:
    """`cue_of` per word form: it depends on the stems alone, and the place finder asks about
    every token several times (a million calls for 2,000 articles)."""
    table = cues()
    if not {"backref", "person", "group", "seat"} & set(kinds) and _definite(stems):
        return None  # "المنطقة الشمالية" is not "منطقة X"
    for stem in stems:
        e = table.get(stem)
        if e is not None and e.get("kind") in kinds:
            return e
    return None


def _definite(stems: tuple[str, ...]) -> bool:
    return any(s.startswith("ال") for s in stems)


def cue_before(toks: Sequence[Span], i: int) -> Entry | None:
    """A cue or region word right before token i (مدينة سرت، محافظة مأرب)."""
    return cue_of(toks[i - 1], ("cue", "region")) if i > 0 else None


def relation_before(toks: Sequence[Span], i: int, floor: int) -> str:
    """The relation a word within a few tokens before i sets (skipping numbers, units and cue
    words); two directions make one ("جنوب شرقي" → "south-east")."""
    for k in range(i - 1, max(floor, i - 5) - 1, -1):
        e = cue_of(toks[k], ("relation",))
        if e is not None:
            first = cue_of(toks[k - 1], ("relation",)) if k > floor else None
            pair = first is not None and {first.get("value"), e.get("value")} <= set(_BEARINGS)
            return f"{first.get('value')}-{e.get('value')}" if pair and first else e.get("value")
        if not _skippable(toks[k]):
            return ""
    return ""


def _skippable(tok: Span) -> bool:
    k = tok.value.key
    return k.isdigit() or k in _SKIP or cue_of(tok, ("cue", "backref")) is not None  # شرق العاصمة صنعاء


def locates(toks: Sequence[Span], text: str, end: int, start: int, measured: bool) -> bool:
    """Whether the words between two names (tokens end..start-1) make the second only locate the
    first: a link word (الواقعة، التي تبعد), or a comma (none needed before a distance) and
    relation words ("، شرق العاصمة")."""
    if linked(toks, end, start):
        return True
    gap = text[toks[end - 1].end:toks[end].start].strip()
    return gap in (("،", ",", "") if measured else ("،", ",")) and only_relation_words(toks, end, start)


def only_relation_words(toks: Sequence[Span], start: int, stop: int) -> bool:
    """Whether tokens start..stop-1 only place what follows ("شرق العاصمة", "على بعد 20 كلم جنوب")."""
    return stop > start and all(cue_of(toks[k], ("relation",)) is not None or _skippable(toks[k])
                                or cue_of(toks[k], ("unit",)) is not None for k in range(start, stop))


def landmark_before(toks: Sequence[Span], i: int) -> str:
    """"شارع مكة"، "مستشفى أجدابيا": the kind of landmark (street | building) named after the town
    that follows its cue word ('' when none). A name carrying its own clitic ("مدرسة البنات بحلب")
    is never part of a landmark: callers check that."""
    e = cue_of(toks[i - 1], ("landmark",)) if i > 0 else None
    return e.get("value") if e is not None else ""


_BEARINGS = {"north": 0.0, "east": 90.0, "south": 180.0, "west": 270.0}


def offset_before(toks: Sequence[Span], i: int, floor: int) -> tuple[float, float] | None:
    """(kilometres, bearing) of "على بعد 400 كلم جنوب شرقي X" / "30 ميلا شمال مدينة X", if stated.

    Two direction words combine ("جنوب شرقي" → 135°); the number must come right before its unit.
    """
    k = i - 1
    while k > floor and cue_of(toks[k], ("cue",)) is not None:
        k -= 1
    dirs: list[float] = []
    while k > floor and len(dirs) < 2:
        rel = cue_of(toks[k], ("relation",))
        if rel is None or rel.get("value") not in _BEARINGS:
            break
        dirs.append(_BEARINGS[rel.get("value")])
        k -= 1
    while k > floor and toks[k].value.key in _ABOUT:
        k -= 1
    unit = cue_of(toks[k], ("unit",)) if dirs and k > floor else None
    dist = _number(toks[k - 1].value.key) if unit is not None else 0.0
    return (dist * float(unit.get("value") or 1), _mean_bearing(dirs)) if unit is not None and dist > 0 else None


def _number(word: str) -> float:
    try:
        return float(word.replace("٫", "."))
    except ValueError:
        return 0.0


def _mean_bearing(dirs: list[float]) -> float:
    """"جنوب شرقي" → 135: the two directions' middle (north-west is 315, not 135)."""
    if len(dirs) == 1:
        return dirs[0]
    a, b = sorted(dirs)
    return (a + b) / 2 if b - a <= 180 else ((a + b) / 2 + 180) % 360


def government_before(toks: Sequence[Span], i: int) -> bool:
    """حكومة طبرق، برلمان طبرق: the name stands for a government."""
    return i > 0 and cue_of(toks[i - 1], ("government",)) is not None


def metonym_before(toks: Sequence[Span], i: int) -> bool:
    """"اعترضت الرياض صاروخا"، "نفت أنقرة": a place as the subject of a state's act is its government."""
    return i > 0 and cue_of(toks[i - 1], ("metonym",)) is not None


def government_seat(toks: Sequence[Span], i: int, text: str) -> bool:
    """"حكومة الوفاق الوطني في طرابلس": the seat of a government named just before, not a site.

    The government's words and the place must form one phrase: no punctuation between them.
    """
    if i == 0 or toks[i - 1].value.key != "في":
        return False
    for k in range(i - 2, max(-1, i - 7), -1):
        if text[toks[k].end:toks[k + 1].start] != " ":
            return False
        if cue_of(toks[k], ("government",)) is not None:
            return True
    return False


def person_before(toks: Sequence[Span], i: int) -> bool:
    """الشيخ صلاح الدين: a title makes the next words a person's name."""
    return i > 0 and cue_of(toks[i - 1], ("person",)) is not None


def seat_before(toks: Sequence[Span], i: int, floor: int) -> bool:
    """"المقيم في عمان"، "ومقرها طبرق"، "هاتفيا من المكلا": where a speaker or body sits."""
    for k in range(i - 1, max(floor, i - 4) - 1, -1):
        if cue_of(toks[k], ("seat",)) is not None:
            return True
        if toks[k].value.key not in _SEAT_GAP and cue_of(toks[k], ("cue", "backref")) is None \
                and nisba_country(toks[k].value.key) is None:
            return False
    return False


def group_before(toks: Sequence[Span], i: int, text: str) -> bool:
    """"سرايا الدفاع عن بنغازي"، "مجلس شورى ثوار درنة": a place inside an armed group's name."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if text[toks[k].end:toks[k + 1].start].strip(' "«»') or toks[k].value.key in _PLACE_PREPS:
            return False  # punctuation ends the name; "كتائب القذافي في الزاوية" names a site
        if cue_of(toks[k], ("group",)) is not None:
            return True
    return False


@lru_cache(maxsize=1)
def _nisba_stems() -> dict[str, str]:
    """Country stems for adjectives: ليبيا → ليب (الليبية), العراق → عراق (العراقية)."""
    out = {}
    for e in load("gazetteer/countries.tsv"):
        stem = e.key.removeprefix("ال")
        for end in ("يه", "يا", "ا"):
            if stem.endswith(end) and len(stem) > len(end) + 2:
                stem = stem[: -len(end)]
                break
        out.setdefault(stem, e.get("country"))
    return out


def nisba_country(word_key: str) -> str | None:
    """The country a definite feminine adjective names ("العاصمة الليبية" → LY), if any."""
    if not (word_key.startswith("ال") and word_key.endswith("يه")):
        return None
    return _nisba_stems().get(word_key[2:-2])


@lru_cache(maxsize=1)
def focus() -> frozenset[str]:
    """Country codes rasd is tuned for (countries.tsv `focus` column)."""
    return frozenset(e.get("country") for e in load("gazetteer/countries.tsv") if e.get("focus") == "yes")


def linked(toks: Sequence[Span], start: int, stop: int) -> bool:
    """Whether the tokens between two places measure one from the other (التي تبعد، الواقعة)."""
    return any(cue_of(toks[k], ("link",)) is not None for k in range(start, stop))


def in_list(text: str, prev_end: int, tok: Span) -> bool:
    """Whether a name continues a list right after the previous name ("الزيارة والحويز"، "أ، ب")."""
    gap = text[prev_end:tok.start]
    return gap.strip(" ،,") == "" and (("،" in gap or "," in gap) or tok.value.key.startswith("و"))


def dateline_regions(text: str) -> list[tuple[int, int, bool]]:
    """Line heads "X - Y": (start, end, head) for the part before the dash and the word after it.

    `head` is True for the part before the dash; the word after the dash is a dateline only when
    the head holds no place (an outlet, as in "أوج – بنغازي").
    """
    out = []
    for start, end in _dash_lines(text):
        m = _DASH.search(text, start, min(end, start + DATELINE_HEAD))
        head = text[start:m.start()] if m else ""
        if m is not None and head.rstrip().endswith(")"):  # "دبي، الإمارات (CNN) -": all of it
            out.append((start, m.start(), False))
            continue
        if m is None or len(head.split()) > MAX_HEAD_WORDS:
            continue
        out.append((start, m.start(), True))
        after = _WORD_AFTER.match(text, m.end(), end)
        if after:
            out.append((m.end(), after.end(), False))
    return out


def _dash_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines with a dash among their first DATELINE_HEAD characters, in order:
    only those can have a head, and most lines have none (found without visiting every line)."""
    out: list[tuple[int, int]] = []
    for m in _DASH_CHAR.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if (out and out[-1][0] == start) or m.start() >= start + DATELINE_HEAD:
            continue
        end = text.find("\n", m.start())
        out.append((start, end if end >= 0 else len(text)))
    return out
