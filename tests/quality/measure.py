"""Run rasd on every gold set and score it: shared by the quality gate and `update_floors.py`.

Gold sets are the referee's `../shared/eval/*.gold.jsonl` (when the folder is beside the checkout)
and the bundled samples. Each set is extracted on its own, and the shared sets once more all
together ("all"), so that cross-set linking is measured as the acceptance run sees it.
"""
from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from rasd.corpus import extract
from rasd.evaluate import evaluate, read_records
from rasd.export.contract import event_record
from rasd.mentions.lexicon import data_path
from rasd.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
FLOORS = Path(__file__).with_name("floors.json")
METRICS = ("precision", "recall", "f1", "event_type", "sub_event_type", "event_date", "location",
           "fatalities", "actor1", "actor2", "claimed_by", "complete_recall", "link_f1")


def gold_sets() -> dict[str, list[Path]]:
    """Name -> gold files: each shared set, all shared sets together, and the bundled samples."""
    shared = sorted(SHARED_EVAL.glob("*.gold.jsonl")) if SHARED_EVAL.is_dir() else []
    sets = {p.name.removesuffix(".gold.jsonl"): [p] for p in shared}
    if shared:
        sets["all"] = shared
    sets["samples"] = [data_path("samples/gold.jsonl")]
    return sets


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def gold_pins() -> dict[str, str]:
    """SHA-256 of every gold file, by name, to notice when a gold set changes under the floors."""
    files = {p.name: p for paths in gold_sets().values() for p in paths}
    return {name: sha256(p) for name, p in sorted(files.items())}


def run_events(paths: list[Path], out: Path) -> list[dict[str, Any]]:
    """Extract events from gold files (they are article files too) and write them as JSON Lines."""
    events, _ = extract(list(paths), Settings(), io.StringIO())
    records = [event_record(e) for e in events]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return records


def combined_gold(paths: list[Path]) -> list[dict[str, Any]]:
    return [rec for p in paths for rec in read_records(p)]


def referee(gold: Path, events: Path) -> dict[str, Any] | None:
    """The referee scorer's figures, when ../shared is present."""
    script = SHARED_EVAL / "score.py"
    if not script.exists():
        return None
    proc = subprocess.run([sys.executable, str(script), str(gold), str(events), "--json"],
                          capture_output=True, text=True, check=True, timeout=300)
    return json.loads(proc.stdout)


def measure(name: str, paths: list[Path], work: Path) -> dict[str, Any]:
    """Our figures for one gold set, plus the referee's (under `referee`) when it can be run."""
    events_path, gold_path = work / f"{name}.events.jsonl", work / f"{name}.gold.jsonl"
    records = run_events(paths, events_path)
    gold = combined_gold(paths)
    gold_path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    figures = evaluate(gold, records)
    figures["referee"] = referee(gold_path, events_path)
    return figures


def read_floors() -> dict[str, Any]:
    return json.loads(FLOORS.read_text(encoding="utf-8"))
