"""Entry rows: every feed item ever seen, and whether it has been processed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import Engine, select, update
from sqlalchemy.dialects import postgresql, sqlite

from worker.records import FeedEntry
from worker.store.records import EntryRow
from worker.store.schema import entries


def known_keys(engine: Engine, feed_id: int, keys: Iterable[str]) -> set[str]:
    keys = list(keys)
    found: set[str] = set()
    with engine.connect() as conn:
        for i in range(0, len(keys), 500):  # stay under SQLite's bound-parameter limit
            chunk = keys[i : i + 500]
            found.update(conn.execute(select(entries.c.key).where(
                entries.c.feed_id == feed_id, entries.c.key.in_(chunk))).scalars())
    return found


def add_entries(engine: Engine, feed_id: int, items: Sequence[tuple[FeedEntry, str]],
                now: datetime) -> list[tuple[int, str]]:
    """Insert (entry, state) pairs; ones already there are left alone. (id, state) of the
    rows inserted."""
    if not items:
        return []
    dialect = postgresql if engine.dialect.name == "postgresql" else sqlite
    ids: list[tuple[int, str]] = []
    with engine.begin() as conn:
        for entry, state in items:
            stmt = dialect.insert(entries).values(
                feed_id=feed_id, key=entry.key, link=entry.link, title=entry.title,
                summary=entry.summary, content=entry.content, content_hash=entry.content_hash,
                published=entry.published, first_seen=now, state=state, attempts=0,
            ).on_conflict_do_nothing(index_elements=["feed_id", "key"]).returning(entries.c.id)
            new_id = conn.execute(stmt).scalar()
            if new_id is not None:
                ids.append((new_id, state))
    return ids


def load_entry(engine: Engine, entry_id: int) -> EntryRow | None:
    with engine.connect() as conn:
        row = conn.execute(select(entries).where(entries.c.id == entry_id)).first()
    if row is None:
        return None
    return EntryRow(**{k: getattr(row, k) for k in EntryRow.__slots__})  # type: ignore[attr-defined]


def mark_entry(engine: Engine, entry_id: int, state: str, error: str | None = None) -> None:
    with engine.begin() as conn:
        conn.execute(update(entries).where(entries.c.id == entry_id).values(
            state=state, last_error=error, attempts=entries.c.attempts + 1))


def pending_entries(engine: Engine, limit: int = 1000, seen_before: datetime | None = None) -> list[int]:
    query = select(entries.c.id).where(entries.c.state == "pending")
    if seen_before is not None:
        query = query.where(entries.c.first_seen < seen_before)
    with engine.connect() as conn:
        return list(conn.execute(query.order_by(entries.c.id).limit(limit)).scalars())
