"""Route stage: which novel statements go to which channels. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from worker.config import Route
from worker.records import Statement


@dataclass(frozen=True, slots=True)
class AlertPlan:
    """One alert: an actor's novel statements in one article, and where it goes."""

    actor_id: str
    statement_indexes: tuple[int, ...]  # into the judged statements of the article
    channel_ids: tuple[str, ...]


def _matches(route: Route, statement: Statement) -> bool:
    return (
        ("*" in route.actors or statement.actor_id in route.actors)
        and statement.kind in route.kinds
        and statement.confidence >= route.min_confidence
    )


def plan_alerts(judged: Sequence[tuple[Statement, str, bool]],
                routes: Sequence[Route]) -> tuple[AlertPlan, ...]:
    """Group the novel statements by actor (one alert per article and actor, in order of
    first statement); each alert goes to every channel of every route that takes at least
    one of its statements, each channel once."""
    by_actor: dict[str, list[int]] = {}
    channels: dict[str, dict[str, None]] = {}
    for index, (statement, _mark, novel) in enumerate(judged):
        if not novel:
            continue
        targets = [c for r in routes if _matches(r, statement) for c in r.channels]
        if not targets:
            continue
        by_actor.setdefault(statement.actor_id, []).append(index)
        channels.setdefault(statement.actor_id, {}).update(dict.fromkeys(targets))
    return tuple(
        AlertPlan(actor, tuple(indexes), tuple(channels[actor]))
        for actor, indexes in by_actor.items()
    )
