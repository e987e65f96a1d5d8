"""A whole polling cycle through the orchestrator for 10,000 unchanged feeds.

    python benchmarks/cycle_bench.py [--feeds 10000] [--hosts 20] [--batch 100]

poll_bench.py times the fetch alone; this one times what a cycle really costs:
pipeline.poll_feeds in batches (guarded async fetch, 304 handling, the
schedule, the SQLite store writes), beside fetch_many alone over the same
feeds in the same run (the baseline). The feeds are read once (200) first, so
that the measured cycle is all conditional GETs answered 304.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.poll_bench import ETAG, _cpu, _serve  # noqa: E402
from worker import pipeline  # noqa: E402
from worker.config import load_config_text  # noqa: E402
from worker.fetch.batch import FeedRequest, fetch_many_sync  # noqa: E402
from worker.runtime import open_runtime  # noqa: E402
from worker.store.feeds import all_feeds  # noqa: E402


def _cycle(rt, ids: list[int], batch: int) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    cpu0, wall0, unchanged = _cpu(), time.perf_counter(), 0
    for start in range(0, len(ids), batch):
        outcomes = pipeline.poll_feeds(rt, ids[start : start + batch])
        unchanged += sum(o.status == "not_modified" for o in outcomes)
    return time.perf_counter() - wall0, _cpu() - cpu0, unchanged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=10_000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--port", type=int, default=18_932)
    args = parser.parse_args()
    hosts = [f"127.0.0.{i + 1}" for i in range(args.hosts)]
    ready = multiprocessing.Event()
    server = multiprocessing.Process(target=_serve, args=(hosts, args.port, 0.0, ready), daemon=True)
    server.start()
    ready.wait(10)
    urls = [f"http://{hosts[i % len(hosts)]}:{args.port}/feeds/{i}.xml" for i in range(args.feeds)]
    feeds = "\n".join(f"  - {{url: '{u}', interval: 1m}}" for u in urls)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            config = load_config_text(f"storage: sqlite:///{tmp}/cycle.db\n"
                                      f"fetch: {{allow_networks: [127.0.0.0/8]}}\n"
                                      f"polling: {{batch_size: {args.batch}}}\nfeeds:\n{feeds}\n")
            rt = open_runtime(config)
            ids = [f.id for f in all_feeds(rt.engine)]
            first = _cycle(rt, ids, args.batch)
            wall, cpu, unchanged = _cycle(rt, ids, args.batch)
            rt.close()
        requests = [FeedRequest(u, ETAG) for u in urls]
        cpu0, wall0 = _cpu(), time.perf_counter()
        for start in range(0, len(requests), args.batch):
            fetch_many_sync(requests[start : start + args.batch], allow_networks=["127.0.0.0/8"])
        base_wall, base_cpu = time.perf_counter() - wall0, _cpu() - cpu0
    finally:
        server.terminate()
        server.join(5)
    n = len(urls)
    print(f"{n} feeds over {args.hosts} loopback hosts, batches of {args.batch}, SQLite store")
    print(f"{'':40} {'cycle s':>8} {'feeds/s':>8} {'CPU ms/feed':>12}")
    print(f"{'first cycle (200s, entries recorded)':40} {first[0]:>8.2f} {n / first[0]:>8.0f} "
          f"{1000 * first[1] / n:>12.3f}")
    print(f"{'pipeline.poll_feeds, all 304':40} {wall:>8.2f} {n / wall:>8.0f} {1000 * cpu / n:>12.3f}"
          f"   ({unchanged} not modified)")
    print(f"{'baseline: fetch_many alone, same feeds':40} {base_wall:>8.2f} {n / base_wall:>8.0f} "
          f"{1000 * base_cpu / n:>12.3f}")


if __name__ == "__main__":
    main()
