"""Read articles from JSON Lines files, folders and single .txt/.html files (CONTRACT.md).

Every item becomes an `Article` or a `Rejected` value naming the file and line; a bad line, a
bad file or an unreadable folder never stops the run. Lines are read with a length bound, so a
gigabyte without a newline costs a bounded buffer, not a gigabyte. A `.json` file holding one
JSON array of articles is read too. HTML goes through trafilatura's boilerplate removal.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from rasd.document import Article
from rasd.errors import InputError, LineError, Rejected
from rasd.ingest.decode import decode, decode_as, is_binary, looks_utf16
from rasd.ingest.records import from_record

SUFFIXES = (".jsonl", ".json", ".txt", ".html", ".htm")
MAX_LINE_BYTES = 20_000_000
_CHUNK = 1 << 20


def read_articles(path: Path, max_line_bytes: int = MAX_LINE_BYTES) -> Iterator[Article | Rejected]:
    """Every article under a path (a file or a folder, read in sorted order)."""
    if not path.is_dir():
        yield from read_file(path, max_line_bytes)
        return
    try:
        children = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
    except OSError as err:
        yield Rejected(str(path), f"cannot list the folder ({err.strerror or err}); check its permissions")
        return
    for child in children:
        if child.suffix.lower() in SUFFIXES:
            yield from read_file(child, max_line_bytes)
        else:
            yield Rejected(str(child), f"not an article file (suffix {child.suffix or 'none'!r}); "
                           f"rasd reads {', '.join(SUFFIXES)}")


def read_file(path: Path, max_bytes: int = MAX_LINE_BYTES) -> Iterator[Article | Rejected]:
    """Articles of one file, by its suffix; an unreadable file is one Rejected value."""
    try:
        if path.suffix.lower() in (".jsonl", ".json"):
            yield from read_jsonl(path, max_bytes)
        else:
            yield read_document(path, max_bytes)
    except OSError as err:
        yield Rejected(str(path), f"cannot read the file ({err.strerror or err})")


def read_document(path: Path, max_bytes: int) -> Article | Rejected:
    """A whole .txt or .html file as one article (id = file name without extension)."""
    from rasd.ingest.html import html_to_text

    try:
        text = decode(_read_bounded(path, max_bytes), str(path))
        if path.suffix.lower() in (".html", ".htm"):
            text = html_to_text(text, str(path))
        return from_record({"id": path.stem, "text": text}, str(path))
    except InputError as err:
        return Rejected.from_error(err)


def read_jsonl(path: Path, max_line_bytes: int = MAX_LINE_BYTES) -> Iterator[Article | Rejected]:
    """One article a line; a malformed line is rejected with its number."""
    with path.open("rb") as f:
        head = f.read(4096)
        f.seek(0)
        if looks_utf16(head) or head.lstrip()[:1] == b"[":
            yield from _read_whole(path, f, max_line_bytes)
            return
        if is_binary(head):
            yield Rejected(str(path), "binary data (NUL bytes), not JSON Lines; skip or convert the file")
            return
        yield from _read_lines(path, f, max_line_bytes)


def _read_lines(path: Path, f: BinaryIO, max_line_bytes: int) -> Iterator[Article | Rejected]:
    encoding: str | None = None
    for lineno, raw, size in bounded_lines(f, max_line_bytes):
        origin = f"{path}:{lineno}"
        if raw is None:
            yield Rejected(origin, f"line of {size} bytes is over the {max_line_bytes}-byte limit "
                           "(max_line_bytes); split the article or raise the limit")
            continue
        if not raw.strip():
            continue
        try:
            text, encoding = decode_as(raw, origin, encoding)
            yield parse_record(text, origin)
        except InputError as err:
            yield Rejected.from_error(err)


def bounded_lines(f: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes, size) per line; a line over `limit` comes as None and is skipped."""
    lineno = 0
    while True:
        raw = f.readline(limit + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield lineno, raw, len(raw)
            continue
        size = len(raw) + _skip_line(f)
        yield lineno, None, size


def _skip_line(f: BinaryIO) -> int:
    skipped = 0
    while chunk := f.readline(_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _read_whole(path: Path, f: BinaryIO, limit: int) -> Iterator[Article | Rejected]:
    """UTF-16 JSON Lines or a JSON array: decoded as a whole (bounded by the size limit)."""
    data = f.read(limit + 1)
    if len(data) > limit:
        yield Rejected(str(path), f"over {limit} bytes as one document (UTF-16 or a JSON array); "
                       "convert it to UTF-8 JSON Lines or raise max_line_bytes")
        return
    try:
        text = decode(data, str(path))
    except InputError as err:
        yield Rejected.from_error(err)
        return
    if text.lstrip()[:1] == "[":
        yield from _read_array(path, text)
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield _safe_record(line, f"{path}:{lineno}")


def _read_array(path: Path, text: str) -> Iterator[Article | Rejected]:
    try:
        items = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as err:
        yield Rejected(str(path), f"not valid JSON ({_json_reason(err)})")
        return
    for i, obj in enumerate(items if isinstance(items, list) else [items]):
        try:
            yield from_record(obj, f"{path}[{i}]")
        except InputError as err:
            yield Rejected.from_error(err)


def _safe_record(line: str, origin: str) -> Article | Rejected:
    try:
        return parse_record(line, origin)
    except InputError as err:
        return Rejected.from_error(err)


def parse_line(raw: bytes, origin: str) -> Article:
    """One JSON Lines record (bytes) to an Article (CONTRACT.md fields)."""
    if len(raw) > MAX_LINE_BYTES:
        raise LineError(f"line of {len(raw)} bytes is over the {MAX_LINE_BYTES}-byte limit", origin=origin)
    return parse_record(decode(raw, origin), origin)


def parse_record(text: str, origin: str) -> Article:
    """One decoded JSON line to an Article; bad JSON names the line and the position."""
    try:
        obj: Any = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as err:
        raise LineError(f"not valid JSON ({_json_reason(err)})", origin=origin) from err
    return from_record(obj, origin)


def _json_reason(err: Exception) -> str:
    if isinstance(err, RecursionError):
        return "nested too deeply for the JSON parser; an article record is a flat object"
    return str(err)


def _read_bounded(path: Path, limit: int) -> bytes:
    with path.open("rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"file is over the {limit}-byte limit for one article (max_line_bytes)",
                         origin=str(path))
    return data
