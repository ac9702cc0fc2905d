"""Answers about the article being coded, kept until the next article comes.

Several stages ask the same question about one article many times (every trigger about every
marker, every actor about the article's country, every draft about its sentence). Keeping only the
current article's answers bounds memory to one article; comparing inputs by identity is cheap, and
the inputs are held so their ids cannot be reused while the answers live.

Thread safety: each memo keeps its state in one slot that is read once and replaced whole, so two
threads coding two articles never see each other's answers (at worst they recompute).
"""
from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import wraps
from operator import is_
from typing import Any, Concatenate, ParamSpec, TypeVar

_A = TypeVar("_A")
_T = TypeVar("_T")
_P = ParamSpec("_P")
_MISSING = object()


def keep_last(key: Callable[[_A], tuple[object, ...]]) -> Callable[[Callable[[_A], _T]], Callable[[_A], _T]]:
    """Decorator: `func(arg)` computed again only when some object of `key(arg)` is a new one.

    The hit path is the common one (asked again and again about one article): one key call and
    an identity test per object at C speed (`map(is_, ...)`), no generator.
    """
    def wrap(func: Callable[[_A], _T]) -> Callable[[_A], _T]:
        last: list[tuple[tuple[object, ...], Any]] = [((), None)]

        def cached(arg: _A) -> _T:
            k = key(arg)
            held = last[0]  # read once: another thread may replace the slot
            if held[0] and len(held[0]) == len(k) and all(map(is_, held[0], k)):
                return held[1]
            value = func(arg)
            last[0] = (k, value)
            return value
        return cached
    return wrap


def by_identity(func: Callable[[_A], _T]) -> Callable[[_A], _T]:
    """Decorator: `func(obj)` computed again only when `obj` is another object than last time.

    `keep_last` for one argument at the cost of one identity test: asked for every trigger or
    actor of an article."""
    last: list[tuple[object, Any]] = [(_MISSING, None)]

    @wraps(func)
    def cached(obj: _A) -> _T:
        held = last[0]
        if held[0] is not obj:
            held = last[0] = (obj, func(obj))
        return held[1]
    return cached


def per_document(func: Callable[Concatenate[Any, _P], _T]) -> Callable[Concatenate[Any, _P], _T]:
    """Decorator: `func(doc, *args)` computed once per document and argument values.

    The arguments must be hashable values (offsets, names), never objects whose answer depends
    on their identity; the function must read nothing but the document and them.
    """
    last: list[tuple[object, dict[tuple[Hashable, ...], Any]]] = [(_MISSING, {})]

    @wraps(func)
    def cached(doc: Any, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        if kwargs:  # keywords are not part of the key: answer afresh
            return func(doc, *args, **kwargs)
        held = last[0]
        if held[0] is not doc:
            held = last[0] = (doc, {})
        found = held[1].get(args, _MISSING)
        if found is _MISSING:
            found = held[1][args] = func(doc, *args)
        return found
    return cached
