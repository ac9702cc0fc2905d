"""An ingest in another process while analysts post corrections through the API (SQLite WAL / PostgreSQL)."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from fastapi.testclient import TestClient

TOKEN = "test-token-0123456789"
INGEST = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[2])
    from rasd_link_samples import sample_run
    from rasd.store.api import save_run
    for toll in range(6, 26):
        save_run(sys.argv[1], *sample_run(toll))
""")


def test_ingest_process_and_api_corrections_at_once(client: TestClient, db_url: str) -> None:
    samples = str(Path(__file__).resolve().parents[1])  # tests/, where rasd_link_samples lives
    proc = subprocess.Popen([sys.executable, "-c", INGEST, db_url, samples], env=dict(os.environ),
                            stderr=subprocess.PIPE, text=True)
    ev_id = client.get("/api/events", params={"country": "Yemen"}).json()["items"][0]["event_id"]
    auth = {"Authorization": f"Bearer {TOKEN}"}
    codes: list[int] = []
    while proc.poll() is None or len(codes) < 10:
        body = {"action": "set", "field": "notes", "value": f"n{len(codes)}", "reason": "r"}
        codes.append(client.post(f"/api/events/{ev_id}/corrections", headers=auth, json=body).status_code)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert set(codes) == {201}
    final = client.get(f"/api/events/{ev_id}").json()
    assert final["notes"] == f"n{len(codes) - 1}"
    assert len(final["corrections"]) == len(codes)
    assert dict(map(tuple, final["per_source_fatalities"]))["yemen-b"] == 25
