"""Entry rows: every feed item ever seen, and whether it has been processed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import Column, Engine, and_, func, or_, select, update

from worker.parse.identity import canonical_link
from worker.records import FeedEntry
from worker.store.db import upsert
from worker.store.records import EntryRow
from worker.store.schema import entries
from worker.store.values import clean, fit


def _lookup(engine: Engine, feed_id: int, column: Column, values: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    with engine.connect() as conn:
        for i in range(0, len(values), 500):  # stay under SQLite's bound-parameter limit
            chunk = values[i : i + 500]
            rows = conn.execute(select(column, entries.c.content_hash).where(
                entries.c.feed_id == feed_id, column.in_(chunk)))
            found.update((value, digest) for value, digest in rows)
    return found


def known(engine: Engine, feed_id: int, items: Sequence[FeedEntry]) -> tuple[dict[str, str], dict[str, str]]:
    """What the store knows of these entries: key -> content hash, canonical link -> hash."""
    keys = {fit(e.key): e.key for e in items}
    links = {fit(c): c for c in (canonical_link(e.link) for e in items) if c}
    by_key = _lookup(engine, feed_id, entries.c.key, list(keys))
    by_link = _lookup(engine, feed_id, entries.c.canonical, list(links))
    return ({keys[k]: h for k, h in by_key.items()}, {links[c]: h for c, h in by_link.items()})


def guid_by_link(engine: Engine, feed_id: int, limit: int = 1000) -> dict[str, str]:
    """canonical link -> GUID of this feed's recent entries, to tell whether GUIDs churn."""
    with engine.connect() as conn:
        rows = conn.execute(select(entries.c.canonical, entries.c.guid).where(
            entries.c.feed_id == feed_id, entries.c.guid != "", entries.c.canonical != "")
            .order_by(entries.c.id.desc()).limit(limit)).all()
    return {link: guid for link, guid in reversed(rows)}


def weekly_count(engine: Engine, feed_id: int, now: datetime) -> int:
    """Entries that appeared in the last week (by publication date, else first sight)."""
    since = now - timedelta(days=7)
    when = func.coalesce(entries.c.published, entries.c.first_seen)
    with engine.connect() as conn:
        return conn.execute(select(func.count()).where(
            entries.c.feed_id == feed_id, when >= since)).scalar_one()


def update_hashes(engine: Engine, feed_id: int, edited: Sequence[FeedEntry]) -> None:
    """An edited entry keeps its row and state; only its text and hash move on."""
    with engine.begin() as conn:
        for e in edited:
            link = canonical_link(e.link)
            same = entries.c.key == fit(e.key)
            if link:
                same = or_(same, entries.c.canonical == fit(link))
            conn.execute(update(entries).where(entries.c.feed_id == feed_id, same).values(
                content_hash=e.content_hash, title=clean(e.title), summary=clean(e.summary)))


def add_entries(engine: Engine, feed_id: int, items: Sequence[tuple[FeedEntry, str]],
                now: datetime) -> list[tuple[int, str]]:
    """Insert (entry, state) pairs; ones already there are left alone. (id, state) of the
    rows inserted."""
    if not items:
        return []
    ids: list[tuple[int, str]] = []
    with engine.begin() as conn:
        for entry, state in items:
            stmt = upsert(engine, entries).values(
                feed_id=feed_id, key=fit(entry.key), guid=clean(entry.guid), link=clean(entry.link),
                canonical=fit(canonical_link(entry.link)), title=clean(entry.title),
                summary=clean(entry.summary), content=clean(entry.content),
                content_hash=entry.content_hash,
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


MAX_ATTEMPTS = 5  # a failed entry is tried again until it has been tried this often


def begin(engine: Engine, entry_id: int) -> int:
    """Count one more start of processing, committed before the work; returns the count."""
    with engine.begin() as conn:  # one statement: PostgreSQL and SQLite >= 3.35 know RETURNING
        return int(conn.execute(update(entries).where(entries.c.id == entry_id).values(
            starts=func.coalesce(entries.c.starts, 0) + 1).returning(entries.c.starts)).scalar_one())


def give_up(engine: Engine, entry_id: int, error: str) -> None:
    """Failed for good: the recovery task will not pick it up again."""
    with engine.begin() as conn:
        conn.execute(update(entries).where(entries.c.id == entry_id).values(
            state="failed", last_error=error, attempts=MAX_ATTEMPTS))


def pending_entries(engine: Engine, limit: int = 1000, seen_before: datetime | None = None) -> list[int]:
    """Entries to process: pending ones, and failed ones with tries left (a database
    hiccup or a bug fixed by an upgrade should not cost an alert for good)."""
    retry = and_(entries.c.state == "failed", entries.c.attempts < MAX_ATTEMPTS)
    query = select(entries.c.id).where(or_(entries.c.state == "pending", retry))
    if seen_before is not None:
        query = query.where(entries.c.first_seen < seen_before)
    with engine.connect() as conn:
        return list(conn.execute(query.order_by(entries.c.id).limit(limit)).scalars())
