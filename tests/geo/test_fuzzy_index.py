"""The fuzzy index finds exactly the keys that comparing every key of nearby lengths would find."""
from __future__ import annotations

import pytest
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from rasd.geo.fuzzy import BAND, FuzzyIndex
from rasd.geo.gazetteer import default_gazetteer
from rasd.text.normalize import key


def brute_force(index_keys: list[str], query: str, cutoff: float) -> set[str]:
    pool = [k for k in index_keys if abs(len(k) - len(query)) <= BAND]
    found = process.extract(query, pool, scorer=Levenshtein.normalized_similarity, score_cutoff=cutoff, limit=None)
    return {k for k, _score, _i in found}


def variants(word: str) -> list[str]:
    """One letter changed, dropped or doubled: the misspellings the index must still find."""
    mid = len(word) // 2
    return [word[:mid] + "ث" + word[mid + 1:], word[:mid] + word[mid + 1:], word[:mid] + word[mid] + word[mid:]]


@pytest.mark.parametrize("cutoff", [0.85, 0.7])
def test_index_matches_brute_force_on_gazetteer_keys(cutoff: float) -> None:
    keys = sorted(default_gazetteer().keys)
    index = FuzzyIndex(keys, 3)
    sample = [k for k in keys if len(k) >= 5][::997]
    for word in sample:
        for query in [word, *variants(word)]:
            got = {k for k, _score in index.matches(query, cutoff)}
            assert got == brute_force(keys, query, cutoff), query


def test_order_of_keys_does_not_matter() -> None:
    names = [key(n) for n in ("الحديدة", "الجديدة", "الحديد", "المكلا", "سيئون", "تريم")]
    forward, backward = FuzzyIndex(names, 3), FuzzyIndex(names[::-1], 3)
    assert sorted(forward.matches(key("الخديدة"), 0.8)) == sorted(backward.matches(key("الخديدة"), 0.8))


def test_gazetteer_fuzzy_is_deterministic_among_equal_scores() -> None:
    gaz = default_gazetteer()
    query = key("الخديدة")  # one letter from both الحديدة and الجديدة
    found = FuzzyIndex(gaz.keys, 3).matches(query, 0.85)
    top = max(score for _k, score in found)
    assert {key("الحديدة"), key("الجديدة")} <= {k for k, score in found if score == top}
    assert gaz.fuzzy(query) == key("الحديدة")  # the better-known place of the tied names
