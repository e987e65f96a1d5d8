"""Feed rows: the configured feeds, their validators, health and schedule."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import Engine, and_, or_, select, update

from worker.config import FeedConfig
from worker.store.db import upsert
from worker.store.records import FeedState
from worker.store.schema import feeds
from worker.store.values import clean


def _state(row: object) -> FeedState:
    return FeedState(**{k: getattr(row, k) for k in FeedState.__slots__})  # type: ignore[attr-defined]


def sync_feeds(engine: Engine, configured: Sequence[FeedConfig]) -> None:
    """Make the table hold the config's feeds; removed ones are deactivated, not deleted,
    so that their history (and seen entries) survive being re-added. Safe when several
    processes sync the same edit at once (an upsert per feed)."""
    wanted = {f.url: f for f in configured}
    with engine.begin() as conn:
        for url, feed in wanted.items():
            values = {"name": feed.name or "", "interval_s": feed.interval, "active": True}
            conn.execute(upsert(engine, feeds).values(url=url, status="new", consecutive_errors=0,
                                              ops_alerted=False, guid_unstable=False, **values)
                         .on_conflict_do_update(index_elements=["url"], set_=values))
        gone = [r.id for r in conn.execute(select(feeds.c.id, feeds.c.url)) if r.url not in wanted]
        if gone:
            conn.execute(update(feeds).where(feeds.c.id.in_(gone)).values(active=False))


def load_feed(engine: Engine, feed_id: int) -> FeedState | None:
    with engine.connect() as conn:
        row = conn.execute(select(feeds).where(feeds.c.id == feed_id)).first()
    return _state(row) if row else None


def load_feeds(engine: Engine, feed_ids: Sequence[int]) -> list[FeedState]:
    """The active feeds among these ids, in one query (a batch polls a hundred at a time)."""
    with engine.connect() as conn:
        rows = conn.execute(select(feeds).where(feeds.c.id.in_(list(feed_ids)), feeds.c.active.is_(True))
                            .order_by(feeds.c.id))
        return [_state(r) for r in rows]


def all_feeds(engine: Engine, *, active_only: bool = True) -> list[FeedState]:
    query = select(feeds).order_by(feeds.c.id)
    if active_only:
        query = query.where(feeds.c.active.is_(True))
    with engine.connect() as conn:
        return [_state(r) for r in conn.execute(query)]


def claim_due_feeds(engine: Engine, now: datetime, lease: timedelta, limit: int = 500) -> list[int]:
    """Feeds due at `now`, pushed `lease` ahead so that no other scheduler takes them too.

    The update is conditional on the value read, so two schedulers racing on a
    shared PostgreSQL store never both claim one feed.
    """
    due = and_(feeds.c.active.is_(True), or_(feeds.c.next_poll_at.is_(None), feeds.c.next_poll_at <= now))
    claimed: list[int] = []
    with engine.begin() as conn:
        rows = conn.execute(select(feeds.c.id, feeds.c.next_poll_at).where(due).limit(limit)).all()
        for row in rows:
            same = (feeds.c.next_poll_at.is_(None) if row.next_poll_at is None
                    else feeds.c.next_poll_at == row.next_poll_at)
            result = conn.execute(update(feeds).where(feeds.c.id == row.id, same)
                                  .values(next_poll_at=now + lease))
            if result.rowcount:
                claimed.append(row.id)
    return claimed


def record_poll_ok(engine: Engine, feed_id: int, now: datetime, next_poll_at: datetime, *,
                   etag: str | None, last_modified: str | None, body_hash: str | None = None,
                   guid_unstable: bool | None = None) -> None:
    values: dict[str, object] = {
        "status": "ok", "last_error": None, "failing_since": None, "consecutive_errors": 0,
        "ops_alerted": False, "last_polled_at": now, "last_ok_at": now, "next_poll_at": next_poll_at,
        "etag": etag, "last_modified": last_modified,
    }
    if body_hash is not None:
        values["body_hash"] = body_hash
    if guid_unstable is not None:
        values["guid_unstable"] = guid_unstable
    with engine.begin() as conn:
        conn.execute(update(feeds).where(feeds.c.id == feed_id).values(**values))


def record_poll_failure(engine: Engine, feed_id: int, now: datetime, next_poll_at: datetime,
                        error: str) -> FeedState:
    """Keep the feed, its error and when it started failing: never drop it silently."""
    with engine.begin() as conn:
        row = conn.execute(select(feeds.c.failing_since, feeds.c.consecutive_errors)
                           .where(feeds.c.id == feed_id)).one()
        conn.execute(update(feeds).where(feeds.c.id == feed_id).values(
            status="failing", last_error=clean(error)[:2000], last_polled_at=now,
            failing_since=row.failing_since or now, consecutive_errors=row.consecutive_errors + 1,
            next_poll_at=next_poll_at))
    state = load_feed(engine, feed_id)
    assert state is not None
    return state
