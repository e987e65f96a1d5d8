"""A fetch without the I/O: hops, status, checks and outcomes, for both drivers.

`Exchange` makes every decision of one fetch (which URL to GET next, whether
and how to read the body, what the result is); fetch_url (sync) and
fetch_url_async only send requests, read raw bytes and close responses, so
they differ in nothing but where they await.
"""

from __future__ import annotations

import time

import httpx

from worker.fetch.body import (
    BodyTooLarge,
    CappedBody,
    UnsupportedEncoding,
    check_declared_length,
    decoder_for,
)
from worker.fetch.deadline import DeadlineExceeded, passed
from worker.fetch.guard import BlockedAddress
from worker.fetch.sniff import refused_body, refused_by_type
from worker.records import FetchResult

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_TOTAL_TIMEOUT = 60.0

# 4xx other than these mean the URL is wrong: retrying on the normal schedule is
# still right, but backing off harder is not needed for them.
RETRYABLE_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
ALLOWED_SCHEMES = frozenset({"http", "https"})


class Refused(Exception):
    """A fetch stopped by policy (scheme, hops, type, size); never retryable."""


def validators(etag: str | None, last_modified: str | None) -> dict[str, str]:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def checked_url(url: str | httpx.URL) -> httpx.URL:
    """The URL as httpx reads it, refused unless http(s) with a host."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise Refused(f"invalid URL: {exc}") from exc
    if parsed.scheme not in ALLOWED_SCHEMES:
        raise Refused(f"scheme {parsed.scheme or 'none'!r} refused: only http and https")
    if not parsed.host:
        raise Refused("URL has no host")
    return parsed


def redirect_target(response: httpx.Response, hops: int, max_hops: int) -> httpx.URL | None:
    """Where a redirect points (checked), or None when the response is final."""
    location = response.headers.get("location")
    if response.status_code not in REDIRECT_STATUS or not location:
        return None
    if hops >= max_hops:
        raise Refused(f"too many redirects (cap {max_hops})")
    try:
        target = response.url.join(location)
    except httpx.InvalidURL as exc:
        raise Refused(f"invalid redirect target: {exc}") from exc
    return checked_url(target)


def precheck(response: httpx.Response, max_bytes: int) -> None:
    """Refuse a 200 before its body is read: encoding, declared type and size."""
    refusal = refused_by_type(response.headers.get("content-type", ""))
    if refusal:
        raise Refused(refusal)
    decoder_for(response.headers.get("content-encoding", ""))  # raises on stacked/unknown
    check_declared_length(response, max_bytes)


def failure(url: str, message: str, *, started: float, status: int = 0,
            retryable: bool = True, response: httpx.Response | None = None) -> FetchResult:
    # One printable, bounded line: it is shown in `onrecord status` and logs.
    message = " ".join("".join(c if c.isprintable() else " " for c in message).split())[:500]
    return FetchResult(
        url=url,
        status=status,
        error=message,
        retryable=retryable,
        retry_after=response.headers.get("retry-after") if response is not None else None,
        final_url=str(response.url) if response is not None else "",
        elapsed_ms=int((time.monotonic() - started) * 1000),
    )


def http_failure(url: str, response: httpx.Response, started: float) -> FetchResult:
    code = response.status_code
    return failure(url, f"HTTP {code}", status=code, retryable=code in RETRYABLE_STATUS,
                   started=started, response=response)


def success(url: str, response: httpx.Response, body: bytes | None, *, started: float,
            etag: str | None, last_modified: str | None) -> FetchResult:
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


def exception_failure(url: str, exc: Exception, *, started: float,
                      total_timeout: float | None) -> FetchResult:
    """The FetchResult for an exception raised anywhere in a fetch."""
    if isinstance(exc, Refused | BodyTooLarge | UnsupportedEncoding | BlockedAddress):
        return failure(url, str(exc), retryable=False, started=started)
    if isinstance(exc, DeadlineExceeded) or (
        isinstance(exc, httpx.TimeoutException) and passed()
    ):
        return failure(url, f"total time cap of {total_timeout:g}s exceeded", started=started)
    if isinstance(exc, httpx.TimeoutException):
        return failure(url, f"timeout: {type(exc).__name__}", started=started)
    return failure(url, f"{type(exc).__name__}: {exc}", started=started)


class Exchange:
    """One conditional GET, as the decisions between its I/O steps.

    A driver GETs `start()` with `headers`, streamed and without following
    redirects, and hands each response to `answer()`, which says what next:
    an `httpx.URL` (a checked redirect hop: GET it), a `CappedBody` (feed it
    the raw body, then the result is `finish()`), or a `FetchResult`. The
    driver closes every response, and turns any exception, its own or raised
    here (Refused, BodyTooLarge, ...), into the result with `failed()`.
    """

    def __init__(self, url: str, *, etag: str | None, last_modified: str | None,
                 max_bytes: int, hops_cap: int) -> None:
        self.started = time.monotonic()
        self.url = url
        self.etag = etag
        self.last_modified = last_modified
        self.headers = validators(etag, last_modified)
        self.max_bytes = max_bytes
        self.hops_cap = hops_cap
        self.hops = 0

    def start(self) -> httpx.URL:
        return checked_url(self.url)

    def answer(self, response: httpx.Response) -> httpx.URL | CappedBody | FetchResult:
        nxt = redirect_target(response, self.hops, self.hops_cap)
        if nxt is not None:
            self.hops += 1
            return nxt
        if response.status_code == 304:
            # Empty by HTTP (and not decoded); reading it frees the connection for reuse.
            return CappedBody("", self.max_bytes)
        if response.status_code != 200:
            return http_failure(self.url, response, self.started)
        precheck(response, self.max_bytes)
        return CappedBody(response.headers.get("content-encoding", ""), self.max_bytes)

    def finish(self, response: httpx.Response, body: CappedBody) -> FetchResult:
        data = None
        if response.status_code != 304:
            data = body.value()
            refusal = refused_body(response.headers.get("content-type", ""), data)
            if refusal:
                raise Refused(refusal)
        return success(self.url, response, data, started=self.started,
                       etag=self.etag, last_modified=self.last_modified)

    def failed(self, exc: Exception, total_timeout: float | None) -> FetchResult:
        return exception_failure(self.url, exc, started=self.started, total_timeout=total_timeout)
