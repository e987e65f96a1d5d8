"""Fetch stage: one conditional HTTP GET, its outcome as a FetchResult.

Never raises for network trouble: a failure is a FetchResult with `error`
set and `retryable` saying whether trying again later can help. Redirects
are followed here, hop by hop (scheme checked, hop cap); the address of
every connection is checked by the client's guarded transport.
"""

from __future__ import annotations

import time

import httpx

from worker.fetch.body import CappedBody
from worker.fetch.client import build_async_client, build_client
from worker.fetch.deadline import deadline
from worker.fetch.outcome import (
    Refused,
    checked_url,
    exception_failure,
    http_failure,
    precheck,
    redirect_target,
    success,
    validators,
)
from worker.fetch.sniff import refused_body
from worker.records import FetchResult

__all__ = ["build_async_client", "build_client", "fetch_url"]

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_TOTAL_TIMEOUT = 60.0


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
    started = time.monotonic()
    hops_cap = client.max_redirects if max_redirects is None else max_redirects
    headers = validators(etag, last_modified)
    with deadline(total_timeout):
        try:
            target = checked_url(url)
            for hops in range(hops_cap + 1):
                request = client.build_request("GET", target, headers=headers)
                response = client.send(request, stream=True, follow_redirects=False)
                try:
                    nxt = redirect_target(response, hops, hops_cap)
                    if nxt is not None:
                        target = nxt
                        continue
                    if response.status_code == 304:
                        response.read()  # empty by HTTP; reading it frees the connection for reuse
                        return success(url, response, None, started=started,
                                       etag=etag, last_modified=last_modified)
                    if response.status_code != 200:
                        return http_failure(url, response, started)
                    precheck(response, max_bytes)
                    body = CappedBody(response.headers.get("content-encoding", ""), max_bytes)
                    for raw in response.iter_raw():
                        body.feed(raw)
                    data = body.value()
                finally:
                    response.close()
                refusal = refused_body(response.headers.get("content-type", ""), data)
                if refusal:
                    raise Refused(refusal)
                return success(url, response, data, started=started,
                               etag=etag, last_modified=last_modified)
            raise Refused(f"too many redirects (cap {hops_cap})")  # pragma: no cover
        except Exception as exc:  # every failure becomes a result, by contract
            return exception_failure(url, exc, started=started, total_timeout=total_timeout)
