"""The store's tables (SQLAlchemy Core): one definition for SQLite and PostgreSQL.

Events keep two JSON records: `machine` (what the pipeline produced last) and `record` (machine
output with analyst corrections applied on top). Filter columns are copies of `record` fields so
that queries stay plain indexed SQL. Alembic migrations in `store/migrations` create these tables;
this module is what the code queries and what the migrations are checked against. `event_parts`
holds the reports that joined an event across runs; `event_terms` is the free-text search index.
"""
from __future__ import annotations

from sqlalchemy import JSON, Column, Float, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", String(200), primary_key=True),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("source", String(200)),
    Column("url", Text),
    Column("published", String(40)),
    Column("duplicate_of", String(200)),
    Column("run_id", Integer),
    Column("stored_at", String(32), nullable=False),
)

events = Table(
    "events", metadata,
    Column("event_id", String(40), primary_key=True),
    Column("machine", JSON, nullable=False),
    Column("machine_hash", String(64), nullable=False),
    Column("record", JSON, nullable=False),
    Column("status", String(16), nullable=False, default="machine"),
    Column("merged_into", String(40)),
    Column("origin", String(16), nullable=False, default="pipeline"),
    Column("event_date", String(10), index=True),
    Column("event_type", String(60), index=True),
    Column("sub_event_type", String(60)),
    Column("country", String(100), index=True),
    Column("location_name", String(200)),
    Column("actors", Text),
    Column("claimed_by", Text),
    Column("fatalities", Integer, nullable=False, default=0),
    Column("geo_precision", Integer),
    Column("time_precision", Integer),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("search_key", Text),
    Column("updated_at", String(32), nullable=False),
)

event_articles = Table(
    "event_articles", metadata,
    Column("event_id", String(40), primary_key=True),
    Column("article_id", String(200), primary_key=True),
    Index("ix_event_articles_article", "article_id"),
)

event_reports = Table(
    "event_reports", metadata,
    Column("report_key", String(64), primary_key=True),
    Column("event_id", String(40), nullable=False, index=True),
)

event_parts = Table(
    "event_parts", metadata,
    Column("part_id", String(40), primary_key=True),
    Column("event_id", String(40), nullable=False, index=True),
    Column("record", JSON, nullable=False),
)

event_terms = Table(
    "event_terms", metadata,
    Column("term", String(100), primary_key=True),
    Column("event_id", String(40), primary_key=True),
    Index("ix_event_terms_event", "event_id"),
)

corrections = Table(
    "corrections", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(40), nullable=False, index=True),
    Column("action", String(16), nullable=False),
    Column("field", String(40)),
    Column("old", JSON),
    Column("new", JSON),
    Column("target", String(40), index=True),
    Column("reason", Text, nullable=False),
    Column("author", String(200), nullable=False),
    Column("created_at", String(32), nullable=False),
)

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("articles", Integer, nullable=False, default=0),
    Column("rejected", Integer, nullable=False, default=0),
    Column("events", Integer, nullable=False, default=0),
)
