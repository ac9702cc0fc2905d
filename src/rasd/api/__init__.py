"""The REST API over the store (FastAPI); see docs/api.md. `create_app` is the one entry point."""
from rasd.api.app import create_app

__all__ = ["create_app"]
