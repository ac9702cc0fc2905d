"""Alembic migrations shipped inside the package; `rasd.store.db.open_store` applies them."""
