"""Stage `mentions.dates`: every date expression as a Span holding a resolved `DateValue`.

The finding and resolving live in `rasd.time.dates` (patterns built from `data/calendars/`); this
module only maps key offsets back to article offsets. Without a usable publication date, relative
expressions ("أمس", "الخميس") cannot be pinned and are left out; absolute dates with a year stay.
"""
from __future__ import annotations

from rasd.document import Document, Span
from rasd.errors import Rejected
from rasd.memo import keep_last
from rasd.registry import stage
from rasd.settings import Settings
from rasd.text.normalize import normalize
from rasd.time.calendar import Publication, publication
from rasd.time.dateline import story_publication
from rasd.time.dates import find


@keep_last(lambda doc: (doc.article, doc.norm))
def article_publication(doc: Document) -> Publication | None:
    """The article's publication date; an unreadable value counts as absent (noted by the coder).

    A dateline filed a day or two before the stamp ("حلب 21 أغسطس آب (رويترز) -") moves it back:
    the story's "اليوم" is the dateline's day (`time/dateline.py`). Both this stage and
    `time.resolve` ask for it, so the last article's answer is kept.
    """
    pub = publication(doc.article.published, doc.id)
    if isinstance(pub, Rejected) or pub is None:
        return None
    return story_publication((doc.norm or normalize(doc.text)).key, pub)


def date_spans(doc: Document) -> list[Span]:
    """Date spans of a document, in article offsets."""
    norm = doc.norm or normalize(doc.text)
    spans = []
    for f in find(norm.key, article_publication(doc)):
        start, end = norm.span(f.start, f.end)
        spans.append(Span(start, end, "date", f.value, f.rule))
    return spans


@stage("mentions.dates", requires=("norm", "sentences"), provides=("dates",))
def make_stage(settings: Settings):
    """Find date expressions and resolve them against the publication date."""
    return lambda doc: doc.with_layer("dates", date_spans(doc))
