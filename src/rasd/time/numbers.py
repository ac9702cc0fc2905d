"""Numbers as reporters write them: digits (Western or Eastern), number words and vague words.

Public API (documented in docs/time.md):
    parse_count("خمسة وعشرون") -> 25, parse_count("٢٢") -> 22, parse_count("عشرات") -> 10,
    parse_count("ثلاثة آلاف") -> 3000, parse_count("مدينة") -> None.

Values are composed from `data/lexicons/count_words.tsv` (unit words add, scale words multiply
what precedes them); pyarabic's `text2number` agrees on the compounds it knows (checked by a
property test) but returns 0 for vague words, Eastern digits and ال-forms, so it is not used here.
"""
from __future__ import annotations

from dataclasses import dataclass

from rasd.text.normalize import key
from rasd.time.tagger import tag
from rasd.time.words import Tag


@dataclass(frozen=True, slots=True)
class NumberPhrase:
    """A run of number tags: index range in the tag list, its value, whether the value is vague."""

    first: int
    last: int
    value: int
    vague: bool


def is_number(t: Tag) -> bool:
    """A digit run or a number word (not a vague word)."""
    return t.digits or t.has("number", "scale")


def phrase_at(tags: list[Tag], i: int) -> NumberPhrase | None:
    """The number phrase starting at tag i ('خمسة وعشرون', '200 ألف', 'عشرات'), if any."""
    t = tags[i]
    if t.has("vague") and not t.digits:
        return NumberPhrase(i, i, t.number or 0, True)
    if not is_number(t) or (t.has("scale") and not t.digits):
        return _lone_scale(tags, i)
    j = i
    while j + 1 < len(tags) and is_number(tags[j + 1]) and not (tags[j].digits and tags[j + 1].digits):
        j += 1
    value = compose(tags[i : j + 1])
    return NumberPhrase(i, j, value, False) if value or t.digits else None


def _lone_scale(tags: list[Tag], i: int) -> NumberPhrase | None:
    """'ألف شخص' (a thousand) — a scale word with nothing before it counts once."""
    t = tags[i]
    if t.has("scale") and t.number:
        j = i
        while j + 1 < len(tags) and is_number(tags[j + 1]):
            j += 1
        return NumberPhrase(i, j, compose(tags[i : j + 1]), False)
    return None


def compose(tags: list[Tag]) -> int:
    """Value of a number phrase: units add, a scale word multiplies the running group."""
    total = current = 0.0
    for t in tags:
        value = t.number or 0
        if t.has("scale") and not t.digits:
            total += max(current, 1) * value
            current = 0
        else:
            current += value
    return int(total + current)


def parse_count(text: str) -> int | None:
    """The first number a short text states (digits, words or a vague word), or None."""
    tags = tag(key(text))
    for i in range(len(tags)):
        phrase = phrase_at(tags, i)
        if phrase is not None:
            return phrase.value
    return None
