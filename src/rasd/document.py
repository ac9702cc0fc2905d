"""The article and the one frozen Document that every per-article stage reads and extends.

The article's text is never rewritten: every annotation is a `Span` of character offsets into
`Article.text` (Python string indices, as CONTRACT.md's evidence offsets). Normalised forms used
for matching live in `Document.norm` with an offset map back (see `rasd.text.normalize`).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from operator import attrgetter
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


@dataclass(frozen=True, slots=True)
class Span:
    """A view into the article text: `[start, end)`, a label, a typed value and the rule that made it."""

    start: int
    end: int
    label: str
    value: Any = None
    source: str = ""

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def within(self, other: Span) -> bool:
        """True when this span lies inside `other`."""
        return other.start <= self.start and self.end <= other.end


_EMPTY: Mapping[str, tuple[Span, ...]] = MappingProxyType({})
_START_END = attrgetter("start", "end")  # the sort key of layers, without a Python call per span


@dataclass(frozen=True, slots=True)
class Document:
    """An article plus named layers of spans, a normalised key, and the events found so far."""

    article: Article
    layers: Mapping[str, tuple[Span, ...]] = field(default_factory=lambda: _EMPTY)
    norm: NormalizedText | None = None
    events: tuple[Event, ...] = ()

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def text(self) -> str:
        return self.article.text

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
        size = len(self.article.text)
        for s in spans:
            if not 0 <= s.start <= s.end <= size:
                raise ConfigError(f"span {s.start}:{s.end} of layer {name!r} lies outside article "
                                  f"{self.id} (length {size}); the stage that made it has a bug")
        ordered = tuple(sorted(spans, key=_START_END))
        return dataclasses.replace(self, layers=MappingProxyType({**self.layers, name: ordered}))

    def with_norm(self, norm: NormalizedText) -> Document:
        """A new Document carrying the normalised matching key."""
        return dataclasses.replace(self, norm=norm)

    def with_events(self, events: tuple[Event, ...] | list[Event]) -> Document:
        """A new Document whose event list is replaced."""
        return dataclasses.replace(self, events=tuple(events))

    def in_sentence(self, name: str, sentence: Span) -> tuple[Span, ...]:
        """Spans of a layer that lie inside one sentence."""
        return tuple(s for s in self.layer(name) if s.within(sentence))

    def sentence_of(self, pos: int) -> Span | None:
        """The sentence holding a character offset."""
        for s in self.layer("sentences"):
            if s.start <= pos < s.end:
                return s
        return None
