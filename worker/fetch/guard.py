"""httpx transports that check every address at connect time (SSRF guard).

The check sits in the httpcore network backend, the one place every TCP
connection is opened: the first request, each redirect hop, and each retry
all pass through it, and the address checked is the address connected to
(no window for DNS rebinding). The backend resolves the host once, refuses
the whole connection if any resolved address is blocked, and connects to
the checked IP itself; TLS still verifies the hostname because httpcore
passes it to start_tls separately.
"""

from __future__ import annotations

import asyncio
import functools
import socket
import ssl
import typing

import httpcore
import httpx

from worker.fetch.addresses import AddressPolicy, IPAddress, host_literal
from worker.fetch.deadline import AsyncDeadlineStream, DeadlineStream, bounded

SocketOption = typing.Any


class BlockedAddress(Exception):
    """The policy refused every route to the host; retrying will not help."""


def _addresses(host: str, infos: list[tuple[typing.Any, ...]]) -> list[tuple[IPAddress, str]]:
    seen: list[tuple[IPAddress, str]] = []
    for info in infos:
        raw = str(info[4][0])
        ip = host_literal(raw.split("%", 1)[0])
        if ip is None:
            raise BlockedAddress(f"unreadable address {raw!r} for {host}")
        if all(raw != r for _, r in seen):
            seen.append((ip, raw))
    return seen


def _checked(policy: AddressPolicy, host: str,
             addresses: list[tuple[IPAddress, str]]) -> list[str]:
    if not addresses:
        raise httpcore.ConnectError(f"no address for {host}")
    for ip, _ in addresses:
        refusal = policy.refusal(ip)
        if refusal is not None:
            # One bad answer poisons the host: a mix of public and private
            # answers is how rebinding attacks pick their moment.
            raise BlockedAddress(refusal)
    return [raw for _, raw in addresses]


class GuardedBackend(httpcore.NetworkBackend):
    def __init__(self, policy: AddressPolicy) -> None:
        self._policy = policy
        self._inner = httpcore.SyncBackend()

    def resolve(self, host: str, port: int) -> list[str]:
        literal = host_literal(host)
        if literal is not None:
            return _checked(self._policy, host, [(literal, str(literal))])
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        return _checked(self._policy, host, _addresses(host, infos))

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: typing.Iterable[SocketOption] | None = None,
                    ) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in self.resolve(host, port):
            try:
                stream = self._inner.connect_tcp(address, port, bounded(timeout),
                                                 local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
                continue
            return DeadlineStream(stream)
        assert last is not None
        raise last

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: typing.Iterable[SocketOption] | None = None,
                            ) -> httpcore.NetworkStream:
        raise BlockedAddress("unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class AsyncGuardedBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, policy: AddressPolicy) -> None:
        self._policy = policy
        self._inner = httpcore.AnyIOBackend()

    async def resolve(self, host: str, port: int, timeout: float | None) -> list[str]:
        literal = host_literal(host)
        if literal is not None:
            return _checked(self._policy, host, [(literal, str(literal))])
        loop = asyncio.get_running_loop()
        try:
            infos = await asyncio.wait_for(
                loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), bounded(timeout))
        except (OSError, TimeoutError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc!r}") from exc
        return _checked(self._policy, host, _addresses(host, infos))

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: typing.Iterable[SocketOption] | None = None,
                          ) -> httpcore.AsyncNetworkStream:
        last: Exception | None = None
        for address in await self.resolve(host, port, timeout):
            try:
                stream = await self._inner.connect_tcp(address, port, bounded(timeout),
                                                       local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
                continue
            return AsyncDeadlineStream(stream)
        assert last is not None
        raise last

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: typing.Iterable[SocketOption] | None = None,
                                  ) -> httpcore.AsyncNetworkStream:
        raise BlockedAddress("unix sockets are never fetched")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


@functools.cache
def shared_ssl_context() -> ssl.SSLContext:
    """One verifying client context for every transport: building one loads the
    CA bundle (milliseconds), and batched polling makes a small pool per host."""
    return httpx.create_ssl_context()


def _pool_options(limits: httpx.Limits | None, ssl_context: ssl.SSLContext | None) -> dict[str, typing.Any]:
    limits = limits or httpx.Limits()
    return {"ssl_context": ssl_context or shared_ssl_context(),
            "max_connections": limits.max_connections,
            "max_keepalive_connections": limits.max_keepalive_connections,
            "keepalive_expiry": limits.keepalive_expiry}


class GuardedTransport(httpx.HTTPTransport):
    """HTTPTransport whose pool connects only through GuardedBackend.

    HTTPTransport.__init__ only builds `_pool` (and has no network_backend
    argument), so we build the pool ourselves; no proxy support on purpose.
    """

    def __init__(self, policy: AddressPolicy, limits: httpx.Limits | None = None,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self._pool = httpcore.ConnectionPool(network_backend=GuardedBackend(policy),
                                             **_pool_options(limits, ssl_context))


class AsyncGuardedTransport(httpx.AsyncHTTPTransport):
    """GuardedTransport for AsyncClient, through AsyncGuardedBackend."""

    def __init__(self, policy: AddressPolicy, limits: httpx.Limits | None = None,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self._pool = httpcore.AsyncConnectionPool(network_backend=AsyncGuardedBackend(policy),
                                                  **_pool_options(limits, ssl_context))
