"""Articles, statements, alerts and deliveries: what was found and what was sent."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import Engine, select, update

from worker.records import Document, Statement
from worker.route import AlertPlan
from worker.store.db import upsert
from worker.store.schema import alerted, alerts, articles, deliveries, entries, feeds, statements
from worker.store.values import clean


def known_fingerprints(engine: Engine, fingerprints: Iterable[str]) -> set[str]:
    """The fingerprints already alerted: a cheap first look (record_findings decides)."""
    wanted = list(set(fingerprints))
    if not wanted:
        return set()
    with engine.connect() as conn:
        return set(conn.execute(select(alerted.c.fingerprint)
                                .where(alerted.c.fingerprint.in_(wanted))).scalars())


def record_findings(
    engine: Engine, entry_id: int, document: Document,
    found: Sequence[tuple[Statement, str, bool]], plans: Sequence[AlertPlan], now: datetime,
) -> list[int]:
    """In one transaction: the article, its statements, the alerts the plans call for (each
    statement claiming its fingerprint first) and a pending delivery per channel; the entry
    becomes done. Returns the ids of the deliveries created, so that a crash before or after
    leaves nothing half-done."""
    delivery_ids: list[int] = []
    with engine.begin() as conn:
        article_id = conn.execute(upsert(engine, articles).values(
            entry_id=entry_id, url=clean(document.url), title=clean(document.title),
            text=clean(document.text), source=document.source, extracted_at=now,
        ).on_conflict_do_update(index_elements=["entry_id"], set_={"extracted_at": now})
            .returning(articles.c.id)).scalar_one()
        statement_ids, claimed = [], set()
        for index, (statement, mark, novel) in enumerate(found):
            if novel and any(index in plan.statement_indexes for plan in plans):
                # Only an alerted statement claims its words; a lost race means another
                # copy of the story got there first, and this one is not news.
                won = conn.execute(upsert(engine, alerted).values(fingerprint=mark, first_at=now)
                                   .on_conflict_do_nothing().returning(alerted.c.fingerprint)).scalar()
                if won:
                    claimed.add(index)
            statement_ids.append(conn.execute(statements.insert().values(
                article_id=article_id, actor_id=statement.actor_id, kind=statement.kind,
                text=clean(statement.text), speaker=clean(statement.speaker), start=statement.start,
                end=statement.end, confidence=statement.confidence,
                evidence=list(statement.evidence), fingerprint=mark, novel=index in claimed,
                recorded_at=now,
            ).returning(statements.c.id)).scalar_one())
        for plan in plans:
            indexes = [i for i in plan.statement_indexes if i in claimed]
            if not indexes:
                continue
            alert_id = conn.execute(upsert(engine, alerts).values(
                article_id=article_id, actor_id=plan.actor_id, created_at=now,
                statement_ids=[statement_ids[i] for i in indexes],
            ).on_conflict_do_nothing(index_elements=["article_id", "actor_id"])
                .returning(alerts.c.id)).scalar()
            if alert_id is None:  # this entry was processed before: its alert exists
                continue
            for channel_id in plan.channel_ids:
                delivery_ids.append(conn.execute(deliveries.insert().values(
                    alert_id=alert_id, channel_id=channel_id, kind="alert", state="pending",
                    attempts=0, created_at=now,
                ).returning(deliveries.c.id)).scalar_one())
        conn.execute(entries.update().where(entries.c.id == entry_id)
                     .values(state="done", last_error=None, attempts=entries.c.attempts + 1))
    return delivery_ids


def add_ops_alert(engine: Engine, feed_id: int, channel_id: str, text: str, now: datetime) -> int | None:
    """Queue the ops message for a failing feed and mark the feed as told, in one
    transaction: once per failure streak, even when two workers fail the feed at once."""
    with engine.begin() as conn:
        told = conn.execute(update(feeds).where(feeds.c.id == feed_id, feeds.c.ops_alerted.is_(False))
                            .values(ops_alerted=True))
        if not told.rowcount:
            return None
        return conn.execute(deliveries.insert().values(
            alert_id=None, channel_id=channel_id, kind="ops", payload={"text": text},
            state="pending", attempts=0, created_at=now,
        ).returning(deliveries.c.id)).scalar_one()
