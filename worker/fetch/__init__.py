"""Fetch stage: one conditional HTTP GET, its outcome as a FetchResult.

Never raises for network trouble: a failure is a FetchResult with `error`
set and `retryable` saying whether trying again later can help. Redirects
are followed here, hop by hop (scheme checked, hop cap); the address of
every connection is checked by the client's guarded transport. What to do
at each step is decided by outcome.Exchange, shared with fetch_url_async.
"""

from __future__ import annotations

import httpx

from worker.fetch.body import CappedBody
from worker.fetch.client import build_async_client, build_client
from worker.fetch.deadline import deadline
from worker.fetch.outcome import DEFAULT_MAX_BYTES, DEFAULT_TOTAL_TIMEOUT, Exchange
from worker.records import FetchResult

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TOTAL_TIMEOUT", "build_async_client", "build_client",
           "fetch_url"]


def fetch_url(
    client: httpx.Client,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
    max_redirects: int | None = None,
) -> FetchResult:
    """GET `url` with validators; 200 (body read, capped), 304, or an error result."""
    hops_cap = client.max_redirects if max_redirects is None else max_redirects
    exchange = Exchange(url, etag=etag, last_modified=last_modified, max_bytes=max_bytes,
                        hops_cap=hops_cap)
    with deadline(total_timeout):
        try:
            step: httpx.URL | CappedBody | FetchResult = exchange.start()
            while isinstance(step, httpx.URL):
                request = client.build_request("GET", step, headers=exchange.headers)
                response = client.send(request, stream=True, follow_redirects=False)
                try:
                    step = exchange.answer(response)
                    if isinstance(step, CappedBody):
                        for raw in response.iter_raw():
                            step.feed(raw)
                        step = exchange.finish(response, step)
                finally:
                    response.close()
            return step
        except Exception as exc:  # every failure becomes a result, by contract
            return exchange.failed(exc, total_timeout)
