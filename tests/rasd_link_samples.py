"""Hand-made events and articles for the link, store, export and API tests (our own sentences)."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from rasd.document import Article, Document
from rasd.link.events import link_events
from rasd.records import SUB_TO_TYPE, Actor, Event, Evidence, Location, Provenance
from rasd.settings import Settings

PLACES = {
    "Idlib": Location("Idlib", "إدلب", "Syria", "Idlib", 35.9306, 36.6339, 169389),
    "Saraqib": Location("Saraqib", "سراقب", "Syria", "Idlib", 35.8647, 36.8006),
    "Taiz": Location("Taiz", "تعز", "Yemen", "Taiz", 13.5795, 44.0209, 70225),
    "Mocha": Location("Mocha", "المخا", "Yemen", "Taiz", 13.3203, 43.2495),
    "Kirkuk": Location("Kirkuk", "كركوك", "Iraq", "Kirkuk", 35.4681, 44.3922, 94787),
    "Baidoa": Location("Baidoa", "بيدوا", "Somalia", "Bay", 3.1138, 43.6498),
}
SENTENCES = {
    "taiz_shelling": "قالت مصادر طبية في تعز إن قصفاً مدفعياً استهدف حياً سكنياً أمس الثلاثاء وأسفر عن مقتل خمسة مدنيين.",
    "taiz_shelling_copy": ("أفادت مصادر طبية في مدينة تعز بأن قصفاً مدفعياً طال حياً سكنياً يوم الثلاثاء"
                           " ما أدى إلى مقتل سبعة مدنيين."),
    "taiz_shelling_brief": "مقتل مواطنين بنيران الحوثيين على منطقة الضباب غرب تعز.",
    "idlib_strike": "شنت طائرات حربية غارات على بلدة سراقب بريف إدلب صباح الأحد ما أسفر عن مقتل ثلاثة أشخاص.",
    "kirkuk_ied": "انفجرت عبوة ناسفة على طريق رئيسي جنوب كركوك مساء الخميس دون وقوع إصابات.",
    "baidoa_clash": "اندلعت اشتباكات عنيفة بين الجيش الصومالي ومسلحي حركة الشباب قرب بيدوا يوم السبت.",
    "mocha_protest": "تظاهر مئات من الصيادين في المخا احتجاجاً على منعهم من دخول البحر.",
}


def article(art_id: str, *sentence_keys: str, published: str = "2019-03-06", source: str = "Test Wire") -> Article:
    """An article made of some of the sentences above (our own text)."""
    return Article(art_id, " ".join(SENTENCES[k] for k in sentence_keys), published=published, source=source)


def make_event(art: Article | str, sub: str, day: str, place: str, *, fatalities: int = 0,
               sentence: str | None = None, actors: tuple[str | None, str | None] = (None, None),
               time_precision: int = 1, geo_precision: int = 1, claimed_by: str | None = None,
               toll_stated: bool = True) -> Event:
    """One single-report event whose evidence is a sentence of the article (offsets checked)."""
    art = art if isinstance(art, Article) else Article(art, SENTENCES[sentence or "taiz_shelling"])
    text = SENTENCES[sentence] if sentence else art.text.split(".")[0] + "."
    start = art.text.index(text)
    a1, a2 = (Actor(n, n) if n else None for n in actors)
    prov = (Provenance("fatalities", "test", ((start, start + len(text)),), art.id),) if toll_stated else ()
    return Event(
        article_ids=(art.id,), event_type=SUB_TO_TYPE[sub], sub_event_type=sub,
        evidence=(Evidence(art.id, start, start + len(text), text),), trigger=(start, start + 5),
        place_spans=((start + 1, start + 4),), event_date=date.fromisoformat(day), time_precision=time_precision,
        location=PLACES[place], geo_precision=geo_precision, fatalities=fatalities, actor1=a1, actor2=a2,
        claimed_by=claimed_by, sources=(art.source or art.id,), provenance=prov,
    )


def document(art: Article, *events: Event) -> Document:
    """A Document carrying hand-made events (what the pipeline would hand to link/store)."""
    return Document(art).with_events(events)


def sample_run(extra_toll: int = 7):
    """Three articles: two report one Taiz shelling (tolls 5 and `extra_toll`), one a Kirkuk IED."""
    a = article("yemen-a", "taiz_shelling", source="Aden Daily")
    b = article("yemen-b", "taiz_shelling_copy", source="Sanaa Post")
    c = article("iraq-c", "kirkuk_ied", source="Kirkuk Now", published="2019-03-08")
    ea = make_event(a, "Shelling/artillery/missile attack", "2019-03-05", "Taiz", fatalities=5,
                    actors=("Houthis (Ansar Allah)", "Civilians (Yemen)"))
    eb = make_event(b, "Shelling/artillery/missile attack", "2019-03-05", "Taiz", fatalities=extra_toll)
    ec = make_event(c, "Remote explosive/landmine/IED", "2019-03-07", "Kirkuk", claimed_by="Kirkuk police")
    docs = [document(a, ea), document(b, eb), document(c, ec)]
    report = SimpleNamespace(articles=3, docs=docs, rejected=[])
    events = link_events([ea, eb, ec], Settings())
    return report, events
