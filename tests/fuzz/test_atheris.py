"""A short, bounded atheris session in the suite (the full harness runs by hand: fuzz_rasd.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris")

HARNESS = Path(__file__).with_name("fuzz_rasd.py")
TARGETS = "ingest,text,numbers,pipeline"


def test_bounded_fuzz_session_finds_no_crash(tmp_path: Path) -> None:
    env = {**os.environ, "RASD_FUZZ_TARGETS": TARGETS}
    proc = subprocess.run([sys.executable, str(HARNESS), "-max_total_time=8", "-rss_limit_mb=2048",
                           f"-artifact_prefix={tmp_path}/"], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path, env=env)
    crashes = sorted(p.name for p in tmp_path.glob("crash-*"))
    assert proc.returncode == 0 and not crashes, proc.stderr[-3000:]
    assert "Done" in proc.stderr
