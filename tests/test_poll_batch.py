"""Batched async polling against loopback servers: order, guard, host caps, Retry-After."""

from __future__ import annotations

import gzip
import threading
import time

from poll_servers import RSS, redirect, send, serve

from worker.fetch.batch import FeedRequest, fetch_many_sync


def _conditional(h) -> None:  # type: ignore[no-untyped-def]
    if h.headers.get("If-None-Match") == '"v1"':
        send(h, 304, b"", "", {"ETag": '"v1"'})
    else:
        send(h, 200, RSS, headers={"ETag": '"v1"'})


def test_results_keep_order_and_second_poll_is_304() -> None:
    with serve(default=_conditional, host="127.0.0.2") as server:
        urls = [server.url(f"/f{i}") for i in range(20)]
        first = fetch_many_sync([(u, None, None) for u in urls], allow_networks=["127.0.0.2/32"])
        second = fetch_many_sync([FeedRequest(r.url, r.etag, r.last_modified) for r in first],
                                 allow_networks=["127.0.0.2/32"])
    assert [r.url for r in first] == urls and all(r.ok for r in first)
    assert all(r.not_modified and r.body is None for r in second)


def test_guard_applies_to_batched_fetches_too() -> None:
    with serve({"/feed": _conditional}) as target, \
            serve({"/hop": redirect(target.url("/feed"))}, host="127.0.0.2") as hop:
        results = fetch_many_sync([(target.url("/feed"), None, None), (hop.url("/hop"), None, None),
                                   ("file:///etc/passwd", None, None)],
                                  allow_networks=["127.0.0.2/32"])
        assert target.connections == 0 and hop.hits == ["/hop"]
    assert [r.error for r in results] == ["blocked address 127.0.0.1 (loopback)"] * 2 + [
        "scheme 'file' refused: only http and https"]
    assert not any(r.retryable for r in results)


def test_per_host_limit_caps_requests_in_flight() -> None:
    lock = threading.Lock()
    state = {"now": 0, "peak": 0}

    def slow(h) -> None:  # type: ignore[no-untyped-def]
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        time.sleep(0.05)
        with lock:
            state["now"] -= 1
        send(h, 200, RSS)

    with serve(default=slow, host="127.0.0.3") as server:
        results = fetch_many_sync([(server.url(f"/{i}"), None, None) for i in range(24)],
                                  concurrency=50, per_host_limit=3, allow_networks=["127.0.0.3/32"])
    assert all(r.ok for r in results)
    assert state["peak"] == 3


def test_retry_after_stops_the_rest_of_the_host_batch() -> None:
    def limited(h) -> None:  # type: ignore[no-untyped-def]
        send(h, 429, b"slow down", "text/plain", {"Retry-After": "120"})

    with serve(default=limited, host="127.0.0.4") as server:
        results = fetch_many_sync([(server.url(f"/{i}"), None, None) for i in range(10)],
                                  per_host_limit=1, allow_networks=["127.0.0.4/32"])
        assert len(server.hits) == 1
    assert results[0].status == 429 and results[0].retry_after == "120"
    assert all(r.error and "rate-limited" in r.error and r.retryable for r in results[1:])
    assert all(r.retry_after and int(r.retry_after) > 100 for r in results[1:])


def test_total_time_cap_applies_to_batched_fetches() -> None:
    def drip(h) -> None:  # type: ignore[no-untyped-def]
        h.send_response(200)
        h.send_header("Content-Length", "500")
        h.end_headers()
        for _ in range(500):
            h.wfile.write(b" ")
            h.wfile.flush()
            time.sleep(0.05)

    with serve(default=drip, host="127.0.0.5") as server:
        started = time.monotonic()
        results = fetch_many_sync([(server.url("/d"), None, None)], total_timeout=1.0,
                                  allow_networks=["127.0.0.5/32"])
        assert time.monotonic() - started < 10  # the drip alone would take 25 s
    assert results[0].error == "total time cap of 1s exceeded"


def test_batched_fetches_cut_bombs_and_refuse_stacked_encodings() -> None:
    bomb = gzip.compress(bytes(64 * 1024 * 1024), 9)
    routes = {"/bomb": lambda h: send(h, 200, bomb, headers={"Content-Encoding": "gzip"}),
              "/stacked": lambda h: send(h, 200, gzip.compress(gzip.compress(RSS)),
                                         headers={"Content-Encoding": "gzip, gzip"})}
    with serve(routes, host="127.0.0.6") as server:
        results = fetch_many_sync([(server.url("/bomb"), None, None),
                                   (server.url("/stacked"), None, None)],
                                  max_bytes=1024 * 1024, allow_networks=["127.0.0.6/32"])
    assert results[0].error == f"body exceeds the {1024 * 1024}-byte cap"
    assert results[1].error == "stacked Content-Encoding 'gzip, gzip' refused"
    assert not any(r.retryable for r in results)


def test_per_host_interval_spaces_request_starts() -> None:
    starts: list[float] = []

    def stamp(h) -> None:  # type: ignore[no-untyped-def]
        starts.append(time.monotonic())
        send(h, 200, RSS)

    with serve(default=stamp, host="127.0.0.7") as server:
        results = fetch_many_sync([(server.url(f"/{i}"), None, None) for i in range(5)],
                                  per_host_limit=5, per_host_interval=0.2,
                                  allow_networks=["127.0.0.7/32"])
    assert all(r.ok for r in results)
    gaps = [b - a for a, b in zip(sorted(starts), sorted(starts)[1:], strict=False)]
    assert min(gaps) > 0.15  # a politeness rule, not a speed figure: 5 at once would be ~0


def test_host_holds_carry_retry_after_into_the_next_batch() -> None:
    holds: dict[str, float] = {}
    with serve(default=lambda h: send(h, 503, b"", "text/plain", {"Retry-After": "300"}),
               host="127.0.0.8") as server:
        first = fetch_many_sync([(server.url("/a"), None, None)], host_holds=holds,
                                allow_networks=["127.0.0.8/32"])
        second = fetch_many_sync([(server.url("/b"), None, None)], host_holds=holds,
                                 allow_networks=["127.0.0.8/32"])
        assert server.hits == ["/a"]
    assert first[0].status == 503 and set(holds) == {"127.0.0.8"}
    assert second[0].error and "rate-limited" in second[0].error
