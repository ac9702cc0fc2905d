"""Place mentions: clitics, cue words, multi-word names, homonyms, stoplist, roles and relations."""
from __future__ import annotations

import pytest

from conftest import make_doc
from rasd.geo.gazetteer import default_gazetteer
from rasd.mentions.places import find_places


def places(text: str):
    doc = make_doc(text)
    return doc, find_places(doc, default_gazetteer())


def sites(text: str) -> list[tuple[str, str]]:
    """(surface, English name of the best candidate) of the site mentions."""
    doc, spans = places(text)
    return [(doc.text_of(s), s.value.candidates[0].name) for s in spans if s.value.role == "site"]


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("قصفت طائرات التحالف مواقع للحوثيين بصنعاء فجر اليوم.", "صنعاء", "Sanaa"),
    ("وتجددت الاشتباكات وبمصراتة ساد هدوء حذر.", "مصراتة", "Misratah"),
    ("سقطت قذائف على أحياء في ترهونة جنوب شرق العاصمة.", "ترهونة", "Tarhuna"),
    ("أعلنت الشرطة مقتل ثلاثة في انفجار بكركوك.", "كركوك", "Kirkuk"),
    ("نزح آلاف من قرية سوق الخميس بعد المعارك.", "سوق الخميس", "Souq al-Khamis"),
    ("استهدفت غارة قاعدة العند الجوية في لحج.", "قاعدة العند الجوية", "Al Anad Air Base"),
])
def test_finds_places_with_clitics_and_multiword_names(text: str, surface: str, name: str) -> None:
    assert (surface, name) in sites(text)


@pytest.mark.parametrize("text", [
    "عقد الاجتماع يوم الخميس في مقر الوزارة.",        # الخميس is a weekday, not a Yemeni village
    "شن الجيش هجوما بريا واسعا على مواقع المسلحين.",    # بري is "ground", not a town
    "وقال إن الوضع تحت السيطرة بعد فترة وجيزة.",       # جيزة inside an ordinary word
    "وصل الشيخ صلاح الدين إلى الاجتماع.",               # a person's name
])
def test_ordinary_words_are_not_places(text: str) -> None:
    assert sites(text) == []


def test_cue_word_admits_a_stoplisted_name() -> None:
    doc, spans = places("قتل مدني في قصف على مدينة بحري شمال الخرطوم.")
    assert "بحري" in [doc.text_of(s) for s in spans]


def test_homonym_follows_the_document_country() -> None:
    found = sites("اشتباكات في بنغازي ومصراتة. وفي طرابلس أغلقت المحال أبوابها.")
    assert ("طرابلس", "Tripoli") in found
    doc, spans = places("اشتباكات في بنغازي ومصراتة. وفي طرابلس أغلقت المحال أبوابها.")
    tripoli = next(s for s in spans if doc.text_of(s) == "طرابلس")
    assert tripoli.value.candidates[0].country == "Libya"


@pytest.mark.parametrize(("text", "surface", "role"), [
    ("عدن - وكالة الأنباء\nقتل جنديان في هجوم على نقطة أمنية في لحج.", "عدن", "dateline"),
    ("الأناضول – مأرب\nقتل جنديان في هجوم على نقطة في صرواح.", "مأرب", "dateline"),
    ("رفضت حكومة طبرق الاتفاق الذي وقع أمس.", "طبرق", "government"),
    ("أعلنت السلطات إغلاق الطرق في محافظة مأرب.", "مأرب", "region"),
])
def test_roles(text: str, surface: str, role: str) -> None:
    doc, spans = places(text)
    assert role in [s.value.role for s in spans if doc.text_of(s) == surface]


def test_relation_and_anchor() -> None:
    text = "قتل خمسة في قصف على بلدة حرستا التي تبعد نحو 10 كيلومترات شمال شرق دمشق."
    doc, spans = places(text)
    by_text = {doc.text_of(s): s for s in spans}
    assert by_text["دمشق"].value.relation == "east"
    harasta = by_text["حرستا"].value
    assert harasta.relation == "" and harasta.anchor == (by_text["دمشق"].start, by_text["دمشق"].end)


def test_backrefs_and_fuzzy_spelling() -> None:
    doc, spans = places("دخلت القوات مدينة بنغازى صباحا، وسيطرت على وسط المدينة.")
    roles = [(doc.text_of(s), s.value.role) for s in spans]
    assert ("بنغازى", "site") in roles and ("المدينة", "backref") in roles


def test_spans_point_into_the_original_text() -> None:
    doc, spans = places("وفي بِنغازي سُمع دوي انفجارات.")
    assert [doc.text_of(s) for s in spans] == ["بِنغازي"]
