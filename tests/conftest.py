"""Shared fixtures: hand-built Documents and the ../shared folder (skip locally, fail under CI)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from rasd.document import Article, Document

ROOT = Path(__file__).resolve().parents[1]
_THIS = sys.modules[__name__]
SHARED = ROOT.parent / "shared"


def need_shared() -> Path:
    """The ../shared folder; skipped when absent, a failure when CI=true."""
    if SHARED.is_dir():
        return SHARED
    if os.environ.get("CI") == "true":
        pytest.fail(f"{SHARED} is missing under CI=true: the shared evaluation data must be beside the checkout")
    pytest.skip("../shared is not beside this checkout")


@pytest.fixture
def shared_dir() -> Path:
    return need_shared()


def make_doc(text: str, published: str | None = "2019-04-05", art_id: str = "t1") -> Document:
    """A Document through the text stages only."""
    from rasd.text.stages import run_text

    return run_text(Document(Article(art_id, text, published=published)))


def run_pipeline(text: str, published: str | None = "2019-04-05", art_id: str = "t1") -> Document:
    """A Document through the whole default per-article pipeline."""
    from rasd.pipeline import Pipeline
    from rasd.settings import Settings

    doc = Pipeline.from_settings(Settings()).run(Article(art_id, text, published=published))
    assert isinstance(doc, Document), doc
    return doc


def pytest_collectstart(collector: pytest.Collector) -> None:
    """Keep `from conftest import make_doc` pointing here.

    pytest imports every folder's conftest.py under the one module name `conftest`, so after
    tests/link/conftest.py is loaded a test module elsewhere would import that one instead.
    """
    if isinstance(collector, pytest.Module):
        sys.modules["conftest"] = _THIS
