"""A generated corpus (from rasd's own bench seed articles) shared by the scale tests."""
from __future__ import annotations

from pathlib import Path

import pytest
from scale_corpus import write_generated


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """80 generated articles: more than one batch, so the pool engine really runs."""
    return write_generated(tmp_path_factory.mktemp("corpus") / "gen.jsonl", 80)
