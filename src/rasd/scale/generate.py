"""Make corpora of any size for scaling runs from the bundled example articles.

Generated articles are new arrangements of the examples' sentences, with lengths drawn around
the median of real reports (~1,300 characters), so the pipeline meets realistic text density
at 10k or 1M articles. A seed makes every corpus reproducible; articles are written as they are
made, so generating a million costs no memory.

A real multi-year corpus reports each day's incidents a few times, not one incident thousands of
times: copies of a sentence that names a full date ("on 26 April 2019") would otherwise all fall
on that one day and make cross-article linking meet thousands of reports of one type, day and
place. So each article gets its own publication date over ten years, and every "day month [year]"
in its sentences is moved to a random day and month before publication (the month word is
replaced by one of the same naming convention from rasd's calendar data, so the text stays Arabic
a reader, and rasd, would date).
"""
from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import IO

from rasd.errors import ConfigError, Rejected
from rasd.ingest.readers import read_articles
from rasd.mentions.lexicon import data_path, load
from rasd.text.sentences import sentence_spans

SOURCES = ("samples/articles.jsonl", "bench/seed_articles.jsonl")
MEDIAN_CHARS = 1300
SPREAD = 0.45
MONTHS = "calendars/months.tsv"
PLACE_FILES = ("gazetteer/places.tsv", "gazetteer/admin1.tsv")
_NUMBER = re.compile(r"(?<![\d/.:,])\d{1,3}(?![\d/.:,])")
_EASTERN_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_EASTERN = str.maketrans("0123456789", _EASTERN_DIGITS)
HIJRI_OFFSET = 579  # Gregorian year minus this is within a year of the Hijri year (2019 -> 1440)


@dataclass(frozen=True, slots=True)
class Redater:
    """Moves the "day month [year]" dates of a sentence to a given publication date."""

    pattern: re.Pattern[str]
    months: dict[str, tuple[int, bool, str]]  # month word -> (month number, is Hijri, convention)
    forms: dict[str, dict[int, str]]  # convention -> month number -> its first spelling

    @classmethod
    def from_data(cls) -> Redater:
        """Month words of every convention, from rasd's calendar data."""
        months: dict[str, tuple[int, bool, str]] = {}
        forms: dict[str, dict[int, str]] = {}
        for e in load(MONTHS):
            month, convention = int(e.get("month")), e.get("convention")
            months[e.form] = (month, e.get("calendar") == "hijri", convention)
            forms.setdefault(convention, {}).setdefault(month, e.form)
        words = "|".join(map(re.escape, sorted(months, key=len, reverse=True)))
        return cls(re.compile(rf"(?<!\w)(\d{{1,2}})(\s+)({words})(?:/(\w+))?(?:(\s+)(\d{{4}}))?(?!\w)"),
                   months, forms)

    def _new_month(self, words: list[str], rng: random.Random) -> tuple[int, list[str]]:
        """A month drawn anew, spelled in each word's own convention ("X/Y" names it twice)."""
        choices = set.intersection(*(set(self.forms[self.months[w][2]]) for w in words))
        if not choices:
            return self.months[words[0]][0], words
        month = rng.choice(sorted(choices))
        return month, [self.forms[self.months[w][2]][month] for w in words]

    def redate(self, text: str, published: date, rng: random.Random) -> str:
        """`text` with each date's day and month drawn anew and its year set to fall before `published`."""
        def moved(m: re.Match[str]) -> str:
            words = [w for w in (m[3], m[4]) if w and w in self.months]
            month, words = self._new_month(words, rng)
            day, hijri = rng.randint(1, 28), self.months[m[3]][1]
            year = published.year - (HIJRI_OFFSET if hijri else 0)
            if not hijri and (month, day) > (published.month, published.day):
                year -= 1
            second = f"/{words[1] if len(words) > 1 else m[4]}" if m[4] else ""
            return f"{day}{m[2]}{words[0]}{second}" + (f"{m[5]}{year}" if m[6] else "")

        return self.pattern.sub(moved, text)


@dataclass(frozen=True, slots=True)
class Varier:
    """Draws the counts and place names of a sentence anew, so copies are not the same sentence.

    The seeds hold a few dozen sentences; a corpus built of their exact copies would let any
    memo keyed by a sentence or a name answer from memory, and a benchmark on it would measure
    the memo, not rasd. Real news repeats its phrasing, not its figures and towns: so every
    number outside a date gets a new value of as many digits (in its own digits, ASCII or
    Arabic-Indic), and every curated place name or region is swapped for another one.
    """

    places: re.Pattern[str]
    names: tuple[str, ...]

    @classmethod
    def from_data(cls) -> Varier:
        """Place names from rasd's curated gazetteer files (places and first-level regions)."""
        names = sorted({e.form for f in PLACE_FILES for e in load(f) if len(e.form) >= 4}, key=len, reverse=True)
        return cls(re.compile(rf"(?<!\w)({'|'.join(map(re.escape, names))})(?!\w)"), tuple(sorted(names)))

    def vary(self, text: str, dates: re.Pattern[str], rng: random.Random) -> str:
        """`text` with new numbers (dates kept: the Redater moves them) and new place names."""
        kept = [m.span() for m in dates.finditer(text)]

        def number(m: re.Match[str]) -> str:
            if any(a <= m.start() < b for a, b in kept):
                return m[0]
            digits = str(rng.randint(10 ** (len(m[0]) - 1) + (len(m[0]) == 1), 10 ** len(m[0]) - 1))
            return digits.translate(_EASTERN) if m[0][0] in _EASTERN_DIGITS else digits

        text = _NUMBER.sub(number, text)
        return self.places.sub(lambda m: rng.choice(self.names), text)


def seed_sentences(paths: list[Path] | None = None) -> list[str]:
    """Sentences of the example articles (the bundled samples, else rasd's bench seeds)."""
    paths = paths or [next((p for p in map(data_path, SOURCES) if p.exists()), data_path(SOURCES[-1]))]
    out = []
    for path in paths:
        for art in read_articles(path):
            if not isinstance(art, Rejected):
                out.extend(art.text[s.start : s.end] for s in sentence_spans(art.text))
    if not out:
        raise ConfigError(f"no sentences to generate from in {', '.join(map(str, paths))}")
    return out


def articles(n: int, sentences: list[str], seed: int = 0) -> Iterator[dict[str, str]]:
    """`n` article records built from `sentences`, reproducible for a given seed."""
    rng = random.Random(seed)
    first = date(2015, 1, 1)
    redater, varier = Redater.from_data(), Varier.from_data()
    for i in range(n):
        target = min(8000, max(250, int(rng.lognormvariate(0, SPREAD) * MEDIAN_CHARS)))
        parts: list[str] = []
        size = 0
        while size < target:
            parts.append(rng.choice(sentences))
            size += len(parts[-1]) + 1
        published = first + timedelta(days=rng.randrange(3650))
        text = redater.redate(varier.vary("\n".join(parts), redater.pattern, rng), published, rng)
        yield {"id": f"gen-{i:07d}", "published": published.isoformat(), "source": "rasd-bench", "text": text}


def write_corpus(n: int, out: IO[str], seed: int = 0, sources: list[Path] | None = None) -> int:
    """Write `n` generated articles as JSON Lines; returns the characters of text written."""
    chars = 0
    for rec in articles(n, seed_sentences(sources), seed):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        chars += len(rec["text"])
    return chars
