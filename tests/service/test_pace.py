"""A rate-limited receiver (a Slack webhook: about one message a second) is kept to its pace
by every worker together: slots taken atomically in the store, a far slot deferred."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.e2e.site import Site, running_site
from worker import pipeline
from worker.channels import slack
from worker.config.loader import load_config_text
from worker.novelty import judge
from worker.records import DeliveryOutcome, Document, FeedEntry, Statement
from worker.route import plan_alerts
from worker.runtime import open_runtime
from worker.store import alerts, deliveries, entries, feeds
from worker.store.db import open_store
from worker.store.pace import reserve


def test_slots_follow_each_other_and_a_far_one_is_not_taken(store_url: str) -> None:
    engine = open_store(store_url)
    taken = [reserve(engine, "hook", 1.0, now=1000.0, max_wait=1.5) for _ in range(3)]
    assert [(s.granted, s.wait) for s in taken[:2]] == [(True, 0.0), (True, 1.0)]
    assert not taken[2].granted and taken[2].wait == pytest.approx(0.5)  # ask again then
    later = reserve(engine, "hook", 1.0, now=1001.6, max_wait=1.5)
    assert later.granted and later.wait == pytest.approx(0.4)
    assert reserve(engine, "other", 1.0, now=1000.0, max_wait=0).wait == 0.0  # keys are apart
    assert reserve(engine, "hook", 1.0, now=5000.0, max_wait=0).wait == 0.0  # idle: at once
    engine.dispose()


def test_senders_racing_for_a_receiver_never_share_a_slot(store_url: str) -> None:
    engine = open_store(store_url)
    waits: list[float] = []
    lock = threading.Lock()

    def take() -> None:
        slot = reserve(engine, "hook", 1.0, now=0.0, max_wait=float("inf"))
        with lock:
            waits.append(slot.wait)

    threads = [threading.Thread(target=take) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(waits) == [float(i) for i in range(8)]
    engine.dispose()


@pytest.fixture
def site() -> Iterator[Site]:
    with running_site() as s:
        yield s


def test_alerts_to_one_webhook_are_paced_and_the_overflow_waits_its_turn(
        tmp_path: Path, site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(slack, "WEBHOOK_INTERVAL", 0.5)
    monkeypatch.setattr(pipeline, "PACE_WAIT", 0.2)
    hook = site.url("/hooks/shared")
    config = load_config_text(f"""\
storage: sqlite:///{tmp_path}/store.db
feeds: [{{url: "https://a.test/rss"}}]
actors: [{{id: peskov, name: Dmitry Peskov}}]
channels:
  - {{id: desk, type: slack, webhook_url: "{hook}"}}
  - {{id: night, type: slack, webhook_url: "{hook}"}}
routes: [{{actors: ["*"], channels: [desk, night]}}]
""")
    rt = open_runtime(config)
    now = datetime.now(UTC)
    feed_id = feeds.all_feeds(rt.engine)[0].id
    ids: list[int] = []
    for n in range(3):  # three stories, each to two channels that share one webhook
        (entry_id, _), = entries.add_entries(rt.engine, feed_id, [(FeedEntry(f"guid:{n}"), "pending")],
                                             now)
        judged = judge([Statement("peskov", "direct", f"Statement {n}", "Peskov")], set())
        ids += alerts.record_findings(rt.engine, entry_id, Document(f"T{n}", ("x",)), judged,
                                      plan_alerts(judged, config.routes), now)
    outcomes: list[DeliveryOutcome] = []

    def send(delivery_id: int) -> None:  # six workers at once
        outcome = pipeline.deliver(rt, delivery_id)
        with lock:
            outcomes.append(outcome)

    lock = threading.Lock()
    workers = [threading.Thread(target=send, args=(i,)) for i in ids]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    # The first slot is taken at once; the next, 0.5 s off, is past PACE_WAIT: deferred.
    sent = [o for o in outcomes if o.status == "sent"]
    deferred = [o for o in outcomes if o.status == "retry"]
    assert sent and deferred and len(sent) + len(deferred) == 6
    assert all(o.error == "waiting for the receiver's pace" and o.retry_in for o in deferred)
    assert len(site.recorder.posted()) == len(sent)
    assert deliveries.pending(rt.engine, datetime.now(UTC)) == []  # each due at its turn only
    for outcome in deferred:  # what the Celery retry does: wait its countdown, try again
        again = outcome
        while again.status == "retry":
            threading.Event().wait(again.retry_in or 0)
            again = pipeline.deliver(rt, outcome.delivery_id)
        assert again.status == "sent"
    assert len(site.recorder.posted()) == 6  # nothing lost, nothing twice
    assert deliveries.pending(rt.engine, datetime.now(UTC), ignore_backoff=True) == []
    rt.close()
