"""Property tests over ingest, text and the date/number layers: hostile input never crashes rasd.

Each property states what must hold for *any* input: decoding raises only ArticleError, record
parsing only InputError, normalisation equals its per-character definition and maps every key
character back inside the text, and the whole pipeline turns any text and any `published`
value into a Document (with in-bounds, exactly quoted spans) or a Rejected value.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reference import normalize_reference

from rasd.document import Article, Document
from rasd.errors import ArticleError, InputError, Rejected
from rasd.ingest.decode import decode
from rasd.ingest.readers import read_jsonl
from rasd.ingest.records import from_record
from rasd.pipeline import Pipeline
from rasd.settings import Settings
from rasd.text.normalize import normalize

# Pieces of Arabic news prose around dates and numbers, glued at random by the strategies below.
PIECES = [
    "قتل", "ثلاثة", "عشرات", "المئات", "٢٢", "15", "جنديين", "أكثر من", "نحو", "مدنيين", "يوم", "الخميس",
    "أمس", "الماضي", "قبل", "أيام", "منذ", "يومين", "أيار", "مايو", "ماي", "نيسان/أبريل", "الطير", "2019",
    "١٤٤١", "رمضان", "/", "-", "،", ".", "\n", " ", "«", "»", "في", "مدينة", "تعز", "قصف", "غارة", "اشتباكات",
    "ارتفع عدد القتلى إلى", "دون إصابات", "الساعة", "فجر", "ـ", "\u064b", "\u200f", "ﻻ", "\ufdfa", "%",
]
arabic_text = st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join)
any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
mixed_text = st.one_of(arabic_text, any_text, st.lists(st.one_of(arabic_text, any_text), max_size=4).map("".join))
published = st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2035, 12, 31)).map(date.isoformat),
                      st.sampled_from(["", "2019-02-30", "2020-13-01", "yesterday", "2019-04-05T03:10:00+02:00",
                                       "2019-04-05T23:59:59Z", "0000-00-00", "٢٠١٩-٠٤-٠٥"]), st.text(max_size=12))
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                           lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=6), kids,
                                                                                       max_size=4), max_leaves=20)
QUICK = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PIPELINE = Pipeline.from_settings(Settings(workers=1))


@QUICK
@given(mixed_text)
def test_normalize_equals_its_definition(text: str) -> None:
    fast = normalize(text)
    assert fast == normalize_reference(text)
    assert len(fast.key) == len(fast.offsets)
    assert all(0 <= o < len(text) for o in fast.offsets)
    assert list(fast.offsets) == sorted(fast.offsets)


@QUICK
@given(st.binary(max_size=600))
def test_decode_raises_only_article_errors(data: bytes) -> None:
    try:
        text = decode(data, "fuzz.txt")
    except ArticleError as err:
        assert err.origin == "fuzz.txt" and err.reason
        return
    assert isinstance(text, str)


@QUICK
@given(st.one_of(json_values, st.fixed_dictionaries({"id": json_values, "text": json_values},
                                                     optional={"published": json_values, "html": json_values})))
def test_records_raise_only_input_errors(obj: object) -> None:
    try:
        art = from_record(obj, "f.jsonl:1")
    except InputError as err:
        assert err.origin == "f.jsonl:1" and err.reason
        return
    assert art.id and art.text.strip()
    art.text.encode("utf-8")
    art.id.encode("utf-8")


@QUICK
@given(st.lists(st.one_of(st.binary(max_size=80), mixed_text.map(lambda t: json.dumps({"id": "a", "text": t})
                                                                   .encode()))), st.data())
def test_any_file_is_read_without_crashing(lines: list[bytes], data: st.DataObject) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "f.jsonl"
        path.write_bytes(b"\n".join(lines))
        for item in read_jsonl(path, max_line_bytes=data.draw(st.integers(10, 10_000))):
            assert isinstance(item, Article | Rejected)
            assert isinstance(item, Rejected) or item.text.strip()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed_text, published)
def test_pipeline_never_crashes_and_quotes_exactly(text: str, pub: str | None) -> None:
    result = PIPELINE.run(Article("fz", text, published=pub))
    if isinstance(result, Rejected):
        assert result.reason
        return
    assert isinstance(result, Document)
    for name, spans in result.layers.items():
        assert all(0 <= s.start <= s.end <= len(text) for s in spans), name
    for ev in result.events:
        for e in ev.evidence:
            assert text[e.start:e.end] == e.text
        assert ev.fatalities >= 0
        assert ev.event_date is None or ev.time_precision in (1, 2, 3)
