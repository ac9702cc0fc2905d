"""Which event a toll belongs to: a toll over a list of towns, a placeless killing told sentences
away, dead killed by a new attack in the next sentence, a lede that names no place, a toll update
told a few sentences on. Our own sentences."""
from __future__ import annotations

from rasd.records import Event
from testkit import run_pipeline


def events(text: str) -> tuple[Event, ...]:
    return run_pipeline(text, published="2019-04-05T10:00:00+00:00", art_id="t").events


def test_one_toll_over_a_list_of_towns_is_no_towns_toll() -> None:
    evs = events("تجددت الاشتباكات القبلية في مدن غدامس ونالوت وزوارة، ما أدى إلى مقتل أكثر من 40 شخصا من الطرفين.")
    assert len(evs) >= 2
    assert all(e.fatalities == 0 for e in evs)
    assert evs[0].why("fatalities").rule == "rule:events.fatalities.toll_over_places_ignored"


def test_a_spot_between_two_towns_keeps_its_toll() -> None:
    evs = events("سقطت قذائف صاروخية على حي الشيخ عثمان الواقع بين محافظتي عدن ولحج، ما أدى إلى مقتل 14 مدنيا.")
    assert evs and all(e.fatalities == 14 for e in evs)


def test_a_placeless_killing_next_to_the_event_is_its_toll() -> None:
    evs = events("شنت طائرات حربية غارات على مواقع للمسلحين في مدينة سرت. كما أفاد مصدر أمني بمقتل 12 مسلحا.")
    assert evs[0].fatalities == 12


def test_a_placeless_killing_told_sentences_away_is_not_its_toll() -> None:
    evs = events("شنت طائرات حربية غارات على مواقع للمسلحين في مدينة سرت. وقال سكان إن الغارات استمرت ساعات. "
                 "وأضافوا أن الكهرباء انقطعت عن المدينة. كما أفاد مصدر أمني بمقتل 12 مسلحا.")
    assert evs[0].fatalities == 0


def test_a_killing_told_sentences_away_at_the_events_town_is_its_toll() -> None:
    evs = events("شنت طائرات حربية غارات على مواقع للمسلحين في مدينة سرت. وقال سكان إن الغارات استمرت ساعات. "
                 "وأضافوا أن الكهرباء انقطعت عن المدينة. كما أفاد مصدر أمني في سرت بمقتل 12 مسلحا.")
    assert evs[0].fatalities == 12


def test_others_killed_by_a_new_attack_are_not_added() -> None:
    evs = events("فجر انتحاري سيارة مفخخة عند حاجز للجيش في مدينة كركوك فقتل ثلاثة جنود. "
                 "وحين وصلت التعزيزات يفتح مسلحون النار عليها فيقتلون خمسة آخرين.")
    assert evs[0].fatalities == 3


def test_others_who_were_killed_are_added() -> None:
    evs = events("فجر انتحاري سيارة مفخخة عند حاجز للجيش في مدينة كركوك فقتل ثلاثة جنود. "
                 "وحين وصلت التعزيزات قتل خمسة آخرون.")
    assert evs[0].fatalities == 8


def test_a_lede_that_names_no_place_tells_the_story_of_the_first_town() -> None:
    evs = events("أفادت الشرطة بمقتل ثلاثة أشخاص في اشتباكات بين محتجين وقوات الأمن. "
                 "وحاول المحتجون اقتحام مبنى المحافظة في مدينة الديوانية. "
                 "وفي الناصرية اندلعت اشتباكات بين المحتجين والشرطة أمام مقر المحافظة.")
    assert evs[0].location is not None and evs[0].location.name.startswith("Al Diwaniyah")
    assert evs[0].fatalities == 3
    assert all(e.fatalities == 0 for e in evs if e.location is not None and e.location.name.startswith("Nasiriyah"))


def test_a_toll_update_a_few_sentences_on_stands() -> None:
    evs = events("قتل 30 شخصا في تفجير انتحاري استهدف سوقا في مدينة بيدوا. وقال شهود إن السوق كان مزدحما. "
                 "وأضافوا أن سيارات الإسعاف نقلت الجرحى. وقالت الشرطة إن عدد القتلى ارتفع إلى 34 شخصا.")
    assert evs[0].fatalities == 34
    assert evs[0].why("fatalities").rule == "rule:events.fatalities.toll_updated_later"


def test_a_running_total_placed_by_a_country_sentences_away_is_not_the_events_toll() -> None:
    evs = events("تحاول القوات الحكومية استعادة الطريق الساحلي من المسلحين. وصعدت الجماعة عملياتها ضد الجيش "
                 "منذ انسحابها من بلدات في شمال موزمبيق العام الماضي. وقال محللون إن الغابات صارت مخبأ "
                 "للمقاتلين. وأشاروا إلى أن الجسور دمرت. والسبت، ارتفع عدد قتلى الجيش في موزمبيق جراء عمليات "
                 "الجماعة إلى 300 جندي.")
    assert all(e.fatalities != 300 for e in evs)
