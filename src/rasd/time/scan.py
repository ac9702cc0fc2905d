"""Run the date patterns only where they can match, with the same matches as `finditer`.

Python's `re` tries every alternative of a pattern at every offset of the text, and the date
patterns are long alternations of words (months, weekdays, relative words), so scanning an article
cost more than everything else the dates stage does. Every match contains one of a few literal
words at a bounded distance from its start (a month name, a weekday, a relative day word): one Aho-Corasick
pass finds those anchors, and each pattern is searched only in the short windows before them.

Why the result is exactly `pattern.finditer(key)`: a match can only start inside some window; a
search started at a window's first offset finds the leftmost match from there; a search cut at
`endpos` behaves as on the whole key for every start whose match and lookaheads end before the
cut (lookbehinds see the text before `pos`). Patterns without a usable anchor or with an
unbounded width are scanned whole. `tests/time/test_scan.py` compares both on generated text.

An anchor word is often found inside another word ("اب" in "انتخابات"); the rest of the pattern
after the anchor, compiled alone, must match right after it, so such a place opens no window
(every real match has its anchor where that rest matches, so no match is lost).
"""
from __future__ import annotations

import itertools
import re
import re._compiler as sre_compile  # private, like the parser: compiles a parsed part of a pattern
import re._constants as C  # private, like the parser: opcode names
import re._parser as sre_parse  # private, but the only reader of a pattern's structure
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick

MAX_LITERALS = 5000  # a larger product of alternatives is not worth an anchor
Lits = tuple[frozenset[str], bool] | None  # literals, and whether they cover the whole item
GROUPREFS = frozenset({C.GROUPREF, C.GROUPREF_EXISTS, C.GROUPREF_IGNORE, C.GROUPREF_LOC_IGNORE,
                       C.GROUPREF_UNI_IGNORE})


@dataclass(frozen=True, slots=True)
class Plan:
    """How to scan one pattern: its anchors' distance from a match start and its reach."""

    pattern: re.Pattern[str]
    before: int  # how far before an anchor a match may start
    reach: int  # how far after its start a match (with its lookaheads) may read
    after: re.Pattern[str] | None = None  # what a match reads right after its anchor, if known


def _item(op: object, av: object) -> Lits:
    """Literal strings one parsed item matches, if it only matches literals."""
    if op is C.LITERAL:
        return frozenset({chr(av)}), True
    if op is C.IN and all(o is C.LITERAL for o, _ in av):
        return frozenset(chr(c) for _, c in av), True
    if op is C.SUBPATTERN:
        return _seq(list(av[3]))
    if op is C.BRANCH:
        alts = [_seq(list(p)) for p in av[1]]
        if any(a is None for a in alts):
            return None
        return frozenset().union(*(a[0] for a in alts)), all(a[1] for a in alts)
    return None


def _seq(items: list) -> Lits:
    """Literals a sequence of items starts with (the product of its leading literal items)."""
    out: frozenset[str] = frozenset({""})
    for op, av in items:
        lits = _item(op, av)
        if lits is None:
            return (out, False) if out != {""} else None
        out = frozenset(a + b for a, b in itertools.product(out, lits[0]))
        if len(out) > MAX_LITERALS:
            return None
        if not lits[1]:
            return out, False
    return out, True


def _lookahead(parsed) -> int:
    """An upper bound of the text lookaheads read past what a match consumes (their widths summed,
    so nested lookaheads are covered too)."""
    total = 0
    for op, av in parsed:
        if op in (C.ASSERT, C.ASSERT_NOT) and av[0] == 1:
            total += av[1].getwidth()[1]
        total += sum(_lookahead(sub) for sub in _subpatterns(av))
    return total


def _subpatterns(av: object) -> Iterator[sre_parse.SubPattern]:
    """The sub-patterns nested in an item's arguments, whatever the opcode."""
    if isinstance(av, sre_parse.SubPattern):
        yield av
    elif isinstance(av, tuple | list):
        for x in av:
            yield from _subpatterns(x)


def _anchor(parsed) -> tuple[frozenset[str], int, int] | None:
    """The most selective literal run of the top-level sequence, its largest offset from the start,
    and the index of the item it starts at."""
    items = list(parsed)
    best = None
    for k in range(len(items)):
        lits = _seq(items[k:])
        if lits is None or min(map(len, lits[0])) == 0:
            continue
        before = sre_parse.SubPattern(parsed.state, items[:k]).getwidth()[1]
        score = (min(map(len, lits[0])), -len(lits[0]))
        if before < C.MAXREPEAT and (best is None or score > best[0]):
            best = score, lits[0], before, k
    return best[1:] if best else None


def _after(parsed, flags: int, k: int) -> re.Pattern[str] | None:
    """The rest of the pattern after the anchor's literal run that starts at item k, compiled: a
    match has its anchor literal only where this rest matches right after it ("اب" inside a word
    is no month). None when the run ends inside an item, nothing follows, or the rest refers back
    to a group."""
    items = list(parsed)
    n = k
    while n < len(items):
        lits = _item(*items[n])
        if lits is None:
            break
        if not lits[1]:
            return None
        n += 1
    rest = sre_parse.SubPattern(parsed.state, items[n:])
    if n == len(items) or _refers_back(rest):
        return None
    return sre_compile.compile(rest, flags)


def _refers_back(parsed) -> bool:
    """Whether a part of a pattern uses a group's match (which the rest alone cannot know)."""
    return any(op in GROUPREFS or any(_refers_back(sub) for sub in _subpatterns(av)) for op, av in parsed)


def anchor_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literal strings one of which every match of the pattern contains (None: none known)."""
    if pattern.flags & re.IGNORECASE:
        return None
    anchor = _anchor(sre_parse.parse(pattern.pattern, pattern.flags))
    return anchor[0] if anchor else None


@dataclass(frozen=True)
class Scanner:
    """The patterns of one family, their anchors in one automaton, and the patterns scanned whole."""

    plans: dict[str, Plan]
    whole: dict[str, re.Pattern[str]]
    automaton: object

    def finditer(self, key: str) -> dict[str, list[re.Match[str]]]:
        """Every pattern's matches, as `pattern.finditer(key)` would give them."""
        starts: dict[str, list[int]] = {name: [] for name in self.plans}
        for end, (literal, names) in self.automaton.iter(key) if self.plans else ():
            for name, after in names:
                if after is None or after.match(key, end + 1):
                    starts[name].append(end - len(literal) + 1)
        out = {name: list(_windowed(self.plans[name], key, sorted(s))) if s else [] for name, s in starts.items()}
        return out | {name: list(p.finditer(key)) for name, p in self.whole.items()}


def _windowed(plan: Plan, key: str, anchors: list[int]) -> Iterator[re.Match[str]]:
    """Matches of a planned pattern, searching only the windows before its anchors."""
    pos = 0
    for anchor in anchors:
        hi = anchor
        lo = max(pos, anchor - plan.before)
        while lo <= hi:
            m = plan.pattern.search(key, lo, min(len(key), hi + plan.reach))
            if m is None or m.start() > hi:
                break
            yield m
            pos = lo = m.end()
        pos = max(pos, hi + 1)


def scanner(patterns: dict[str, re.Pattern[str]]) -> Scanner:
    """Plan every pattern: anchored when it has a literal anchor and a bounded, non-zero width (an
    empty match would need finditer's special stepping), else scanned whole."""
    plans, whole, by_literal = {}, {}, {}
    for name, p in patterns.items():
        parsed = sre_parse.parse(p.pattern, p.flags)
        anchor = _anchor(parsed)
        width = parsed.getwidth()[1]
        if anchor is None or width >= C.MAXREPEAT or parsed.getwidth()[0] == 0 or p.flags & re.IGNORECASE:
            whole[name] = p
            continue
        plans[name] = Plan(p, anchor[1], width + _lookahead(parsed) + 1, _after(parsed, p.flags, anchor[2]))
        for literal in anchor[0]:
            by_literal.setdefault(literal, []).append((name, plans[name].after))
    automaton = ahocorasick.Automaton()
    for literal, names in by_literal.items():
        automaton.add_word(literal, (literal, tuple(names)))
    if by_literal:
        automaton.make_automaton()
    return Scanner(plans, whole, automaton)
