"""The start-up look at a Redis broker, against the real local Redis."""

from __future__ import annotations

import redis

from worker.broker_check import redis_warnings


def test_evicting_redis_is_reported(redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    before = client.config_get("maxmemory-policy")["maxmemory-policy"]
    try:
        client.config_set("maxmemory-policy", "allkeys-lru")
        assert "noeviction" in redis_warnings(redis_url)[0]
        client.config_set("maxmemory-policy", "noeviction")
        assert redis_warnings(redis_url) == []
    finally:
        client.config_set("maxmemory-policy", before)


def test_unreachable_redis_is_reported() -> None:
    assert "does not answer" in redis_warnings("redis://127.0.0.1:1/0")[0]
