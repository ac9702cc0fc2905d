"""The matcher's fast paths give the answers of the plain definitions they replace.

The automaton spells clitics and word boundaries into its keys, shares one pass among lexicons
(a pool) and skips ranking when no hits overlap; the reference below is the rule read literally: every
occurrence of a form, the letters glued before it (its clitics), whether its word goes on, then
longest first and leftmost.
"""
from __future__ import annotations

from threading import Thread

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.mentions import automaton
from rasd.mentions.automaton import Pool, spellings, variants
from rasd.mentions.lexicon import Entry, Matcher
from rasd.text.normalize import key, normalize

LETTERS = "بلوفكاالمدينةقصف"
TEXT = st.text(alphabet=LETTERS + " _-،.7٣\nَ", max_size=40)
FORM = st.text(alphabet=LETTERS, min_size=1, max_size=5)
FORMS = st.lists(st.tuples(st.sampled_from(["", "ال", "لل"]), FORM, st.sampled_from(["", " مدينة", "-قصف"]),
                           st.booleans()), min_size=1, max_size=6)


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


def _occurrences(text: str, form: str) -> list[int]:
    return [i for i in range(len(text) - len(form) + 1) if text.startswith(form, i)]


def _reference(entries: list[Entry], text: str) -> list[tuple[int, int, str]]:
    """The matching rule read literally (the first entry of a form that fits wins)."""
    norm = normalize(text)
    k = norm.key
    forms: dict[str, list[tuple[Entry, tuple[str, ...]]]] = {}
    for e in entries:
        for form, prefixes in variants(e.key):
            if form:
                forms.setdefault(form, []).append((e, prefixes))
    hits = []
    for form, items in forms.items():
        for i in _occurrences(k, form):
            after = i + len(form)
            goes_on = after < len(k) and _letter(k[after])
            left = _left_by_loop(k, i)
            for e, prefixes in items:
                stem = e.get("match") == "stem"
                if (stem or not goes_on) and left in prefixes:
                    hits.append((i, _end_by_loop(k, after) if goes_on else after, after, e))
                    break
    taken: set[int] = set()
    chosen = []
    for s, end, _form_end, e in sorted(hits, key=lambda h: (h[0] - h[1], h[0], h[2])):
        if not taken & set(range(s, end)):
            taken |= set(range(s, end))
            chosen.append((s, end, e))
    return [(*norm.span(s, end), e.where) for s, end, e in sorted(chosen, key=lambda h: h[0])]


def _entries(forms: list[tuple[str, str, str, bool]]) -> list[Entry]:
    out = []
    for i, (article, stem_form, tail, stem) in enumerate(forms):
        form = article + stem_form + tail
        out.append(Entry(form, key(form), {"match": "stem" if stem else ""}, f"t.tsv:{i + 2}"))
    return out


@given(TEXT, st.integers(min_value=0, max_value=40))
def test_word_end_matches_the_loop(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert automaton.word_end(text, pos) == _end_by_loop(text, pos)


@settings(max_examples=300, deadline=None)
@given(FORMS, TEXT)
def test_matcher_gives_the_literal_rule(forms: list[tuple[str, str, str, bool]], text: str) -> None:
    entries = _entries(forms)
    found = [(m.start, m.end, m.entry.where) for m in Matcher(entries).find(normalize(text))]
    assert found == _reference(entries, text)


@settings(max_examples=100, deadline=None)
@given(FORMS, FORMS, st.lists(TEXT, min_size=1, max_size=4))
def test_lexicons_sharing_a_pool_answer_as_alone(one: list, two: list, texts: list[str]) -> None:
    pool = Pool([spellings(_entries(one)), spellings(_entries(two))])
    shared = [Matcher(_entries(one), (pool, 0)), Matcher(_entries(two), (pool, 1))]
    alone = [Matcher(_entries(one)), Matcher(_entries(two))]
    for norm in [normalize(t) for t in texts * 2]:  # documents met again once the memo has moved on
        for m, a in zip(shared, alone, strict=True):
            assert [(x.start, x.end, x.entry.where) for x in m.find(norm)] == \
                [(x.start, x.end, x.entry.where) for x in a.find(norm)]


def test_same_document_is_scanned_once_and_answers_are_copies() -> None:
    m = Matcher([Entry("قصف", key("قصف"), {}, "t.tsv:2"), Entry("مدينة", key("مدينة"), {}, "t.tsv:3")])
    norm = normalize("وقصف الجيش مدينة حمص، ثم قصف ريفها")
    first = m.find(norm)
    first.clear()
    again = m.find(norm)
    assert [(x.start, x.end) for x in again] == [(1, 4), (11, 16), (25, 28)]
    assert m.find(normalize("قصف")) != again


def test_a_form_with_a_space_needs_that_space() -> None:
    m = Matcher([Entry("قصف مدفعي", key("قصف مدفعي"), {}, "t.tsv:2")])
    assert m.find(normalize("تجدد القصف،مدفعي")) == []
    assert [(x.start, x.end) for x in m.find(normalize("تجدد القصف مدفعي"))] == [(7, 16)]


def test_of_a_stem_and_a_word_on_the_same_letters_the_shorter_form_wins() -> None:
    stem, word = Entry("قتل", key("قتل"), {"match": "stem"}, "t.tsv:2"), Entry("قتلى", key("قتلى"), {}, "t.tsv:3")
    for entries in ([stem, word], [word, stem]):
        assert [x.entry.where for x in Matcher(entries).find(normalize("سقط قتلى"))] == ["t.tsv:2"]


def test_threads_sharing_a_pool_get_their_own_documents_answers() -> None:
    forms = [("", "قصف", "", False), ("ال", "مدينة", "", False), ("", "قتل", "", True)]
    texts = [f"وقصف {i} الجيش المدينة {'قتلى ' * (i % 3)}ثم قصف" for i in range(40)]
    expected = [[(x.start, x.end) for x in Matcher(_entries(forms)).find(normalize(t))] for t in texts]
    pool = Pool([spellings(_entries(forms))] * 3)
    shared = [Matcher(_entries(forms), (pool, slot)) for slot in range(3)]
    errors: list[str] = []

    def work(m: Matcher) -> None:
        for _ in range(3):
            for t, want in zip(texts, expected, strict=True):
                if [(x.start, x.end) for x in m.find(normalize(t))] != want:
                    errors.append(t)
    threads = [Thread(target=work, args=(m,)) for m in shared * 2]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
