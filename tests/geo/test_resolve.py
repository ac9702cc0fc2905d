"""geo.resolve: each event's location and geo_precision from its sentence and the document."""
from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.geo.gazetteer import default_gazetteer
from rasd.geo.resolve import choose, country_of, make_resolve
from rasd.mentions.places import find_places
from rasd.records import Event, Evidence
from rasd.settings import Settings
from rasd.text.normalize import key
from testkit import make_doc


def located(text: str, sentence: str, place_spans: tuple[tuple[int, int], ...] = ()) -> tuple[Document, Event]:
    """The event whose evidence is `sentence` (a part of `text`), after place finding and resolution."""
    doc = make_doc(text)
    doc = doc.with_layer("places", find_places(doc, default_gazetteer()))
    start = text.index(sentence)
    ev = Event((doc.id,), "Battles", "Armed clash", (Evidence(doc.id, start, start + len(sentence), sentence),),
               place_spans=place_spans)
    return doc, choose(doc, ev, default_gazetteer())


@pytest.mark.parametrize(("text", "name", "precision"), [
    ("اندلعت اشتباكات عنيفة في مدينة تعز صباح اليوم.", "Taiz", 1),
    ("قتل ثلاثة مدنيين في قصف قرب مدينة سرت.", "Sirte", 2),
    ("اشتباكات متقطعة على بعد 30 كيلومترا جنوب مدينة بعقوبة.", "Baqubah", 2),
    ("شنت طائرات غارات على مواقع في محافظة مأرب.", "Marib", 3),
    ("قتل خمسة في قصف على بلدة حرستا التي تبعد نحو 10 كيلومترات شمال شرق دمشق.", "Harasta", 1),
])
def test_precision_rules(text: str, name: str, precision: int) -> None:
    _doc, ev = located(text, text)
    assert (ev.location.name, ev.geo_precision) == (name, precision)
    assert ev.why("location").rule == "geo.sentence_place"


def test_dateline_and_government_do_not_locate() -> None:
    text = "عدن - وكالة الأنباء\nرفضت حكومة صنعاء بيانا، وقتل جنديان في هجوم على نقطة أمنية في مدينة المكلا."
    _doc, ev = located(text, text.split("\n")[1])
    assert ev.location.name == "Mukalla"


def test_backref_takes_the_last_town_or_the_capital() -> None:
    text = "وصلت تعزيزات إلى مدينة الحديدة أمس. وتجددت الاشتباكات داخل المدينة اليوم."
    _doc, ev = located(text, "وتجددت الاشتباكات داخل المدينة اليوم.")
    assert (ev.location.name, ev.why("location").rule) == ("Al Hudaydah", "geo.backref_town")
    text = "قتل ثلاثة في عدن. وانفجرت سيارة مفخخة في العاصمة اليمنية."
    _doc, ev = located(text, "وانفجرت سيارة مفخخة في العاصمة اليمنية.")
    assert ev.location.name == "Sanaa"


def test_previous_sentence_and_country_fallback() -> None:
    text = "تتواصل المعارك في مدينة الفاشر. وقتل عشرة مدنيين في القصف."
    _doc, ev = located(text, "وقتل عشرة مدنيين في القصف.")
    assert (ev.location.name, ev.why("location").rule) == ("El Fasher", "geo.previous_sentence")
    text = "قالت منظمة إن الصومال يشهد موجة عنف. وقتل عشرة مدنيين في هجوم."
    _doc, ev = located(text, "وقتل عشرة مدنيين في هجوم.")
    assert (ev.location.name, ev.geo_precision) == ("Mogadishu", 3)


def test_coder_choice_comes_first() -> None:
    text = "قتل جندي في مأرب وآخر في مدينة البيضاء."
    doc = make_doc(text)
    spans = find_places(doc, default_gazetteer())
    bayda = next(s for s in spans if doc.text_of(s) == "البيضاء")
    _doc, ev = located(text, text, ((bayda.start, bayda.end),))
    assert ev.location.country == "Yemen" and ev.location.admin1 == "Al Bayda"


def test_stage_and_country_of() -> None:
    text = "قتل جندي في مدينة الحديدة."
    doc, ev = located(text, text)
    assert country_of(doc) == "Yemen"
    out = make_resolve(Settings())(doc.with_events([ev.but(location=None)]))
    assert out.events[0].location.name == "Al Hudaydah"


def test_landmark_town_gives_the_containing_city() -> None:
    text = "قتل خمسة أشخاص في انفجار سيارة مفخخة في شارع مكة وسط مقديشو."
    _doc, ev = located(text, text)
    assert ev.location.name == "Mogadishu"


def test_country_only_sentence_takes_the_town_of_the_next_evidence() -> None:
    text = "أعلن الجيش تنفيذ غارة جوية على مدينة في شرق سوريا. وقال إن الغارة ضربت مواقع قرب مدينة الميادين."
    doc = make_doc(text)
    doc = doc.with_layer("places", find_places(doc, default_gazetteer()))
    first, second = text.split(". ")
    syria = next(s for s in doc.layer("places") if doc.text_of(s) == "سوريا")
    ev = Event((doc.id,), "Explosions/Remote violence", "Air/drone strike",
               (Evidence(doc.id, 0, len(first), first), Evidence(doc.id, len(first) + 2, len(text), second)),
               place_spans=((syria.start, syria.end),))
    ev = choose(doc, ev, default_gazetteer())
    assert (ev.location.name, ev.why("location").rule) == ("Al Mayadin", "geo.evidence_place")


@pytest.mark.parametrize(("text", "name"), [
    ("قصفت طائرات مسيرة مواقع للمسلحين في شمال العراق.", "Mosul"),
    ("اندلعت اشتباكات قبلية في الجنوب وفي جنوب ليبيا عموما.", "Sabha"),
])
def test_a_part_of_a_country_gives_its_main_town(text: str, name: str) -> None:
    _doc, ev = located(text, text)
    assert (ev.location.name, ev.geo_precision, ev.why("location").rule) == (name, 3, "geo.country_part")
    assert ev.location.admin1


def test_every_location_has_an_admin1() -> None:
    gaz = default_gazetteer()
    for name in ("جازان", "اليمن", "الكفرة", "المكلا"):
        assert all(loc.admin1 for loc in gaz.lookup(key(name))), name


def test_two_directions_name_a_corner_of_the_country() -> None:
    text = "اندلعت اشتباكات قبلية عنيفة في جنوب شرق ليبيا منذ أسبوع."
    _doc, ev = located(text, text)
    assert (ev.location.name, ev.geo_precision) == ("Kufra", 3)


def test_a_nearer_site_beats_the_article_first_place_the_coder_borrowed() -> None:
    text = "قتل ثلاثة في قصف على مدينة سرت. واندلعت اشتباكات في مدينة زوارة أمس. وقال شاهد إن قذيفة أصابت منزلا."
    doc = make_doc(text)
    sirte = next(s for s in find_places(doc, default_gazetteer()) if doc.text_of(s) == "سرت")
    _doc, ev = located(text, "وقال شاهد إن قذيفة أصابت منزلا.", ((sirte.start, sirte.end),))
    assert (ev.location.name, ev.why("location").rule) == ("Zuwarah", "geo.previous_sentence")


def test_a_foreign_country_in_an_actor_phrase_does_not_move_the_event() -> None:
    sentence = "وقتل خمسة في غارة للتحالف الذي تقوده السعودية."
    text = "تتواصل الحرب في اليمن. وحذرت الأمم المتحدة من المجاعة في اليمن. " + sentence
    doc = make_doc(text)
    saudi = next(s for s in find_places(doc, default_gazetteer()) if doc.text_of(s) == "السعودية")
    _doc, ev = located(text, sentence, ((saudi.start, saudi.end),))
    assert (ev.location.country, ev.why("location").rule) == ("Yemen", "geo.country_capital")
