"""'منذ' with a count: the start of an ongoing state, or a one-off act that many days ago.

"تتواصل الاشتباكات منذ ثلاثة أيام" opens a fight still going on (kind since: not an event's day);
"أعدم مسلحون منذ ثلاثة أيام رجلين" reports one act three days back, as "قبل ثلاثة أيام" would. The
difference is a word of the clause (role `ongoing` in `data/calendars/date_words.tsv`: a verb of
continuing, a present-tense state, a superlative "الأعنف منذ", a noun of onset "انطلاق").
"""
from __future__ import annotations

import re

from rasd.mentions.values import DateValue
from rasd.time.patterns import ongoing_word
from rasd.time.words import role_entry


def one_off(key: str, m: re.Match[str], value: DateValue | None) -> DateValue | None:
    """'أعدم مسلحون منذ ثلاثة أيام رجلين': with a count of days or weeks and no ongoing state in its
    clause, "منذ" reckons back to a one-off act (kind ago), as "قبل" does. 'تدور المعارك منذ ثلاثة
    أيام' (an ongoing word in the clause) and 'منذ أيام' (no count) keep opening a state (since)."""
    if value is None or value.kind != "since" or value.precision == 3:
        return value
    if not (m.group("num") or role_entry("unit", m.group("unit")) or role_entry("unit_dual", m.group("unit"))):
        return value
    left, right = clause(key, m.start(), m.end())
    if ongoing_word().search(key, left, right):
        return value
    return DateValue(value.day, value.precision, "ago")


SENTENCE_END = ".!?؟\n"
WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+\W*){1,6}$")
WORDS_AFTER = re.compile(r"(?:\W*[^\W\d_]+){1,3}")
REACH = 80


def clause(key: str, start: int, end: int) -> tuple[int, int]:
    """Key offsets around a match: six words before it and three after, across commas ("تشهد
    الأطراف الشرقية، منذ نحو عشرة أيام، معارك") but not across a full stop."""
    lo = max(start - REACH, 0)
    before = WORDS_BEFORE.search(key, lo, start)
    left = before.start() if before else start
    left = max([left] + [i + 1 for i in range(left, start) if key[i] in SENTENCE_END])
    after = WORDS_AFTER.match(key, end)
    right = after.end() if after else end
    right = next((i for i in range(end, right) if key[i] in SENTENCE_END), right)
    return left, right
