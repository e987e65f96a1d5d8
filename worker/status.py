"""`onrecord status`: feeds and their health, recent statements and deliveries."""

from __future__ import annotations

from sqlalchemy import func, select

from worker.config import Config
from worker.store.db import open_store
from worker.store.feeds import all_feeds
from worker.store.schema import articles, deliveries, entries, statements


def _when(value: object) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else "-"


def print_status(config: Config, limit: int = 10) -> int:
    engine = open_store(config.storage)  # read only: the daemon owns the feed list
    feeds = all_feeds(engine)
    print(f"Feeds ({len(feeds)}):")
    for f in feeds:
        line = (f"  [{f.status:7}] {f.name or f.url}  last ok {_when(f.last_ok_at)}"
                f"  next {_when(f.next_poll_at)}")
        if f.guid_unstable:
            line += "  (GUIDs unstable: entries keyed by link)"
        if f.status == "failing":
            line += (f"\n            failing since {_when(f.failing_since)}"
                     f" ({f.consecutive_errors}x): {f.last_error}")
        print(line)
    with engine.connect() as conn:
        recent = conn.execute(
            select(statements.c.recorded_at, statements.c.actor_id, statements.c.kind,
                   statements.c.text, articles.c.url)
            .join(articles, articles.c.id == statements.c.article_id)
            .order_by(statements.c.id.desc()).limit(limit)).all()
        counts = dict(conn.execute(select(deliveries.c.state, func.count())
                                   .group_by(deliveries.c.state)).all())
        backlog = dict(conn.execute(select(entries.c.state, func.count())
                                    .where(entries.c.state.in_(["pending", "failed"]))
                                    .group_by(entries.c.state)).all())
        failed = conn.execute(select(deliveries.c.channel_id, deliveries.c.attempts,
                                     deliveries.c.last_error)
                              .where(deliveries.c.state.in_(["failed", "pending"]))
                              .order_by(deliveries.c.id.desc()).limit(limit)).all()
    print(f"\nRecent statements ({len(recent)}):")
    for r in recent:
        print(f"  {_when(r.recorded_at)} {r.actor_id} ({r.kind}): {r.text[:100]}  <{r.url}>")
    print("\nEntries waiting: " + (", ".join(f"{k} {v}" for k, v in sorted(backlog.items())) or "none"))
    print("Deliveries: " + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"))
    for d in failed:
        print(f"  undelivered to {d.channel_id} after {d.attempts} attempts: {d.last_error}")
    engine.dispose()
    return 0
