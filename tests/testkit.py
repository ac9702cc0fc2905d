"""Helpers for tests: hand-built Documents and the ../shared folder (skip locally, fail under CI).

Imported as `from testkit import make_doc` (pytest puts tests/ on sys.path, see pyproject.toml);
a plain module, so unlike `conftest` its name is unique across test folders.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import pytest

from rasd.document import Article, Document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def need_shared() -> Path:
    """The ../shared folder; skipped when absent, a failure when CI=true."""
    if SHARED.is_dir():
        return SHARED
    if os.environ.get("CI") == "true":
        pytest.fail(f"{SHARED} is missing under CI=true: the shared evaluation data must be beside the checkout")
    pytest.skip("../shared is not beside this checkout")


def make_doc(text: str, published: str | None = "2019-04-05", art_id: str = "t1") -> Document:
    """A Document through the text stages only."""
    from rasd.text.stages import run_text

    return run_text(Document(Article(art_id, text, published=published)))


@lru_cache(maxsize=1)
def default_pipeline():
    """The default per-article pipeline, built once for the whole test run (stages are pure)."""
    from rasd.pipeline import Pipeline
    from rasd.settings import Settings

    return Pipeline.from_settings(Settings())


def run_pipeline(text: str, published: str | None = "2019-04-05", art_id: str = "t1") -> Document:
    """A Document through the whole default per-article pipeline."""
    doc = default_pipeline().run(Article(art_id, text, published=published))
    assert isinstance(doc, Document), doc
    return doc


def realis_verdicts(text: str, published: str = "2019-04-05") -> list:
    """The modality verdict of every event word of `text` (text stages and triggers only)."""
    from rasd.events import realis
    from rasd.mentions.triggers import trigger_spans

    doc = make_doc(text, published=published)
    doc = doc.with_layer("triggers", trigger_spans(doc))
    found = realis.markers(doc)
    return [realis.verdict(doc, t, found) for t in doc.layer("triggers")]
