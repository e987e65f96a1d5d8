"""Records the store hands out: rows frozen into plain values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class FeedState:
    id: int
    url: str
    name: str
    active: bool
    interval_s: float | None
    etag: str | None
    last_modified: str | None
    status: str
    last_error: str | None
    failing_since: datetime | None
    consecutive_errors: int
    ops_alerted: bool
    last_polled_at: datetime | None
    last_ok_at: datetime | None
    next_poll_at: datetime | None
    guid_unstable: bool
    body_hash: str | None


@dataclass(frozen=True, slots=True)
class EntryRow:
    id: int
    feed_id: int
    key: str
    link: str
    title: str
    summary: str
    content: str
    state: str
    attempts: int


@dataclass(frozen=True, slots=True)
class AlertView:
    """Everything a channel needs to render one alert, and nothing it could misuse."""

    delivery_id: int
    channel_id: str
    actor_id: str
    actor_name: str
    article_title: str
    article_url: str
    feed_name: str
    statements: tuple[tuple[str, str, str], ...]  # (kind, text, speaker as written)
    kind: str = "alert"  # alert | ops
    ops_text: str = ""
