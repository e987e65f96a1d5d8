"""`onrecord once`: one poll of every feed, processed and delivered inline."""

from __future__ import annotations

from dataclasses import dataclass

from worker import pipeline
from worker.logs import log
from worker.runtime import Runtime
from worker.store import deliveries as delivery_store
from worker.store import entries as entry_store
from worker.store import feeds as feed_store


@dataclass(frozen=True, slots=True)
class OnceSummary:
    feeds: int
    feeds_failed: int
    entries: int
    sent: int
    undelivered: int


def run_once(rt: Runtime) -> OnceSummary:
    """Poll every active feed, then process every pending entry (new ones and any left
    from an earlier run), then send every pending delivery. One failure never stops the rest."""
    feeds = feed_store.all_feeds(rt.engine)
    size = rt.config.polling.batch_size
    failed = 0
    for start in range(0, len(feeds), size):
        outcomes = pipeline.poll_feeds(rt, [f.id for f in feeds[start : start + size]])
        failed += sum(o.status == "failed" for o in outcomes)
    processed = 0
    for entry_id in entry_store.pending_entries(rt.engine):
        try:
            pipeline.process_entry(rt, entry_id)
            processed += 1
        except pipeline.PageUnavailable as exc:  # left pending: the next run tries the page again
            log.info("article page unavailable, entry kept for the next run", entry=entry_id, error=str(exc))
        except Exception as exc:
            log.exception("entry processing crashed", entry=entry_id)
            entry_store.mark_entry(rt.engine, entry_id, "failed", f"{type(exc).__name__}: {exc}")
    sent = undelivered = 0
    for delivery_id in delivery_store.pending(rt.engine, rt.clock(), ignore_backoff=True):
        try:
            outcome = pipeline.deliver(rt, delivery_id, ignore_backoff=True)
        except Exception:  # one broken delivery must not keep the others from going out
            log.exception("delivery crashed", delivery=delivery_id)
            undelivered += 1
            continue
        sent += outcome.status == "sent"
        undelivered += outcome.status in ("retry", "failed")
    return OnceSummary(len(feeds), failed, processed, sent, undelivered)
