"""Bytes to text: UTF-8 first, then charset-normalizer (Windows-1256, ISO-8859-6, UTF-16…)."""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from rasd.errors import ArticleError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, origin: str) -> str:
    """Decode a file's bytes; binary junk becomes an ArticleError naming the file."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096] and not _looks_utf16(data):
        raise ArticleError("binary data (NUL bytes), not text; skip or convert the file", origin=origin)
    best = from_bytes(data, cp_isolation=["cp1256", "iso8859_6", "utf_16", "utf_8"]).best()
    if best is None:
        raise ArticleError("unknown text encoding (tried UTF-8/16, Windows-1256, ISO-8859-6)", origin=origin)
    return str(best)


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    return sample.count(b"\x00") > len(sample) // 3
