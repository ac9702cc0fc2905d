"""Built-in exporters, registered as backends of kind `exporter` (a plug-in adds its own the same way)."""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

from rasd.export.contract import event_record
from rasd.records import Event
from rasd.registry import backend


@backend("exporter", "jsonl")
def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    """CONTRACT.md JSON Lines: one event a line, UTF-8, Arabic unescaped."""
    n = 0
    for ev in events:
        out.write(json.dumps(event_record(ev), ensure_ascii=False) + "\n")
        n += 1
    return n
