"""Regular expressions for date expressions, assembled from the words in `data/calendars/`.

Each pattern is written with role names in braces ({WD} = a weekday, {MON} = any month name,
{past} = الماضي/الماضية…); `compile_all()` substitutes the alternations read from the data files, so
a linguist adds a spelling to a TSV file and every pattern picks it up. Patterns run on the
normalised key (no hamza, ة → ه, Western digits, single spaces).
"""
from __future__ import annotations

import re
import re._parser as sre_parse  # private, but the only reader of a pattern's maximum width
from functools import lru_cache

from rasd.time.calendar import month_keys, spaced_pairs, weekdays
from rasd.time.scan import anchor_words
from rasd.time.words import CASUALTY_WORDS, COUNT_WORDS, DATE_WORDS, alternation, by_role, role_alt

DAYNUM = r"(?<![\d,./-])(?:[12]\d|3[01]|0?[1-9])(?![\d,./-]|\s?%)"
YEAR = r"(?<!\d)(?:1[34]|19|20)\d{2}(?!\d)"

# name: (template, rule)  — order matters only for equal-length overlaps.
TEMPLATES: dict[str, str] = {
    "absolute": r"(?:{CL}?(?P<wd>{WD})\s?,?\s?)?(?:{day_word}\s)?(?P<day>{DAYNUM}|{ORD})\s?(?:{of}\s)?"
                r"(?:{month_word}\s)?{PAIR}(?:\s(?P<rel>{current}|{past}))?"
                r"(?:\s?,?\s?(?:{of}\s)?(?:{year_word}\s)?(?P<year>{YEAR})|{YEARREL})?",
    "day_of_month": r"(?P<day>{DAYNUM}|{ORD})\s(?:{of}\s)?{month_def}\s(?P<rel>{current}|{past})",
    "numeric": r"(?<![\d/.-])(?P<day>\d{{1,2}})[/.-](?P<mon>\d{{1,2}})[/.-](?P<year>\d{{4}})(?![\d/])",
    "iso": r"(?<![\d/.-])(?P<year>\d{{4}})-(?P<mon>\d{{1,2}})-(?P<day>\d{{1,2}})(?![\d/])",
    "month_year": r"(?:(?P<part>{month_part})\s)?(?:{month_word}\s)?{PAIRANY}"
                  r"\s?,?\s?(?:{of}\s)?(?:{year_word}\s)?(?P<year>{YEAR})",
    "month_named": r"(?:(?:(?P<part>{month_part})\s)?{month_word}\s|(?P<part2>{month_part})\s)"
                   r"{PAIRANY}(?:\s(?P<rel>{current}|{past})|{YEARREL})?",
    "month_rel": r"{PAIRANY}(?:\s(?P<rel>{current}|{past})|{YEARREL})",
    "month_relative": r"(?:(?P<part>{month_part})\s)?{month_def}\s(?P<rel>{current}|{past})",
    "day_offset": r"(?:{CL}?(?:{daypart}|{night})\s)?{CL}?(?P<off>{day_offset})(?:\s?,?\s?(?P<wd>{WD}))?",
    "weekday_pair": r"(?:{CL}?(?P<dual>{day_dual})\s|{CL}?(?P<night>{night})\s)?(?P<wd1>{WD})\s?,?\s"
                    r"(?:{to}\s|{conj})?(?P<wd2>{WD})(?:\s(?P<dir>{past}|{next}))?",
    "weekday": r"(?:{CL}?(?:{daypart}|{night})\s)?(?:{CL}?{day_word}\s)?{CL}?(?P<wd>{WD})"
               r"(?:\s(?P<dir>{past}|{next}|{current}))?",
    "ago": r"{CL}?(?P<pre>{since}|{ago})\s(?:{HEDGE}\s)?(?:(?P<num>\d{{1,3}}|{NUMWORD})\s)?"
           r"(?P<unit>{unit}|{unit_dual}|{unit_plural})",
    "week": r"(?:(?P<earlier>{earlier})\s)?(?:(?P<part>{month_part})\s)?(?:(?P<this>{this})\s)?{week_def}"
            r"(?:\s(?P<rel>{past}|{current}|{next}))?",
    "recent": r"(?:{during}\s)?(?:(?:{article}?\d{{1,3}}|{article}{NUMWORD})\s)?{recent}"
              r"(?:\s(?:{article}?\d{{1,3}}|{article}{NUMWORD}))?\s(?:{last}|{past})",
    "year": r"{year_word}\s(?P<year>{YEAR})",
}

_WORD_LEFT = r"(?:(?<![^\W\d_])|(?<=[^\W\d_])(?=\d))"  # a word edge, or digits glued to a preceding word
_WORD_RIGHT = r"(?![^\W\d_])"
WORD_LEFT, WORD_RIGHT = _WORD_LEFT, _WORD_RIGHT


def _slots() -> dict[str, str]:
    """Every {name} a template may use, as a regex alternation."""
    slots = {role: role_alt(role) for role in by_role(DATE_WORDS)}
    slots |= {
        "WD": alternation_keys(weekdays()),
        "MON": alternation_keys(month_keys()),
        "MONANY": alternation_keys(month_keys("any")),
        "PAIR": _paired(month_keys()),
        "PAIRANY": _paired(month_keys("any")),
        "DAYNUM": DAYNUM,
        # 'من العام الماضي', 'العام الجاري' after a month: the year relative to publication's
        "YEARREL": rf"\s(?:{role_alt('of')}\s)?{role_alt('year_word')}\s"
                   rf"(?P<yrel>{role_alt('current')}|{role_alt('past')})",
        "YEAR": YEAR,
        "CL": role_alt("clitic"),
        "ORD": _ordinal(),
        "HEDGE": alternation(by_role(CASUALTY_WORDS).get("hedge", ())),
        "NUMWORD": alternation(by_role(COUNT_WORDS, "kind").get("unit", ())),
    }
    return slots


def alternation_keys(keys: object) -> str:
    """A regex group of plain keys, longest first."""
    ordered = sorted(set(keys), key=len, reverse=True)  # type: ignore[arg-type]
    return "(?:" + "|".join(re.escape(k) for k in ordered) + ")"


def _paired(first: list[str]) -> str:
    """A month name with the same month of another convention beside it, as reporters pair them:
    'نيسان/أبريل', 'أيار/ مايو', 'فبراير (شباط)', 'أغسطس آب' and, less often, '(أبريل) نيسان'. Groups:
    `mon` (the name the pattern requires, or a spaced pair), `mon2` after a slash, `mon3` in brackets
    after, `mon0` in brackets before; without the second name a year after it is cut off from its month."""
    other = alternation_keys(month_keys())
    return (rf"(?:\(\s?(?P<mon0>{other})\s?\)\s?)?(?P<mon>{alternation_keys([*first, *spaced_pairs()])})"
            rf"(?:\s?/\s?(?P<mon2>{other})|\s?\(\s?(?P<mon3>{other})\s?\))?")


def _ordinal() -> str:
    """Ordinal day words: الخامس, الخامس عشر, الثاني والعشرين, العشرين."""
    unit, teen, ten = role_alt("ordinal"), role_alt("ordinal_teen"), role_alt("ordinal_ten")
    return rf"(?:{unit}(?:\s{teen}|\s{role_alt('conj')}{ten})?|{ten})"


@lru_cache(maxsize=1)
def compile_all() -> dict[str, re.Pattern[str]]:
    """The compiled patterns, each bounded by word edges."""
    slots = _slots()
    return {name: re.compile(_WORD_LEFT + tpl.format(**slots) + _WORD_RIGHT) for name, tpl in TEMPLATES.items()}


@lru_cache(maxsize=1)
def place_before() -> re.Pattern[str]:
    """'سوق الخميس': a weekday after such a word names a place."""
    return re.compile(rf"{_WORD_LEFT}{role_alt('clitic')}?{role_alt('place_head')}\s$")


@lru_cache(maxsize=1)
def week_before() -> re.Pattern[str]:
    """'الأسبوع' right before an ordinal: the ordinal counts weeks."""
    return re.compile(rf"{_WORD_LEFT}{role_alt('clitic')}?{role_alt('week_def')}\s$")


@lru_cache(maxsize=1)
def onset_before() -> re.Pattern[str]:
    """'اندلعت الاشتباكات قبل أربعة أيام': an onset verb up to three words before, no punctuation."""
    return re.compile(rf"{_WORD_LEFT}{role_alt('clitic')}?{role_alt('onset')}(?:\s[^\W\d_]+){{0,3}}\s$")


@lru_cache(maxsize=1)
def ongoing_word() -> re.Pattern[str]:
    """'تدور المعارك منذ ثلاثة أيام', 'الأعنف منذ أسبوعين': a state that goes on, or a comparison."""
    return re.compile(rf"{_WORD_LEFT}{role_alt('clitic')}?{role_alt('ongoing')}{_WORD_RIGHT}")


@lru_cache(maxsize=1)
def until_before() -> re.Pattern[str]:
    """'وحتى السبت': the date closes a span."""
    return re.compile(rf"{_WORD_LEFT}{role_alt('clitic')}?{role_alt('until')}\s$")


@lru_cache(maxsize=1)
def names() -> re.Pattern[str]:
    """Names that contain date words ('روسيا اليوم', 'ثورة 17 فبراير'): no date inside them."""
    return re.compile(_WORD_LEFT + role_alt("name") + _WORD_RIGHT)


@lru_cache(maxsize=1)
def since_before() -> re.Pattern[str]:
    """'منذ' (optionally with a hedge) right before a date: the date starts a continuing state."""
    hedge = alternation(by_role(CASUALTY_WORDS).get("hedge", ()))
    return re.compile(rf"{_WORD_LEFT}{role_alt('clitic')}?{role_alt('since')}\s(?:{hedge}\s)?$")


@lru_cache(maxsize=1)
def since_clause_before() -> re.Pattern[str]:
    """'منذ سيطرة القوات عليها في أيار الماضي': a date that closes a منذ clause (a few words, no
    punctuation but quotes, then في) dates the onset of the state, as one right after منذ does."""
    word = "[^\\W\\d_]{1,20}[\"'\u00bb\u201d]?"
    return re.compile(rf"{_WORD_LEFT}{role_alt('clitic')}?{role_alt('since')}\s(?:{word}\s){{1,6}}{role_alt('in')}\s$")


@lru_cache(maxsize=16)
def _reach(pattern: re.Pattern[str]) -> int:
    """How far back a match that ends at a given offset can start (its maximum width, plus one for
    the newline that `$` may stand before); every word list is finite, so this is bounded."""
    return sre_parse.parse(pattern.pattern).getwidth()[1] + 1


@lru_cache(maxsize=16)
def _words(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Words one of which every match contains ('منذ', 'سوق'); none when the pattern has no such word."""
    return tuple(anchor_words(pattern) or ())


def ends_at(pattern: re.Pattern[str], key: str, end: int) -> re.Match[str] | None:
    """`pattern.search(key, 0, end)` for a `...$` pattern, reading only the window it can match in.

    Searching from the article's start made every date cost the length of the text before it
    (quadratic in article length); a match ending at `end` can start no earlier than its width
    allows, and lookbehinds still see the text before the window, so the result is the same.
    Most windows hold none of the pattern's words (a substring test), and are not searched at all.
    """
    reach, words = _plan(pattern)
    lo = end - reach if end > reach else 0
    if words and not _words_in(pattern, key, words, lo, end):
        return None
    return pattern.search(key, lo, end)


@lru_cache(maxsize=16)
def _plan(pattern: re.Pattern[str]) -> tuple[int, tuple[str, ...]]:
    """`_reach` and `_words` of a pattern in one lookup: `ends_at` is asked several times per date."""
    return _reach(pattern), _words(pattern)


def may_match(pattern: re.Pattern[str], key: str, lo: int, hi: int) -> bool:
    """False when `key[lo:hi]` holds none of the words every match of the pattern contains, so that
    a search there would find nothing; a substring test costs far less than the search, and most
    articles hold none of the words at all (asked once per article and pattern)."""
    words = _words(pattern)
    return not words or _words_in(pattern, key, words, lo, hi)


def _words_in(pattern: re.Pattern[str], key: str, words: tuple[str, ...], lo: int, hi: int) -> bool:
    """Whether `key[lo:hi]` holds one of the words (no generator: asked for every date found)."""
    if not _in_key(pattern, key, words):
        return False
    return any(map(key[lo:hi].__contains__, words))


_LAST_KEY: dict[re.Pattern[str], tuple[str, bool]] = {}  # per pattern: the last key asked about, and the answer


def _in_key(pattern: re.Pattern[str], key: str, words: tuple[str, ...]) -> bool:
    """Whether the key holds any of the words; the last key's answer is kept (compared by identity:
    the key is held, so its id is not reused)."""
    last = _LAST_KEY.get(pattern)
    if last is None or last[0] is not key:
        last = _LAST_KEY[pattern] = (key, any(w in key for w in words))
    return last[1]
