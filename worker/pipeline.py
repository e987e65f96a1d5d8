"""The orchestrator: each function reads top to bottom, calling one stage after another.

Stages never call each other; only this module strings them together, and
Celery tasks (worker/tasks.py) or `onrecord once` call into it by id.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import time
from collections.abc import Sequence
from datetime import datetime, timedelta

from worker import feed_timing as schedule
from worker.channels import DeliveryError
from worker.deliver import pace_of, send_alert
from worker.detect import detect
from worker.extract import document_from_feed_text, document_from_html
from worker.fetch import fetch_url
from worker.fetch.batch import FeedRequest, fetch_many_sync
from worker.logs import log, redact
from worker.metrics import DELIVERIES, ENTRIES, ENTRY_SECONDS, POLL_SECONDS, POLLS, STATEMENTS
from worker.novelty import fingerprint, judge, newest_first, split_entries
from worker.parse import parse_feed
from worker.parse.identity import guids_unstable
from worker.records import DeliveryOutcome, FetchResult, PollOutcome
from worker.route import plan_alerts
from worker.runtime import Runtime
from worker.store import alerts as alert_store
from worker.store import deliveries as delivery_store
from worker.store import entries as entry_store
from worker.store import feeds as feed_store
from worker.store import pace as pace_store
from worker.store.records import FeedState

DELIVERY_LEASE = timedelta(minutes=5)
PACE_WAIT = 3.0  # seconds a worker may wait for a rate-limited receiver before deferring
PAGE_ATTEMPTS = 3  # tries at an article page before falling back to the feed's text
# Starts after which an entry is a poison message (it kills its worker, so no failure is ever
# recorded and the broker hands it back for good). Well above what honest retries use:
# 3 page tries plus 5 recovery rounds of 4 Celery tries.
MAX_STARTS = 30


class PageUnavailable(Exception):
    """The article page failed in a way a later try may not: process the entry again later."""


def poll_feeds(rt: Runtime, feed_ids: Sequence[int]) -> list[PollOutcome]:
    """Fetch a batch of feeds together (async, polite per host), then record each."""
    feeds = feed_store.load_feeds(rt.engine, feed_ids)
    fetch = rt.config.fetch
    results = fetch_many_sync(
        [FeedRequest(f.url, f.etag, f.last_modified) for f in feeds],
        per_host_limit=rt.config.polling.per_host_limit, timeout=fetch.timeout,
        max_bytes=fetch.max_bytes, allow_private_networks=fetch.allow_private_networks,
        allow_networks=fetch.allow_networks, host_holds=rt.host_holds)
    outcomes = []
    for feed, result in zip(feeds, results, strict=True):
        POLL_SECONDS.observe(result.elapsed_ms / 1000)
        try:
            outcomes.append(record_poll(rt, feed, result))
        except Exception as exc:  # a bug on one feed must not cost the others their poll
            log.exception("feed poll crashed", feed=redact(feed.url))
            outcomes.append(_poll_failed(rt, feed, f"internal error: {type(exc).__name__}: {exc}", result))
    return outcomes


def record_poll(rt: Runtime, feed: FeedState, result: FetchResult) -> PollOutcome:
    """After the fetch: parse, keep the new entries, record them, schedule the next poll."""
    now, polling = rt.clock(), rt.config.polling
    if result.error or not (result.ok or result.not_modified):
        return _poll_failed(rt, feed, result.error or f"HTTP {result.status}", result)
    body_hash = hashlib.sha256(result.body).hexdigest() if result.ok and result.body else None
    if result.not_modified or (body_hash and body_hash == feed.body_hash):
        # Unchanged: nothing to parse. (Servers without validators still cost no parse.)
        delay = schedule.delay_after_success(feed, polling, result, _weekly(rt, feed, now))
        feed_store.record_poll_ok(rt.engine, feed.id, now, now + delay,
                                  etag=result.etag, last_modified=result.last_modified)
        POLLS.labels("not_modified").inc()
        return PollOutcome(feed.id, "not_modified")
    assert result.body is not None
    parsed = parse_feed(result.body, result.final_url or feed.url, result.content_type,
                        use_guid=not feed.guid_unstable)
    if parsed.error:
        return _poll_failed(rt, feed, parsed.error, result)
    unstable = feed.guid_unstable or guids_unstable(entry_store.guid_by_link(rt.engine, feed.id),
                                                    parsed.entries)
    if unstable and not feed.guid_unstable:
        log.warning("feed GUIDs are unstable, keying its entries by link", feed=redact(feed.url))
        parsed = parse_feed(result.body, result.final_url or feed.url, result.content_type,
                            use_guid=False)
    fresh, edited = split_entries(parsed.entries, *entry_store.known(rt.engine, feed.id, parsed.entries))
    fresh = newest_first(fresh)
    # A new feed's existing items are history: record them as seen, alert on none
    # but the newest `backfill` of them.
    first_poll = feed.last_ok_at is None  # never read successfully, even if it failed before
    cap = polling.backfill if first_poll else polling.max_new_per_poll
    if not first_poll and len(fresh) > cap:
        log.warning("entry flood: only the newest are processed", feed=redact(feed.url),
                    new=len(fresh), cap=cap)
    backfill = {e.key for e in fresh[:cap]}
    items = [(e, "pending" if e.key in backfill else "seen") for e in fresh]
    inserted = entry_store.add_entries(rt.engine, feed.id, items, now)
    entry_store.update_hashes(rt.engine, feed.id, edited)
    pending = tuple(entry_id for entry_id, state in inserted if state == "pending")
    delay = schedule.delay_after_success(feed, polling, result, _weekly(rt, feed, now), parsed)
    feed_store.record_poll_ok(rt.engine, feed.id, now, now + delay, etag=result.etag,
                              last_modified=result.last_modified, body_hash=body_hash,
                              guid_unstable=unstable)
    POLLS.labels("ok").inc()
    log.info("feed polled", feed=redact(feed.url), entries=len(parsed.entries), new=len(fresh),
             edited=len(edited), to_process=len(pending), parser=parsed.parser)
    return PollOutcome(feed.id, "ok", pending)


def _weekly(rt: Runtime, feed: FeedState, now: datetime) -> int:
    """The feed's entries of the last week, asked of the store only when the schedule uses it."""
    if not schedule.adapts(feed, rt.config.polling):
        return 0
    return entry_store.weekly_count(rt.engine, feed.id, now)


def _poll_failed(rt: Runtime, feed: FeedState, error: str, result: FetchResult) -> PollOutcome:
    now, polling = rt.clock(), rt.config.polling
    delay = schedule.delay_after_failure(feed, polling, result)
    state = feed_store.record_poll_failure(rt.engine, feed.id, now, now + delay, error)
    POLLS.labels("failed").inc()
    log.warning("feed failed", feed=redact(state.url), error=error, failing_for=state.consecutive_errors)
    ops: tuple[int, ...] = ()
    if schedule.ops_alert_due(state, polling, now):
        text = (f"Feed {state.name or redact(state.url)} has failed since "
                f"{state.failing_since:%Y-%m-%d %H:%M} UTC ({state.consecutive_errors} polls): {error}")
        queued = alert_store.add_ops_alert(rt.engine, feed.id, polling.ops_channel or "", text, now)
        ops = (queued,) if queued is not None else ()
    return PollOutcome(feed.id, "failed", ops_delivery_ids=ops, error=error)


def process_entry(rt: Runtime, entry_id: int) -> tuple[int, ...]:
    """Extract, detect, judge novelty, route, record: the ids of the deliveries to make."""
    with ENTRY_SECONDS.time():
        return _process_entry(rt, entry_id)


def _process_entry(rt: Runtime, entry_id: int) -> tuple[int, ...]:
    entry = entry_store.load_entry(rt.engine, entry_id)
    if entry is None or entry.state not in ("pending", "failed"):
        return ()
    if entry_store.begin(rt.engine, entry.id) > MAX_STARTS:
        entry_store.give_up(rt.engine, entry.id, f"gave up after {MAX_STARTS} starts without an outcome")
        ENTRIES.labels("failed").inc()
        log.error("entry given up: processing never finished", url=redact(entry.link), starts=MAX_STARTS)
        return ()
    document = None
    if entry.link.startswith(("http://", "https://")):
        page = fetch_url(rt.http, entry.link, max_bytes=rt.config.fetch.max_bytes)
        if page.ok and page.body:
            document = document_from_html(page.body, url=page.final_url or entry.link)
        elif page.retryable and entry.attempts + 1 < PAGE_ATTEMPTS:
            # Publishers fail under load exactly when news breaks: try the page again
            # later rather than settle for the feed's summary now.
            entry_store.mark_entry(rt.engine, entry.id, "pending", f"article page: {page.error}")
            raise PageUnavailable(page.error or f"HTTP {page.status}")
        else:
            log.info("article page unavailable, using the feed's text", url=redact(entry.link),
                     error=page.error)
    if document is None or not document.paragraphs:
        document = document_from_feed_text(entry.title, entry.content or entry.summary, entry.link)
    elif not document.title:
        document = dataclasses.replace(document, title=entry.title)
    statements = detect(document, rt.actors)
    known = alert_store.known_fingerprints(rt.engine, (fingerprint(s) for s in statements))
    judged = judge(statements, known)
    plans = plan_alerts(judged, rt.config.routes)
    delivery_ids = alert_store.record_findings(rt.engine, entry.id, document, judged, plans, rt.clock())
    ENTRIES.labels("done").inc()
    fresh = sum(1 for _s, _f, novel in judged if novel)
    STATEMENTS.labels("yes").inc(fresh)
    STATEMENTS.labels("no").inc(len(judged) - fresh)
    log.info("entry processed", url=redact(entry.link), statements=len(statements), alerts=len(plans))
    return tuple(delivery_ids)


def deliver(rt: Runtime, delivery_id: int, *, ignore_backoff: bool = False) -> DeliveryOutcome:
    now = rt.clock()
    if not delivery_store.claim(rt.engine, delivery_id, now, DELIVERY_LEASE,
                                ignore_backoff=ignore_backoff):
        return DeliveryOutcome(delivery_id, "skipped")  # sent already, or another worker has it
    view = delivery_store.load_view(rt.engine, delivery_id, rt.actor_names)
    if view is None:
        return DeliveryOutcome(delivery_id, "skipped")
    if (pace := pace_of(rt.config, view)) is not None:
        # A worker waits for its receiver's turn a moment at most; `once` sends one by one.
        slot = pace_store.reserve(rt.engine, *pace, now=now.timestamp(),
                                  max_wait=math.inf if ignore_backoff else PACE_WAIT)
        if not slot.granted:
            delivery_store.defer(rt.engine, delivery_id, now + timedelta(seconds=slot.wait))
            return DeliveryOutcome(delivery_id, "retry", "waiting for the receiver's pace", slot.wait)
        time.sleep(slot.wait)
    try:
        send_alert(rt.config, view)
    except DeliveryError as exc:
        again = delivery_store.mark_failed(rt.engine, delivery_id, str(exc), retryable=exc.retryable,
                                           now=now, retry_after=exc.retry_after)
        DELIVERIES.labels(view.channel_id, "retry" if again else "failed").inc()
        log.warning("delivery failed", channel=view.channel_id, delivery=delivery_id,
                    error=str(exc), next_try=again.isoformat() if again else None)
        if again is None:
            return DeliveryOutcome(delivery_id, "failed", str(exc))
        return DeliveryOutcome(delivery_id, "retry", str(exc), (again - now).total_seconds())
    delivery_store.mark_sent(rt.engine, delivery_id, rt.clock())
    DELIVERIES.labels(view.channel_id, "sent").inc()
    log.info("alert delivered", channel=view.channel_id, delivery=delivery_id, actor=view.actor_id)
    return DeliveryOutcome(delivery_id, "sent")
