"""Counts read together: kin and escorts joined to the dead, and counts joined to a killed count.

"مقتل رجل وابنيه" is three dead and "قتل النائب مع حارسيه" three: a kin or escort noun with a
possessive ending (role `companion` in `casualty_words.tsv`) joined by و or مع to a killed count adds
its value to it. "قتل قيادي … وعشرة من مرافقيه" is eleven: a count of people joined by و to a killed
count, with no event word of its own, shares its fate. "قتل خمسة في قصف على البلدة، وثلاثة آخرون في
غارة على القرية": others (`آخرون`) after a comma are dead too, though maybe in an event of their own,
so they stay a count of their own for the coder to place.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from rasd.time.words import Tag, conjunctions

if TYPE_CHECKING:
    from rasd.time.counts import FoundCount

REACH = 8  # tags between a killed count and the part joined to it
EVENT_WORDS = ("killed", "wounded", "people", "wounded_noun", "zero")


def joined(tags: list[Tag], found: list[FoundCount]) -> list[FoundCount]:
    """The counts of a sentence, with joined parts given the fate of the killed count before them."""
    if not found:  # nothing to join, and a companion joins only a count
        return []
    starts = {t.start: k for k, t in enumerate(tags)}
    out: list[FoundCount] = []
    for f in found:
        k = starts.get(f.start)
        if k is not None and f.value.role == "people" and _shares_fate(tags, out, k, f, starts):
            f = replace(f, value=replace(f.value, role="killed"), rule="rule:counts.joined_to_killed " + f.rule)
        out.append(f)
    return _with_companions(tags, out, starts)


def _shares_fate(tags: list[Tag], out: list[FoundCount], k: int, f: FoundCount, starts: dict[int, int]) -> bool:
    """Joined by و with no comma between, or a count of others after a comma; no event word of its own."""
    last = _last_tag(tags, k, f)
    if any(tags[j].has(*EVENT_WORDS) for j in range(last + 1, min(len(tags), last + 4))):
        return False
    others = any(t.has("others") for t in tags[k:min(len(tags), last + 2)])
    return _glued(tags, k) and _killed_before(tags, out, k, starts, commas=others) is not None


def _last_tag(tags: list[Tag], k: int, f: FoundCount) -> int:
    j = k
    while j + 1 < len(tags) and tags[j + 1].start < f.end:
        j += 1
    return j


def _glued(tags: list[Tag], k: int) -> bool:
    """The word starts with و ("وعشرة"), or follows a lone و ("و 5"), or مع / برفقة."""
    t = tags[k]
    if any(t.text == c + e.key for c in conjunctions() for e in t.roles.values()):
        return True
    return k > 0 and (tags[k - 1].text in conjunctions() or tags[k - 1].has("with"))


def _killed_before(tags: list[Tag], out: list[FoundCount], k: int, starts: dict[int, int],
                   commas: bool = False) -> int | None:
    """Index in `out` of the killed count this part joins: the last count before it that is not a
    thing or an age, with no event word, clause or (unless `commas`) punctuation in between."""
    for n in range(len(out) - 1, -1, -1):
        if out[n].value.role == "other":
            continue
        if out[n].value.role != "killed":
            return None
        lo = next((j for j in range(starts.get(out[n].start, 0), k) if tags[j].end >= out[n].end), k)
        between = tags[lo + 1:k]
        if len(between) > REACH or any(_stops(t, commas) for t in between):
            return None
        return n
    return None


def _stops(t: Tag, commas: bool) -> bool:
    if t.punct:
        return not (commas and t.text in ",\u060c")
    return t.has("clause", *EVENT_WORDS)


def _with_companions(tags: list[Tag], out: list[FoundCount], starts: dict[int, int]) -> list[FoundCount]:
    """'مقتل امرأة وطفليها': the companion's value is added to the killed count it is joined to."""
    for k, t in enumerate(tags):
        if not t.has("companion") or not _glued(tags, k):
            continue
        before = [f for f in out if f.end <= t.start]
        n = _killed_before(tags, before, k, starts)
        if n is None:
            continue
        f, entry = before[n], t.roles["companion"]
        value = replace(f.value, value=f.value.value + int(entry.get("value") or 0))
        merged = replace(f, end=t.end, value=value, rule=f"rule:counts.with_companion {entry.where} + {f.rule}")
        out = [merged if g is f else g for g in out]
    return out
