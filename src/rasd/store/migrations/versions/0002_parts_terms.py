"""Cross-run linking and indexed search: `event_parts` and `event_terms`.

`event_parts` keeps each report that joined an event stored by an earlier run, so the event can be
rebuilt exactly (and idempotently) when any of its articles is processed again. `event_terms` is
an inverted index of normalised, clitic-stripped words: free-text search looks words up by index.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event_parts",
        sa.Column("part_id", sa.String(40), primary_key=True),
        sa.Column("event_id", sa.String(40), nullable=False, index=True),
        sa.Column("record", sa.JSON, nullable=False),
    )
    op.create_table(
        "event_terms",
        sa.Column("term", sa.String(100), primary_key=True),
        sa.Column("event_id", sa.String(40), primary_key=True),
    )
    op.create_index("ix_event_terms_event", "event_terms", ["event_id"])


def downgrade() -> None:
    op.drop_index("ix_event_terms_event", "event_terms")
    op.drop_table("event_terms")
    op.drop_table("event_parts")
