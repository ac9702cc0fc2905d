"""`rasd extract` on damaged input: exit 0 while anything was read, every bad item named on stderr."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from rasd.cli import main

GOOD = [
    ("so-1", "انفجرت عبوة ناسفة على طريق في مدينة بيدوا جنوب الصومال صباح اليوم."),
    ("iq-2", "سقطت قذائف هاون على مخيم للنازحين قرب مدينة تكريت دون إصابات."),
]


def extract(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["extract", *args, "--workers", "1"])
    return result.exit_code, result.stderr


def test_mixed_file_exit_zero_and_bad_lines_named(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in GOOD]
    path.write_text("\n".join([lines[0], "{broken", '{"id": "x"}', lines[1]]) + "\n", encoding="utf-8")
    out = tmp_path / "events.jsonl"
    code, err = extract(str(path), "-o", str(out))
    assert code == 0, err
    assert f"{path}:2" in err and "not valid JSON" in err
    assert f"{path}:3" in err and "'text'" in err
    assert "2 articles, 2 rejected" in err
    assert out.exists()


def test_folder_with_garbage_and_windows_1256(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "garbage.txt").write_bytes(bytes(range(256)) * 10)
    (folder / "legacy.txt").write_bytes(GOOD[0][1].encode("cp1256"))
    (folder / "good.jsonl").write_text(json.dumps({"id": GOOD[1][0], "text": GOOD[1][1]}, ensure_ascii=False),
                                       encoding="utf-8")
    code, err = extract(str(folder), "-o", str(tmp_path / "e.jsonl"))
    assert code == 0, err
    assert "garbage.txt" in err and "binary" in err
    assert "legacy.txt" not in err
    assert "2 articles, 1 rejected" in err


def test_nothing_readable_is_exit_two(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("{nope\n[1]\n", encoding="utf-8")
    code, err = extract(str(path), "-o", str(tmp_path / "e.jsonl"))
    assert code == 2
    assert f"{path}:1" in err and f"{path}:2" in err


def test_one_missing_path_among_good_ones_is_named_and_skipped(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": GOOD[0][0], "text": GOOD[0][1]}, ensure_ascii=False), encoding="utf-8")
    gone = tmp_path / "gone.jsonl"
    code, err = extract(str(good), str(gone), "-o", str(tmp_path / "e.jsonl"))
    assert code == 0, err
    assert f"{gone}" in err and "cannot read the file" in err
    assert "1 articles, 1 rejected" in err


def test_every_path_missing_is_exit_two(tmp_path: Path) -> None:
    code, err = extract(str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "e.jsonl"))
    assert code == 2 and "no such file or folder" in err
