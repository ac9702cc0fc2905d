"""Counts of people and what happened to them, read from tagged words of one sentence.

A number's role comes from the noun after it ("7 قتلى" killed, "12 جريحاً" wounded, "3 دبابات"
other) or, for a person noun or no noun, from the nearest event word before or after it within a
few words, never across punctuation or another number ("مقتل 11 مدنيا وإصابة 19"). Vague words take
GUIDE.md's values (عشرات = 10, عدد من = 3); unnumbered dead after "سقوط/وقوع" count 3; a singular
or dual noun next to an event word counts 1 or 2 ("مقتل طفل", "جنديين"); "دون وقوع إصابات" is 0.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from rasd.mentions.values import CountValue
from rasd.time.joins import joined
from rasd.time.numbers import NumberPhrase, phrase_at
from rasd.time.tagger import tag
from rasd.time.words import Tag, article, conjunctions, variants

EVENT_ROLES = ("killed", "wounded", "people")
FATE_NOUNS = ("killed_noun", "wounded_noun")
QUOTES = frozenset("\"'")
NOUN_ROLES = {"killed_noun": "killed", "wounded_noun": "wounded", "unit_noun": "other", "person_noun": ""}
BACK, AHEAD = 4, 3
TOLL_BACK = 25  # words between a toll's noun and 'إلى N'
SUBJECT_AHEAD = 9
UNNUMBERED_DEAD = 3
# the roles `_at` can start a count at (zero, a number phrase, a noun counting itself, the dead)
START_ROLES = frozenset({"zero", "vague", "number", "scale", *NOUN_ROLES})


@dataclass(frozen=True, slots=True)
class FoundCount:
    """A count: key offsets, its value and the rule or lexicon line that decided its role."""

    start: int
    end: int
    value: CountValue
    rule: str


def find_counts(key: str, lo: int, hi: int, skip: list[tuple[int, int]] = (),
                duals: frozenset[int] = frozenset()) -> list[FoundCount]:
    """Counts within one key range (a sentence); `skip` holds key ranges already read as dates,
    `duals` the key offsets of words the text vocalises as duals ("مدنيَّين": two, not "civilians")."""
    near = [(s, e) for s, e in skip if e > lo and s < hi]
    tags = tag(key, lo, hi)
    if near:
        tags = _outside(tags, near)
    if duals:
        tags = [_as_dual(t) if t.start in duals else t for t in tags]
    out: list[FoundCount] = []
    i = 0
    for k in _starts(tags):
        if k < i:  # inside the count read before
            continue
        found, i = _at(tags, k)
        if found is not None:
            out.append(found)
    return joined(tags, out)


def _starts(tags: list[Tag]) -> list[int]:
    """Indexes of the words a count may start at (`_at` finds nothing at any other): digits, or a
    word with a role of number, zero or counted noun. One comprehension: it sees every word."""
    return [k for k, t in enumerate(tags)
            if (t.roles and not START_ROLES.isdisjoint(t.roles)) or t.text[:1].isdecimal()]


def _as_dual(t: Tag) -> Tag:
    """A plural person noun written with the dual's vowels counts two, like "جنديين"."""
    entry = t.roles.get("person_noun")
    if entry is None or entry.get("value"):
        return t
    dual = replace(entry, attrs={**entry.attrs, "value": "2"}, where=entry.where + " vocalised dual")
    return Tag(t.start, t.end, t.text, {**t.roles, "person_noun": dual}, t.number)


def _outside(tags: list[Tag], ranges: list[tuple[int, int]]) -> list[Tag]:
    """The tags that start outside every range (tags are in text order, so bisect finds each range)."""
    starts = [t.start for t in tags]
    drop = set()
    for s, e in ranges:
        drop.update(range(bisect_left(starts, s), bisect_left(starts, e)))
    return [t for k, t in enumerate(tags) if k not in drop] if drop else tags


def _at(tags: list[Tag], i: int) -> tuple[FoundCount | None, int]:
    """The count starting at tag i, if any, and the index to continue from."""
    t = tags[i]
    if t.has("zero"):
        return FoundCount(t.start, t.end, CountValue(0, "zero"), t.roles["zero"].where), i + 1
    phrase = phrase_at(tags, i)
    if phrase is not None:
        return _numbered(tags, phrase)
    if t.has(*NOUN_ROLES) and _own_value(t):
        return _self_counting(tags, i), i + 1
    if _unnumbered_dead(tags, i):
        value = CountValue(UNNUMBERED_DEAD, "killed", approximate=True)
        return FoundCount(t.start, t.end, value, "rule:counts.unnumbered_dead"), i + 1
    return None, i + 1


def _unnumbered_dead(tags: list[Tag], i: int) -> bool:
    """'سقوط قتلى', 'هناك قتلى وجرحى': a plural of the dead with no number, announced as such.

    Only after a word that announces casualties, or as "قتلى وجرحى"; a bare plural may name a unit
    ("لواء شهداء بدر") and a definite one points back ("نقل الجثث").
    """
    t = tags[i]
    if not t.has("killed_noun") or _own_value(t):
        return False
    after_fall = i > 0 and tags[i - 1].has("fall")
    definite = any(v.startswith(article()) for v in variants(t.text))
    with_wounded = i + 1 < len(tags) and tags[i + 1].has("wounded_noun")
    return after_fall or (with_wounded and not definite)


def _own_value(t: Tag) -> int:
    """The count a singular or dual noun carries by itself (0 for plurals)."""
    entry = next((t.roles[r] for r in NOUN_ROLES if r in t.roles), None)
    return int(entry.get("value") or 0) if entry is not None else 0


def _noun(tags: list[Tag], phrase: NumberPhrase) -> int | None:
    """Index of the noun counted by a number ('ثلاثة من عناصر' skips 'من')."""
    j = phrase.last + 1
    if j < len(tags) and tags[j].has("of") and not tags[j].has(*NOUN_ROLES):
        j += 1
    ok = j < len(tags) and tags[j].has(*NOUN_ROLES) and not _conjoined(tags[j])
    return j if ok else None


def _conjoined(t: Tag) -> bool:
    """'مقتل 2 وإصابة 5': a word glued to و starts the next clause, it is not the counted noun."""
    return any(t.text == c + e.key for c in conjunctions() for e in t.roles.values())


def _numbered(tags: list[Tag], phrase: NumberPhrase) -> tuple[FoundCount | None, int]:
    j = _noun(tags, phrase)
    first = tags[phrase.first]
    last = phrase.last if j is None else j
    if j is None and _is_year(first, phrase):
        return None, phrase.last + 1
    role, why = _role(tags, phrase, j)
    if role in ("people", "", "killed"):  # a killed count after "ارتفع عدد القتلى إلى" is a toll update
        rose = _toll_rose_to(tags, phrase.first)
        role, why = rose if rose is not None and role in ("people", "", rose[0]) else (role, why)
    if not role:
        return None, last + 1
    if role == "killed" and _after_among(tags, phrase.first):
        role, why = "people", "rule:counts.part_of_count"
    approx = phrase.vague or _hedged(tags, phrase.first, last)
    return FoundCount(first.start, tags[last].end, CountValue(phrase.value, role, approx), why), last + 1


def _toll_rose_to(tags: list[Tag], first: int) -> tuple[str, str] | None:
    """'ارتفعت حصيلة قتلى المعارك، التي …، إلى 11 شخصا': the toll's noun, however far back, decides.

    Only right after "إلى"; the walk back crosses clauses and commas but never another number.
    """
    k = first - 1
    while k >= 0 and tags[k].has("hedge"):
        k -= 1
    if k < 0 or not tags[k].has("to"):
        return None
    for t in reversed(tags[max(0, k - TOLL_BACK):k]):
        if t.digits or t.has("number", "vague", "zero"):
            return None
        for noun_role in FATE_NOUNS:
            if noun_role in t.roles:
                return NOUN_ROLES[noun_role], "rule:counts.toll_rose_to " + t.roles[noun_role].where
        if t.has("toll"):
            fate = "wounded" if t.has("wounded") else "killed"
            return fate, "rule:counts.toll_rose_to " + t.roles["toll"].where
    return None


def _after_among(tags: list[Tag], first: int) -> bool:
    """'51 شخصا بينهم 40 طفلا قتلوا': the 40 are part of the 51, never dead on top of them."""
    k = first - 1
    while k >= 0 and tags[k].has("hedge"):
        k -= 1
    return k >= 0 and tags[k].has("among")


def _is_year(first: Tag, phrase: NumberPhrase) -> bool:
    return first.digits and phrase.first == phrase.last and len(first.text) == 4 and 1900 <= phrase.value <= 2100


def _role(tags: list[Tag], phrase: NumberPhrase, j: int | None) -> tuple[str, str]:
    """Role from the counted noun, else from the nearest event word ('' when there is none)."""
    if j is not None and (died := _wounded_who_died(tags, j)) is not None:
        return died
    if j is not None:
        for noun_role, role in NOUN_ROLES.items():
            if role and noun_role in tags[j].roles:
                return role, tags[j].roles[noun_role].where
    near = nearest_event(tags, phrase.first, phrase.last if j is None else j, ahead=_ahead(tags, phrase.first))
    if near is not None:
        return near
    return ("people", tags[j].roles["person_noun"].where) if j is not None else ("", "")


def _wounded_who_died(tags: list[Tag], j: int) -> tuple[str, str] | None:
    """'اثنين آخرين من الجرحى توفيا': a part of the wounded (after من) with a verb of death after it."""
    if j + 2 < len(tags) and tags[j + 1].has("of") and not tags[j].has("wounded_noun"):
        j += 2
    if not (tags[j].has("wounded_noun") and tags[j - 1].has("of")):
        return None
    after = _scan(tags, range(j + 1, len(tags)), AHEAD)
    return ("killed", "rule:counts.wounded_who_died " + after[2]) if after and after[1] == "killed" else None


def _ahead(tags: list[Tag], first: int) -> int:
    """How far the verb may follow: far when the count opens a clause ('أن 12 عنصرا من … قتلوا')."""
    k = first - 1
    while k >= 0 and tags[k].has("hedge"):
        k -= 1
    return SUBJECT_AHEAD if k >= 0 and tags[k].has("that") else AHEAD


def nearest_event(tags: list[Tag], first: int, last: int, back: int = BACK,
                  ahead: int = AHEAD) -> tuple[str, str] | None:
    """(role, lexicon line) of the closest event word around tags[first..last]; earlier wins ties."""
    before = _scan(tags, range(first - 1, -1, -1), back)
    after = _scan(tags, range(last + 1, len(tags)), ahead)
    options = [x for x in (before, after) if x is not None]
    if not options:
        return None
    _, role, where = min(options, key=lambda x: x[0])
    return role, where


def _scan(tags: list[Tag], indexes: range, limit: int) -> tuple[float, str, str] | None:
    """Walk away from a count: hedges and quotes are free, punctuation and other numbers stop it.

    Walking forward, a noun of fate also decides ("المئات سقطوا جرحى"), and after "بينهم" the
    walk crosses the part of the count ("23 شخصا بينهم 9 أطفال قتلوا").
    """
    steps, part = 0, False
    forward = indexes.step > 0
    roles = EVENT_ROLES + (FATE_NOUNS if forward else ())
    for k in indexes:
        t = tags[k]
        part = part or (forward and t.has("among"))
        if t.text in QUOTES or t.has("among"):
            continue
        if t.punct or t.has("clause") or ((t.digits or t.has("number", "vague", "zero")) and not part):
            return None
        for role in roles:
            if role in t.roles:
                return steps + (0.5 if indexes.step > 0 else 0), NOUN_ROLES.get(role) or role, t.roles[role].where
        if not t.has("hedge", "filler", "of"):
            steps += 1
        if steps > limit:
            return None
    return None


def _hedged(tags: list[Tag], first: int, last: int) -> bool:
    """'نحو 27', '20 على الأقل': the value stands, but it is marked approximate."""
    return (first > 0 and tags[first - 1].has("hedge")) or (last + 1 < len(tags) and tags[last + 1].has("hedge"))


def _self_counting(tags: list[Tag], i: int) -> FoundCount | None:
    """'مقتل طفل' = 1, 'جنديين' = 2, 'سقوط شهيدين' = 2: the noun is its own count."""
    t = tags[i]
    value = _own_value(t)
    noun_role = next(r for r in NOUN_ROLES if r in t.roles)
    role = NOUN_ROLES[noun_role]
    if role == "other":
        return None
    if i + 1 < len(tags) and phrase_at(tags, i + 1) is not None:
        return None  # a singular noun before a number is the subject; the number is the count
    reach = BACK if value >= 2 else 1  # a dual is a count itself; a singular may just name someone
    near = nearest_event(tags, i, i, back=reach, ahead=1)
    if not role:
        if near is None:
            return None
        role = near[0]
    elif value == 1 and near is None and not (i > 0 and tags[i - 1].has("fall")):
        return None
    if role == "killed" and _after_among(tags, i):
        return FoundCount(t.start, t.end, CountValue(value, "people"), "rule:counts.part_of_count")
    return FoundCount(t.start, t.end, CountValue(value, role), t.roles[noun_role].where)
