"""`q` on the API: Arabic matched after normalisation and clitic stripping, English by word prefix."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("q", "locations"), [
    ("القصف", {"Taiz"}),        # the report says قصفاً
    ("بتعز", {"Taiz"}),         # a preposition glued on, the report says تعز
    ("عبوة", {"Kirkuk"}),
    ("kirkuk", {"Kirkuk"}),
    ("houthi", {"Taiz"}),
    ("غارة", set()),
])
def test_free_text_search(client, q: str, locations: set[str]) -> None:
    body = client.get("/api/events", params={"q": q}).json()
    assert {i["location"]["name"] for i in body["items"]} == locations
    assert body["total"] == len(locations)
    assert client.get("/api/stats", params={"q": q}).json()["total_events"] == len(locations)
