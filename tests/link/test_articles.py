"""Article dedup: exact copies and lightly edited syndicated copies are found; different news is not."""
from __future__ import annotations

from samples import SENTENCES

from rasd.document import Article
from rasd.link.articles import find_duplicates

BODY = " ".join(SENTENCES.values())


def test_exact_copy_is_an_exact_duplicate_of_the_first() -> None:
    res = find_duplicates([Article("a", BODY), Article("b", BODY)])
    assert res.original == {"b": "a"}
    assert res.exact == {"b"}


def test_syndicated_copy_with_a_dateline_and_a_dropped_sentence_is_a_near_duplicate() -> None:
    edited = "عدن (وكالات) - " + " ".join(list(SENTENCES.values())[:-1]) + " وتابع المراسل تطورات الوضع."
    res = find_duplicates([Article("a", BODY), Article("b", edited)], threshold=0.6)
    assert res.original == {"b": "a"}
    assert res.exact == frozenset()


def test_diacritics_and_hamza_spelling_do_not_hide_a_copy() -> None:
    variant = BODY.replace("أ", "ا").replace("ة", "ه")
    assert find_duplicates([Article("a", BODY), Article("b", variant)]).original == {"b": "a"}


def test_different_reports_are_not_duplicates() -> None:
    arts = [Article(k, v) for k, v in SENTENCES.items()]
    assert find_duplicates(arts).original == {}
