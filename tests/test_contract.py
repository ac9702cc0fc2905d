"""CONTRACT.md: `rasd extract ARTICLES -o EVENTS.jsonl`, exactly as the shared scorer calls it.

Runs the real command in a subprocess (exit codes come from the entry point, not from click's
test runner) over the bundled samples and over small hand-made inputs.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.mentions.lexicon import data_path
from rasd.records import SUB_TO_TYPE

REQUIRED = ("article_ids", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
            "assoc_actor_1", "assoc_actor_2", "location", "geo_precision", "fatalities", "claimed_by",
            "disputed_by", "evidence")
LOCATION_KEYS = ("name", "name_ar", "country", "admin1", "latitude", "longitude")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

REPORT_A = "قُتل ثلاثة عناصر من الشرطة في هجوم مسلح على نقطة تفتيش في مدينة الرمادي يوم الأحد."
REPORT_B = "أصيب خمسة مدنيين بانفجار عبوة ناسفة في سوق شعبي بمدينة الحلة أمس."


def rasd(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run the installed command line exactly as a user would."""
    return subprocess.run([sys.executable, "-m", "rasd", *map(str, args)], capture_output=True, text=True,
                          timeout=300, check=False)


def read_events(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], list[dict]]:
    out = tmp_path_factory.mktemp("contract") / "events.jsonl"
    proc = rasd("extract", data_path("samples/articles.jsonl"), "-o", out)
    return proc, read_events(out) if out.exists() else []


@pytest.fixture(scope="module")
def sample_texts() -> dict[str, str]:
    lines = data_path("samples/articles.jsonl").read_text(encoding="utf-8").splitlines()
    return {a["id"]: a["text"] for a in map(json.loads, lines)}


def test_extract_succeeds_on_the_samples(sample_run) -> None:
    proc, events = sample_run
    assert proc.returncode == 0, proc.stderr
    assert events, "the bundled samples should yield events"


def test_every_event_has_the_contract_keys(sample_run) -> None:
    for ev in sample_run[1]:
        missing = [k for k in REQUIRED if k not in ev]
        assert not missing, f"event {ev.get('event_id')} lacks {missing}"


def test_values_follow_the_contract(sample_run) -> None:
    for ev in sample_run[1]:
        assert ISO_DATE.match(ev["event_date"] or ""), ev["event_date"]
        assert ev["time_precision"] in (1, 2, 3) and ev["geo_precision"] in (1, 2, 3)
        assert SUB_TO_TYPE.get(ev["sub_event_type"]) == ev["event_type"]
        assert isinstance(ev["fatalities"], int) and ev["fatalities"] >= 0
        assert isinstance(ev["location"], dict) and all(k in ev["location"] for k in LOCATION_KEYS)
        assert -90 <= ev["location"]["latitude"] <= 90 and -180 <= ev["location"]["longitude"] <= 180
        assert ev["article_ids"] and all(isinstance(a, str) for a in ev["article_ids"])


def test_evidence_is_a_slice_of_the_article(sample_run, sample_texts) -> None:
    for ev in sample_run[1]:
        assert ev["evidence"], f"event {ev.get('event_id')} has no evidence"
        for item in ev["evidence"]:
            assert item["article_id"] in ev["article_ids"]
            text = sample_texts[item["article_id"]]
            assert 0 <= item["start"] < item["end"] <= len(text)
            assert text[item["start"] : item["end"]] == item["text"]


def test_malformed_line_is_reported_and_the_rest_processed(tmp_path: Path) -> None:
    src = tmp_path / "mixed.jsonl"
    lines = [json.dumps({"id": "r1", "text": REPORT_A, "published": "2016-02-08"}, ensure_ascii=False),
             '{"id": "broken", "text": "نص غير مكتمل',
             json.dumps({"id": "r3", "text": REPORT_B, "published": None, "source": None}, ensure_ascii=False),
             json.dumps({"text": "بلا معرّف"}, ensure_ascii=False)]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "events.jsonl"
    proc = rasd("extract", src, "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert f"{src}:2" in proc.stderr and f"{src}:4" in proc.stderr
    assert "2 articles" in proc.stderr
    assert out.exists()


def test_html_may_stand_for_text(tmp_path: Path) -> None:
    html = f"<html><body><nav>الرئيسية</nav><article><h1>هجوم</h1><p>{REPORT_A}</p></article></body></html>"
    src = tmp_path / "html.jsonl"
    src.write_text(json.dumps({"id": "h1", "html": html}, ensure_ascii=False) + "\n", encoding="utf-8")
    proc = rasd("extract", src, "-o", tmp_path / "events.jsonl")
    assert proc.returncode == 0, proc.stderr
    assert "1 articles" in proc.stderr


def test_a_folder_of_text_files(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "ramadi-1.txt").write_text(REPORT_A, encoding="utf-8")
    (folder / "hilla-2.txt").write_text(REPORT_B, encoding="utf-8")
    out = tmp_path / "events.jsonl"
    proc = rasd("extract", folder, "-o", out)
    assert proc.returncode == 0, proc.stderr
    for ev in read_events(out):
        assert set(ev["article_ids"]) <= {"ramadi-1", "hilla-2"}


def unreadable(folder: Path, kind: str) -> Path:
    """An input from which no article at all can be read."""
    if kind == "missing-file":
        return folder / "missing.jsonl"
    if kind == "empty-folder":
        return folder
    bad = folder / "bad.jsonl"
    bad.write_text("not json\n[1, 2]\n", encoding="utf-8")
    return bad


@pytest.mark.parametrize("kind", ["missing-file", "empty-folder", "no-readable-line"])
def test_unreadable_input_exits_2(tmp_path: Path, kind: str) -> None:
    proc = rasd("extract", unreadable(tmp_path, kind), "-o", tmp_path / "events.jsonl")
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "rasd" in proc.stderr
