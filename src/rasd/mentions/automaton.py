"""The automaton behind `rasd.mentions.lexicon.Matcher`: lexicons read together, once per document.

The document is read with every non-letter as one boundary mark (`marked`), and a form's key ends
with that mark unless the form is a stem: the automaton then never reports a form that runs on
inside a longer word (most of the substrings a plain automaton finds). What precedes a hit is
read from the text: the letters glued before it must be a clitic the entry allows (و ف ب ل ك, the
article ال, لل for forms that start with ال), each form's first entry allowing it winning.

Reading a document costs about as much for one lexicon as for twenty, so lexicons can share one
automaton (a `Pool`): one pass gives every lexicon its hits. The pool is built once from a fixed
list (adding a lexicon later would mean building it all again).
"""
from __future__ import annotations

import re
from collections import deque
from typing import TYPE_CHECKING

import ahocorasick

if TYPE_CHECKING:
    from rasd.mentions.lexicon import Entry
    from rasd.text.normalize import NormalizedText

_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك", "لل", "ولل", "فلل",
             "ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "وكال")
_PREFIXES_AL = ("", "و", "ف", "ب", "ك", "وب", "فب", "وك", "فك")
_PREFIXES_LL = ("ل", "ول", "فل")
MEMO_DOCUMENTS = 4  # documents whose hits are kept: a few stages read side texts in between
_MARK = " "
_NON_LETTER = re.compile(r"[^\w ]")  # the mark is a space: most non-letters need no replacing
_HAS_NON_LETTER = re.compile(r"\W")
_WORD_REST = re.compile(r"\w*")
_GLUED = re.compile(r"(?<!\w)\w{0,4}\Z")  # `\w` is exactly str.isalnum or "_"

# A reading of a key: (the lexicon's number in its pool, closed: the key ends with a mark, length of
# the form, the first entry allowing each clitic, the form when it holds non-letters, which the
# marked text no longer tells apart).
Reading = tuple[int, bool, int, "dict[str, Entry]", "str | None"]
# A hit, in key offsets: minus its length, start, end of the form, end (a stem's runs to the end of
# its word), entry. Tuples sort longest first, then leftmost, then by the shorter form (which the
# automaton reported first): the matcher's ranking, with no key function to call.
Hit = tuple[int, int, int, int, "Entry"]
Keys = dict[str, list[Reading]]
Forms = dict[str, list[tuple["Entry", tuple[str, ...]]]]


def variants(k: str) -> list[tuple[str, tuple[str, ...]]]:
    """The spellings of a form and the clitics each allows ("الجيش" also as "لجيش" after ل)."""
    if k.startswith("ال") and len(k) > 3:
        return [(k, _PREFIXES_AL), ("ل" + k[2:], _PREFIXES_LL)]
    return [(k, _PREFIXES)]


def spellings(entries: tuple[Entry, ...] | list[Entry]) -> Forms:
    """A lexicon's spellings, each with its entries (in lexicon order) and the clitics they allow."""
    forms: Forms = {}
    for e in entries:
        for k, prefixes in variants(e.key):
            if k:
                forms.setdefault(k, []).append((e, prefixes))
    return forms


def marked_keys(forms: Forms, slot: int) -> Keys:
    """Automaton keys of a lexicon's forms (spelling -> entries with their clitics, in lexicon
    order): form + mark for a whole word, the bare form for a stem (whose word goes on)."""
    keys: Keys = {}
    for k, items in forms.items():
        marked_form = _NON_LETTER.sub(_MARK, k)
        exact = k if _HAS_NON_LETTER.search(k) else None
        whole, stems = _first_by_prefix(items)
        keys.setdefault(marked_form + _MARK, []).append((slot, True, len(k), whole, exact))
        if stems:
            keys.setdefault(marked_form, []).append((slot, False, len(k), stems, exact))
    return keys


def _first_by_prefix(items: list[tuple[Entry, tuple[str, ...]]]) -> tuple[dict[str, Entry], dict[str, Entry]]:
    """For each clitic, the first entry allowing it, and the first stem entry (when the word goes on)."""
    whole: dict[str, Entry] = {}
    stems: dict[str, Entry] = {}
    for entry, prefixes in items:
        is_stem = entry.get("match") == "stem"
        for p in prefixes:
            whole.setdefault(p, entry)
            if is_stem:
                stems.setdefault(p, entry)
    return whole, stems


_MARKED: deque[tuple[NormalizedText, str]] = deque(maxlen=MEMO_DOCUMENTS)


def marked(norm: NormalizedText) -> str:
    """The key with every non-letter read as the mark, one more mark at each end (offsets + 1)."""
    for seen, text in tuple(_MARKED):  # a snapshot: another thread may add while this one looks
        if seen is norm:
            return text
    text = _MARK + _NON_LETTER.sub(_MARK, norm.key) + _MARK
    _MARKED.appendleft((norm, text))
    return text


def word_end(text: str, end: int) -> int:
    """End of the word going on at `end` (`\\w` is exactly str.isalnum or "_")."""
    return _WORD_REST.match(text, end).end()  # type: ignore[union-attr]


def _glued(text: str, start: int) -> str | None:
    """The letters glued before `start` (at most four: clitics), None when more precede them."""
    m = _GLUED.search(text, max(0, start - 4), start)
    return m.group() if m else None


def _build(members: list[Keys]) -> tuple[ahocorasick.Automaton, list[Entry]]:
    """One automaton over several lexicons' keys, and the entries its readings name by number:
    readings then hold only numbers and strings, so the garbage collector, which would otherwise
    walk them at every full collection, stops tracking them."""
    merged: Keys = {}
    for keys in members:
        for k, readings in keys.items():
            merged.setdefault(k, []).extend(readings)
    entries: list[Entry] = []
    number: dict[int, int] = {}
    auto = ahocorasick.Automaton()
    for k, readings in merged.items():
        value = []
        for slot, closed, length, clitics, exact in readings:
            for e in clitics.values():
                if id(e) not in number:
                    number[id(e)] = len(entries)
                    entries.append(e)
            value.append((slot, closed, length, {p: number[id(e)] for p, e in clitics.items()}, exact))
        auto.add_word(k, tuple(value))
    if merged:
        auto.make_automaton()
    return auto, entries


def _read(pool: Pool, norm: NormalizedText) -> list[list[Hit]]:
    """Every lexicon's hits in one pass. A stem's key is kept when its word goes on (else the
    whole-word key answers), a form with non-letters when the text really holds it; then the
    letters glued before the form choose the entry (nothing glued, the common case: the mark)."""
    text, read, entries = norm.key, marked(norm), pool.entries
    out: list[list[Hit]] = [[] for _ in range(pool.size)]
    if not entries:
        return out
    add = [hits.append for hits in out]
    for end, readings in pool.automaton.iter(read):
        for slot, closed, length, clitics, exact in readings:
            if closed:
                stop = end - 1  # the key ends with the mark after the word
            elif read[end + 1] == _MARK:
                continue
            else:
                stop = end
            start = stop - length
            entry = clitics.get("" if read[start] == _MARK else _glued(text, start))
            if entry is not None and (exact is None or text.startswith(exact, start)):
                last = stop if closed else word_end(text, stop)
                add[slot]((start - last, start, stop, last, entries[entry]))
    return out


class Pool:
    """Lexicons read by one automaton: one pass over a document gives each its hits."""

    def __init__(self, lexicons: list[Forms]) -> None:
        self.automaton, self.entries = _build([marked_keys(forms, slot) for slot, forms in enumerate(lexicons)])
        self.size = len(lexicons)
        self._seen: deque[tuple[NormalizedText, list[list[Hit]]]] = deque(maxlen=MEMO_DOCUMENTS)

    def hits(self, norm: NormalizedText, slot: int) -> list[Hit]:
        """The hits of lexicon number `slot` in a document (a pass is kept for the last few)."""
        for seen, found in tuple(self._seen):  # a snapshot: another thread may add while this one looks
            if seen is norm:
                return found[slot]
        found = _read(self, norm)
        self._seen.appendleft((norm, found))
        return found[slot]
