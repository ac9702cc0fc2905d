"""Export tests run once per backend: the `db_url` fixture lives in tests/rasd_store_backends.py."""
from rasd_store_backends import db_url

__all__ = ["db_url"]
