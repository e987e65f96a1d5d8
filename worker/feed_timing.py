"""When a feed is polled next, from its config and what the store saw: the config-aware
side of worker/schedule.py (which holds the pure arithmetic)."""

from __future__ import annotations

from datetime import datetime, timedelta

from worker import schedule
from worker.config.model import PollingSettings
from worker.records import FetchResult, ParsedFeed
from worker.store.records import FeedState


def adapts(feed: FeedState, polling: PollingSettings) -> bool:
    """Whether this feed's interval follows its entry frequency (else it is fixed)."""
    return not feed.interval_s and polling.adaptive


def _bounds(feed: FeedState, polling: PollingSettings) -> tuple[float, float]:
    if adapts(feed, polling):
        return polling.min_interval, polling.max_interval
    fixed = max(feed.interval_s or polling.interval, polling.min_interval)
    return fixed, fixed


def delay_after_success(feed: FeedState, polling: PollingSettings, result: FetchResult,
                        weekly_entries: int, parsed: ParsedFeed | None = None) -> timedelta:
    """Entry frequency (Miniflux's scheduler), lengthened by ttl / max-age / Expires."""
    low, high = _bounds(feed, polling)
    seconds = schedule.next_poll_delay(
        weekly_entries, min_interval=low, max_interval=high, factor=polling.frequency_factor,
        ttl_minutes=parsed.ttl_minutes if parsed else None, cache_control=result.cache_control,
        expires=result.expires, status=result.status, retry_after=result.retry_after)
    return timedelta(seconds=seconds)


def delay_after_failure(feed: FeedState, polling: PollingSettings, result: FetchResult) -> timedelta:
    """Exponential back-off from the feed's shortest interval up to its longest; Retry-After
    (seconds or a date) wins when it asks for longer. `feed` is the state before this failure."""
    low, high = _bounds(feed, polling)
    seconds = schedule.backoff_delay(feed.consecutive_errors + 1, base=low, cap=max(high, low),
                                     retry_after=result.retry_after)
    return timedelta(seconds=seconds)


def ops_alert_due(feed: FeedState, polling: PollingSettings, now: datetime) -> bool:
    """True once per failure streak, when it has lasted failure_alert_after."""
    if polling.failure_alert_after is None or polling.ops_channel is None or feed.ops_alerted:
        return False
    if feed.failing_since is None:
        return False
    return (now - feed.failing_since).total_seconds() >= polling.failure_alert_after
