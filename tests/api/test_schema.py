"""Schemathesis against the API's own OpenAPI schema (in-process ASGI, a bounded number of examples)."""
from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from rasd.api import create_app
from rasd.store.api import save_run
from rasd_link_samples import sample_run

TOKEN = "schema-token-0123456789"
_DB = str(Path(tempfile.mkdtemp(prefix="rasd-schema-")) / "rasd.db")
save_run(_DB, *sample_run())
schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(_DB, token=TOKEN))


@schema.parametrize()
@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case: schemathesis.Case) -> None:
    # A correction can be well-formed JSON and still be refused on meaning (a field that cannot be
    # corrected, a negative toll): that 422 is right, so schema-valid data need not be accepted there.
    semantic = [positive_data_acceptance] if case.method == "POST" else []
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, excluded_checks=semantic)
