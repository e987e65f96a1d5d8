"""Scheduling tables: entry frequency, publisher hints, Retry-After, backoff."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from worker.schedule import (
    backoff_delay,
    max_age_seconds,
    next_poll_delay,
    retry_after_seconds,
)

NOW = datetime(2026, 1, 5, 12, 0, 0, tzinfo=UTC)
MIN, HOUR, DAY = 60.0, 3600.0, 86400.0


@pytest.mark.parametrize(("weekly", "kwargs", "expected"), [
    # Miniflux entry frequency: 7 days / weekly count, clamped to [5 min, 24 h].
    (0, {}, DAY),  # silent feed: the maximum
    (7, {}, DAY),
    (14, {}, 12 * HOUR),
    (168, {}, HOUR),
    (2016, {}, 5 * MIN),
    (100_000, {}, 5 * MIN),  # floor
    (168, {"factor": 2.0}, 30 * MIN),
    (1, {"max_interval": 6 * HOUR}, 6 * HOUR),
    (100_000, {"min_interval": 15 * MIN}, 15 * MIN),
    # Publisher hints only lengthen, up to max_interval.
    (168, {"ttl_minutes": 120}, 2 * HOUR),
    (168, {"ttl_minutes": 10}, HOUR),
    (168, {"ttl_minutes": 60 * 48}, DAY),
    (168, {"cache_control": "public, max-age=7200"}, 2 * HOUR),
    (168, {"cache_control": "no-cache, max-age=7200"}, HOUR),
    (168, {"expires": "Mon, 05 Jan 2026 15:00:00 GMT"}, 3 * HOUR),
    (168, {"expires": "Mon, 05 Jan 2026 11:00:00 GMT"}, HOUR),  # already expired
    (168, {"expires": "garbage"}, HOUR),
    (168, {"ttl_minutes": 90, "cache_control": "max-age=600"}, 90 * MIN),
    # Retry-After on 429/503, beyond max_interval up to its own cap; ignored on 200.
    (168, {"status": 429, "retry_after": "7200"}, 2 * HOUR),
    (168, {"status": 503, "retry_after": "Mon, 05 Jan 2026 16:00:00 GMT"}, 4 * HOUR),
    (168, {"status": 429, "retry_after": "30"}, HOUR),
    (168, {"status": 200, "retry_after": "7200"}, HOUR),
    (168, {"status": 429, "retry_after": str(10 * 86400)}, DAY),
    (168, {"status": 429, "retry_after": str(2 * 86400), "max_retry_after": 3 * DAY}, 2 * DAY),
])
def test_next_poll_delay(weekly: int, kwargs: dict, expected: float) -> None:  # type: ignore[type-arg]
    assert next_poll_delay(weekly, jitter=0, now=NOW, **kwargs) == pytest.approx(expected)


@pytest.mark.parametrize(("weekly", "kwargs", "low", "high"), [
    (168, {}, 0.9 * HOUR, 1.1 * HOUR),
    (168, {"ttl_minutes": 120}, 2 * HOUR, 2.2 * HOUR),  # never earlier than the ttl
    (100_000, {}, 5 * MIN, 5.5 * MIN),  # never below the floor
])
def test_jitter_stays_in_bounds_and_spreads(weekly: int, kwargs: dict, low: float,  # type: ignore[type-arg]
                                            high: float) -> None:
    rng = random.Random(7)
    delays = [next_poll_delay(weekly, now=NOW, rng=rng, **kwargs) for _ in range(500)]
    assert all(low - 1e-9 <= d <= high + 1e-9 for d in delays)
    assert len({round(d) for d in delays}) > 10


@pytest.mark.parametrize(("errors", "kwargs", "expected"), [
    (0, {}, MIN),
    (1, {}, MIN),
    (2, {}, 2 * MIN),
    (5, {}, 16 * MIN),
    (9, {}, 256 * MIN),
    (10, {}, 6 * HOUR),  # capped, still retried
    (10_000, {}, 6 * HOUR),
    (3, {"base": 10.0, "cap": 25.0}, 25.0),
    (1, {"retry_after": "900"}, 15 * MIN),
    (1, {"retry_after": str(10 * 86400)}, DAY),
])
def test_backoff_delay(errors: int, kwargs: dict, expected: float) -> None:  # type: ignore[type-arg]
    assert backoff_delay(errors, jitter=0, now=NOW, **kwargs) == pytest.approx(expected)


def test_backoff_jitter_within_cap() -> None:
    rng = random.Random(1)
    assert all(MIN <= backoff_delay(n, rng=rng) <= 6 * HOUR for n in range(1, 40))


@pytest.mark.parametrize(("value", "expected"), [
    ("120", 120.0), (" 0 ", 0.0), ("Mon, 05 Jan 2026 12:10:00 GMT", 600.0),
    ("Mon, 05 Jan 2026 11:00:00 GMT", 0.0), ("soon", None), (None, None), ("", None),
])
def test_retry_after_seconds(value: str | None, expected: float | None) -> None:
    assert retry_after_seconds(value, NOW) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("max-age=300", 300.0), ("public, max-age=60, must-revalidate", 60.0),
    ('max-age="90"', 90.0), ("s-maxage=100", None), ("no-store", None), (None, None),
])
def test_max_age_seconds(value: str | None, expected: float | None) -> None:
    assert max_age_seconds(value) == expected
