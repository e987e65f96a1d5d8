"""The poll half of the orchestrator against a loopback site: history on first poll,
304s and unchanged bodies parse nothing, churned GUIDs and edits are not new, failures
back off and can tell an ops channel."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.site import Page, Site, article_page, rss, running_site
from worker import pipeline
from worker.config import load_config_text
from worker.runtime import Runtime, open_runtime
from worker.store import deliveries, feeds
from worker.store import entries as entry_store

T0 = datetime(2025, 7, 1, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def site() -> Iterator[Site]:
    with running_site() as s:
        yield s


def _runtime(tmp: Path, site: Site, clock: Clock, polling: str = "") -> Runtime:
    config = load_config_text(f"""
storage: sqlite:///{tmp}/s.db
fetch: {{allow_networks: [127.0.0.1/32], timeout: 5s}}
polling: {{min_interval: 60s, max_interval: 1h {polling}}}
feeds: [{{url: "{site.url('/feed.xml')}"}}]
channels: [{{id: ops, type: console}}]
""")
    rt = open_runtime(config)
    return Runtime(rt.config, rt.engine, rt.http, rt.actors, clock=clock)


def _items(n: int, site: Site, guid: str = "g", title: str = "Story") -> list[tuple[str, str, str]]:
    return [(f"{guid}{i}", f"{title} {i}", site.url(f"/s/{i}?utm_source=rss")) for i in range(n)]


def test_first_poll_is_history_then_new_items_are_pending(tmp_path: Path, site: Site) -> None:
    site.pages["/feed.xml"] = Page(rss(_items(3, site)), "application/rss+xml")
    rt = _runtime(tmp_path, site, Clock(), ", backfill: 1")
    first = pipeline.poll_feeds(rt, [1])[0]
    assert first.status == "ok" and len(first.new_entry_ids) == 1  # only the backfill
    site.pages["/feed.xml"] = Page(rss(_items(5, site)), "application/rss+xml")
    second = pipeline.poll_feeds(rt, [1])[0]
    assert len(second.new_entry_ids) == 2


def test_an_entry_flood_processes_only_the_newest(tmp_path: Path, site: Site) -> None:
    site.pages["/feed.xml"] = Page(rss(_items(2, site)), "application/rss+xml")
    rt = _runtime(tmp_path, site, Clock(), ", max_new_per_poll: 5")
    pipeline.poll_feeds(rt, [1])
    site.pages["/feed.xml"] = Page(rss(_items(50, site, guid="new-")), "application/rss+xml")
    assert len(pipeline.poll_feeds(rt, [1])[0].new_entry_ids) == 5


def test_unchanged_feed_parses_nothing(tmp_path: Path, site: Site) -> None:
    site.pages["/feed.xml"] = Page(rss(_items(2, site)), "application/rss+xml", etag='"a"')
    rt = _runtime(tmp_path, site, Clock())
    assert pipeline.poll_feeds(rt, [1])[0].status == "ok"
    assert pipeline.poll_feeds(rt, [1])[0].status == "not_modified"  # a 304
    assert site.recorder.to("/feed.xml")[-1]["If-None-Match"] == '"a"'
    site.pages["/feed.xml"].etag = None  # a server without validators, same bytes
    assert pipeline.poll_feeds(rt, [1])[0].status == "not_modified"  # same body hash


def test_churned_guids_and_edits_are_not_new(tmp_path: Path, site: Site) -> None:
    site.pages["/feed.xml"] = Page(rss(_items(3, site)), "application/rss+xml")
    rt = _runtime(tmp_path, site, Clock())
    pipeline.poll_feeds(rt, [1])
    site.pages["/feed.xml"] = Page(rss(_items(3, site, guid="v2-")), "application/rss+xml")
    churned = pipeline.poll_feeds(rt, [1])[0]
    assert churned.status == "ok" and churned.new_entry_ids == ()
    assert feeds.load_feed(rt.engine, 1).guid_unstable  # type: ignore[union-attr]
    site.pages["/feed.xml"] = Page(rss(_items(3, site, guid="v3-", title="Fixed")), "application/rss+xml")
    assert pipeline.poll_feeds(rt, [1])[0].new_entry_ids == ()  # edited, not new
    site.pages["/feed.xml"] = Page(rss([*_items(3, site, guid="v3-", title="Fixed"),
                                         ("v3-9", "Fresh", site.url("/s/9"))]), "application/rss+xml")
    assert len(pipeline.poll_feeds(rt, [1])[0].new_entry_ids) == 1


def test_failures_back_off_honour_retry_after_and_tell_ops_once(tmp_path: Path, site: Site) -> None:
    clock = Clock()
    rt = _runtime(tmp_path, site, clock, ", failure_alert_after: 30m, ops_channel: ops")
    waits = []
    for _ in range(4):
        outcome = pipeline.poll_feeds(rt, [1])[0]
        state = feeds.load_feed(rt.engine, 1)
        assert outcome.status == "failed" and state is not None and state.last_error == "HTTP 404"
        waits.append((state.next_poll_at.replace(tzinfo=UTC) - clock.now).total_seconds())
        clock.now += timedelta(minutes=20)
    assert waits[0] < waits[1] < waits[2] <= 3600 * 1.1  # exponential, capped at max_interval
    ops = deliveries.pending(rt.engine, clock.now)
    assert len(ops) == 1  # once per failure streak, after 30 minutes


def test_rate_limited_host_is_held_for_its_retry_after(tmp_path: Path, site: Site) -> None:
    clock = Clock()
    rt = _runtime(tmp_path, site, clock)
    site.pages["/feed.xml"] = Page(b"slow down", "text/plain", status=429,
                                   headers={"Retry-After": "7200"})
    outcome = pipeline.poll_feeds(rt, [1])[0]
    state = feeds.load_feed(rt.engine, 1)
    assert outcome.status == "failed" and state is not None
    assert (state.next_poll_at.replace(tzinfo=UTC) - clock.now).total_seconds() >= 7200
    assert pipeline.poll_feeds(rt, [1])[0].status == "failed"  # held: not even asked
    assert len(site.recorder.to("/feed.xml")) == 1


def test_an_oldest_first_feed_still_has_its_newest_entries_processed(tmp_path: Path, site: Site) -> None:
    old = "<item><guid>g0</guid><title>Old</title><link>{u}/s/0</link></item>"
    site.pages["/feed.xml"] = Page(rss([]).replace(b"</channel>", old.format(u=site.url("")).encode()
                                                   + b"</channel>"), "application/rss+xml")
    rt = _runtime(tmp_path, site, Clock(), ", max_new_per_poll: 2")
    pipeline.poll_feeds(rt, [1])
    dated = "".join(f"<item><guid>d{i}</guid><title>Day {i}</title><link>{site.url(f'/d/{i}')}</link>"
                    f"<pubDate>0{i} Jan 2025 10:00:00 GMT</pubDate></item>" for i in range(1, 6))
    site.pages["/feed.xml"] = Page(rss([]).replace(b"</channel>", dated.encode() + b"</channel>"),
                                   "application/rss+xml")
    ids = pipeline.poll_feeds(rt, [1])[0].new_entry_ids
    titles = [entry_store.load_entry(rt.engine, i).title for i in ids]  # type: ignore[union-attr]
    assert titles == ["Day 5", "Day 4"]


def test_a_briefly_failing_article_page_is_tried_again(tmp_path: Path, site: Site) -> None:
    site.pages["/feed.xml"] = Page(rss([]), "application/rss+xml")
    rt = _runtime(tmp_path, site, Clock())
    pipeline.poll_feeds(rt, [1])
    site.pages["/feed.xml"] = Page(rss([("n1", "News", site.url("/story"))]), "application/rss+xml")
    (entry_id,) = pipeline.poll_feeds(rt, [1])[0].new_entry_ids
    site.pages["/story"] = Page(b"busy", "text/plain", status=503)
    with pytest.raises(pipeline.PageUnavailable):
        pipeline.process_entry(rt, entry_id)
    entry = entry_store.load_entry(rt.engine, entry_id)
    assert entry is not None and entry.state == "pending" and entry.attempts == 1
    site.pages["/story"] = Page(article_page("News", "Words of the story. " * 30))
    pipeline.process_entry(rt, entry_id)
    entry = entry_store.load_entry(rt.engine, entry_id)
    assert entry is not None and entry.state == "done"
