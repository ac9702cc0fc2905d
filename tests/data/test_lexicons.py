"""Lint of every TSV data file under src/rasd/data, whoever wrote it and whenever it was added.

Linguists edit these files by hand; the checks catch what breaks matching silently: a missing
header, a form listed twice (the second row never wins), Arabic presentation forms or non-NFC
text (they never equal the normalised key), stray spaces, and rows without the example that
documents them.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "src" / "rasd" / "data"
TSV_FILES = sorted(DATA.rglob("*.tsv"))
PRESENTATION = [(0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]
# Columns that tell two rows with the same form apart (homonyms: طرابلس in Libya and in Lebanon).
DISAMBIGUATORS = ("country", "calendar", "convention", "kind", "role", "admin1", "event_type", "sub_event_type")


def rows_of(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header cells and (line number, cells) of every data row; comments and blank lines skipped."""
    lines = [(n, ln.rstrip("\n")) for n, ln in enumerate(path.read_text(encoding="utf-8").splitlines(True), 1)
             if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        return [], []
    return lines[0][1].split("\t"), [(n, ln.split("\t")) for n, ln in lines[1:]]


def label(path: Path) -> str:
    return str(path.relative_to(DATA))


def test_there_are_data_files() -> None:
    assert TSV_FILES, f"no .tsv files under {DATA}"


@pytest.mark.parametrize("path", TSV_FILES, ids=label)
def test_header_row(path: Path) -> None:
    header, rows = rows_of(path)
    assert header, f"{label(path)}: no header row"
    assert all(h and h == h.strip() and h.isascii() for h in header), f"{label(path)}: bad header {header}"
    assert len(set(header)) == len(header), f"{label(path)}: repeated column in header {header}"
    too_long = [n for n, cells in rows if len(cells) > len(header)]
    assert not too_long, f"{label(path)}: lines {too_long} have more columns than the header"


@pytest.mark.parametrize("path", TSV_FILES, ids=label)
def test_no_duplicate_forms(path: Path) -> None:
    header, rows = rows_of(path)
    cols = [header.index(c) for c in DISAMBIGUATORS if c in header]
    seen: dict[tuple[str, ...], int] = {}
    dups = []
    for n, cells in rows:
        cells = cells + [""] * (len(header) - len(cells))
        k = (cells[0], *(cells[c] for c in cols))
        if k in seen:
            dups.append(f"line {n} repeats line {seen[k]}: {cells[0]!r}")
        seen.setdefault(k, n)
    assert not dups, f"{label(path)}: " + "; ".join(dups)


@pytest.mark.parametrize("path", TSV_FILES, ids=label)
def test_characters_are_clean(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    bad = [f"line {text.count(chr(10), 0, i) + 1}: U+{ord(ch):04X}" for i, ch in enumerate(text)
           if any(lo <= ord(ch) <= hi for lo, hi in PRESENTATION)]
    assert not bad, f"{label(path)}: Arabic presentation forms (type the base letters): {bad[:5]}"
    assert unicodedata.normalize("NFC", text) == text, f"{label(path)}: not NFC; re-save as NFC"


@pytest.mark.parametrize("path", TSV_FILES, ids=label)
def test_no_stray_whitespace(path: Path) -> None:
    _, rows = rows_of(path)
    bad = [n for n, cells in rows if any(c != c.strip() or "  " in c for c in cells)]
    assert not bad, f"{label(path)}: cells with leading/trailing/double spaces on lines {bad}"
    assert not [n for n, cells in rows if not cells[0]], f"{label(path)}: rows with an empty first column"


def _has_example_column(path: Path) -> bool:
    header, _ = rows_of(path)
    return "example" in header and header[0] == "form"


EXAMPLE_FILES = [p for p in TSV_FILES if _has_example_column(p)]


def test_some_lexicons_carry_examples() -> None:
    assert len(EXAMPLE_FILES) >= 5, "lexicons with an example column were expected"


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=label)
def test_examples_present(path: Path) -> None:
    header, rows = rows_of(path)
    col = header.index("example")
    missing = [n for n, cells in rows if len(cells) <= col or not cells[col].strip()]
    assert not missing, f"{label(path)}: rows without an example on lines {missing}"
