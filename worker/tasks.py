"""Celery tasks: glue only. Ids in, one pipeline call, a retry decision, the next tasks out."""

from __future__ import annotations

import threading
from datetime import timedelta

from celery import Task

from worker import pipeline
from worker.celery_app import app, runtime
from worker.logs import log
from worker.store import deliveries as delivery_store
from worker.store import entries as entry_store
from worker.store import feeds as feed_store

POLL_LEASE = timedelta(minutes=10)
# kombu's producer pool is not safe when worker threads publish at once (messages were
# lost under the thread pool in our tests), so publishing is serialised per process.
_publish_lock = threading.Lock()


def _enqueue(task: Task, *args: object) -> None:
    with _publish_lock:
        task.apply_async(args=args)


@app.task(name="onrecord.schedule_due_feeds", ignore_result=True)
def schedule_due_feeds() -> int:
    rt = runtime(app)
    due = feed_store.claim_due_feeds(rt.engine, rt.clock(), POLL_LEASE)
    size = rt.config.polling.batch_size
    for start in range(0, len(due), size):
        _enqueue(poll_feeds, due[start : start + size])
    return len(due)


@app.task(name="onrecord.poll_feeds", ignore_result=True)
def poll_feeds(feed_ids: list[int]) -> None:
    for outcome in pipeline.poll_feeds(runtime(app), feed_ids):
        for entry_id in outcome.new_entry_ids:
            _enqueue(process_entry, entry_id)
        for delivery_id in outcome.ops_delivery_ids:
            _enqueue(deliver, delivery_id)


@app.task(name="onrecord.process_entry", bind=True, ignore_result=True, max_retries=3)
def process_entry(self: Task, entry_id: int) -> None:
    rt = runtime(app)
    try:
        delivery_ids = pipeline.process_entry(rt, entry_id)
    except pipeline.PageUnavailable as exc:  # the store counts these tries, not Celery
        raise self.retry(exc=exc, countdown=60 * 2**self.request.retries, max_retries=None) from exc
    except Exception as exc:
        if self.request.retries >= self.max_retries:
            entry_store.mark_entry(rt.engine, entry_id, "failed", f"{type(exc).__name__}: {exc}")
            log.exception("entry failed; the recovery task will try it again", entry=entry_id)
            return
        raise self.retry(exc=exc, countdown=30 * 2**self.request.retries) from exc
    for delivery_id in delivery_ids:
        _enqueue(deliver, delivery_id)


@app.task(name="onrecord.deliver", bind=True, ignore_result=True, max_retries=None)
def deliver(self: Task, delivery_id: int) -> None:
    outcome = pipeline.deliver(runtime(app), delivery_id)
    if outcome.status == "retry":
        # The store holds the back-off and the give-up time; Celery only waits for it.
        raise self.retry(countdown=max(outcome.retry_in or 0, 1))


@app.task(name="onrecord.recover", ignore_result=True)
def recover() -> None:
    """Re-queue work a lost message or a crashed worker left behind."""
    rt = runtime(app)
    stale = rt.clock() - timedelta(minutes=10)  # younger work is still in the queue
    for entry_id in entry_store.pending_entries(rt.engine, seen_before=stale):
        _enqueue(process_entry, entry_id)
    for delivery_id in delivery_store.pending(rt.engine, stale):  # overdue: its message was lost
        _enqueue(deliver, delivery_id)
