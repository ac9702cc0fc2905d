"""The matcher's fast paths give the answers of the plain definitions they replace."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rasd.mentions import lexicon
from rasd.mentions.lexicon import Entry, Matcher
from rasd.text.normalize import key, normalize

TEXT = st.text(alphabet="بلوفكالمدينة _-،.7٣\n", max_size=40)


def _letter(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _left_by_loop(text: str, start: int) -> str | None:
    i = start
    while i > 0 and _letter(text[i - 1]) and start - i < 4:
        i -= 1
    return None if i > 0 and _letter(text[i - 1]) else text[i:start]


def _end_by_loop(text: str, end: int) -> int:
    while end < len(text) and _letter(text[end]):
        end += 1
    return end


@given(TEXT, st.integers(min_value=0, max_value=40))
def test_glued_letters_and_word_end_match_the_loops(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert lexicon._left_context(text, pos) == _left_by_loop(text, pos)
    assert lexicon._word_end(text, pos) == _end_by_loop(text, pos)


def test_same_document_is_scanned_once_and_answers_are_copies() -> None:
    m = Matcher([Entry("قصف", key("قصف"), {}, "t.tsv:2"), Entry("مدينة", key("مدينة"), {}, "t.tsv:3")])
    norm = normalize("وقصف الجيش مدينة حمص، ثم قصف ريفها")
    first = m.find(norm)
    first.clear()
    again = m.find(norm)
    assert [(x.start, x.end) for x in again] == [(1, 4), (11, 16), (25, 28)]
    assert m.find(normalize("قصف")) != again
