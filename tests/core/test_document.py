"""The frozen Document: layers are checked against the text and never rewrite it."""
from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.document import Article, Document, Span, spans_of
from rasd.errors import ConfigError
from rasd.pipeline import check_order
from rasd.registry import StageInfo


def test_with_layer_sorts_and_keeps_text() -> None:
    doc = Document(Article("a1", "سقطت قذائف على حي الهضبة في طرابلس"))
    out = doc.with_layer("places", [Span(28, 34, "place"), Span(15, 24, "place")])
    assert [out.text_of(s) for s in out.layer("places")] == ["حي الهضبة", "طرابلس"]
    assert doc.layer("places") == ()  # the original is unchanged
    assert out.text == doc.text


def test_with_layer_rejects_spans_outside_the_text() -> None:
    doc = Document(Article("a2", "غارة على صنعاء"))
    with pytest.raises(ConfigError, match="a2"):
        doc.with_layer("places", [Span(9, 40, "place")])


@given(st.text(max_size=60), st.data())
def test_span_text_is_always_the_slice(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    doc = Document(Article("h", text)).with_layer("x", [Span(start, end, "x")])
    assert doc.text_of(doc.layer("x")[0]) == text[start:end]


def _info(name: str, requires: tuple[str, ...], provides: tuple[str, ...]) -> StageInfo:
    return StageInfo(name, 1, requires, provides, lambda s: (lambda d: d), "")


def test_check_order_lists_every_unmet_requirement_at_once() -> None:
    infos = (_info("a", ("sentences",), ("x",)), _info("b", ("x", "tokens"), ("y",)))
    with pytest.raises(ConfigError) as err:
        check_order(infos)
    assert "'a' needs 'sentences'" in str(err.value)
    assert "'b' needs 'tokens'" in str(err.value)
    assert "text.sentences" in str(err.value)  # names the stage that would provide it


def test_spans_of_builds_the_same_frozen_spans_as_the_constructor() -> None:
    made = spans_of([0, 4], [3, 9], "token", ["قصف", None], "rule:test")
    assert made == [Span(0, 3, "token", "قصف", "rule:test"), Span(4, 9, "token", None, "rule:test")]
    assert repr(made[0]) == repr(Span(0, 3, "token", "قصف", "rule:test"))
    assert hash(made[1]) == hash(Span(4, 9, "token", None, "rule:test"))
    with pytest.raises(AttributeError):
        made[0].start = 1  # type: ignore[misc]
    assert replace(made[0], end=2) == Span(0, 2, "token", "قصف", "rule:test")
