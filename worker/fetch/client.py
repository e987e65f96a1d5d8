"""The HTTP clients every fetch goes through: guard, timeouts, user agent.

Redirects are not followed by httpx: fetch_url follows them itself so that
each hop's scheme is checked and the hop cap is ours (client.max_redirects).
trust_env is off so HTTP(S)_PROXY in the environment cannot route fetches
around the address guard (the guard would check the proxy, not the target).
"""

from __future__ import annotations

import ssl
import typing
from collections.abc import Iterable

import httpx

from worker import __version__
from worker.fetch.addresses import AddressPolicy
from worker.fetch.guard import AsyncGuardedTransport, GuardedTransport

USER_AGENT = f"Onrecord/{__version__} (+https://github.com/onrecord/onrecord; feed monitor)"
_HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept-Encoding": "gzip, deflate, br",
    "Accept": "application/rss+xml, application/atom+xml, application/feed+json, "
              "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5",
}


# httpcore 1.0's pool does O(connections²) work per request (encode/httpcore
# #1035): with httpx's default 100 connections, a sync client polling feeds
# on many hosts spent ~9 ms CPU per request in pool bookkeeping. A sequential
# poller needs few open connections; batches use fetch_many (a pool per host).
SYNC_LIMITS = httpx.Limits(max_connections=16, max_keepalive_connections=8)


def _options(timeout: float, max_redirects: int) -> dict[str, typing.Any]:
    """What the sync and async clients share: never follow redirects, never trust env."""
    return {"headers": _HEADERS, "timeout": httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            "follow_redirects": False, "max_redirects": max_redirects, "trust_env": False}


def build_client(*, timeout: float = 20.0, max_redirects: int = 5,
                 transport: httpx.BaseTransport | None = None,
                 allow_private_networks: bool = False,
                 allow_networks: Iterable[str] = (),
                 limits: httpx.Limits | None = None,
                 ssl_context: ssl.SSLContext | None = None) -> httpx.Client:
    """A guarded sync client. A `transport` given here replaces the guard (tests only).

    `ssl_context` replaces the default verifying context (an intranet CA).
    """
    policy = AddressPolicy.from_config(allow_private_networks, allow_networks)
    return httpx.Client(
        transport=transport or GuardedTransport(policy, limits or SYNC_LIMITS, ssl_context),
        **_options(timeout, max_redirects),
    )


def build_async_client(*, timeout: float = 20.0, max_redirects: int = 5,
                       transport: httpx.AsyncBaseTransport | None = None,
                       allow_private_networks: bool = False,
                       allow_networks: Iterable[str] = (),
                       limits: httpx.Limits | None = None,
                       ssl_context: ssl.SSLContext | None = None) -> httpx.AsyncClient:
    """build_client for batched polling (fetch_many): the same guard and options."""
    policy = AddressPolicy.from_config(allow_private_networks, allow_networks)
    return httpx.AsyncClient(
        transport=transport or AsyncGuardedTransport(policy, limits, ssl_context),
        **_options(timeout, max_redirects),
    )
