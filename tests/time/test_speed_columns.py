"""The column tokeniser, the neighbour test of `_select` and the dateline's dash test answer as the
plain readings they replace (second speed round)."""
from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from rasd.mentions.values import DateValue
from rasd.time.calendar import Publication
from rasd.time.dateline import REACH, _dateline, dateline
from rasd.time.dates import Found, _select
from rasd.time.tagger import _index, _matches, _number, _stem_roles, tag
from rasd.time.words import _TOKEN, tokens


def _lexicon_keys() -> list[str]:
    """Every word of the count lexicons' entries (multi-word entries split), sorted."""
    return sorted({w for items in _index().values() for words, _, _ in items for w in words})


PIECES = st.sampled_from(["قتل", "وأصيب", "1,500", "2.5", "12", "٣", "،", ".", " ", "  ", "_", "-", "x1", "(", "\n"])


@given(st.lists(PIECES, max_size=30), st.integers(0, 80), st.integers(0, 80))
def test_tokens_are_those_of_the_token_pattern(pieces: list[str], a: int, b: int) -> None:
    key = "".join(pieces)
    lo, hi = min(a, b, len(key)), min(max(a, b), len(key))
    expected = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(key, lo, hi)]
    assert tokens(key, lo, hi) == expected
    assert tokens(key) == [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(key)]


def _plain_select(hits: list[Found]) -> list[Found]:
    chosen: list[Found] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if all(h.end <= c.start or h.start >= c.end for c in chosen):
            chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=14))
def test_select_keeps_what_the_pairwise_test_keeps(spans: list[tuple[int, int]]) -> None:
    value = DateValue(date(2020, 5, 1), 1, "absolute")
    hits = [Found(s, s + n, value, f"rule:{k}") for k, (s, n) in enumerate(spans)]
    assert _select(hits) == _plain_select(hits)


def test_a_head_without_a_dash_has_no_dateline_either_way() -> None:
    pub = Publication(date(2021, 3, 9), date(2021, 3, 9))
    for text in ("بنغازي 8 مارس آذار (رويترز) قال مسؤول إن", "قتل 5 أشخاص في 8 مارس في سرت"):
        assert dateline(text, pub) is None
        assert _dateline(text[: REACH + 40], pub) is None
    filed = dateline("بنغازي 8 مارس آذار (رويترز) - قال مسؤول إن", pub)
    assert filed is not None and filed.value.day == date(2021, 3, 8)


def _plain_tags(key: str) -> list[tuple]:
    """The tagger's reading without its per-form and per-run memos: token by token."""
    toks = tokens(key)
    texts = [t[2] for t in toks]
    out, i = [], 0
    while i < len(toks):
        n, roles = _matches(texts, i)
        if not n:
            n, roles = 1, _stem_roles(texts[i])
        start, end = toks[i][0], toks[i + n - 1][1]
        out.append((start, end, key[start:end], roles, _number(texts[i], roles)))
        i += n
    return out


@given(st.lists(st.sampled_from([*_lexicon_keys(), "12", "1,500", "،", "قصف", "وقتلوا", "للمدنيين"]), max_size=25))
def test_tags_are_the_plain_token_by_token_reading(words: list[str]) -> None:
    key = " ".join(words)
    assert [tuple(t) for t in tag(key)] == _plain_tags(key)
