"""The whole pipeline per article, beside extraction alone, in the same run.

    python benchmarks/pipeline_bench.py [--shared ../shared]

Serves the 65 news pages of shared/corpus/news from a loopback server, with a
feed that lists them, and a Slack-like sink. Polls the feed once (every entry
processed: backfill), then times each entry through the orchestrator
(guarded fetch of the page, trafilatura, detection, novelty, routing, the
store write on SQLite) and each delivery to the sink. The baseline is
trafilatura alone on the same pages, after a warm-up run. Prints mean and p95 ms, and the peak RSS.
"""

from __future__ import annotations

import argparse
import gzip
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.detect_bench import TIMING_ACTORS  # noqa: E402
from tests.e2e.site import Page, rss, running_site  # noqa: E402
from worker import pipeline  # noqa: E402
from worker.config import load_config_text  # noqa: E402
from worker.extract import document_from_html  # noqa: E402
from worker.runtime import open_runtime  # noqa: E402
from worker.store import deliveries as delivery_store  # noqa: E402


def _ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return f"mean {statistics.mean(samples) * 1000:7.1f} ms  p95 {p95 * 1000:7.1f} ms  (n={len(samples)})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    pages = sorted((args.shared / "corpus" / "news").rglob("*.html.gz"))
    if not pages:
        sys.exit(f"no news pages under {args.shared}/corpus/news")
    bodies = [gzip.decompress(p.read_bytes()) for p in pages]

    def extraction_only() -> list[float]:
        samples = []
        for body in bodies:
            started = time.perf_counter()
            document_from_html(body)
            samples.append(time.perf_counter() - started)
        return samples

    extraction_only()  # warm-up, so neither side pays the first-import costs
    actors = "\n".join(f"  - {{id: {a.id}, name: {a.name}, kind: {a.kind}}}" for a in TIMING_ACTORS)
    with running_site() as site, tempfile.TemporaryDirectory() as tmp:
        for i, body in enumerate(bodies):
            site.pages[f"/news/{i}.html"] = Page(body)
        items = [(f"n{i}", pages[i].name, site.url(f"/news/{i}.html")) for i in range(len(bodies))]
        site.pages["/feed.xml"] = Page(rss(items), "application/rss+xml")
        config = load_config_text(f"""
storage: sqlite:///{tmp}/bench.db
fetch: {{allow_networks: [127.0.0.1/32]}}
polling: {{backfill: {len(bodies)}}}
feeds: [{{url: "{site.url('/feed.xml')}"}}]
actors:
{actors}
channels: [{{id: sink, type: slack, webhook_url: "{site.url('/hook')}"}}]
routes: [{{channels: [sink]}}]
""")
        rt = open_runtime(config)
        started = time.perf_counter()
        outcome = pipeline.poll_feeds(rt, [1])[0]
        poll = time.perf_counter() - started
        per_entry = []
        for entry_id in outcome.new_entry_ids:
            started = time.perf_counter()
            pipeline.process_entry(rt, entry_id)
            per_entry.append(time.perf_counter() - started)
        per_delivery = []
        for delivery_id in delivery_store.pending(rt.engine, rt.clock()):
            started = time.perf_counter()
            pipeline.deliver(rt, delivery_id)
            per_delivery.append(time.perf_counter() - started)
        rt.close()
    baseline = extraction_only()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(bodies)} news pages, {len(TIMING_ACTORS)} actors, SQLite store, loopback HTTP")
    print(f"  feed poll (fetch, parse, record {len(outcome.new_entry_ids)} entries): {poll * 1000:.1f} ms")
    print(f"  baseline, trafilatura only : {_ms(baseline)}")
    print(f"  process_entry, whole stage : {_ms(per_entry)}")
    if per_delivery:
        print(f"  deliver to loopback Slack  : {_ms(per_delivery)}")
    print(f"  peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
