"""Send slots of rate-limited receivers, taken atomically so that workers on several hosts
together keep to a receiver's pace."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, case, select, true, update

from worker.store.db import upsert
from worker.store.schema import pace


@dataclass(frozen=True, slots=True)
class Slot:
    granted: bool
    wait: float  # granted: seconds until the slot starts; else seconds until one can be asked for


def reserve(engine: Engine, key: str, interval: float, *, now: float, max_wait: float) -> Slot:
    """Take the next slot of `key` when it starts within `max_wait` seconds of `now`; the slot
    after it then starts `interval` later. A slot further off is not taken, so a backlog
    does not book the receiver's next hour and a deferred sender asks again near its turn."""
    with engine.begin() as conn:
        conn.execute(upsert(engine, pace).values(key=key, next_at=0.0)
                     .on_conflict_do_nothing(index_elements=["key"]))
        start = case((pace.c.next_at > now, pace.c.next_at), else_=now)
        # The conditional UPDATE is the lock: two senders can never take the same slot.
        near = pace.c.next_at <= now + max_wait if max_wait < float("inf") else true()
        taken = conn.execute(update(pace)
                             .where(pace.c.key == key, near)
                             .values(next_at=start + interval)
                             .returning(pace.c.next_at)).scalar()
        if taken is not None:
            return Slot(True, max(taken - interval - now, 0.0))
        next_at = conn.execute(select(pace.c.next_at).where(pace.c.key == key)).scalar_one()
    return Slot(False, max(next_at - max_wait - now, 0.5))
