"""What a process needs to run the pipeline, opened once from the config and passed in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx
from sqlalchemy import Engine

from worker.config import Config
from worker.fetch.client import build_client
from worker.records import ActorRef
from worker.store.db import open_store
from worker.store.feeds import sync_feeds


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Runtime:
    config: Config
    engine: Engine
    http: httpx.Client
    actors: tuple[ActorRef, ...]
    clock: Callable[[], datetime] = field(default=utcnow)
    # host -> Unix time before which it must not be fetched (its Retry-After), kept
    # across batches in this process.
    host_holds: dict[str, float] = field(default_factory=dict)

    @property
    def actor_names(self) -> dict[str, str]:
        return {a.id: a.name for a in self.actors}

    def close(self) -> None:
        self.http.close()
        self.engine.dispose()


def open_runtime(config: Config, *, sync: bool = True) -> Runtime:
    engine = open_store(config.storage)
    if sync:
        sync_feeds(engine, config.feeds)
    http = build_client(
        timeout=config.fetch.timeout,
        max_redirects=config.fetch.max_redirects,
        allow_private_networks=config.fetch.allow_private_networks,
        allow_networks=config.fetch.allow_networks,
    )
    return Runtime(config=config, engine=engine, http=http, actors=config.actor_refs())
