"""Reading hostile input: every good article kept, every bad item named with file, line and reason."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.document import Article
from rasd.errors import ArticleError, Rejected
from rasd.ingest.decode import decode, decode_as
from rasd.ingest.readers import read_articles, read_jsonl

GOOD = [
    ("ye-1", "قصفت طائرات مسيرة مواقع في مدينة مأرب شرقي اليمن صباح الأحد."),
    ("sy-2", "قتل ثلاثة مدنيين بقذائف هاون سقطت على حي في مدينة حلب."),
    ("sd-3", "اندلعت اشتباكات بين الجيش وقوات الدعم السريع في مدينة الأبيض."),
]


def line(art_id: str, text: str, **extra: object) -> str:
    return json.dumps({"id": art_id, "text": text, **extra}, ensure_ascii=False)


def split(items: list) -> tuple[list[Article], list[Rejected]]:
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Rejected)]


BAD_LINES = [
    ("{not json", "not valid JSON"),
    ('["a", "list"]', "expected a JSON object, got array"),
    ('{"text": "نص بلا معرف"}', "'id' is missing"),
    ('{"id": {"x": 1}, "text": "نص"}', "'id' is a object"),
    ('{"id": "x1"}', "'text' (or 'html') is missing"),
    ('{"id": "x2", "text": 42}', "'text' (or 'html') is a int"),
    ('{"id": "x3", "text": "   "}', "empty text"),
    ('{"id": "x4", "text": "نص", "published": {"y": 2020}}', "'published' is a object"),
    ('{"id": "x5", "text": "نص", "extra": ' + "[" * 40 + "]" * 40 + "}", "nested over 32 levels"),
    ('{"id": "x6", "text": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
    ('{"id": true, "text": "نص"}', "not a string or an integer"),
]


def test_mixed_file_keeps_every_good_line_and_names_every_bad_one(tmp_path: Path) -> None:
    rows = [line(*GOOD[0]), *[bad for bad, _ in BAD_LINES], "", line(*GOOD[1]), line(*GOOD[2])]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    arts, rejects = split(list(read_jsonl(path)))
    assert [a.id for a in arts] == ["ye-1", "sy-2", "sd-3"]
    assert [a.origin for a in arts] == [f"{path}:1", f"{path}:{len(BAD_LINES) + 3}", f"{path}:{len(BAD_LINES) + 4}"]
    assert len(rejects) == len(BAD_LINES)
    for lineno, (rej, (_, reason)) in enumerate(zip(rejects, BAD_LINES, strict=True), 2):
        assert rej.origin == f"{path}:{lineno}"
        assert reason in rej.reason, rej


def test_numeric_ids_and_lone_surrogates_are_accepted_safely(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text('{"id": 17, "text": "انفجار في \\ud83d بغداد"}\n', encoding="utf-8")
    (art,) = list(read_jsonl(path))
    assert isinstance(art, Article) and art.id == "17"
    assert art.text == "انفجار في \ufffd بغداد"
    art.text.encode("utf-8")


def test_line_over_the_limit_is_skipped_without_reading_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    huge = line("big", "قصف " * 5000)
    path.write_text("\n".join([line(*GOOD[0]), huge, line(*GOOD[1])]) + "\n", encoding="utf-8")
    arts, rejects = split(list(read_jsonl(path, max_line_bytes=1000)))
    assert [a.id for a in arts] == ["ye-1", "sy-2"]
    assert rejects[0].origin == f"{path}:2" and "over the 1000-byte limit" in rejects[0].reason


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6", "utf-16", "utf-8-sig"])
def test_jsonl_in_legacy_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"{encoding}.jsonl"
    path.write_bytes(("\n".join(line(i, t) for i, t in GOOD) + "\n").encode(encoding))
    arts, rejects = split(list(read_jsonl(path)))
    assert not rejects
    assert [(a.id, a.text) for a in arts] == GOOD


def test_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "array.json"
    path.write_text(json.dumps([{"id": i, "text": t} for i, t in GOOD] + [{"id": "z"}], ensure_ascii=False),
                    encoding="utf-8")
    arts, rejects = split(list(read_jsonl(path)))
    assert [a.id for a in arts] == ["ye-1", "sy-2", "sd-3"]
    assert rejects[0].origin == f"{path}[3]"


def test_folder_with_garbage_legacy_encodings_and_html(tmp_path: Path) -> None:
    (tmp_path / "a_cp1256.txt").write_bytes(GOOD[0][1].encode("cp1256"))
    (tmp_path / "b_iso.txt").write_bytes(GOOD[1][1].encode("iso8859_6"))
    (tmp_path / "c_garbage.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "d_binary.jsonl").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    (tmp_path / "e_photo.png").write_bytes(b"\x89PNG")
    (tmp_path / "f_page.html").write_text(
        "<html><body><nav>الرئيسية</nav><article><h1>قصف</h1><p>" + GOOD[2][1] * 3 + "</p></article></body></html>",
        encoding="utf-8")
    (tmp_path / "g_empty.html").write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    arts, rejects = split(list(read_articles(tmp_path)))
    assert [a.id for a in arts] == ["a_cp1256", "b_iso", "f_page"]
    assert arts[0].text == GOOD[0][1] and arts[1].text == GOOD[1][1]
    assert GOOD[2][1][:20] in arts[2].text
    named = {Path(r.origin).name: r.reason for r in rejects}
    assert set(named) == {"c_garbage.txt", "d_binary.jsonl", "e_photo.png", "g_empty.html"}
    assert "binary" in named["c_garbage.txt"] and "binary" in named["d_binary.jsonl"]
    assert "not an article file" in named["e_photo.png"]


def test_unreadable_file_is_one_rejection(tmp_path: Path) -> None:
    path = tmp_path / "gone.jsonl"
    (rej,) = list(read_articles(path))
    assert isinstance(rej, Rejected) and "cannot read the file" in rej.reason


@pytest.mark.parametrize(("data", "encoding"), [
    ("هجوم على نقطة تفتيش في الرمادي".encode("cp1256"), "cp1256"),
    ("هجوم على نقطة تفتيش في الرمادي".encode("utf-16"), "utf-16"),
    ("هجوم على نقطة تفتيش في الرمادي".encode(), "utf-8"),
])
def test_decode_names_the_encoding(data: bytes, encoding: str) -> None:
    text, used = decode_as(data, "x")
    assert text == "هجوم على نقطة تفتيش في الرمادي"
    assert used.replace("_", "-").startswith(encoding[:5])


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03" * 100, bytes(range(1, 32)) * 50])
def test_decode_refuses_binary(data: bytes) -> None:
    with pytest.raises(ArticleError, match="binary"):
        decode(data, "blob.txt")
