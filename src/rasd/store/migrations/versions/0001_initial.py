"""Initial schema: articles, events, event links, report keys, corrections, runs.

Revision ID: 0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _articles() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, index=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("title", sa.Text), sa.Column("source", sa.String(200)), sa.Column("url", sa.Text),
        sa.Column("published", sa.String(40)), sa.Column("duplicate_of", sa.String(200)),
        sa.Column("run_id", sa.Integer), sa.Column("stored_at", sa.String(32), nullable=False),
    )


def _events() -> None:
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(40), primary_key=True),
        sa.Column("machine", sa.JSON, nullable=False), sa.Column("machine_hash", sa.String(64), nullable=False),
        sa.Column("record", sa.JSON, nullable=False), sa.Column("status", sa.String(16), nullable=False),
        sa.Column("merged_into", sa.String(40)), sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("event_date", sa.String(10), index=True), sa.Column("event_type", sa.String(60), index=True),
        sa.Column("sub_event_type", sa.String(60)), sa.Column("country", sa.String(100), index=True),
        sa.Column("location_name", sa.String(200)), sa.Column("actors", sa.Text),
        sa.Column("claimed_by", sa.Text), sa.Column("fatalities", sa.Integer, nullable=False),
        sa.Column("geo_precision", sa.Integer), sa.Column("time_precision", sa.Integer),
        sa.Column("latitude", sa.Float), sa.Column("longitude", sa.Float),
        sa.Column("search_key", sa.Text), sa.Column("updated_at", sa.String(32), nullable=False),
    )


def _links() -> None:
    op.create_table(
        "event_articles",
        sa.Column("event_id", sa.String(40), primary_key=True),
        sa.Column("article_id", sa.String(200), primary_key=True),
    )
    op.create_index("ix_event_articles_article", "event_articles", ["article_id"])
    op.create_table(
        "event_reports",
        sa.Column("report_key", sa.String(64), primary_key=True),
        sa.Column("event_id", sa.String(40), nullable=False, index=True),
    )


def _audit() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(40), nullable=False, index=True),
        sa.Column("action", sa.String(16), nullable=False), sa.Column("field", sa.String(40)),
        sa.Column("old", sa.JSON), sa.Column("new", sa.JSON), sa.Column("target", sa.String(40), index=True),
        sa.Column("reason", sa.Text, nullable=False), sa.Column("author", sa.String(200), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("started_at", sa.String(32), nullable=False), sa.Column("finished_at", sa.String(32)),
        sa.Column("articles", sa.Integer, nullable=False), sa.Column("rejected", sa.Integer, nullable=False),
        sa.Column("events", sa.Integer, nullable=False),
    )


def upgrade() -> None:
    _articles()
    _events()
    _links()
    _audit()


def downgrade() -> None:
    for name in ("runs", "corrections", "event_reports", "event_articles", "events", "articles"):
        op.drop_table(name)
