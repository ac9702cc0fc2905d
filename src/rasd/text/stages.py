"""Registration of the text stages: clean → normalize → sentences → tokens."""
from __future__ import annotations

from rasd.document import Document
from rasd.registry import stage
from rasd.settings import Settings
from rasd.text.clean import clean
from rasd.text.normalize import normalize, normalize_article
from rasd.text.sentences import segment
from rasd.text.tokens import tokenize


@stage("text.clean", provides=("furniture",))
def make_clean(settings: Settings):
    """Mark web furniture (share buttons, captions, comment forms) without moving any offset."""
    return clean


@stage("text.normalize", provides=("norm",))
def make_normalize(settings: Settings):
    """Build the normalised matching key with its offset map."""
    return lambda doc: doc.with_norm(normalize_article(doc.text))


@stage("text.sentences", requires=("furniture",), provides=("sentences",))
def make_sentences(settings: Settings):
    """Split into sentences that survive broken lines; furniture lines are left out."""
    return segment


@stage("text.tokens", requires=("norm",), provides=("tokens",))
def make_tokens(settings: Settings):
    """Clitic-aware tokens with candidate stems."""
    return tokenize


def run_text(doc: Document) -> Document:
    """All text stages in order: for tests and tools that need only the text layer."""
    return tokenize(segment(clean(doc).with_norm(normalize(doc.text))))
