"""Batched polling: many conditional GETs at once, async, with per-host politeness.

One Celery task polls hundreds of feeds with `fetch_many_sync` instead of
one task (and one sync request at a time) per feed. Politeness is per host:
at most `per_host_limit` requests in flight, optionally `per_host_interval`
seconds between request starts, and once a host answers 429/503 with
Retry-After, the rest of its feeds are not fetched until then (they come
back as retryable errors carrying the remaining wait), in this batch and,
through `host_holds`, in later ones.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import Iterable, MutableMapping, Sequence
from dataclasses import dataclass, field

import httpx

from worker.fetch.body import CappedBody
from worker.fetch.client import build_async_client
from worker.fetch.deadline import deadline
from worker.fetch.outcome import DEFAULT_MAX_BYTES, DEFAULT_TOTAL_TIMEOUT, Exchange, failure
from worker.records import FetchResult
from worker.schedule import RATE_LIMIT_STATUS, retry_after_seconds


async def fetch_url_async(client: httpx.AsyncClient, url: str, *, etag: str | None = None,
                          last_modified: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                          total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
                          max_redirects: int | None = None) -> FetchResult:
    """worker.fetch.fetch_url, awaiting: the same Exchange decides every step."""
    hops_cap = client.max_redirects if max_redirects is None else max_redirects
    exchange = Exchange(url, etag=etag, last_modified=last_modified, max_bytes=max_bytes,
                        hops_cap=hops_cap)
    with deadline(total_timeout):
        try:
            step: httpx.URL | CappedBody | FetchResult = exchange.start()
            while isinstance(step, httpx.URL):
                request = client.build_request("GET", step, headers=exchange.headers)
                response = await client.send(request, stream=True, follow_redirects=False)
                try:
                    step = exchange.answer(response)
                    if isinstance(step, CappedBody):
                        async for raw in response.aiter_raw():
                            step.feed(raw)
                        step = exchange.finish(response, step)
                finally:
                    await response.aclose()
            return step
        except Exception as exc:  # every failure becomes a result, by contract
            return exchange.failed(exc, total_timeout)


@dataclass(frozen=True, slots=True)
class FeedRequest:
    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class _Host:
    slots: asyncio.Semaphore
    remaining: int = 0
    client: httpx.AsyncClient | None = None
    next_start: float = 0.0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


def _host(url: str) -> str:
    try:
        return httpx.URL(url).host.lower()
    except (httpx.InvalidURL, TypeError):
        return ""


async def fetch_many(
    requests: Iterable[FeedRequest | tuple[str, str | None, str | None]],
    *,
    concurrency: int = 64,
    per_host_limit: int = 4,
    per_host_interval: float = 0.0,
    client: httpx.AsyncClient | None = None,
    allow_private_networks: bool = False,
    allow_networks: Sequence[str] = (),
    timeout: float = 20.0,
    max_bytes: int = DEFAULT_MAX_BYTES,
    total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
    host_holds: MutableMapping[str, float] | None = None,
) -> list[FetchResult]:
    """Fetch every request; results in the same order. Never raises for one feed.

    `host_holds` (host -> Unix time before which it must not be fetched) is
    read and updated in place: pass the same mapping (or one loaded from
    Redis) to the next batch so a host's Retry-After outlives this batch.

    Without `client`, each host gets its own small pool (per_host_limit
    connections), opened at its first request and closed after its last.
    httpcore 1.0's pool scans every pooled connection (and polls each idle
    socket) on every request, so one pool of hundreds of keep-alive
    connections costs more CPU than the requests themselves (encode/httpcore
    #1035); small per-host pools keep that scan short and keep-alive useful.
    """
    items = [r if isinstance(r, FeedRequest) else FeedRequest(*r) for r in requests]
    overall = asyncio.Semaphore(concurrency)
    holds = host_holds if host_holds is not None else {}
    hosts: dict[str, _Host] = {}
    for item in items:
        host = hosts.setdefault(_host(item.url), _Host(asyncio.Semaphore(per_host_limit)))
        host.remaining += 1
    limits = httpx.Limits(max_connections=per_host_limit, max_keepalive_connections=per_host_limit)

    def client_for(host: _Host) -> httpx.AsyncClient:
        if client is not None:
            return client
        if host.client is None:
            host.client = build_async_client(timeout=timeout, limits=limits,
                                             allow_private_networks=allow_private_networks,
                                             allow_networks=allow_networks)
        return host.client

    async def fetch(name: str, host: _Host, item: FeedRequest) -> FetchResult:
        wait = holds.get(name, 0.0) - time.time()  # wall clock: holds outlive the process
        if wait > 0:
            skipped = failure(item.url, f"host rate-limited for {wait:.0f}s more (Retry-After)",
                              started=time.monotonic())
            return dataclasses.replace(skipped, retry_after=str(int(wait) + 1))
        if per_host_interval > 0:
            async with host.lock:
                pause = host.next_start - time.monotonic()
                host.next_start = max(host.next_start, time.monotonic()) + per_host_interval
            if pause > 0:
                await asyncio.sleep(pause)
        result = await fetch_url_async(client_for(host), item.url, etag=item.etag,
                                       last_modified=item.last_modified, max_bytes=max_bytes,
                                       total_timeout=total_timeout)
        if result.status in RATE_LIMIT_STATUS:
            wait_s = retry_after_seconds(result.retry_after)
            if wait_s and name:
                holds[name] = max(holds.get(name, 0.0), time.time() + wait_s)
        return result

    async def one(item: FeedRequest) -> FetchResult:
        name = _host(item.url)
        host = hosts[name]
        try:
            async with host.slots, overall:
                return await fetch(name, host, item)
        finally:
            host.remaining -= 1
            if host.remaining == 0 and host.client is not None:
                await host.client.aclose()
                host.client = None

    try:
        return list(await asyncio.gather(*(one(item) for item in items)))
    finally:
        for host in hosts.values():
            if host.client is not None:
                await host.client.aclose()


def fetch_many_sync(requests: Iterable[FeedRequest | tuple[str, str | None, str | None]],
                    **kwargs: object) -> list[FetchResult]:
    """fetch_many for sync callers (a Celery task): runs its own event loop."""
    return asyncio.run(fetch_many(requests, **kwargs))  # type: ignore[arg-type]
