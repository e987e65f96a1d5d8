"""An entry whose processing kills its worker (#15d of the service review) comes back from
the broker forever with no failure recorded; the store's start counter ends the loop."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert, text

from tests.e2e.site import Page, Site, article_page, rss
from tests.service.test_poll_pipeline import Clock, _runtime, site  # noqa: F401  (fixture)
from worker import pipeline
from worker.store import entries as entry_store
from worker.store.db import migrate
from worker.store.schema import entries, feeds


class WorkerKilled(BaseException):
    """Stands in for SIGKILL/OOM: nothing in the pipeline catches it or records a failure."""


def test_an_entry_that_keeps_killing_its_worker_is_given_up(
    tmp_path: Path, site: Site, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    site.pages["/feed.xml"] = Page(rss([]), "application/rss+xml")
    rt = _runtime(tmp_path, site, Clock())
    pipeline.poll_feeds(rt, [1])
    site.pages["/feed.xml"] = Page(rss([("n1", "News", site.url("/story"))]), "application/rss+xml")
    site.pages["/story"] = Page(article_page("News", "Words of the story. " * 30))
    (entry_id,) = pipeline.poll_feeds(rt, [1])[0].new_entry_ids

    def crash(*_args: object) -> None:
        raise WorkerKilled

    monkeypatch.setattr(pipeline, "detect", crash)
    for _ in range(pipeline.MAX_STARTS):
        with pytest.raises(WorkerKilled):
            pipeline.process_entry(rt, entry_id)
    entry = entry_store.load_entry(rt.engine, entry_id)
    assert entry is not None and entry.state == "pending"  # the loop the broker would keep up

    assert pipeline.process_entry(rt, entry_id) == ()  # the next delivery of the message
    entry = entry_store.load_entry(rt.engine, entry_id)
    assert entry is not None and entry.state == "failed"
    assert entry_id not in entry_store.pending_entries(rt.engine)  # recovery leaves it be


def test_starts_are_counted_in_a_store_from_before_the_counter(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path}/old.db")
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(insert(feeds).values(id=1, url="https://example.org/f"))
        conn.execute(insert(entries).values(id=7, feed_id=1, key="k", first_seen=datetime.now(UTC),
                                            state="pending"))
        conn.execute(text("ALTER TABLE entries DROP COLUMN starts"))  # as an older release left it
    migrate(engine)
    assert entry_store.begin(engine, 7) == 1
    assert entry_store.begin(engine, 7) == 2
