"""The served dashboard without a browser: page, static files, assets, and the `serve` command."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from rasd.web import app as web_app
from rasd.web.cli import serve_command


@pytest.fixture
def client(app) -> TestClient:  # type: ignore[no-untyped-def]
    return TestClient(app)


def test_index_page_is_served_with_a_strict_policy(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-eval" not in policy
    assert 'id="map"' in response.text and 'id="timeline"' in response.text


@pytest.mark.parametrize("path", ["/static/js/main.js", "/static/js/panel.js", "/static/js/timeline.js",
                                  "/static/css/dashboard.css"])
def test_page_code_is_served(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] in {"text/javascript", "application/javascript", "text/css"}


def test_the_api_answers_beside_the_page(client: TestClient) -> None:
    body = client.get("/api/events", params={"since": "2024-03-09", "until": "2024-03-15"}).json()
    assert body["total"] == 3
    assert client.get("/api/stats").json()["total_events"] == 6


def test_page_references_only_local_files() -> None:
    html = (web_app.web_root() / "templates" / "index.html").read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html


def test_vendor_assets_are_built() -> None:
    missing = web_app.missing_assets()
    if missing and os.environ.get("CI") != "true":
        pytest.skip(f"run scripts/build-web.sh first (missing: {', '.join(missing)})")
    assert missing == []


def test_missing_assets_names_each_absent_file(tmp_path: Path) -> None:
    assert web_app.missing_assets(tmp_path) == list(web_app.VENDOR_FILES)


def test_large_basemap_is_compressed(client: TestClient) -> None:
    if web_app.missing_assets():
        pytest.skip("vendor assets not built")
    response = client.get("/static/vendor/admin1.topo.json", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers.get("content-encoding") == "gzip"


def test_serve_binds_to_loopback_by_default(store_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: seen.update(kw, app=app))
    monkeypatch.delenv("RASD_API_TOKEN", raising=False)
    result = CliRunner().invoke(serve_command, ["--db", str(store_db), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123
    assert "read-only" in result.output


def test_serve_takes_the_token_from_the_environment(store_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: seen.update(app=app))
    monkeypatch.setenv("RASD_API_TOKEN", "secret-from-env")
    result = CliRunner().invoke(serve_command, ["--db", str(store_db)])
    assert result.exit_code == 0, result.output
    assert seen["app"].state.token == "secret-from-env"  # type: ignore[attr-defined]


def test_rasd_cli_offers_serve() -> None:
    from rasd.cli import main

    assert "serve" in main.commands
