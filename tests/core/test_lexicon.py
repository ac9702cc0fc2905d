"""The shared lexicon matcher: clitics, word boundaries, longest match, offsets into the original."""
from __future__ import annotations

from pathlib import Path

import pytest

from rasd.errors import LexiconError
from rasd.mentions.lexicon import Entry, Matcher, load_path
from rasd.text.normalize import key, normalize


def _matcher(*forms: str, stem: tuple[str, ...] = ()) -> Matcher:
    entries = [Entry(f, key(f), {"match": "stem" if f in stem else ""}, f"test:{i}") for i, f in enumerate(forms)]
    return Matcher(entries)


@pytest.mark.parametrize(("text", "form", "found"), [
    ("اندلعت اشتباكات عنيفة في حي الصابري", "اشتباكات", "اشتباكات"),
    ("وتجددت الاشتباكات صباح اليوم", "اشتباكات", "اشتباكات"),
    ("ووصلت التعزيزات إلى بنغازي مساء", "بنغازي", "بنغازي"),
    ("قصفت الطائرات مواقع وسط ترهونة", "ترهونة", "ترهونة"),
    ("قتل جندي بانفجار لغم في مأرب", "لغم", "لغم"),
    ("أعلن الناطق باسم الجيش اليمني", "الجيش اليمني", "الجيش اليمني"),
    ("وقال مصدر للجيش اليمني إن", "الجيش اليمني", "لجيش اليمني"),
    ("شنّت مقاتلات غارات على إدلب", "غارات", "غارات"),
])
def test_matcher_finds_forms_with_clitics(text: str, form: str, found: str) -> None:
    hits = _matcher(form).find(normalize(text))
    assert [text[h.start:h.end] for h in hits] == [found]


@pytest.mark.parametrize(("text", "form"), [
    ("زار الوفد مدينة المنيا", "مني"),          # inside a word
    ("أكد القائد أن الهدنة صامدة", "هدن"),       # a prefix of a word, not a stem entry
    ("وصلت قافلة المساعدات", "لغم"),            # absent
])
def test_matcher_rejects_partial_words(text: str, form: str) -> None:
    assert _matcher(form).find(normalize(text)) == []


def test_matcher_stem_entries_accept_suffixes() -> None:
    text = "وأسفرت المواجهات عن مقتل ثلاثة"
    hits = _matcher("مواجه", stem=("مواجه",)).find(normalize(text))
    assert [text[h.start:h.end] for h in hits] == ["مواجهات"]


def test_matcher_prefers_longest_match() -> None:
    text = "انفجرت سيارة مفخخة قرب السوق"
    hits = _matcher("سيارة", "سيارة مفخخة").find(normalize(text))
    assert [h.entry.form for h in hits] == ["سيارة مفخخة"]


def test_matcher_maps_offsets_through_diacritics_and_tatweel() -> None:
    text = "وقُتِلَ ثلاثــة مدنيين في غارةٍ جويّة"
    hits = _matcher("غارة جوية").find(normalize(text))
    assert len(hits) == 1
    assert text[hits[0].start:hits[0].end] == "غارةٍ جويّة"


def test_load_path_names_the_line_of_a_row_without_form(tmp_path: Path) -> None:
    f = tmp_path / "bad.tsv"
    f.write_text("form\tlabel\n# comment\nقصف\tShelling\n\tArmed clash\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad\.tsv:4"):
        load_path(f)
