"""Matching keys for Arabic text, with an offset map back to the original.

The article text is never changed. `normalize()` builds a *key* string in which hamza forms of
alef become ا, ى becomes ي, ة becomes ه, diacritics, tatweel and bidi/zero-width marks vanish,
Eastern Arabic and Persian digits become ASCII, whitespace runs become one space,
Persian ی/ک become ي/ك and presentation forms
are folded (NFKC). `NormalizedText.span()` maps a key range back to article offsets, so any
matcher can work on the key and still cite the exact source characters.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

_DROP = set(range(0x0610, 0x061B)) | set(range(0x064B, 0x0660)) | {0x0670, 0x0640}
_DROP |= set(range(0x06D6, 0x06EE))
_DROP |= {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF, 0x00AD}
_DROP |= set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))

_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ي": "ي", "ک": "ك",
    "ؤ": "و", "ئ": "ي", "ە": "ه", "ۀ": "ه", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "«": '"', "»": '"', "“": '"', "”": '"',
}
_MAP.update({chr(0x0660 + i): str(i) for i in range(10)})
_MAP.update({chr(0x06F0 + i): str(i) for i in range(10)})


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """The key form of one character ('' when it is dropped)."""
    if ord(ch) in _DROP:
        return ""
    if ch in _MAP:
        return _MAP[ch]
    if ch.isascii():
        return ch.lower()
    folded = unicodedata.normalize("NFKC", ch)
    if folded != ch:
        return "".join(fold_char(c) for c in folded)
    return ch


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A key string and, for each key character, the offset of the source character it came from."""

    key: str
    offsets: tuple[int, ...]
    source_length: int
    source: str = ""

    def to_source(self, key_pos: int) -> int:
        """Source offset of a key position (the end of the text for the end position)."""
        if key_pos >= len(self.offsets):
            return self.source_length
        return self.offsets[key_pos]

    def span(self, key_start: int, key_end: int) -> tuple[int, int]:
        """Source `[start, end)` of a key range: from its first char to just after its last.

        Marks the key dropped right after the last char (a final vowel sign, tatweel) belong to the
        word, so the span takes them too: "قُتِلَ" is cited whole, not as "قُتِل".
        """
        if key_end <= key_start:
            start = self.to_source(key_start)
            return start, start
        end = self.offsets[key_end - 1] + 1
        source = self.source
        if end < len(source) and source[end] not in _KEPT:  # rarely: marks may follow
            end = marks_end(source, end)
        return self.offsets[key_start], end

    def from_source(self, pos: int) -> int:
        """First key position at or after a source offset (binary search: offsets never decrease)."""
        return bisect_left(self.offsets, pos)


def marks_end(source: str, end: int) -> int:
    """Just after the run of dropped marks (vowel signs, tatweel) that starts at `end`."""
    while end < len(source) and not source[end].isspace() and fold_char(source[end]) == "":
        end += 1
    return end


def _bulk_table() -> tuple[dict[str, str], re.Pattern[str]]:
    """Characters below U+0800 that fold to exactly one non-space character, and a pattern of runs.

    A run of such characters with single spaces between them (almost all of an Arabic or Latin
    text) is folded in bulk and gets a contiguous offset range; only the rest
    (whitespace runs, diacritics, presentation forms) goes through the per-character path. The
    key is the same as the per-character definition's (tests/fuzz checks it against it).
    """
    table: dict[str, str] = {}
    simple: list[int] = []
    for cp in range(0x800):
        ch = chr(cp)
        folded = "" if ch.isspace() else fold_char(ch)
        if len(folded) == 1 and not folded.isspace():
            simple.append(cp)
            if folded != ch:
                table[ch] = folded
    word = "[" + _ranges(simple) + "]+"
    return table, re.compile(f"{word}(?: {word})*")


def _ranges(codepoints: list[int]) -> str:
    """Sorted code points as the ranges of a regular-expression class."""
    ranges, start = [], codepoints[0]
    for prev, cp in zip(codepoints, [*codepoints[1:], -1], strict=True):
        if cp != prev + 1:
            ranges.append(f"\\u{start:04x}-\\u{prev:04x}")
            start = cp
    return "".join(ranges)


_TABLE, _RUN = _bulk_table()
assert not set(_TABLE) & set(_TABLE.values()), "bulk folds must not chain"
# Characters that end a word's source span at once: whitespace, and those with a key form.
# Any other character may be a dropped mark that a word's span takes along (see `span`).
_KEPT = frozenset(ch for ch in map(chr, range(0x800)) if ch.isspace() or fold_char(ch))


def take_marks(source: str, ends: list[int]) -> list[int]:
    """Word ends (at most `len(source)`) moved past the dropped marks that follow them, as `span` does.

    Only the characters at the ends are looked at: one set of them tells, at C speed, whether any
    word is followed by a possible mark (most articles have a few vowel signs, few at word ends).
    """
    padded = source + " "  # the end of the text reads as a space: nothing to take
    if _KEPT.issuperset(map(padded.__getitem__, ends)):
        return ends
    return [marks_end(source, end) if padded[end] not in _KEPT else end for end in ends]


def _fold_bulk(text: str) -> str:
    """Fold every bulk-foldable character in place (same length): a few C-speed replaces.

    Folds never chain, so their order does not matter; a test for each of the hundred folds is a
    C-speed scan, cheaper than collecting the changed characters with a regular expression.
    """
    for ch, folded in _TABLE.items():
        if ch in text:
            text = text.replace(ch, folded)
    return text


# Offsets shared by every key: a slice of this tuple copies references, where `range` would make
# a new int object for every character over 256 (most of the cost of `normalize` on an article).
_POSITIONS = tuple(range(1 << 16))


def normalize(text: str) -> NormalizedText:
    """Build the matching key of a text with its offset map."""
    parts: list[str] = []
    offsets: list[int] = []
    last, pos = "", 0
    bulk = _fold_bulk(text)
    for m in _RUN.finditer(text):
        start, end = m.span()
        if start > pos:
            last = _fold_slow(text, pos, start, parts, offsets, last)
        parts.append(bulk[start:end])
        offsets.extend(_POSITIONS[start:end] if end <= len(_POSITIONS) else range(start, end))
        last, pos = parts[-1][-1], end
    if pos < len(text):
        _fold_slow(text, pos, len(text), parts, offsets, last)
    return NormalizedText("".join(parts), tuple(offsets), len(text), text)


def _fold_slow(text: str, start: int, end: int, parts: list[str], offsets: list[int], last: str) -> str:
    """Character by character: whitespace runs become one space (none at the start), folds may grow."""
    for i in range(start, end):
        ch = text[i]
        if ch.isspace():
            if last and last != " ":
                parts.append(" ")
                offsets.append(i)
                last = " "
            continue
        folded = fold_char(ch)
        if folded:
            parts.append(folded)
            offsets.extend([i] * len(folded))
            last = folded[-1]
    return last


def normalize_article(text: str) -> NormalizedText:
    """`normalize(text)`, kept for the last text: the cleaner and the normalize stage share it.

    The (text, key) pair is read and replaced as one object, so threads never get each other's key;
    the text is held, so an identity test is enough.
    """
    held = _LAST[0]
    if held[0] is text:
        return held[1]
    norm = normalize(text)
    _LAST[0] = (text, norm)
    return norm


_LAST: list[tuple[str, NormalizedText]] = [("", NormalizedText("", (), 0))]


def key(text: str) -> str:
    """Only the key string: for lexicon entries and lookups."""
    if _RUN.fullmatch(text):  # words of one-to-one folds with single spaces: no offsets needed
        return _fold_bulk(text)
    return " ".join(normalize(text).key.split())
