"""A small store of hand-made events for the dashboard tests.

The Arabic reports are written for these tests (Syria, Yemen, Iraq, Sudan, Somalia; invented
outlets); evidence offsets are computed from the text, so they are exact by construction.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace

from rasd.document import Article
from rasd.records import Actor, Event, Evidence, Location, Provenance

TOKEN = "test-token-1234"  # the API token of the test server

ARTICLES = {
    "syria-1": ("Al-Furat Post", "2024-03-04", "قصف مدفعي على سرمين",
                "إدلب - الفرات بوست: قُتل خمسة مدنيين وأصيب آخرون بجروح، صباح اليوم الإثنين، جراء قصف مدفعي "
                "استهدف بلدة سرمين في ريف إدلب الشرقي. وقال الدفاع المدني إن فرقه انتشلت الضحايا من تحت الأنقاض."),
    "yemen-1": ("Sanaa Daily", "2024-03-10", "مأرب: مسيرة واشتباكات",
                "أعلنت جماعة الحوثي، مساء السبت، أنها أسقطت طائرة مسيرة فوق محافظة مأرب. ونفى التحالف بقيادة "
                "السعودية فقدان أي طائرة. وقالت مصادر محلية إن اشتباكات عنيفة اندلعت في مديرية صرواح غرب مأرب "
                "أسفرت عن مقتل ثمانية مقاتلين من الطرفين."),
    "yemen-2": ("Aden Monitor", "2024-03-10", "تجدد المواجهات في صرواح",
                "تجددت المواجهات في صرواح بمحافظة مأرب يوم السبت، وأفاد مصدر عسكري بمقتل ستة من المقاتلين. "
                "ولم يصدر تعليق من الطرفين."),
    "iraq-1": ("Tigris Wire", "2024-03-15", "عبوة ناسفة قرب الحويجة",
               "انفجرت عبوة ناسفة، صباح الجمعة، بدورية للجيش العراقي على الطريق بين كركوك والحويجة، ما أدى إلى "
               "مقتل جنديين وإصابة ثلاثة آخرين."),
    "sudan-1": ("Nile Courier", "2024-03-20", "طلاب عطبرة يتظاهرون",
                "تظاهر مئات الطلاب في مدينة عطبرة، اليوم الأربعاء، للمطالبة بوقف الحرب، ولم تسجل أي إصابات."),
    "somalia-1": ("Mogadishu Herald", "2024-03-24", "الشباب تعلن السيطرة على عيل بور",
                  "قالت حركة الشباب إن مقاتليها سيطروا على بلدة عيل بور في إقليم غلغدود بعد انسحاب القوات "
                  "الحكومية منها فجر الأحد."),
}


def article(art_id: str) -> Article:
    source, published, title, text = ARTICLES[art_id]
    return Article(art_id, text, published=published, source=source, title=title, url=f"https://example.org/{art_id}")


def evidence(art_id: str, sentence: str) -> Evidence:
    """The evidence record of a sentence of one article (offsets found in the text)."""
    text = ARTICLES[art_id][3]
    start = text.index(sentence)
    return Evidence(art_id, start, start + len(sentence), sentence)


def span(art_id: str, words: str) -> tuple[int, int]:
    start = ARTICLES[art_id][3].index(words)
    return (start, start + len(words))


def place(name: str, name_ar: str, country: str, admin1: str, lat: float, lon: float) -> Location:
    return Location(name, name_ar, country, admin1, lat, lon)


def why(art_id: str, **fields: str) -> tuple[Provenance, ...]:
    """Provenance entries pointing at the words that decided each field."""
    return tuple(Provenance(f, "tests/web", (span(art_id, words),), art_id) for f, words in fields.items())


def events() -> list[Event]:
    return [
        Event(("syria-1",), "Explosions/Remote violence", "Shelling/artillery/missile attack",
              (evidence("syria-1", "قُتل خمسة مدنيين وأصيب آخرون بجروح، صباح اليوم الإثنين، جراء قصف مدفعي استهدف "
                                   "بلدة سرمين في ريف إدلب الشرقي."),),
              event_date=date(2024, 3, 4), time_precision=1, fatalities=5,
              location=place("Sarmin", "سرمين", "Syria", "Idlib", 35.9036, 36.7253),
              actor2=Actor("Civilians (Syria)", "مدنيين"),
              provenance=why("syria-1", fatalities="خمسة مدنيين", location="سرمين", event_date="اليوم الإثنين",
                             sub_event_type="قصف مدفعي")),
        Event(("yemen-1",), "Strategic developments", "Disrupted weapons use",
              (evidence("yemen-1", "أعلنت جماعة الحوثي، مساء السبت، أنها أسقطت طائرة مسيرة فوق محافظة مأرب."),
               evidence("yemen-1", "ونفى التحالف بقيادة السعودية فقدان أي طائرة.")),
              event_date=date(2024, 3, 9), time_precision=1, geo_precision=3,
              location=place("Marib", "مأرب", "Yemen", "Marib", 15.4625, 45.3256),
              actor1=Actor("Ansar Allah (Houthis)", "جماعة الحوثي"),
              claimed_by="Ansar Allah (Houthis)", disputed_by="Saudi-led coalition",
              provenance=why("yemen-1", claimed_by="جماعة الحوثي", disputed_by="التحالف بقيادة السعودية")),
        Event(("yemen-1", "yemen-2"), "Battles", "Armed clash",
              (evidence("yemen-1", "وقالت مصادر محلية إن اشتباكات عنيفة اندلعت في مديرية صرواح غرب مأرب أسفرت عن "
                                   "مقتل ثمانية مقاتلين من الطرفين."),
               evidence("yemen-2", "تجددت المواجهات في صرواح بمحافظة مأرب يوم السبت، وأفاد مصدر عسكري بمقتل ستة "
                                   "من المقاتلين.")),
              event_date=date(2024, 3, 9), time_precision=1, fatalities=6,
              location=place("Sirwah", "صرواح", "Yemen", "Marib", 15.4504, 45.0289),
              per_source_fatalities=(("yemen-1", 8), ("yemen-2", 6)), sources=("Sanaa Daily", "Aden Monitor"),
              provenance=why("yemen-1", fatalities="ثمانية مقاتلين", location="صرواح")),
        Event(("iraq-1",), "Explosions/Remote violence", "Remote explosive/landmine/IED",
              (evidence("iraq-1", ARTICLES["iraq-1"][3]),),
              event_date=date(2024, 3, 15), time_precision=1, fatalities=2, geo_precision=2,
              location=place("Hawija", "الحويجة", "Iraq", "Kirkuk", 35.3269, 43.7658),
              actor2=Actor("Military Forces of Iraq", "الجيش العراقي"),
              provenance=why("iraq-1", fatalities="جنديين", location="الحويجة", sub_event_type="عبوة ناسفة")),
        Event(("sudan-1",), "Protests", "Peaceful protest",
              (evidence("sudan-1", ARTICLES["sudan-1"][3]),),
              event_date=date(2024, 3, 20), time_precision=1,
              location=place("Atbara", "عطبرة", "Sudan", "River Nile", 17.7022, 33.9864),
              actor1=Actor("Protesters (Sudan)", "الطلاب"),
              provenance=why("sudan-1", location="عطبرة", event_date="اليوم الأربعاء")),
        Event(("somalia-1",), "Battles", "Non-state actor overtakes territory",
              (evidence("somalia-1", ARTICLES["somalia-1"][3]),),
              event_date=date(2024, 3, 24), time_precision=1,
              location=place("El Bur", "عيل بور", "Somalia", "Galguduud", 4.6849, 46.6164),
              actor1=Actor("Al Shabaab", "حركة الشباب"), claimed_by="Al Shabaab",
              provenance=why("somalia-1", claimed_by="حركة الشباب", location="عيل بور")),
    ]


def build_store(db: Path) -> list[Event]:
    """Save the sample articles and events into a fresh store at `db`; returns the events."""
    from rasd.store.api import save_run

    evs = events()
    report = SimpleNamespace(docs=[SimpleNamespace(article=article(a)) for a in ARTICLES], rejected=[])
    save_run(str(db), report, evs)
    return evs
