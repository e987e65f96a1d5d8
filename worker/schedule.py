"""When to poll a feed next: pure functions of what the last polls saw.

The adaptive interval is Miniflux's entry-frequency scheduler: a feed that
published N entries in the last week is polled every 7 days / (N x factor),
clamped to [min_interval, max_interval]; a silent feed waits max_interval.
Publisher hints (RSS ttl, Cache-Control max-age, Expires) can only lengthen
it, up to max_interval; Retry-After on 429/503 lengthens it further, up to
its own cap. Jitter spreads feeds added together so they do not poll in
lockstep forever. Errors back off exponentially to a cap, never to "never":
a failing feed keeps being tried (peers that disable it lose feeds silently).
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

WEEK = 7 * 24 * 3600.0
_MAX_AGE = re.compile(r"(?:^|[,\s])max-age\s*=\s*\"?(\d+)", re.IGNORECASE)
RATE_LIMIT_STATUS = frozenset({429, 503})


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def _http_date(value: str, now: datetime) -> float | None:
    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def max_age_seconds(cache_control: str | None) -> float | None:
    """Cache-Control max-age, unless the response forbids caching."""
    if not cache_control or re.search(r"no-(?:store|cache)", cache_control, re.IGNORECASE):
        return None
    match = _MAX_AGE.search(cache_control)
    return float(match.group(1)) if match else None


def expires_seconds(expires: str | None, now: datetime | None = None) -> float | None:
    return _http_date(expires, _now(now)) if expires else None


def retry_after_seconds(retry_after: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds from now: delta-seconds or an HTTP date."""
    if not retry_after:
        return None
    value = retry_after.strip()
    if value.isdigit():
        return float(value)
    return _http_date(value, _now(now))


def _jittered(seconds: float, jitter: float, rng: random.Random | None) -> float:
    if jitter <= 0:
        return seconds
    return seconds * (1.0 + (rng or random).uniform(-jitter, jitter))


def next_poll_delay(
    weekly_entries: int,
    *,
    min_interval: float = 300.0,
    max_interval: float = 24 * 3600.0,
    factor: float = 1.0,
    ttl_minutes: int | None = None,
    cache_control: str | None = None,
    expires: str | None = None,
    status: int = 200,
    retry_after: str | None = None,
    max_retry_after: float = 24 * 3600.0,
    jitter: float = 0.1,
    rng: random.Random | None = None,
    now: datetime | None = None,
) -> float:
    """Seconds until the next poll of a feed, after a poll that ended with `status`."""
    active = weekly_entries > 0 and factor > 0
    interval = WEEK / (weekly_entries * factor) if active else max_interval
    interval = min(max(interval, min_interval), max_interval)
    hints = [ttl_minutes * 60.0 if ttl_minutes else None, max_age_seconds(cache_control),
             expires_seconds(expires, now)]
    hint = min(max([h for h in hints if h is not None], default=0.0), max_interval)
    # Jitter both ways around the interval, but never earlier than the publisher asked.
    delay = max(_jittered(max(interval, hint), jitter, rng), hint, min_interval)
    if status in RATE_LIMIT_STATUS:
        wait = retry_after_seconds(retry_after, now)
        if wait is not None:
            delay = max(delay, min(wait, max_retry_after))
    return delay


def backoff_delay(
    consecutive_errors: int,
    *,
    base: float = 60.0,
    cap: float = 6 * 3600.0,
    retry_after: str | None = None,
    max_retry_after: float = 24 * 3600.0,
    jitter: float = 0.1,
    rng: random.Random | None = None,
    now: datetime | None = None,
) -> float:
    """Seconds until retrying a failing feed: base x 2^(n-1), capped, with jitter.

    The cap bounds the wait, not the tries: a feed failing for days is still
    polled every `cap` seconds and recovers on its own when the publisher does.
    """
    exponent = max(consecutive_errors - 1, 0)
    delay = base * 2.0 ** min(exponent, 62)
    delay = min(max(_jittered(min(delay, cap), jitter, rng), base), cap)
    wait = retry_after_seconds(retry_after, now)
    if wait is not None:
        delay = max(delay, min(wait, max_retry_after))
    return delay
