"""Cross-article event linking (placeholder: every event stays its own record)."""
from __future__ import annotations

from collections.abc import Iterable

from rasd.records import Event
from rasd.settings import Settings


def link_events(events: Iterable[Event], settings: Settings) -> list[Event]:
    """Merge reports of one incident into one event; here, no merging yet."""
    return list(events)
