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
"""
from __future__ import annotations

import itertools
import re
import re._constants as C  # private, like the parser: opcode names
import re._parser as sre_parse  # private, but the only reader of a pattern's structure
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick

MAX_LITERALS = 5000  # a larger product of alternatives is not worth an anchor
Lits = tuple[frozenset[str], bool] | None  # literals, and whether they cover the whole item


@dataclass(frozen=True, slots=True)
class Plan:
    """How to scan one pattern: its anchors' distance from a match start and its reach."""

    pattern: re.Pattern[str]
    before: int  # how far before an anchor a match may start
    reach: int  # how far after its start a match (with its lookaheads) may read


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


def _anchor(parsed) -> tuple[frozenset[str], int] | None:
    """The most selective literal run of the top-level sequence and its largest offset from the start."""
    items = list(parsed)
    best = None
    for k in range(len(items)):
        lits = _seq(items[k:])
        if lits is None or min(map(len, lits[0])) == 0:
            continue
        before = sre_parse.SubPattern(parsed.state, items[:k]).getwidth()[1]
        score = (min(map(len, lits[0])), -len(lits[0]))
        if before < C.MAXREPEAT and (best is None or score > best[0]):
            best = score, lits[0], before
    return (best[1], best[2]) if best else None


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
            for name in names:
                starts[name].append(end - len(literal) + 1)
        out = {name: list(_windowed(self.plans[name], key, sorted(s))) for name, s in starts.items()}
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
        plans[name] = Plan(p, anchor[1], width + _lookahead(parsed) + 1)
        for literal in anchor[0]:
            by_literal.setdefault(literal, []).append(name)
    automaton = ahocorasick.Automaton()
    for literal, names in by_literal.items():
        automaton.add_word(literal, (literal, tuple(names)))
    if by_literal:
        automaton.make_automaton()
    return Scanner(plans, whole, automaton)
