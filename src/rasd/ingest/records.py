"""A decoded JSON record to an Article, with every field checked (CONTRACT.md).

Records come from strangers: ids may be numbers, fields may be null, objects may hide deep
nesting or lone surrogates. Each problem becomes a LineError naming the field and saying what
the record should hold, so one bad record never stops a run or crashes a later stage.
"""
from __future__ import annotations

from typing import Any

from rasd.document import Article
from rasd.errors import ArticleError, LineError
from rasd.ingest.decode import clean_surrogates

META_FIELDS = ("published", "source", "url", "title")
KNOWN = ("id", "text", "html", *META_FIELDS)
MAX_DEPTH = 32
MAX_ID_CHARS = 1000


def from_record(obj: Any, origin: str) -> Article:
    """Build an Article from a decoded record, checking required fields and types."""
    if not isinstance(obj, dict):
        raise LineError(f"expected a JSON object, got {_kind(obj)}", origin=origin)
    art_id = _id(obj.get("id"), origin)
    text = _text(obj, origin, art_id)
    meta = {k: v for k, v in obj.items() if k not in KNOWN}
    if depth(meta) > MAX_DEPTH:
        raise LineError(f"extra fields nested over {MAX_DEPTH} levels deep; flatten them", origin=origin,
                        article_id=art_id)
    art = Article(art_id, text, *(_scalar(obj, k, origin, art_id) for k in META_FIELDS), origin, meta)
    return check(art)


def _id(value: Any, origin: str) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        what = "missing" if value is None else f"a {_kind(value)}, not a string or an integer"
        raise LineError(f"'id' is {what}; every article needs a unique id", origin=origin)
    art_id = clean_surrogates(str(value)).strip()
    if not art_id or len(art_id) > MAX_ID_CHARS:
        raise LineError(f"'id' must hold 1 to {MAX_ID_CHARS} characters", origin=origin)
    return art_id


def _text(obj: dict[str, Any], origin: str, art_id: str) -> str:
    text = obj.get("text")
    if text is None and isinstance(obj.get("html"), str):
        from rasd.ingest.html import html_to_text

        text = html_to_text(obj["html"], origin)
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {_kind(text)}, not a string"
        raise LineError(f"'text' (or 'html') is {what}: every article needs its text", origin=origin,
                        article_id=art_id)
    return clean_surrogates(text)


def _scalar(obj: dict[str, Any], name: str, origin: str, art_id: str) -> str | None:
    value = obj.get(name)
    if value is None:
        return None
    if isinstance(value, dict | list):
        raise LineError(f"{name!r} is a {_kind(value)}; it must be a string or null", origin=origin,
                        article_id=art_id)
    return clean_surrogates(str(value))


def depth(value: Any, limit: int = MAX_DEPTH + 1) -> int:
    """Nesting depth of a JSON value, counted no further than `limit`."""
    if limit <= 0 or not isinstance(value, dict | list):
        return 0
    children = value.values() if isinstance(value, dict) else value
    return 1 + max((depth(v, limit - 1) for v in children), default=0)


def check(article: Article) -> Article:
    """Reject articles that hold no usable text."""
    if not article.text.strip():
        raise ArticleError("empty text", origin=article.origin, article_id=article.id)
    return article


def _kind(value: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean"}.get(type(value), type(value).__name__)
