"""Compare with the quality floors, and raise them: `python tests/quality/update_floors.py [--update]`.

Without `--update` it only prints what rasd measures. Floors only go up: a figure below its
floor is a regression, and the script refuses to write unless `--allow-regression` is given (say
why in the commit). `--repin` records the SHA-256 of the gold files after a gold set was
corrected on purpose.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import FLOORS, METRICS, gold_pins, gold_sets, measure, read_floors


def floor_of(value: float | None) -> float:
    """A measured figure as a floor: rounded down to 4 places, absent figures as 0."""
    return math.floor((value or 0.0) * 10_000) / 10_000


def new_floors(old: dict, measured: dict[str, dict], allow_regression: bool) -> tuple[dict, list[str]]:
    """Floors raised to the measurements; regressions listed (and applied only when allowed)."""
    floors, regressions = {}, []
    for name, figures in measured.items():
        before = old.get(name, {})
        row = {}
        for m in METRICS:
            was, now = before.get(m, 0.0), floor_of(figures.get(m))
            if now < was:
                regressions.append(f"{name}.{m}: {was} -> {now}")
            row[m] = now if (now >= was or allow_regression) else was
        floors[name] = row
    return floors, regressions


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--update", action="store_true", help="write the raised floors to floors.json")
    ap.add_argument("--allow-regression", action="store_true", help="let a floor go down")
    ap.add_argument("--repin", action="store_true", help="record the current SHA-256 of the gold files")
    args = ap.parse_args(argv)
    data = read_floors()
    changed = [n for n, sha in gold_pins().items() if data["gold_sha256"].get(n) != sha]
    if changed and not args.repin:
        print(f"gold files changed since the floors were set: {changed}; use --repin if that was meant")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        measured = {name: measure(name, paths, Path(tmp)) for name, paths in gold_sets().items()}
    floors, regressions = new_floors(data["floors"], measured, args.allow_regression)
    if regressions and not args.allow_regression:
        print("refusing to lower floors (use --allow-regression):\n  " + "\n  ".join(regressions))
        return 1
    for name, row in floors.items():
        print(f"{name:10} " + " ".join(f"{m}={row[m]}" for m in ("precision", "recall", "f1", "complete_recall")))
    if not args.update:
        print("(dry run: add --update to write these floors)")
        return 0
    data.update(floors={**data["floors"], **floors}, gold_sha256={**data["gold_sha256"], **gold_pins()})
    FLOORS.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {FLOORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
