"""The REST API with FastAPI's TestClient: reads, filters, corrections behind a token, guards."""
from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

TOKEN = "test-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _taiz(client: TestClient) -> dict:
    return client.get("/api/events", params={"country": "Yemen"}).json()["items"][0]


def test_events_page_has_total_and_items(client: TestClient) -> None:
    body = client.get("/api/events", params={"limit": 1}).json()
    assert body["total"] == 2
    assert len(body["items"]) == 1


@pytest.mark.parametrize(("params", "names"), [
    ({"q": "تعز"}, ["Taiz"]), ({"q": "Kirkuk"}, ["Kirkuk"]), ({"since": "2019-03-06"}, ["Kirkuk"]),
    ({"event_type": "Explosions/Remote violence", "actor": "Houthis"}, ["Taiz"]),
    ({"claimed_by": "police"}, ["Kirkuk"]), ({"precision": 1}, ["Kirkuk", "Taiz"]),
    ({"q": "' OR 1=1 --"}, []),
])
def test_event_filters(client: TestClient, params: dict, names: list[str]) -> None:
    items = client.get("/api/events", params=params).json()["items"]
    assert sorted(e["location"]["name"] for e in items) == names


def test_one_event_has_evidence_context_and_sources(client: TestClient) -> None:
    ev = client.get(f"/api/events/{_taiz(client)['event_id']}").json()
    assert {a["id"] for a in ev["articles"]} == {"yemen-a", "yemen-b"}
    assert all("context_before" in e for e in ev["evidence"])
    assert client.get("/api/events/ffffffffffffffff").status_code == 404
    assert client.get("/api/events/not-an-id").status_code == 422


def test_articles_list_and_detail(client: TestClient) -> None:
    assert client.get("/api/articles").json()["total"] == 3
    art = client.get("/api/articles/iraq-c").json()
    assert art["source"] == "Kirkuk Now" and len(art["event_ids"]) == 1
    assert client.get("/api/articles/nope").status_code == 404


def test_correction_needs_the_token_and_is_audited(client: TestClient) -> None:
    ev_id = _taiz(client)["event_id"]
    body = {"action": "set", "field": "fatalities", "value": 4, "reason": "hospital list", "author": "rim"}
    assert client.post(f"/api/events/{ev_id}/corrections", json=body).status_code == 401
    assert client.post(f"/api/events/{ev_id}/corrections", json=body,
                       headers={"Authorization": "Bearer wrong"}).status_code == 401
    res = client.post(f"/api/events/{ev_id}/corrections", json=body, headers=AUTH)
    assert res.status_code == 201
    assert res.json()["event"]["fatalities"] == 4
    trail = client.get("/api/corrections").json()
    assert trail["total"] == 1 and trail["items"][0]["author"] == "rim"
    assert client.get(f"/api/events/{ev_id}").json()["fatalities"] == 4


@pytest.mark.parametrize(("body", "status"), [
    ({"action": "set", "field": "fatalities", "value": -3, "reason": "x"}, 422),
    ({"action": "set", "field": "password", "value": 1, "reason": "x"}, 422),
    ({"action": "set", "field": "fatalities", "value": 3}, 422),
    ({"action": "drop_table", "reason": "x"}, 422),
    ({"action": "not_event", "reason": "x", "extra": 1}, 422),
])
def test_bad_corrections_are_422(client: TestClient, body: dict, status: int) -> None:
    ev_id = _taiz(client)["event_id"]
    assert client.post(f"/api/events/{ev_id}/corrections", json=body, headers=AUTH).status_code == status


def test_writes_are_disabled_without_a_configured_token(db_url: str) -> None:
    from rasd.api import create_app

    with TestClient(create_app(db_url)) as c:
        res = c.post("/api/events/abc/corrections", json={"action": "not_event", "reason": "x"}, headers=AUTH)
    assert res.status_code == 403


def test_oversized_bodies_are_refused(client: TestClient) -> None:
    ev_id = _taiz(client)["event_id"]
    body = {"action": "set", "field": "notes", "value": "x" * 70_000, "reason": "x"}
    assert client.post(f"/api/events/{ev_id}/corrections", json=body, headers=AUTH).status_code == 413


def test_security_headers_and_closed_cors(client: TestClient) -> None:
    res = client.get("/api/events", headers={"Origin": "https://evil.example"})
    assert res.headers["x-content-type-options"] == "nosniff"
    assert res.headers["x-frame-options"] == "DENY"
    assert "default-src 'none'" in res.headers["content-security-policy"]
    assert "access-control-allow-origin" not in res.headers


def test_export_csv_and_geojson(client: TestClient) -> None:
    res = client.get("/api/export", params={"format": "csv", "country": "Iraq"})
    rows = list(csv.DictReader(io.StringIO(res.text)))
    assert res.headers["content-type"].startswith("text/csv")
    assert [r["location"] for r in rows] == ["Kirkuk"]
    geo = client.get("/api/export", params={"format": "geojson"}).json()
    assert len(geo["features"]) == 2


def test_stats_per_day(client: TestClient) -> None:
    body = client.get("/api/stats").json()
    assert body["total_events"] == 2 and body["total_fatalities"] == 5
    assert [d["date"] for d in body["days"]] == ["2019-03-05", "2019-03-07"]


def test_openapi_schema_lists_every_route(client: TestClient) -> None:
    paths = set(client.get("/api/openapi.json").json()["paths"])
    assert {"/api/events", "/api/events/{event_id}", "/api/events/{event_id}/corrections", "/api/articles",
            "/api/articles/{article_id}", "/api/corrections", "/api/export", "/api/stats"} <= paths


def test_token_is_checked_before_the_body(client: TestClient) -> None:
    res = client.post("/api/events/abc/corrections", json={"action": "explode"})
    assert res.status_code == 401
