"""Bytes to text: BOMs, then UTF-8, then charset-normalizer (Windows-1256, ISO-8859-6, UTF-16).

Arabic news still arrives in legacy code pages. UTF-8 is tried first because it is strict (a
wrong guess fails loudly); only then does the detector choose among the encodings Arabic text
really uses. Binary junk and text that decodes to a mess are errors naming the file, never an
article of mojibake.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from rasd.errors import ArticleError

CANDIDATES = ["cp1256", "iso8859_6", "utf_16", "utf_8"]
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
MAX_CONTROL_SHARE = 0.02


def decode(data: bytes, origin: str, hint: str | None = None) -> str:
    """Decode bytes; `hint` is an encoding already detected for the same file."""
    return decode_as(data, origin, hint)[0]


def decode_as(data: bytes, origin: str, hint: str | None = None) -> tuple[str, str]:
    """Decoded text and the encoding used; binary or undecodable data is an ArticleError."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, enc, origin), origin), enc
    for enc in ("utf-8", hint):
        if enc:
            try:
                return _checked(data.decode(enc), origin), enc
            except UnicodeDecodeError:
                pass
    return _detect(data, origin)


def looks_utf16(sample: bytes) -> bool:
    """UTF-16 without a BOM: about every other byte of Arabic or ASCII text is NUL-like."""
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return len(sample) >= 4 and sample.count(b"\x00") > len(sample) // 3


def is_binary(sample: bytes) -> bool:
    """NUL bytes that are not UTF-16: an image, an archive, a database file."""
    return b"\x00" in sample and not looks_utf16(sample)


def _detect(data: bytes, origin: str) -> tuple[str, str]:
    if is_binary(data[:4096]):
        raise ArticleError("binary data (NUL bytes), not text; skip or convert the file", origin=origin)
    best = from_bytes(data, cp_isolation=CANDIDATES).best()
    if best is None or best.encoding is None:
        raise ArticleError("unknown text encoding (tried UTF-8/16, Windows-1256, ISO-8859-6); "
                           "convert the file to UTF-8", origin=origin)
    return _checked(str(best), origin), best.encoding


def _strict(data: bytes, enc: str, origin: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as err:
        raise ArticleError(f"declared {enc} by its byte-order mark but does not decode ({err.reason} "
                           f"at byte {err.start})", origin=origin) from err


def _checked(text: str, origin: str) -> str:
    """Reject text that is mostly control characters (binary that happened to decode)."""
    controls = len(_CONTROL.findall(text[:20000]))
    if controls > max(8, MAX_CONTROL_SHARE * min(len(text), 20000)):
        raise ArticleError(f"{controls} control characters in the first 20000: binary data, not text",
                           origin=origin)
    return text


def clean_surrogates(text: str) -> str:
    """Lone UTF-16 surrogates (legal in JSON escapes) become U+FFFD, keeping every offset."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text
