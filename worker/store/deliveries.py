"""Delivery rows: claimed before sending, so that an alert goes out once."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Engine, and_, or_, select, update

from worker.store.records import AlertView
from worker.store.schema import alerts, articles, deliveries, entries, feeds, statements

# A channel that fails in a way a retry can help is retried with back-off for this long
# (an afternoon's Slack or SMTP outage must not cost the alerts made during it).
GIVE_UP_AFTER = timedelta(hours=24)
MAX_BACKOFF = timedelta(minutes=30)


def _due(now: datetime):  # type: ignore[no-untyped-def]
    return or_(deliveries.c.next_attempt_at.is_(None), deliveries.c.next_attempt_at <= now)


def claim(engine: Engine, delivery_id: int, now: datetime, lease: timedelta, *,
          ignore_backoff: bool = False) -> bool:
    """Take a delivery for sending. False when it was sent, gave up, is backing off, or
    another worker holds it: only the holder of an unexpired claim may send."""
    due = deliveries.c.state == "pending"
    if not ignore_backoff:
        due = and_(due, _due(now))
    claimable = and_(
        deliveries.c.id == delivery_id,
        or_(due,
            and_(deliveries.c.state == "sending", deliveries.c.claimed_until < now)),
    )
    with engine.begin() as conn:
        result = conn.execute(update(deliveries).where(claimable)
                              .values(state="sending", claimed_until=now + lease))
    return bool(result.rowcount)


def load_view(engine: Engine, delivery_id: int, actor_names: dict[str, str]) -> AlertView | None:
    with engine.connect() as conn:
        d = conn.execute(select(deliveries).where(deliveries.c.id == delivery_id)).first()
        if d is None:
            return None
        if d.kind == "ops":
            return AlertView(delivery_id=d.id, channel_id=d.channel_id, actor_id="", actor_name="",
                             article_title="", article_url="", feed_name="Onrecord",
                             statements=(), kind="ops", ops_text=(d.payload or {}).get("text", ""))
        row = conn.execute(
            select(alerts.c.actor_id, alerts.c.statement_ids, articles.c.title, articles.c.url,
                   feeds.c.name, feeds.c.url.label("feed_url"))
            .join(articles, articles.c.id == alerts.c.article_id)
            .join(entries, entries.c.id == articles.c.entry_id)
            .join(feeds, feeds.c.id == entries.c.feed_id)
            .where(alerts.c.id == d.alert_id)).one()
        found = conn.execute(select(statements.c.kind, statements.c.text, statements.c.speaker)
                             .where(statements.c.id.in_(row.statement_ids))
                             .order_by(statements.c.start)).all()
    return AlertView(
        delivery_id=d.id, channel_id=d.channel_id, actor_id=row.actor_id,
        actor_name=actor_names.get(row.actor_id, row.actor_id), article_title=row.title,
        article_url=row.url, feed_name=row.name or row.feed_url,
        statements=tuple((s.kind, s.text, s.speaker) for s in found),
    )


def mark_sent(engine: Engine, delivery_id: int, now: datetime) -> None:
    with engine.begin() as conn:
        conn.execute(update(deliveries).where(deliveries.c.id == delivery_id).values(
            state="sent", sent_at=now, claimed_until=None, last_error=None,
            attempts=deliveries.c.attempts + 1))


def mark_failed(engine: Engine, delivery_id: int, error: str, *, retryable: bool, now: datetime,
                retry_after: float | None = None) -> datetime | None:
    """Record a failed attempt. While a retry can help and GIVE_UP_AFTER has not passed, the
    delivery goes back to pending, due after an exponential back-off (or the receiver's
    Retry-After): that time is returned. Else it stays `failed`, kept and shown in `status`."""
    with engine.begin() as conn:
        row = conn.execute(select(deliveries.c.attempts, deliveries.c.created_at)
                           .where(deliveries.c.id == delivery_id)).one()
        attempts = row.attempts + 1
        wait = min(timedelta(seconds=10 * 2 ** min(attempts - 1, 20)), MAX_BACKOFF)
        wait = max(wait, timedelta(seconds=retry_after or 0))
        again = now + wait if retryable and now + wait - row.created_at < GIVE_UP_AFTER else None
        conn.execute(update(deliveries).where(deliveries.c.id == delivery_id).values(
            state="pending" if again else "failed", attempts=attempts, last_error=error[:2000],
            claimed_until=None, next_attempt_at=again))
    return again


def defer(engine: Engine, delivery_id: int, until: datetime) -> None:
    """Give a claimed delivery back, due at `until`, without counting an attempt: it waits
    for its receiver's pace, nothing failed."""
    with engine.begin() as conn:
        conn.execute(update(deliveries)
                     .where(deliveries.c.id == delivery_id, deliveries.c.state == "sending")
                     .values(state="pending", claimed_until=None, next_attempt_at=until))


def pending(engine: Engine, due_by: datetime, limit: int = 500, *,
            ignore_backoff: bool = False) -> list[int]:
    """Deliveries due by `due_by` (waiting, or whose sender's claim expired). The recovery
    task passes a time in the past: what is overdue lost its queued message. `once`, run
    by hand or by cron, ignores the back-off and tries everything that waits."""
    due = and_(deliveries.c.state == "pending", deliveries.c.created_at <= due_by)
    if not ignore_backoff:
        due = and_(due, _due(due_by))
    waiting = or_(due,
                  and_(deliveries.c.state == "sending", deliveries.c.claimed_until < due_by))
    with engine.connect() as conn:
        return list(conn.execute(select(deliveries.c.id).where(waiting)
                                 .order_by(deliveries.c.id).limit(limit)).scalars())
