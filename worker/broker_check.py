"""A look at the Redis broker at start: an evicting Redis silently drops queued work."""

from __future__ import annotations

import redis

from worker.logs import log


def redis_warnings(url: str) -> list[str]:
    """What is wrong with this Redis as a broker (empty when nothing is)."""
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=5)
        policy = client.config_get("maxmemory-policy").get("maxmemory-policy", "")
    except redis.ResponseError:
        return []  # CONFIG is disabled on managed Redis: nothing to check
    except redis.RedisError as exc:
        return [f"Redis broker does not answer: {type(exc).__name__}"]
    if policy and policy != "noeviction":
        return [f"Redis maxmemory-policy is {policy!r}: under memory pressure it will evict "
                "queued tasks; set it to 'noeviction' (the store re-queues lost work, late)"]
    return []


def warn_about_broker(url: str) -> None:
    if url.startswith(("redis://", "rediss://")):
        for warning in redis_warnings(url):
            log.warning(warning)
