"""Tag the tokens of a key with the roles of number and casualty words (multi-word entries first).

Why a tagger and not one big regex: a count's meaning depends on its neighbours ("7 قتلى" vs
"مقتل 7 أشخاص" vs "7 دبابات"), so the count finder walks a short sequence of tagged words.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from operator import itemgetter

from rasd.mentions.lexicon import Entry
from rasd.time.words import CASUALTY_WORDS, COUNT_WORDS, Tag, _variants, article, by_role, token_columns

_Index = dict[str, list[tuple[tuple[str, ...], str, Entry]]]
_NUMBER_KINDS = {"unit": "number", "scale": "scale", "vague": "vague"}
_new_tag = tuple.__new__  # a Tag from its five fields, without the named tuple's Python-level __new__


@lru_cache(maxsize=1)
def _index() -> _Index:
    """First token → [(all tokens, role, entry)], from both count lexicons."""
    index: _Index = {}
    for kind, entries in by_role(COUNT_WORDS, "kind").items():
        for e in entries:
            _add(index, e, _NUMBER_KINDS.get(kind, kind))
    for role, entries in by_role(CASUALTY_WORDS).items():
        for e in entries:
            _add(index, e, role)
    return index


def _add(index: _Index, entry: Entry, role: str) -> None:
    words = tuple(entry.key.split())
    index.setdefault(words[0], []).append((words, role, entry))


def _readings(token: str, with_article: bool = True) -> tuple[str, ...]:
    """Clitic-free readings, plus the bare noun without ال ('الطفل' → 'طفل')."""
    out = _variants(token)  # the shared tuple: read, never changed
    if with_article:
        art = article()
        out += tuple(v[len(art):] for v in out if v.startswith(art) and len(v) > len(art) + 2)
    return out


def _matches(texts: Sequence[str], i: int) -> tuple[int, dict[str, Entry]]:
    """Longest lexicon entry starting at token i: (token count, roles)."""
    best, roles = 0, {}
    for words, role, entry in _candidates(texts[i]):
        n = len(words)
        if n < best or not _rest_ok(texts, i, words, entry):
            continue
        if n > best:
            best, roles = n, {}
        roles.setdefault(role, entry)
    return best, roles


@lru_cache(maxsize=65536)
def _candidates(token: str) -> tuple[tuple[tuple[str, ...], str, Entry], ...]:
    """Entries that may start at a token, in reading order, computed once per word form.

    Most words of an article start no entry; caching this per form spares the per-reading lookups
    that made tagging the costliest part of the counts stage. The number one read out of a
    longer form by removing the article (as in Sunday's name) is left out here, as before.
    """
    plain = _variants(token)
    out = []
    for reading in _readings(token):
        for words, role, entry in _index().get(reading, ()):
            if reading != token and reading not in plain and _is_one(entry):
                continue
            out.append((words, role, entry))
    return tuple(out)


def _is_one(entry: Entry) -> bool:
    """'أحد'/'واحد' must not be read out of 'الأحد' (Sunday)."""
    return entry.get("kind") == "unit" and entry.get("value") == "1"


def _rest_ok(texts: Sequence[str], i: int, words: tuple[str, ...], entry: Entry) -> bool:
    if i + len(words) > len(texts):
        return False
    stem = entry.get("match") == "stem"
    last = len(words) - 1
    for j, w in enumerate(words[1:], 1):
        tok = texts[i + j]
        if tok != w and not (stem and j == last and tok.startswith(w)):
            return False
    return True


@lru_cache(maxsize=65536)
def _stem_roles(token: str) -> dict[str, Entry]:
    """Roles of single-word stem entries that the token extends ('قتلوا' → قتل)."""
    roles: dict[str, Entry] = {}
    for reading in _variants(token):
        for _, role, entry in _stems_extended(reading):
            roles.setdefault(role, entry)
    return roles


def _stems_extended(reading: str) -> list[tuple[int, str, Entry]]:
    """The stem entries a reading extends (starts with, and is longer than), in lexicon order:
    one dict lookup per stem length instead of a test of every stem (a cold cache's main cost)."""
    by_stem, lengths = _stem_table()
    if not lengths or reading[: lengths[0]] not in _stem_heads():  # most words extend no stem: one set test
        return []
    found = [item for n in lengths if n < len(reading) for item in by_stem.get(reading[:n], ())]
    return sorted(found, key=itemgetter(0)) if len(found) > 1 else found


@lru_cache(maxsize=1)
def _stem_table() -> tuple[dict[str, list[tuple[int, str, Entry]]], tuple[int, ...]]:
    """Stem → [(lexicon order, role, entry)], and the stem lengths."""
    by_stem: dict[str, list[tuple[int, str, Entry]]] = {}
    for k, (words, role, entry) in enumerate(_stem_candidates()):
        by_stem.setdefault(words[0], []).append((k, role, entry))
    return by_stem, tuple(sorted({len(w) for w in by_stem}))


@lru_cache(maxsize=1)
def _stem_heads() -> frozenset[str]:
    """The stems' beginnings, as long as the shortest stem: a word extends a stem only if it
    begins with one of them."""
    by_stem, lengths = _stem_table()
    return frozenset(stem[: lengths[0]] for stem in by_stem) if lengths else frozenset()


@lru_cache(maxsize=1)
def _stem_candidates() -> tuple[tuple[tuple[str, ...], str, Entry], ...]:
    return tuple(item for items in _index().values() for item in items
                 if len(item[0]) == 1 and item[2].get("match") == "stem")


def tag(key: str, lo: int = 0, hi: int | None = None) -> list[Tag]:
    """Tags of a key slice: every token is covered once (unknown words get no roles).

    A word whose reading depends on it alone (nearly all) becomes a tag with no further work; the
    tag is built straight from its fields (`tuple.__new__`), as one is built for every word. The
    tokens come as columns and every word's lone reading is looked up in one pass (`map`).
    """
    starts, ends, texts = token_columns(key, lo, hi)
    out: list[Tag] = []
    skip = 0  # tokens still covered by the last multi-word entry
    for i, (start, end, text, alone) in enumerate(zip(starts, ends, texts, map(_alone, texts), strict=True)):
        if skip:
            skip -= 1
        elif alone is not None:
            out.append(_new_tag(Tag, (start, end, text, *alone)))
        else:
            joined, n = _joined(key, starts, ends, texts, i)
            out.append(joined)
            skip = n - 1
    return out


def _joined(key: str, starts: list[int], ends: list[int], texts: list[str], i: int) -> tuple[Tag, int]:
    """The tag of a word whose reading depends on the next ones (the longest entry it starts),
    and how many tokens it covers."""
    n, roles, number = _reading_at(tuple(texts[i : i + _longest()]))
    start, end = starts[i], ends[i + n - 1]
    return Tag(start, end, key[start:end], roles, number), n


@lru_cache(maxsize=16384)
def _reading_at(words: tuple[str, ...]) -> tuple[int, dict[str, Entry], float | None]:
    """(token count, roles, number) of the entry read at the first of these words: it depends on
    no more words than the longest entry has, so each run of words ("على الأقل ...") is read once."""
    n, roles = _matches(words, 0)
    if not n:
        n, roles = 1, _stem_roles(words[0])
    return n, roles, _number(words[0], roles)


@lru_cache(maxsize=1)
def _longest() -> int:
    """Words in the longest lexicon entry."""
    return max((len(words) for items in _index().values() for words, _, _ in items), default=1)


@lru_cache(maxsize=65536)
def _alone(token: str) -> tuple[dict[str, Entry], float | None] | None:
    """(roles, number) of a word that starts no multi-word entry: they depend on the word alone,
    so they are read once per word form (None: the following tokens matter)."""
    roles: dict[str, Entry] = {}
    found = _candidates(token)
    for words, role, entry in found:  # as `_matches` reads a lone word: every entry fits
        if len(words) > 1:
            return None
        roles.setdefault(role, entry)
    if not found:
        roles = _stem_roles(token)
    return roles, _number(token, roles)


def _number(token: str, roles: dict[str, Entry]) -> float | None:
    """A digit token's value ('1,500' → 1500, '2.5' → 2.5) or a number word's lexicon value."""
    if not roles and not token[:1].isdecimal():
        return None
    plain = token.replace(",", "")
    if token[:1].isdecimal() and plain.replace(".", "", 1).isdecimal():  # not "➂": isdigit, yet no int
        return float(plain) if "." in plain else int(plain)
    for role in ("number", "scale", "vague"):
        if role in roles:
            return int(roles[role].get("value", "0"))
    return None
