"""The HTTP client every fetch goes through: timeouts, user agent, redirects."""

from __future__ import annotations

import httpx

from worker import __version__

USER_AGENT = f"Onrecord/{__version__} (+https://github.com/onrecord/onrecord; feed monitor)"


def build_client(*, timeout: float = 20.0, max_redirects: int = 5,
                 transport: httpx.BaseTransport | None = None) -> httpx.Client:
    return httpx.Client(
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate, br"},
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        follow_redirects=True,
        max_redirects=max_redirects,
        transport=transport,
    )
