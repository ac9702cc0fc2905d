"""Read articles from JSON Lines files, folders and single .txt/.html files (CONTRACT.md).

Every item becomes an `Article` or a `Rejected` value naming the file and line; a bad line never
stops the run. HTML goes through trafilatura's boilerplate removal.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rasd.document import Article
from rasd.errors import ArticleError, InputError, LineError, Rejected
from rasd.ingest.decode import decode
from rasd.ingest.html import html_to_text

SUFFIXES = (".jsonl", ".json", ".txt", ".html", ".htm")
MAX_LINE_BYTES = 20_000_000


def read_articles(path: Path) -> Iterator[Article | Rejected]:
    """Every article under a path (a file or a folder, read in sorted order)."""
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES):
            yield from read_file(child)
    else:
        yield from read_file(path)


def read_file(path: Path) -> Iterator[Article | Rejected]:
    """Articles of one file, by its suffix."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".json"):
        yield from read_jsonl(path)
        return
    try:
        text = decode(path.read_bytes(), str(path))
        if suffix in (".html", ".htm"):
            text = html_to_text(text, str(path))
        yield check(Article(id=path.stem, text=text, origin=str(path)))
    except InputError as err:
        yield Rejected.from_error(err)


def read_jsonl(path: Path) -> Iterator[Article | Rejected]:
    """One article a line; a malformed line is rejected with its number."""
    with path.open("rb") as f:
        for lineno, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            origin = f"{path}:{lineno}"
            try:
                yield check(parse_line(raw, origin))
            except InputError as err:
                yield Rejected.from_error(err)


def parse_line(raw: bytes, origin: str) -> Article:
    """One JSON Lines record to an Article (CONTRACT.md fields)."""
    if len(raw) > MAX_LINE_BYTES:
        raise LineError(f"line of {len(raw)} bytes is over the {MAX_LINE_BYTES}-byte limit", origin=origin)
    try:
        obj = json.loads(decode(raw, origin))
    except (json.JSONDecodeError, RecursionError) as err:
        raise LineError(f"not valid JSON ({err})", origin=origin) from err
    if not isinstance(obj, dict):
        raise LineError(f"expected a JSON object, got {type(obj).__name__}", origin=origin)
    return from_record(obj, origin)


def from_record(obj: dict[str, Any], origin: str) -> Article:
    """Build an Article from a decoded record, checking required fields."""
    art_id = obj.get("id")
    if art_id is None or str(art_id).strip() == "":
        raise LineError("missing 'id'", origin=origin)
    text = obj.get("text")
    if text is None and isinstance(obj.get("html"), str):
        text = html_to_text(obj["html"], origin)
    if not isinstance(text, str):
        raise LineError("missing 'text' (or 'html'): every article needs its text", origin=origin,
                        article_id=str(art_id))
    meta = {k: v for k, v in obj.items() if k not in ("id", "text", "html", "published", "source", "url", "title")}
    return Article(str(art_id), text, _opt(obj, "published"), _opt(obj, "source"), _opt(obj, "url"),
                   _opt(obj, "title"), origin, meta)


def _opt(obj: dict[str, Any], name: str) -> str | None:
    value = obj.get(name)
    return None if value is None else str(value)


def check(article: Article) -> Article:
    """Reject articles that hold no usable text."""
    if not article.text.strip():
        raise ArticleError("empty text", origin=article.origin, article_id=article.id)
    return article
