"""Tag the tokens of a key with the roles of number and casualty words (multi-word entries first).

Why a tagger and not one big regex: a count's meaning depends on its neighbours ("7 قتلى" vs
"مقتل 7 أشخاص" vs "7 دبابات"), so the count finder walks a short sequence of tagged words.
"""
from __future__ import annotations

from functools import lru_cache

from rasd.mentions.lexicon import Entry
from rasd.time.words import CASUALTY_WORDS, COUNT_WORDS, Tag, article, by_role, tokens, variants

_Index = dict[str, list[tuple[tuple[str, ...], str, Entry]]]
_NUMBER_KINDS = {"unit": "number", "scale": "scale", "vague": "vague"}


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


@lru_cache(maxsize=65536)
def _readings(token: str, with_article: bool = True) -> tuple[str, ...]:
    """Clitic-free readings, plus the bare noun without ال ('الطفل' → 'طفل')."""
    out = variants(token)
    if with_article:
        art = article()
        out += [v[len(art):] for v in out if v.startswith(art) and len(v) > len(art) + 2]
    return tuple(out)


def _matches(toks: list[tuple[int, int, str]], i: int) -> tuple[int, dict[str, Entry]]:
    """Longest lexicon entry starting at token i: (token count, roles)."""
    best, roles = 0, {}
    for words, role, entry in _candidates(toks[i][2]):
        n = len(words)
        if n < best or not _rest_ok(toks, i, words, entry):
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
    plain = variants(token)
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


def _rest_ok(toks: list[tuple[int, int, str]], i: int, words: tuple[str, ...], entry: Entry) -> bool:
    if i + len(words) > len(toks):
        return False
    stem = entry.get("match") == "stem"
    last = len(words) - 1
    for j, w in enumerate(words[1:], 1):
        tok = toks[i + j][2]
        if tok != w and not (stem and j == last and tok.startswith(w)):
            return False
    return True


@lru_cache(maxsize=65536)
def _stem_roles(token: str) -> dict[str, Entry]:
    """Roles of single-word stem entries that the token extends ('قتلوا' → قتل)."""
    roles: dict[str, Entry] = {}
    for reading in variants(token):
        for words, role, entry in _stem_candidates():
            if reading.startswith(words[0]) and reading != words[0]:
                roles.setdefault(role, entry)
    return roles


@lru_cache(maxsize=1)
def _stem_candidates() -> tuple[tuple[tuple[str, ...], str, Entry], ...]:
    return tuple(item for items in _index().values() for item in items
                 if len(item[0]) == 1 and item[2].get("match") == "stem")


def tag(key: str, lo: int = 0, hi: int | None = None) -> list[Tag]:
    """Tags of a key slice: every token is covered once (unknown words get no roles)."""
    toks = tokens(key, lo, hi)
    out: list[Tag] = []
    i = 0
    while i < len(toks):
        start, end, text = toks[i]
        alone = _alone(text)
        if alone is not None:
            out.append(Tag(start, end, text, alone[0], alone[1]))
            i += 1
            continue
        n, roles = _matches(toks, i)
        if not n:
            n, roles = 1, _stem_roles(text)
        end = toks[i + n - 1][1]
        out.append(Tag(start, end, key[start:end], roles, _number(text, roles)))
        i += n
    return out


@lru_cache(maxsize=65536)
def _alone(token: str) -> tuple[dict[str, Entry], float | None] | None:
    """(roles, number) of a word that starts no multi-word entry: they depend on the word alone,
    so they are read once per word form (None: the following tokens matter)."""
    if any(len(words) > 1 for words, _, _ in _candidates(token)):
        return None
    n, roles = _matches([(0, 0, token)], 0)
    if not n:
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
