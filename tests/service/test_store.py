"""The store on SQLite and on the local PostgreSQL server: idempotent writes, claims."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from worker.config import FeedConfig, Route
from worker.novelty import judge
from worker.records import Document, FeedEntry, Statement
from worker.route import plan_alerts
from worker.store import alerts, deliveries, entries, feeds
from worker.store.db import open_store

NOW = datetime(2025, 7, 1, 9, 0, tzinfo=UTC)
FEEDS = [FeedConfig(url="https://a.test/rss"), FeedConfig(url="https://b.test/rss", name="B", interval=60)]


def test_sync_claim_and_health(store_url: str) -> None:
    engine = open_store(store_url)
    feeds.sync_feeds(engine, FEEDS)
    feeds.sync_feeds(engine, FEEDS)  # twice: no duplicates
    ids = [f.id for f in feeds.all_feeds(engine)]
    assert len(ids) == 2
    claimed = feeds.claim_due_feeds(engine, NOW, timedelta(minutes=10))
    assert sorted(claimed) == sorted(ids)
    assert feeds.claim_due_feeds(engine, NOW, timedelta(minutes=10)) == []  # leased
    state = feeds.record_poll_failure(engine, ids[0], NOW, NOW + timedelta(minutes=5), "HTTP 404")
    state = feeds.record_poll_failure(engine, ids[0], NOW + timedelta(minutes=5), NOW, "HTTP 404")
    assert (state.status, state.consecutive_errors, state.last_error) == ("failing", 2, "HTTP 404")
    assert state.failing_since is not None and state.failing_since.replace(tzinfo=UTC) == NOW
    feeds.record_poll_ok(engine, ids[0], NOW, NOW, etag='"e"', last_modified=None)
    state = feeds.load_feed(engine, ids[0])
    assert state is not None and (state.status, state.consecutive_errors, state.etag) == ("ok", 0, '"e"')
    feeds.sync_feeds(engine, FEEDS[1:])  # removed from the config: kept, inactive
    assert [f.url for f in feeds.all_feeds(engine)] == ["https://b.test/rss"]
    assert len(feeds.all_feeds(engine, active_only=False)) == 2
    engine.dispose()


def test_findings_alerts_and_deliveries_are_recorded_once(store_url: str) -> None:
    engine = open_store(store_url)
    feeds.sync_feeds(engine, FEEDS)
    feed_id = feeds.all_feeds(engine)[0].id
    first = FeedEntry("guid:1", guid="1", link="https://a.test/1?utm_source=rss", content_hash="h1")
    items = [(first, "pending"), (FeedEntry("guid:2", content_hash="h2"), "seen")]
    added = entries.add_entries(engine, feed_id, items, NOW)
    assert [state for _id, state in added] == ["pending", "seen"]
    assert entries.add_entries(engine, feed_id, items, NOW) == []
    churned = FeedEntry("guid:1b", guid="1b", link="https://a.test/1")
    assert entries.known(engine, feed_id, [first, FeedEntry("guid:3"), churned]) == (
        {"guid:1": "h1"}, {"https://a.test/1": "h1"})
    assert entries.guid_by_link(engine, feed_id) == {"https://a.test/1": "1"}
    assert entries.weekly_count(engine, feed_id, NOW + timedelta(days=1)) == 2
    assert entries.weekly_count(engine, feed_id, NOW + timedelta(days=8)) == 0
    entry_id = added[0][0]
    said = Statement("peskov", "direct", "Nobody came here", "Peskov", 10, 26, 0.9, ("rule:direct",))
    judged = judge([said], alerts.known_fingerprints(engine, []))
    plans = plan_alerts(judged, [Route(channels=("desk", "mail"))])
    doc = Document("Title", ("“Nobody came here,” Peskov said.",), "https://a.test/1", "trafilatura")
    first = alerts.record_findings(engine, entry_id, doc, judged, plans, NOW)
    again = alerts.record_findings(engine, entry_id, doc, judged, plans, NOW)
    assert len(first) == 2 and again == []  # a re-run of the entry makes no new deliveries
    assert entries.load_entry(engine, entry_id).state == "done"  # type: ignore[union-attr]
    assert judge([said], alerts.known_fingerprints(engine, [judged[0][1]]))[0][2] is False

    lease = timedelta(minutes=5)
    assert deliveries.claim(engine, first[0], NOW, lease)
    assert not deliveries.claim(engine, first[0], NOW, lease)  # held
    assert deliveries.claim(engine, first[0], NOW + 2 * lease, lease)  # the holder died
    view = deliveries.load_view(engine, first[0], {"peskov": "Dmitry Peskov"})
    assert view is not None and view.statements == (("direct", "Nobody came here", "Peskov"),)
    assert view.actor_name == "Dmitry Peskov" and view.article_url == "https://a.test/1"
    deliveries.mark_sent(engine, first[0], NOW)
    assert not deliveries.claim(engine, first[0], NOW + 10 * lease, lease)  # sent is final

    assert deliveries.claim(engine, first[1], NOW, lease)
    again = deliveries.mark_failed(engine, first[1], "smtp down", retryable=True, now=NOW)
    assert again is not None and again > NOW
    assert deliveries.pending(engine, NOW) == []  # backing off
    assert not deliveries.claim(engine, first[1], NOW, lease)
    assert deliveries.pending(engine, again) == [first[1]]  # kept for the next try
    later = NOW + timedelta(hours=2)
    assert deliveries.claim(engine, first[1], later, lease)
    again = deliveries.mark_failed(engine, first[1], "429", retryable=True, now=later, retry_after=600)
    assert again is not None and (again - later).total_seconds() >= 600  # the receiver's wish
    assert deliveries.claim(engine, first[1], again, lease)
    tomorrow = NOW + timedelta(hours=25)
    assert deliveries.mark_failed(engine, first[1], "still down", retryable=True, now=tomorrow) is None
    assert deliveries.pending(engine, tomorrow, ignore_backoff=True) == []  # gave up after a day
    engine.dispose()


def test_a_refusal_that_retrying_cannot_fix_fails_at_once(store_url: str) -> None:
    engine = open_store(store_url)
    feeds.sync_feeds(engine, FEEDS)
    (entry_id, _), = entries.add_entries(engine, feeds.all_feeds(engine)[0].id,
                                         [(FeedEntry("guid:z"), "pending")], NOW)
    judged = judge([Statement("peskov", "direct", "No", "Peskov")], set())
    (delivery,) = alerts.record_findings(engine, entry_id, Document("T", ("x",)), judged,
                                         plan_alerts(judged, [Route(channels=("desk",))]), NOW)
    assert deliveries.claim(engine, delivery, NOW, timedelta(minutes=5))
    assert deliveries.mark_failed(engine, delivery, "auth refused", retryable=False, now=NOW) is None
    assert deliveries.pending(engine, NOW, ignore_backoff=True) == []
    engine.dispose()


def test_migration_adds_missing_columns(store_url: str) -> None:
    engine = open_store(store_url)
    with engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE feeds DROP COLUMN body_hash"))
    engine.dispose()
    engine = open_store(store_url)  # as a newer release starting on an older store
    assert "body_hash" in {c["name"] for c in sa.inspect(engine).get_columns("feeds")}
    engine.dispose()


def _two_entries(engine):  # type: ignore[no-untyped-def]
    feeds.sync_feeds(engine, FEEDS)
    feed_id = feeds.all_feeds(engine)[0].id
    added = entries.add_entries(engine, feed_id, [(FeedEntry("guid:a"), "pending"),
                                                  (FeedEntry("guid:b"), "pending")], NOW)
    return [entry_id for entry_id, _state in added]


def test_two_copies_of_a_story_judged_at_once_alert_once(store_url: str) -> None:
    """Both workers judged the quote new before either wrote: the claim decides."""
    engine = open_store(store_url)
    first, second = _two_entries(engine)
    said = Statement("peskov", "direct", "Nobody came here", "Peskov", confidence=0.9)
    judged = judge([said], alerts.known_fingerprints(engine, []))  # both see "unknown"
    plans = plan_alerts(judged, [Route(channels=("desk",))])
    doc = Document("T", ("“Nobody came here,” Peskov said.",))
    assert len(alerts.record_findings(engine, first, doc, judged, plans, NOW)) == 1
    assert alerts.record_findings(engine, second, doc, judged, plans, NOW) == []
    engine.dispose()


def test_a_statement_no_route_took_does_not_silence_a_later_copy(store_url: str) -> None:
    engine = open_store(store_url)
    first, second = _two_entries(engine)
    direct_only = [Route(channels=("desk",), kinds=("direct",))]
    reported = Statement("peskov", "indirect", "Russia will never agree to these terms", "Peskov")
    quoted = Statement("peskov", "direct", "Russia will never agree to these terms.", "Peskov")
    doc = Document("T", ("x",))
    judged = judge([reported], alerts.known_fingerprints(engine, []))
    assert alerts.record_findings(engine, first, doc, judged, plan_alerts(judged, direct_only), NOW) == []
    judged = judge([quoted], alerts.known_fingerprints(engine, [judged[0][1]]))
    assert judged[0][2] is True  # recorded, but never alerted: still news
    plans = plan_alerts(judged, direct_only)
    assert len(alerts.record_findings(engine, second, doc, judged, plans, NOW)) == 1
    engine.dispose()


def test_processes_syncing_the_same_edit_at_once_all_succeed(store_url: str) -> None:
    engine = open_store(store_url)
    feeds.sync_feeds(engine, FEEDS[:1])
    edited = [*FEEDS, *(FeedConfig(url=f"https://n{i}.test/rss") for i in range(20))]
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def sync() -> None:
        barrier.wait()
        try:
            feeds.sync_feeds(engine, edited)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=sync) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(feeds.all_feeds(engine)) == 22
    engine.dispose()


def test_hostile_feed_values_do_not_block_the_feed(store_url: str) -> None:
    """A 5,000-character link and NUL bytes are refused by PostgreSQL as they come."""
    engine = open_store(store_url)
    feeds.sync_feeds(engine, FEEDS)
    feed_id = feeds.all_feeds(engine)[0].id
    long_link = "https://a.test/" + "x" * 5000
    hostile = FeedEntry("link:" + long_link, link=long_link, title="Nul\x00title", content_hash="h")
    normal = FeedEntry("guid:ok", title="Fine")
    added = entries.add_entries(engine, feed_id, [(hostile, "pending"), (normal, "pending")], NOW)
    assert len(added) == 2
    assert entries.known(engine, feed_id, [hostile])[0] == {hostile.key: "h"}  # found again by its key
    assert entries.load_entry(engine, added[0][0]).title == "Nultitle"  # type: ignore[union-attr]
    engine.dispose()
