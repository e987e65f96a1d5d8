"""Delivery rows: claimed before sending, so that an alert goes out once."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Engine, and_, or_, select, update

from worker.store.records import AlertView
from worker.store.schema import alerts, articles, deliveries, entries, feeds, statements

MAX_ATTEMPTS = 8


def claim(engine: Engine, delivery_id: int, now: datetime, lease: timedelta) -> bool:
    """Take a delivery for sending. False when it was sent, gave up, or another worker
    holds it: only the holder of an unexpired claim may send."""
    claimable = and_(
        deliveries.c.id == delivery_id,
        or_(deliveries.c.state == "pending",
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


def mark_failed(engine: Engine, delivery_id: int, error: str, *, retryable: bool) -> int:
    """Record a failed attempt. The delivery goes back to pending while a retry can help
    and attempts remain; else it stays `failed`, kept and visible in `status`."""
    with engine.begin() as conn:
        attempts = conn.execute(select(deliveries.c.attempts)
                                .where(deliveries.c.id == delivery_id)).scalar_one() + 1
        state = "pending" if retryable and attempts < MAX_ATTEMPTS else "failed"
        conn.execute(update(deliveries).where(deliveries.c.id == delivery_id).values(
            state=state, attempts=attempts, last_error=error[:2000], claimed_until=None))
    return attempts


def pending(engine: Engine, now: datetime, limit: int = 500,
            created_before: datetime | None = None) -> list[int]:
    """Deliveries waiting to go out (or whose sender's claim expired)."""
    waiting = or_(deliveries.c.state == "pending",
                  and_(deliveries.c.state == "sending", deliveries.c.claimed_until < now))
    if created_before is not None:
        waiting = and_(waiting, deliveries.c.created_at < created_before)
    with engine.connect() as conn:
        return list(conn.execute(select(deliveries.c.id).where(waiting)
                                 .order_by(deliveries.c.id).limit(limit)).scalars())
