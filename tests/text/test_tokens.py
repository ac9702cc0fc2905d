"""Clitic-aware tokens: candidate stems, and offsets that cite the exact source characters."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.document import Article, Document
from rasd.text.normalize import key, normalize
from rasd.text.tokens import stems, tokenize


@pytest.mark.parametrize(("word", "stem"), [
    ("وبطرابلس", "طرابلس"),
    ("والعزيزيه", "عزيزيه"),
    ("للجيش", "الجيش"),
    ("فبنغازي", "بنغازي"),
    ("بحلب", "حلب"),
    ("كالعاده", "عاده"),
    ("والموصل", "الموصل"),
])
def test_stems_offer_the_bare_word(word: str, stem: str) -> None:
    assert stem in stems(word)
    assert stems(word)[0] == word


@pytest.mark.parametrize("word", ["بغداد", "وادي", "لبنان", "بنها"])
def test_short_or_bare_words_stay_first(word: str) -> None:
    assert stems(word)[0] == word


def token_texts(text: str) -> list[tuple[str, str]]:
    doc = tokenize(Document(Article("t", text)).with_norm(normalize(text)))
    return [(doc.text_of(s), s.value.key) for s in doc.layer("tokens")]


def test_tokens_cite_the_source() -> None:
    text = "قُتِلَ ٣ مدنيين بقصفٍ على «إدلب»، وأُصيب آخرون."
    toks = token_texts(text)
    assert ("قُتِلَ", "قتل") in toks  # the final vowel sign belongs to the token
    assert ("٣", "3") in toks
    assert ("إدلب", "ادلب") in toks
    assert ("وأُصيب", "واصيب") in toks


@given(st.text(st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى ًٌَُِّ٠١٢٣.،«»\n"), max_size=60))
def test_token_keys_equal_key_of_their_slice(text: str) -> None:
    for src, k in token_texts(text):
        assert key(src) == k
