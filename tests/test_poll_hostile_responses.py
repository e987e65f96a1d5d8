"""Hostile responses from a loopback server: bombs, stacked encodings, drips, types."""

from __future__ import annotations

import gzip
import resource
import time
import tracemalloc
import zlib

import brotli
import httpx
import pytest
from poll_servers import RSS, send, serve

from worker.fetch import build_client, fetch_url
from worker.records import FetchResult

CAP = 5 * 1024 * 1024
MB = 1024 * 1024


def _compressed_zeros(total: int, compressor) -> bytes:  # type: ignore[no-untyped-def]
    block = bytes(MB)
    parts = [compressor.compress(block) for _ in range(total // MB)]
    parts.append(compressor.flush())
    return b"".join(parts)


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    # 512 MB of zeros, about 500 KB on the wire.
    return _compressed_zeros(512 * MB, zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS))


def _client():  # type: ignore[no-untyped-def]
    return build_client(allow_networks=["127.0.0.1/32"], timeout=10)


def _max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _traced_fetch(client: httpx.Client, url: str) -> tuple[FetchResult, int]:
    """fetch_url capped at CAP, and the peak of Python allocations while it ran."""
    tracemalloc.start()
    try:
        result = fetch_url(client, url, max_bytes=CAP)
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_gzip_bomb_is_cut_at_the_cap_with_bounded_memory(gzip_bomb: bytes) -> None:
    assert len(gzip_bomb) < 2 * MB
    route = {"/bomb": lambda h: send(h, 200, gzip_bomb, headers={"Content-Encoding": "gzip"})}
    with serve(route) as server, _client() as client:
        rss_before = _max_rss_mb()
        result, peak = _traced_fetch(client, server.url("/bomb"))
        rss_growth = _max_rss_mb() - rss_before
    assert result.error == f"body exceeds the {CAP}-byte cap" and not result.retryable
    assert peak < 3 * CAP, f"peak traced allocation {peak / MB:.1f} MB"
    assert rss_growth < 64, f"peak RSS grew {rss_growth:.0f} MB for a 512 MB bomb"


@pytest.mark.parametrize("encoding", ["deflate", "deflate-raw", "br"])
def test_deflate_and_brotli_bombs_are_cut_too(encoding: str) -> None:
    if encoding == "br":
        bomb = brotli.compress(bytes(128 * MB), quality=5)
    elif encoding == "deflate":
        bomb = _compressed_zeros(128 * MB, zlib.compressobj(9))
    else:
        bomb = _compressed_zeros(128 * MB, zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS))
    header = encoding.removesuffix("-raw")
    route = {"/bomb": lambda h: send(h, 200, bomb, headers={"Content-Encoding": header})}
    with serve(route) as server, _client() as client:
        result, peak = _traced_fetch(client, server.url("/bomb"))
    assert result.error == f"body exceeds the {CAP}-byte cap"
    assert peak < 3 * CAP


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_small_compressed_feeds_decode(encoding: str) -> None:
    body = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress}[encoding](RSS)
    route = {"/f": lambda h: send(h, 200, body, headers={"Content-Encoding": encoding})}
    with serve(route) as server, _client() as client:
        result = fetch_url(client, server.url("/f"))
    assert result.ok and result.body == RSS


@pytest.mark.parametrize("value", ["gzip, gzip", "gzip, br", "deflate,gzip", "compress", "zstd"])
def test_stacked_or_unknown_encodings_are_refused(value: str) -> None:
    route = {"/f": lambda h: send(h, 200, gzip.compress(gzip.compress(RSS)),
                                  headers={"Content-Encoding": value})}
    with serve(route) as server, _client() as client:
        result = fetch_url(client, server.url("/f"))
    assert result.error is not None and value in result.error and not result.retryable


def test_declared_length_over_the_cap_is_refused_unread() -> None:
    route = {"/f": lambda h: send(h, 200, RSS * 100)}
    with serve(route) as server, _client() as client:
        result = fetch_url(client, server.url("/f"), max_bytes=1000)
    assert result.error is not None and "exceeds the 1000-byte cap" in result.error


def _drip_body(handler) -> None:  # type: ignore[no-untyped-def]
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.send_header("Content-Length", "1000")
    handler.end_headers()
    for _ in range(1000):  # one byte every 50 ms: 50 s in all, each read well under the timeout
        handler.wfile.write(b" ")
        handler.wfile.flush()
        time.sleep(0.05)


def _drip_headers(handler) -> None:  # type: ignore[no-untyped-def]
    for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 1000:
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        time.sleep(0.05)


@pytest.mark.parametrize("route", [_drip_body, _drip_headers])
def test_total_time_cap_stops_servers_that_drip(route) -> None:  # type: ignore[no-untyped-def]
    with serve({"/drip": route}) as server, _client() as client:
        started = time.monotonic()
        result = fetch_url(client, server.url("/drip"), total_timeout=1.0)
        took = time.monotonic() - started
    assert result.error == "total time cap of 1s exceeded"
    assert took < 10  # the drip would take 50 s; the per-read timeout (10 s) never fires


@pytest.mark.parametrize(("content_type", "body", "ok"), [
    ("image/png", b"\x89PNG\r\n\x1a\n", False),
    ("image/svg+xml", b"<svg/>", False),
    ("application/pdf", b"%PDF-1.4", False),
    ("video/mp4", RSS, False),
    ("application/octet-stream", b"\x89PNG\r\n\x1a\n\x00\x00", False),
    ("application/octet-stream", b"PK\x03\x04zip", False),
    ("application/octet-stream", RSS, True),
    ("text/plain", b"\n\n  " + RSS, True),
    ("text/plain; charset=utf-8", b'{"version": "https://jsonfeed.org/version/1.1"}', True),
    ("", b"\xef\xbb\xbf" + RSS, True),
    ("", "<rss/>".encode("utf-16"), True),
    ("text/html; charset=utf-8", b"<!doctype html><html></html>", True),
    ("application/rss+xml", b"garbage the parser will judge", True),
])
def test_content_types_refused_unless_feed_or_html(content_type: str, body: bytes,
                                                   ok: bool) -> None:
    with serve({"/f": lambda h: send(h, 200, body, content_type)}) as server, \
            _client() as client:
        result = fetch_url(client, server.url("/f"))
    if ok:
        assert result.ok and result.body == body
    else:
        assert result.error is not None and "unsupported content type" in result.error
        assert not result.retryable


def test_conditional_get_returns_304_without_a_body() -> None:
    def route(h) -> None:  # type: ignore[no-untyped-def]
        if h.headers.get("If-None-Match") == '"v1"':
            send(h, 304, b"", "", {"ETag": '"v1"'})
        else:
            send(h, 200, RSS,
                 headers={"ETag": '"v1"', "Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT"})

    with serve({"/f": route}) as server, _client() as client:
        first = fetch_url(client, server.url("/f"))
        second = fetch_url(client, server.url("/f"), etag=first.etag,
                           last_modified=first.last_modified)
    assert first.ok and first.etag == '"v1"'
    assert second.not_modified and second.body is None
    assert second.last_modified == "Mon, 01 Jan 2024 00:00:00 GMT"


@pytest.mark.parametrize(("status", "retryable"), [(429, True), (503, True), (404, False),
                                                   (410, False), (500, True)])
def test_http_errors_keep_retry_after(status: int, retryable: bool) -> None:
    route = {"/f": lambda h: send(h, status, b"no", "text/plain", {"Retry-After": "120"})}
    with serve(route) as server, _client() as client:
        result = fetch_url(client, server.url("/f"))
    assert result.error == f"HTTP {status}" and result.status == status
    assert result.retryable is retryable and result.retry_after == "120"
