"""Neither finder crashes or leaves the text on arbitrary Arabic-looking input."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.mentions.dates import date_spans
from rasd.mentions.quantities import count_spans
from testkit import make_doc

ALPHABET = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةؤئ ًٌٍَُِّْـ0123456789٠١٢٣٤٥٦٧٨٩ /.,،؛:-\n«»\"%"))


@settings(max_examples=200, deadline=None)
@given(st.text(ALPHABET, max_size=120), st.sampled_from([None, "2020-05-21", "2018-07-16T00:19:47+00:00", "bad"]))
def test_finders_survive_any_text(text: str, published: str | None) -> None:
    doc = make_doc(text, published)
    for s in date_spans(doc) + count_spans(doc):
        assert 0 <= s.start <= s.end <= len(text)


def _lexicon_words() -> list[str]:
    from rasd.mentions.lexicon import load

    files = ("calendars/months.tsv", "calendars/weekdays.tsv", "calendars/date_words.tsv",
             "lexicons/count_words.tsv", "lexicons/casualty_words.tsv")
    return sorted({e.form for f in files for e in load(f)})


WORDS = st.one_of(st.sampled_from(_lexicon_words()), st.integers(0, 3000).map(str),
                  st.sampled_from(["،", ".", "/", "\n", "ـ", "هـ", "في", "قرب"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=16), st.sampled_from([None, "2020-05-21", "2021-01-02T03:00:00+02:00"]))
def test_finders_survive_any_sequence_of_their_own_words(words: list[str], published: str | None) -> None:
    text = " ".join(words)
    doc = make_doc(text, published)
    for s in date_spans(doc) + count_spans(doc):
        assert 0 <= s.start < s.end <= len(text)
