"""Tables of the store. SQLite by default, PostgreSQL when several hosts share it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect

metadata = MetaData()


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that comes back aware, in UTC, on every backend. SQLite keeps no zone and
    returns naive values; without this every reader had to patch them up."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return value.astimezone(UTC) if value is not None and value.tzinfo else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None or value.tzinfo is not None:
            return value
        return value.replace(tzinfo=UTC)

feeds = Table(
    "feeds", metadata,
    Column("id", Integer, primary_key=True),
    Column("url", String(2048), nullable=False, unique=True),
    Column("name", Text, nullable=False, default=""),
    Column("active", Boolean, nullable=False, default=True),
    Column("interval_s", Float, nullable=True),  # the config's interval, if any
    Column("etag", Text),
    Column("last_modified", Text),
    Column("status", String(20), nullable=False, default="new"),  # new | ok | failing
    Column("last_error", Text),
    Column("failing_since", UTCDateTime()),
    Column("consecutive_errors", Integer, nullable=False, default=0),
    Column("ops_alerted", Boolean, nullable=False, default=False),
    Column("last_polled_at", UTCDateTime()),
    Column("last_ok_at", UTCDateTime()),
    Column("next_poll_at", UTCDateTime()),
    Column("guid_unstable", Boolean, nullable=False, default=False),
    Column("body_hash", String(64)),
)

entries = Table(
    "entries", metadata,
    Column("id", Integer, primary_key=True),
    Column("feed_id", Integer, ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
    Column("key", Text, nullable=False),  # fitted (store/values.py): indexed
    Column("guid", Text, nullable=False, default=""),
    Column("link", Text, nullable=False, default=""),
    Column("canonical", Text, nullable=False, default=""),  # link without tracking noise, fitted
    Column("title", Text, nullable=False, default=""),
    Column("summary", Text, nullable=False, default=""),
    Column("content", Text, nullable=False, default=""),
    Column("content_hash", String(64), nullable=False, default=""),
    Column("published", UTCDateTime()),
    Column("first_seen", UTCDateTime(), nullable=False),
    Column("state", String(20), nullable=False),  # seen (not processed) | pending | done | failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text),
    # Times a worker began processing it; a message that kills its worker comes back with no
    # failure recorded, so only this counter sees the loop. NULL in stores from before it.
    Column("starts", Integer, default=0),
    UniqueConstraint("feed_id", "key", name="uq_entries_feed_key"),
)
Index("ix_entries_state", entries.c.state)
Index("ix_entries_feed_canonical", entries.c.feed_id, entries.c.canonical)

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True),
    Column("entry_id", Integer, ForeignKey("entries.id", ondelete="CASCADE"), unique=True),
    Column("url", Text, nullable=False, default=""),
    Column("title", Text, nullable=False, default=""),
    Column("text", Text, nullable=False, default=""),
    Column("source", String(20), nullable=False, default=""),
    Column("extracted_at", UTCDateTime(), nullable=False),
)

statements = Table(
    "statements", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("actor_id", String(100), nullable=False),
    Column("kind", String(10), nullable=False),
    Column("text", Text, nullable=False),
    Column("speaker", Text, nullable=False, default=""),
    Column("start", Integer, nullable=False, default=0),
    Column("end", Integer, nullable=False, default=0),
    Column("confidence", Float, nullable=False),
    Column("evidence", JSON, nullable=False),
    # Same actor, same words: the same statement, even when syndicated across feeds.
    Column("fingerprint", String(64), nullable=False),
    Column("novel", Boolean, nullable=False),
    Column("recorded_at", UTCDateTime(), nullable=False),
)
Index("ix_statements_fingerprint", statements.c.fingerprint)

# What has been alerted, one row per (actor, words). Claimed inside the transaction that
# creates the alert, so two workers racing on copies of one story alert once, and a
# statement no route took does not silence a later copy that a route takes.
alerted = Table(
    "alerted", metadata,
    Column("fingerprint", String(64), primary_key=True),
    Column("first_at", UTCDateTime(), nullable=False),
)

alerts = Table(
    "alerts", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("actor_id", String(100), nullable=False),
    Column("statement_ids", JSON, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    UniqueConstraint("article_id", "actor_id", name="uq_alerts_article_actor"),
)

deliveries = Table(
    "deliveries", metadata,
    Column("id", Integer, primary_key=True),
    Column("alert_id", Integer, ForeignKey("alerts.id", ondelete="CASCADE")),
    Column("channel_id", String(100), nullable=False),
    Column("kind", String(10), nullable=False, default="alert"),  # alert | ops
    Column("payload", JSON),  # ops messages carry their text here
    Column("state", String(20), nullable=False),  # pending | sending | sent | failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("claimed_until", UTCDateTime()),
    Column("next_attempt_at", UTCDateTime()),  # after a failure: not before then
    Column("sent_at", UTCDateTime()),
    UniqueConstraint("alert_id", "channel_id", name="uq_deliveries_alert_channel"),
)
Index("ix_deliveries_state", deliveries.c.state)

# Send slots of a rate-limited receiver (a Slack webhook takes about one message a second):
# the Unix time from which the next message to `key` may go. Shared by every worker and host.
pace = Table(
    "pace", metadata,
    Column("key", String(100), primary_key=True),
    Column("next_at", Float, nullable=False, default=0.0),
)
