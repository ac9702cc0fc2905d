"""The article and the one frozen Document that every per-article stage reads and extends.

The article's text is never rewritten: every annotation is a `Span` of character offsets into
`Article.text` (Python string indices, as CONTRACT.md's evidence offsets). Normalised forms used
for matching live in `Document.norm` with an offset map back (see `rasd.text.normalize`).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import repeat
from operator import attrgetter, le, lt
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from rasd.errors import ConfigError

if TYPE_CHECKING:
    from rasd.records import Event
    from rasd.text.normalize import NormalizedText


@dataclass(frozen=True, slots=True)
class Article:
    """One input report as read: `text` is exactly what the offsets of every record point into."""

    id: str
    text: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str = ""
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, init=False)
class Span:
    """A view into the article text: `[start, end)`, a label, a typed value and the rule that made it."""

    start: int
    end: int
    label: str
    value: Any = None
    source: str = ""

    def __init__(self, start: int, end: int, label: str, value: Any = None, source: str = "") -> None:
        """Fill the slots through their descriptors.

        Spans are made by the hundred thousand; the generated frozen `__init__` goes through
        `object.__setattr__` for each field, about twice the cost of this.
        """
        _SET_START(self, start)
        _SET_END(self, end)
        _SET_LABEL(self, label)
        _SET_VALUE(self, value)
        _SET_SOURCE(self, source)

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def within(self, other: Span) -> bool:
        """True when this span lies inside `other`."""
        return other.start <= self.start and self.end <= other.end


_SET_START, _SET_END, _SET_LABEL, _SET_VALUE, _SET_SOURCE = (
    getattr(Span, name).__set__ for name in ("start", "end", "label", "value", "source"))


def spans_of(starts: list[int], ends: list[int], label: str, values: list[Any], source: str) -> list[Span]:
    """Spans of one label and rule from columns of starts, ends and values (equal lengths).

    The same Spans as `list(map(Span, ...))`, built column by column: blank objects first, then
    each slot filled for all of them by a C-level `map` over its descriptor. No Python `__init__`
    runs per span, which saves about a third of making spans by the hundred thousand (tokens).
    """
    spans = list(map(object.__new__, repeat(Span, len(starts))))
    for fill, column in ((_SET_START, starts), (_SET_END, ends), (_SET_VALUE, values)):
        any(map(fill, spans, column))  # every call returns None: `any` runs the map to its end
    any(map(_SET_LABEL, spans, repeat(label)))
    any(map(_SET_SOURCE, spans, repeat(source)))
    return spans


_EMPTY: Mapping[str, tuple[Span, ...]] = MappingProxyType({})
_START_END = attrgetter("start", "end")  # the sort key of layers, without a Python call per span
_STARTS, _ENDS = attrgetter("start"), attrgetter("end")


@dataclass(frozen=True, slots=True)
class Document:
    """An article plus named layers of spans, a normalised key, and the events found so far."""

    article: Article
    layers: Mapping[str, tuple[Span, ...]] = field(default_factory=lambda: _EMPTY)
    norm: NormalizedText | None = None
    events: tuple[Event, ...] = ()

    # Properties with a C getter: `doc.text` is read about 500 times an article.
    id = property(attrgetter("article.id"), doc="The article's id.")
    text = property(attrgetter("article.text"), doc="The article's text, which every offset points into.")

    def text_of(self, span: Span) -> str:
        """The exact article text a span covers."""
        return self.article.text[span.start : span.end]

    def layer(self, name: str) -> tuple[Span, ...]:
        """Spans of one layer (empty when the stage that provides it found nothing)."""
        return self.layers.get(name, ())

    def has(self, name: str) -> bool:
        """Whether a stage has provided this layer (or `norm`/`events`)."""
        if name == "norm":
            return self.norm is not None
        return name in self.layers

    def with_layer(self, name: str, spans: tuple[Span, ...] | list[Span]) -> Document:
        """A new Document with one layer set; spans are checked against the text and sorted."""
        starts, ends = list(map(_STARTS, spans)), list(map(_ENDS, spans))
        if starts and not _inside(starts, ends, len(self.article.text)):
            self._reject(name, spans)
        in_order = all(map(lt, starts, starts[1:]))  # strictly rising starts: sorting keeps the order
        ordered = tuple(spans) if in_order else tuple(sorted(spans, key=_START_END))
        return Document(self.article, MappingProxyType({**self.layers, name: ordered}), self.norm, self.events)

    def _reject(self, name: str, spans: tuple[Span, ...] | list[Span]) -> None:
        """Raise for the first span (in the stage's order) that lies outside the text."""
        size = len(self.article.text)
        for s in spans:
            if not 0 <= s.start <= s.end <= size:
                raise ConfigError(f"span {s.start}:{s.end} of layer {name!r} lies outside article "
                                  f"{self.id} (length {size}); the stage that made it has a bug")

    def with_norm(self, norm: NormalizedText) -> Document:
        """A new Document carrying the normalised matching key."""
        return Document(self.article, self.layers, norm, self.events)

    def with_events(self, events: tuple[Event, ...] | list[Event]) -> Document:
        """A new Document whose event list is replaced."""
        return Document(self.article, self.layers, self.norm, tuple(events))

    def in_sentence(self, name: str, sentence: Span) -> tuple[Span, ...]:
        """Spans of a layer that lie inside one sentence: a bisected slice of the sorted layer."""
        layer = self.layers.get(name, ())
        starts = layer_index(layer)[0]
        if starts is None:
            return tuple(s for s in layer if s.within(sentence))
        end = sentence.end
        window = layer[bisect_left(starts, sentence.start) : bisect_right(starts, end)]
        return tuple([s for s in window if s.end <= end])

    def sentence_of(self, pos: int) -> Span | None:
        """The sentence holding a character offset (bisection over disjoint sorted sentences)."""
        layer = self.layers.get("sentences", ())
        starts, disjoint = layer_index(layer)
        if not disjoint:
            return next((s for s in layer if s.start <= pos < s.end), None)
        i = bisect_right(starts, pos) - 1
        return layer[i] if i >= 0 and pos < layer[i].end else None


def _inside(starts: list[int], ends: list[int], size: int) -> bool:
    """Whether every span (given as its starts and ends) lies within `[0, size]`, at C speed."""
    return min(starts) >= 0 and max(ends) <= size and all(map(le, starts, ends))


_INDEXES: dict[int, tuple[tuple[Span, ...], list[int] | None, bool]] = {}
_INDEXES_MAX = 64  # layers of the last few articles: memory stays flat over a corpus


def layer_index(layer: tuple[Span, ...]) -> tuple[list[int] | None, bool]:
    """Start offsets of a layer and whether its spans are disjoint, for bisection.

    Starts are None when the layer is not sorted or holds a reversed span (a Document built by
    hand): then callers scan. A layer is an immutable tuple shared by every later Document of the
    article, so its index is built once; the entry holds the tuple, so its id is never reused.
    """
    hit = _INDEXES.get(id(layer))
    if hit is not None and hit[0] is layer:
        return hit[1], hit[2]
    starts, ends = list(map(_STARTS, layer)), list(map(_ENDS, layer))
    ok = all(map(le, starts, ends)) and all(map(le, starts, starts[1:]))
    entry = (layer, starts if ok else None, ok and all(map(le, ends, starts[1:])))
    if type(layer) is tuple:  # a list could change under the index
        if len(_INDEXES) >= _INDEXES_MAX:
            _INDEXES.clear()
        _INDEXES[id(layer)] = entry
    return entry[1], entry[2]
