"""Fetch stage: one conditional HTTP GET, its outcome as a FetchResult.

Never raises for network trouble: a failure is a FetchResult with `error`
set and `retryable` saying whether trying again later can help.
"""

from __future__ import annotations

import time

import httpx

from worker.fetch.body import BodyTooLarge, read_capped
from worker.records import FetchResult

__all__ = ["fetch_url"]

# 4xx other than these mean the URL is wrong: retrying on the normal schedule is
# still right, but backing off harder is not needed for them.
_RETRYABLE_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


def _error(url: str, message: str, *, status: int = 0, retryable: bool = True,
           started: float, response: httpx.Response | None = None) -> FetchResult:
    return FetchResult(
        url=url,
        status=status,
        error=message,
        retryable=retryable,
        retry_after=response.headers.get("retry-after") if response is not None else None,
        elapsed_ms=int((time.monotonic() - started) * 1000),
    )


def fetch_url(
    client: httpx.Client,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int = 10 * 1024 * 1024,
) -> FetchResult:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    started = time.monotonic()
    try:
        with client.stream("GET", url, headers=headers) as response:
            if response.status_code == 304:
                body = None
            elif response.status_code != 200:
                return _error(url, f"HTTP {response.status_code}", status=response.status_code,
                              retryable=response.status_code in _RETRYABLE_STATUS,
                              started=started, response=response)
            else:
                body = read_capped(response, max_bytes)
    except BodyTooLarge as exc:
        return _error(url, str(exc), retryable=False, started=started)
    except httpx.TimeoutException as exc:
        return _error(url, f"timeout: {type(exc).__name__}", started=started)
    except httpx.HTTPError as exc:
        return _error(url, f"{type(exc).__name__}: {exc}", started=started)
    h = response.headers
    return FetchResult(
        url=url,
        status=response.status_code,
        body=body,
        content_type=h.get("content-type", ""),
        etag=h.get("etag") or etag,
        last_modified=h.get("last-modified") or last_modified,
        cache_control=h.get("cache-control"),
        expires=h.get("expires"),
        retry_after=h.get("retry-after"),
        final_url=str(response.url),
        elapsed_ms=int((time.monotonic() - started) * 1000),
    )
