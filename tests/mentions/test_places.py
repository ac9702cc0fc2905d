"""Place mentions: clitics, cue words, multi-word names, homonyms, stoplist, roles and relations."""
from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.geo.gazetteer import default_gazetteer, km
from rasd.mentions.places import find_places
from testkit import make_doc


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
    assert by_text["دمشق"].value.relation == "north-east" and by_text["دمشق"].value.role == "anchor"
    harasta = by_text["حرستا"].value
    assert harasta.relation == "" and harasta.anchor == (by_text["دمشق"].start, by_text["دمشق"].end)


def test_backrefs_and_fuzzy_spelling() -> None:
    doc, spans = places("دخلت القوات مدينة بنغازى صباحا، وسيطرت على وسط المدينة.")
    roles = [(doc.text_of(s), s.value.role) for s in spans]
    assert ("بنغازى", "site") in roles and ("المدينة", "backref") in roles


def test_spans_point_into_the_original_text() -> None:
    doc, spans = places("وفي بِنغازي سُمع دوي انفجارات.")
    assert [doc.text_of(s) for s in spans] == ["بِنغازي"]


@pytest.mark.parametrize(("text", "name"), [
    ("انفجرت سيارة مفخخة في العاصمة الصومالية صباح اليوم.", "Mogadishu"),
    ("تظاهر المئات في العاصمة السودانية احتجاجا على الغلاء.", "Khartoum"),
])
def test_capital_named_by_its_country_adjective(text: str, name: str) -> None:
    assert ("العاصمة", name) in [(t.split()[0], n) for t, n in sites(text)]


def test_foreign_capital_with_its_name_is_no_backref() -> None:
    _doc, spans = places("التقى الوفد في العاصمة القطرية الدوحة قادة الفصائل.")
    assert "backref" not in [s.value.role for s in spans]


def test_place_inside_a_group_name_is_not_a_site() -> None:
    doc, spans = places("هاجم مسلحو مجلس شورى ثوار درنة نقطة للجيش.")
    assert [s.value.role for s in spans if doc.text_of(s) == "درنة"] == ["group"]


@pytest.mark.parametrize(("text", "surface"), [
    ("وقال القيادي المقيم في القاهرة إن قواتهم صدت الهجوم على سرت.", "القاهرة"),
    ("وقال المتحدث هاتفيا من المكلا إن الاشتباكات تجددت في شبوة.", "المكلا"),
])
def test_speakers_seat_is_not_a_site(text: str, surface: str) -> None:
    doc, spans = places(text)
    assert [s.value.role for s in spans if doc.text_of(s) == surface] == ["speaker"]


_WORDS = ["في", "مدينة", "قرية", "بنغازي", "وبطرابلس", "سوق", "الخميس", "قرب", "جنوب", "المدينة", "العاصمة",
          "حكومة", "طبرق", "-", "،", "\n", "40", "كيلومترا", "التي", "تبعد", "الليبية", "قتل", "محافظة", "مأرب"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30))
def test_invariants_on_any_word_salad(words: list[str]) -> None:
    """Spans stay inside the text and never overlap; sites always carry candidates."""
    doc, spans = places(" ".join(words))
    ordered = sorted(spans, key=lambda s: s.start)
    for a, b in itertools.pairwise(ordered):
        assert a.end <= b.start
    for s in spans:
        assert 0 <= s.start < s.end <= len(doc.text)
        assert s.value.role == "backref" or s.value.candidates


def test_fuzzy_variant_after_a_cue_only() -> None:
    doc, spans = places("قتل جنديان في هجوم على مدينة اجدابية شرق البلاد.")
    (hit,) = [s for s in spans if doc.text_of(s) == "اجدابية"]
    assert hit.value.candidates[0].name == "Ajdabiya" and hit.source.endswith(":fuzzy")
    assert sites("قتل جنديان في هجوم على اجدابية شرق البلاد.") == []


def test_far_homonym_of_a_village_is_dropped() -> None:
    """The only Syrian المنصورة the gazetteer knows is near Raqqa, 200 km from the Ghab plain."""
    found = [t for t, _n in sites("تدور اشتباكات عنيفة في محيط بلدة المنصورة بسهل الغاب في ريف حماة.")]
    assert "المنصورة" not in found and "سهل الغاب" in found


def test_definite_adjective_is_not_a_country() -> None:
    assert sites("سيطر التنظيم على أحياء في البوكمال السورية.") == [("البوكمال", "Albu Kamal")]


def test_group_word_before_a_preposition_keeps_the_site() -> None:
    assert ("الزاوية", "Az Zawiyah") in sites("هاجمت كتائب مسلحة في الزاوية مقرا للشرطة.")


@pytest.mark.parametrize(("text", "surface"), [
    ("انفجرت عبوة ناسفة في شارع بغداد وسط دمشق مساء أمس.", "بغداد"),
    ("استهدف هجوم انتحاري فندق عدن في مدينة المكلا.", "عدن"),
    ("سقطت قذيفة على مستشفى حلب الجامعي في حي الفرقان.", "حلب"),
])
def test_town_inside_a_landmark_name_is_not_a_site(text: str, surface: str) -> None:
    doc, spans = places(text)
    assert [s.value.role for s in spans if doc.text_of(s) == surface] == ["landmark"]


def test_a_clitic_town_after_a_landmark_is_a_site() -> None:
    doc, spans = places("قتل مدرس في مدرسة البنات بحمص.")
    assert [s.value.role for s in spans if doc.text_of(s) == "حمص"] == ["site"]


def test_government_seat_is_not_a_site() -> None:
    doc, spans = places("ضربت الغارة أهدافا بالتنسيق مع حكومة الإنقاذ الوطني في صنعاء قرب مأرب.")
    roles = {doc.text_of(s): s.value.role for s in spans}
    assert roles["صنعاء"] == "government" and roles["مأرب"] == "site"


@pytest.mark.parametrize(("text", "site", "anchor"), [
    ("دارت معارك في مديرية صرواح، غرب مدينة مأرب، منذ الفجر.", "صرواح", "مأرب"),
    ("قصفت الطائرات بلدة حرستا، شمال شرق دمشق، وقتل ثلاثة.", "حرستا", "دمشق"),
    ("دمرت القوات عربات في قضاء تلعفر 60 كم غرب الموصل.", "تلعفر", "الموصل"),
])
def test_a_town_placing_the_name_before_it_is_its_anchor(text: str, site: str, anchor: str) -> None:
    doc, spans = places(text)
    roles = {doc.text_of(s): s for s in spans}
    assert roles[site].value.role == "site" and roles[anchor].value.role == "anchor"
    assert roles[site].value.anchor == (roles[anchor].start, roles[anchor].end)


def test_separate_clauses_are_no_apposition() -> None:
    _doc, spans = places("قتل جندي في دمشق، وجرح آخر شمال حلب.")
    assert [s.value.role for s in spans] == ["site", "site"]


def test_a_measured_distance_moves_the_point() -> None:
    doc, spans = places("قصفت الطائرات رتلا على بعد 300 كلم جنوب غربي مدينة الكفرة.")
    top = next(s for s in spans if doc.text_of(s) == "الكفرة").value.candidates[0]
    kufra = default_gazetteer().lookup("الكفره")[0]
    assert km((top.latitude, top.longitude), (kufra.latitude, kufra.longitude)) == pytest.approx(300, abs=3)
    assert top.latitude < kufra.latitude and top.longitude < kufra.longitude and top.geonameid is None


def test_a_village_far_from_the_named_area_is_another_village() -> None:
    doc, spans = places("قصفت المروحيات قرية القحطانية بسهل الغاب بالبراميل.")
    assert [doc.text_of(s) for s in spans] == ["سهل الغاب"]


def test_a_capital_acting_as_a_state_is_not_a_site() -> None:
    doc, spans = places("سقطت شظايا صاروخ في مدينة نجران بعدما اعترضت الرياض الصاروخ فوق المدينة.")
    roles = {doc.text_of(s): s.value.role for s in spans}
    assert roles["الرياض"] == "government" and roles["نجران"] == "site"



@pytest.mark.parametrize(("text", "surface"), [
    ("وقال مصدر طبي بمستشفى بنغازي إن القتلى ثلاثة.", "بنغازي"),
    ("انتشرت الجثث في شوارع درنة بعد المعارك.", "درنة"),
    ("وقع انفجار خلف فندق وسط طرابلس.", "طرابلس"),
])
def test_a_building_named_after_its_own_town_is_in_it(text: str, surface: str) -> None:
    doc, spans = places(text)
    assert [s.value.role for s in spans if doc.text_of(s) == surface] == ["site"]


def test_a_head_with_an_outlet_in_brackets_is_a_dateline() -> None:
    doc, spans = places("عمان، الأردن (CNN) - قتل ثلاثة جنود في هجوم على نقطة قرب مدينة درعا.")
    roles = {doc.text_of(s): s.value.role for s in spans}
    assert roles["عمان"] == "dateline" and roles["درعا"] == "site"
