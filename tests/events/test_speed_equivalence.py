"""The coder's per-document memos and shortcuts answer exactly as the plain computations they replace."""
from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from rasd.document import Article, Document, Span
from rasd.events import realis
from rasd.events.cues import cue_before, within_words
from rasd.memo import by_identity, per_document
from rasd.mentions.lexicon import Entry, Match

_PIECES = st.sampled_from(["19", "20", "4", "9", "0", "5", "/", ".", "-", " ", "،", "عام", "٢", "2015", "1999", "2049"])


def _plain_old_years(text: str, published: date, lo: int, hi: int) -> list[int]:
    """Starts of the years `_year_long_past` used to read: `_YEAR` over the clause, the old ones."""
    return [y.start() for y in realis._YEAR.finditer(text, lo, hi)
            if (published - date(int(y.group(1)), 12, 31)).days > realis.OLD_DAYS]


@given(st.lists(_PIECES, max_size=14).map("".join), st.integers(0, 60), st.integers(0, 64))
def test_old_years_in_a_clause_are_those_of_the_year_pattern(text: str, lo: int, width: int) -> None:
    facts = realis._facts(Article("a1", text, "2020-06-01"))
    hi = lo + width
    assert facts.years_in(lo, hi) == _plain_old_years(text, date(2020, 6, 1), lo, hi)


def test_no_publication_day_no_history() -> None:
    doc = Document(Article("a1", "اغتيل في عام 1995 رئيس الوزراء", ""))
    assert not realis._year_long_past(doc, Span(0, 5, "trigger"), [])


def test_per_document_answers_once_per_document_and_arguments() -> None:
    calls: list[tuple[str, int]] = []

    @per_document
    def twice(doc: Document, n: int) -> int:
        calls.append((doc.id, n))
        return 2 * n

    first, second = Document(Article("a1", "نص")), Document(Article("a2", "نص"))
    assert [twice(first, 1), twice(first, 1), twice(first, 2), twice(second, 1), twice(first, 1)] == [2, 2, 4, 2, 2]
    assert calls == [("a1", 1), ("a1", 2), ("a2", 1), ("a1", 1)]


def test_by_identity_recomputes_for_an_equal_but_other_object() -> None:
    calls: list[list[int]] = []

    @by_identity
    def total(xs: list[int]) -> int:
        calls.append(xs)
        return sum(xs)

    xs = [1, 2]
    assert (total(xs), total(xs), total([1, 2])) == (3, 3, 3)
    assert len(calls) == 2


def _plain_cue_before(doc: Document, found: list[Match], span: Span, kind: str) -> Match | None:
    """`cues.cue_before` as a scan of every cue of the kind, last first."""
    for m in reversed([m for m in found if m.entry.get("kind") == kind]):
        if m.end <= span.start and within_words(doc.text, m.end, span.start, int(m.entry.get("window", "2") or 0)):
            return m
    return None


@given(st.lists(st.sampled_from(["ضد", "على", "،", ".", "قوات", "و", "بين"]), min_size=1, max_size=24),
       st.lists(st.tuples(st.integers(0, 23), st.sampled_from(["target", "agent"]),
                          st.sampled_from(["0", "2", "5", ""])), max_size=8),
       st.integers(0, 23))
def test_cue_before_finds_what_a_scan_finds(words: list[str], placed: list[tuple[int, str, str]], at: int) -> None:
    text = " ".join(words)
    starts = [sum(len(x) + 1 for x in words[:i]) for i in range(len(words))]
    found, taken = [], set()
    for i, kind, window in sorted(placed):
        if i < len(words) and i not in taken:
            taken.add(i)
            entry = Entry(words[i], words[i], {"kind": kind, "window": window}, f"cues.tsv:{i}")
            found.append(Match(starts[i], starts[i] + len(words[i]), entry))
    doc = Document(Article("a1", text))
    span = Span(starts[min(at, len(words) - 1)], len(text), "actor")
    for kind in ("target", "agent"):
        assert cue_before(doc, found, span, kind) == _plain_cue_before(doc, found, span, kind)
