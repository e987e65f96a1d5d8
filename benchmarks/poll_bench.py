"""Polling-cycle time for 10,000 unchanged loopback feeds, and CPU per feed.

    python benchmarks/poll_bench.py [--feeds 10000] [--hosts 20] [--concurrency 200]
                                    [--per-host 10] [--baseline 2000] [--latency-ms 0]
    python benchmarks/poll_bench.py --latency-ms 50 --baseline 200   # WAN-like

A local server (separate processes, asyncio, keep-alive) answers 304 to
If-None-Match on every feed, spread over --hosts loopback addresses
(127.0.0.1 ...). The measured side is worker.fetch.batch.fetch_many (async
httpx through the guarded transport, per-host caps) over all feeds; the
baseline in the same run is the sequential sync client (worker.fetch.fetch_url)
over the first --baseline feeds, extrapolated. CPU is this process's
(user + sys), so the server's work is not counted. Loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worker.fetch import build_client, fetch_url
from worker.fetch.batch import FeedRequest, fetch_many

ETAG = '"v1"'
_304 = f"HTTP/1.1 304 Not Modified\r\nETag: {ETAG}\r\nContent-Length: 0\r\n\r\n".encode()
_BODY = b"<rss version='2.0'><channel><title>t</title></channel></rss>"
_200 = (
    f"HTTP/1.1 200 OK\r\nETag: {ETAG}\r\nContent-Type: application/rss+xml\r\n"
    f"Content-Length: {len(_BODY)}\r\n\r\n"
).encode() + _BODY


async def _handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, latency: float) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            if latency:
                await asyncio.sleep(latency)  # a WAN round trip, without the WAN
            fresh = f"if-none-match: {ETAG}".encode() in head.lower()
            writer.write(_304 if fresh else _200)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
        pass
    finally:
        writer.close()


def _serve(hosts: list[str], port: int, latency: float, ready: multiprocessing.synchronize.Event) -> None:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _handle(reader, writer, latency)

    async def main() -> None:
        server = await asyncio.start_server(handle, hosts, port, backlog=4096)
        ready.set()
        async with server:
            await server.serve_forever()

    asyncio.run(main())


def _cpu() -> float:
    t = os.times()
    return t.user + t.system


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=10_000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument("--per-host", type=int, default=10)
    parser.add_argument("--baseline", type=int, default=2_000)
    parser.add_argument("--port", type=int, default=18_931)
    parser.add_argument("--server-procs", type=int, default=2)
    parser.add_argument(
        "--latency-ms",
        type=float,
        default=0.0,
        help="server-side delay per response, to stand in for a WAN round trip",
    )
    args = parser.parse_args()

    hosts = [f"127.0.0.{i + 1}" for i in range(args.hosts)]
    procs = []
    for part in range(args.server_procs):
        ready = multiprocessing.Event()
        proc = multiprocessing.Process(
            target=_serve,
            daemon=True,
            args=(hosts[part :: args.server_procs], args.port, args.latency_ms / 1000, ready),
        )
        proc.start()
        ready.wait(10)
        procs.append(proc)
    urls = [f"http://{hosts[i % len(hosts)]}:{args.port}/feeds/{i}.xml" for i in range(args.feeds)]
    allow = ["127.0.0.0/8"]
    try:
        requests = [FeedRequest(u, ETAG, None) for u in urls]
        cpu0, wall0 = _cpu(), time.perf_counter()
        results = asyncio.run(
            fetch_many(
                requests, concurrency=args.concurrency, per_host_limit=args.per_host, allow_networks=allow
            )
        )
        batch_wall, batch_cpu = time.perf_counter() - wall0, _cpu() - cpu0
        bad = [r for r in results if not r.not_modified]
        assert not bad, f"{len(bad)} feeds did not answer 304, e.g. {bad[0]}"

        subset = urls[: args.baseline]
        with build_client(allow_networks=allow) as client:
            cpu0, wall0 = _cpu(), time.perf_counter()
            seq = [fetch_url(client, u, etag=ETAG) for u in subset]
            seq_wall, seq_cpu = time.perf_counter() - wall0, _cpu() - cpu0
        assert all(r.not_modified for r in seq)
    finally:
        for proc in procs:
            proc.terminate()
            proc.join(5)

    n, m = len(urls), len(subset)
    print(
        f"{n} unchanged feeds over {args.hosts} loopback hosts, all 304, "
        f"{args.latency_ms:g} ms server latency (Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} CPUs)"
    )
    print(f"{'mode':44} {'feeds':>6} {'cycle s':>9} {'feeds/s':>9} {'CPU ms/feed':>12}")
    print(
        f"{f'fetch_many async (conc {args.concurrency}, {args.per_host}/host)':44} {n:>6} "
        f"{batch_wall:>9.2f} {n / batch_wall:>9.0f} {1000 * batch_cpu / n:>12.3f}"
    )
    print(
        f"{'fetch_url sequential sync (measured)':44} {m:>6} {seq_wall:>9.2f} "
        f"{m / seq_wall:>9.0f} {1000 * seq_cpu / m:>12.3f}"
    )
    print(
        f"{'fetch_url sequential sync (extrapolated)':44} {n:>6} {seq_wall * n / m:>9.2f} "
        f"{m / seq_wall:>9.0f} {1000 * seq_cpu / m:>12.3f}"
    )


if __name__ == "__main__":
    main()
