"""A total-time cap per request, enforced on every socket read and write.

httpx timeouts bound each read, not the exchange: a server that drips a byte
every few seconds (in the headers or the body) never trips them. The fetch
sets a deadline in a context variable; the streams the guarded backends hand
to httpcore shrink every read/write timeout to the time left and refuse once
it has passed. A context variable (not a stream attribute) because pooled
connections outlive requests, and asyncio gives each task its own context.
"""

from __future__ import annotations

import contextvars
import ssl
import time
import typing
from collections.abc import Iterator
from contextlib import contextmanager

import httpcore
from httpcore._utils import is_socket_readable  # the check httpcore itself uses

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "onrecord_fetch_deadline", default=None
)


class DeadlineExceeded(Exception):
    pass


@contextmanager
def deadline(seconds: float | None) -> Iterator[float | None]:
    """Every guarded socket operation in this context ends by now + seconds."""
    at = None if seconds is None else time.monotonic() + seconds
    token = _deadline.set(at)
    try:
        yield at
    finally:
        _deadline.reset(token)


def passed() -> bool:
    at = _deadline.get()
    return at is not None and time.monotonic() >= at


def bounded(timeout: float | None) -> float | None:
    """The socket timeout to use now: the caller's, cut to the time left."""
    at = _deadline.get()
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise DeadlineExceeded("total time cap exceeded")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, bounded(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return DeadlineStream(self._inner.start_tls(ssl_context, server_hostname,
                                                    bounded(timeout)))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class AsyncDeadlineStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner
        self._socket: typing.Any = None

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, bounded(timeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, bounded(timeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                        timeout: float | None = None) -> httpcore.AsyncNetworkStream:
        return AsyncDeadlineStream(await self._inner.start_tls(ssl_context, server_hostname,
                                                               bounded(timeout)))

    def get_extra_info(self, info: str) -> typing.Any:
        if info == "is_readable":
            # The pool asks this of every idle connection on every request; anyio
            # rebuilds its whole attribute table per ask. The raw socket never
            # changes for a stream, so look it up once.
            if self._socket is None:
                self._socket = self._inner.get_extra_info("socket")
            return is_socket_readable(self._socket)
        return self._inner.get_extra_info(info)
