"""Reference implementations that faster code must agree with, character for character."""
from __future__ import annotations

from rasd.text.normalize import NormalizedText, fold_char


def normalize_reference(text: str) -> NormalizedText:
    """The original one-character-at-a-time normaliser (the specification of the key)."""
    parts: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if parts and parts[-1] != " ":
                parts.append(" ")
                offsets.append(i)
            continue
        for c in fold_char(ch):
            parts.append(c)
            offsets.append(i)
    return NormalizedText("".join(parts), tuple(offsets), len(text), text)
