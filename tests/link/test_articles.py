"""Article dedup: exact copies and lightly edited syndicated copies are found; different news is not."""
from __future__ import annotations

from rasd.document import Article
from rasd.link.articles import find_duplicates
from rasd_link_samples import SENTENCES

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


def test_identical_copies_are_processed_once_and_cite_their_own_article() -> None:
    from rasd.link.articles import attach_copies, hold_back_copies
    from rasd_link_samples import article, make_event

    first, copy = article("wire-1", "kirkuk_ied", source="Wire"), article("paper-2", "kirkuk_ied", source="Paper")
    other = article("paper-3", "mocha_protest")
    copies: dict = {}
    passed = [a.id for a in hold_back_copies([first, copy, other], copies)]
    assert passed == ["wire-1", "paper-3"]
    ev = make_event(first, "Remote explosive/landmine/IED", "2019-03-07", "Kirkuk", fatalities=2)
    [out] = attach_copies([ev], copies)
    assert out.article_ids == ("wire-1", "paper-2")
    assert [(e.article_id, e.start, e.end) for e in out.evidence] == [("wire-1", 0, len(first.text)),
                                                                        ("paper-2", 0, len(first.text))]
    assert dict(out.per_source_fatalities) == {"wire-1": 2, "paper-2": 2}
    assert out.sources == ("Wire", "Paper")
