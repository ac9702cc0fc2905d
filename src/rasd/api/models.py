"""Request and response shapes of the API (what the OpenAPI schema publishes)."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Page(BaseModel):
    """One page of a listing and how many items match in all."""

    total: int
    items: list[dict[str, Any]]


class CorrectionIn(BaseModel):
    """An analyst's correction (see docs/api.md for the actions)."""

    model_config = ConfigDict(extra="forbid")

    action: Literal["set", "not_event", "merge", "split"]
    field: str | None = Field(default=None, max_length=40)
    value: Any = None
    reason: str = Field(min_length=1, max_length=2000)
    author: str = Field(default="analyst", min_length=1, max_length=200)


class CorrectionOut(BaseModel):
    """The stored audit row and the event as it reads after the correction."""

    correction: dict[str, Any]
    event: dict[str, Any]


class Stats(BaseModel):
    """Events and deaths per day, and events per type."""

    total_events: int
    total_fatalities: int
    days: list[dict[str, Any]]
    by_type: dict[str, int]


class Health(BaseModel):
    status: str
    events: int
    articles: int
