"""Shared fixtures; the helpers themselves live in testkit.py."""
from __future__ import annotations

from pathlib import Path

import pytest

from testkit import make_doc, need_shared, run_pipeline

__all__ = ["make_doc", "need_shared", "run_pipeline"]


@pytest.fixture
def shared_dir() -> Path:
    return need_shared()
