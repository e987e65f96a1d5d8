"""When a feed is polled next, from its state and what the last poll saw."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from worker.config.model import PollingSettings
from worker.records import FetchResult, ParsedFeed
from worker.store.records import FeedState


def _interval(feed: FeedState, polling: PollingSettings) -> float:
    return feed.interval_s or polling.interval


def _jitter(seconds: float) -> timedelta:
    # Up to 10% either way, so that feeds added together do not poll together forever.
    return timedelta(seconds=seconds * random.uniform(0.9, 1.1))


def delay_after_success(feed: FeedState, polling: PollingSettings, result: FetchResult,
                        parsed: ParsedFeed | None = None) -> timedelta:
    seconds = _interval(feed, polling)
    if parsed is not None and parsed.ttl_minutes:
        seconds = max(seconds, parsed.ttl_minutes * 60.0)
    # A feed's own configured interval wins over the global cap.
    ceiling = max(polling.max_interval, feed.interval_s or 0)
    seconds = min(max(seconds, polling.min_interval), ceiling)
    return _jitter(seconds)


def delay_after_failure(feed: FeedState, polling: PollingSettings, retry_after: str | None) -> timedelta:
    """Exponential back-off from the feed's interval, capped at max_interval; a server's
    Retry-After (in seconds) is honoured when it asks for longer."""
    base = _interval(feed, polling)
    seconds = min(base * (2 ** min(feed.consecutive_errors, 10)), max(polling.max_interval, base))
    if retry_after and retry_after.strip().isdigit():
        seconds = max(seconds, float(retry_after.strip()))
    return _jitter(seconds)


def ops_alert_due(feed: FeedState, polling: PollingSettings, now: datetime) -> bool:
    """True once per failure streak, when it has lasted failure_alert_after."""
    if polling.failure_alert_after is None or polling.ops_channel is None or feed.ops_alerted:
        return False
    if feed.failing_since is None:
        return False
    since = feed.failing_since if feed.failing_since.tzinfo else feed.failing_since.replace(tzinfo=now.tzinfo)
    return (now - since).total_seconds() >= polling.failure_alert_after
