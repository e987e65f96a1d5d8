"""The configuration as typed, frozen records, validated once at load."""

from __future__ import annotations

import ipaddress
import re
from typing import Literal

from pydantic import Field, field_validator

from worker.config.channels import Channel, ConsoleChannel, EmailChannel, SlackChannel
from worker.config.fields import ID, Record, Seconds
from worker.records import ActorRef

__all__ = ["Channel", "ConsoleChannel", "EmailChannel", "SlackChannel"]

class FetchSettings(Record):
    allow_private_networks: bool = False
    allow_networks: tuple[str, ...] = ()
    timeout: Seconds = 20.0
    max_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    max_redirects: int = Field(default=5, ge=0, le=20)

    @field_validator("allow_networks")
    @classmethod
    def _cidrs(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for cidr in value:
            try:
                ipaddress.ip_network(cidr, strict=False)
            except ValueError as exc:
                raise ValueError(f"{cidr!r} is not a network such as 10.1.0.0/16") from exc
        return value


class PollingSettings(Record):
    adaptive: bool = True  # follow each feed's entry frequency; else every feed uses `interval`
    interval: Seconds = 300.0  # the interval of feeds that name none, when not adaptive
    frequency_factor: float = Field(default=4.0, gt=0)  # adaptive: polls per new entry
    min_interval: Seconds = 60.0
    max_interval: Seconds = 3600.0
    batch_size: int = Field(default=100, gt=0)  # feeds fetched together by one task
    per_host_limit: int = Field(default=4, gt=0)  # requests in flight to one host
    tick: Seconds = 15.0  # how often the scheduler looks for due feeds
    backfill: int = Field(default=0, ge=0)  # entries of a new feed processed at its first poll
    # A feed that suddenly shows more new entries than this (a CMS migration, a rotated
    # archive) has only the newest processed; the rest are recorded as seen.
    max_new_per_poll: int = Field(default=100, gt=0)
    failure_alert_after: Seconds | None = None  # tell ops_channel when a feed fails this long
    ops_channel: str | None = None


class MetricsSettings(Record):
    listen: str | None = None

    @field_validator("listen")
    @classmethod
    def _host_port(cls, value: str | None) -> str | None:
        if value is not None and not (re.match(r"^[\w.:\[\]-]+:\d{1,5}$", value)
                                      and 0 < int(value.rpartition(":")[2]) < 65536):
            raise ValueError(f"{value!r} is not HOST:PORT")
        return value


class FeedConfig(Record):
    url: str = Field(max_length=2048)
    name: str | None = None
    interval: Seconds | None = None

    @field_validator("url")
    @classmethod
    def _http(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError(f"{value!r} is not an http(s) URL")
        return value


class ActorConfig(Record):
    id: str = Field(pattern=ID)
    name: str = Field(min_length=2)
    kind: Literal["person", "organization"] = "person"
    aliases: tuple[str, ...] = ()

    def ref(self) -> ActorRef:
        return ActorRef(id=self.id, name=self.name, kind=self.kind, aliases=self.aliases)


class Route(Record):
    actors: tuple[str, ...] = ("*",)
    channels: tuple[str, ...] = Field(min_length=1)
    kinds: tuple[Literal["direct", "indirect"], ...] = ("direct", "indirect")
    min_confidence: float = Field(default=0.0, ge=0, le=1)


class Config(Record):
    storage: str = "sqlite:///data/onrecord.db"
    broker: str = "embedded"
    queue: str = Field(default="onrecord", pattern=ID)  # deployments sharing a Redis use their own
    data_dir: str = "data"
    fetch: FetchSettings = FetchSettings()
    polling: PollingSettings = PollingSettings()
    metrics: MetricsSettings = MetricsSettings()
    feeds: tuple[FeedConfig, ...] = ()
    actors: tuple[ActorConfig, ...] = ()
    channels: tuple[Channel, ...] = ()
    routes: tuple[Route, ...] = ()

    @field_validator("broker")
    @classmethod
    def _broker(cls, value: str) -> str:
        if value != "embedded" and not re.match(r"^(redis|rediss)://", value):
            raise ValueError("must be 'embedded' or a redis:// URL")
        return value

    @field_validator("storage")
    @classmethod
    def _storage(cls, value: str) -> str:
        if not re.match(r"^(sqlite|postgresql)(\+\w+)?://", value):
            raise ValueError("must be a sqlite:/// or postgresql+psycopg:// URL")
        return value

    def actor_refs(self) -> tuple[ActorRef, ...]:
        return tuple(a.ref() for a in self.actors)

    def channel(self, channel_id: str) -> ConsoleChannel | SlackChannel | EmailChannel:
        return next(c for c in self.channels if c.id == channel_id)


Path = tuple[str | int, ...]


def reference_problems(config: Config) -> list[tuple[Path, str]]:
    """Cross-field problems (duplicate ids, dangling references), each at its path."""
    problems: list[tuple[Path, str]] = []
    for what, ids in (
        ("actors", [a.id for a in config.actors]),
        ("channels", [c.id for c in config.channels]),
        ("feeds", [f.url for f in config.feeds]),
    ):
        seen: set[str] = set()
        for i, item in enumerate(ids):
            if item in seen:
                field = "url" if what == "feeds" else "id"
                problems.append(((what, i, field), f"{item!r} appears twice"))
            seen.add(item)
    actor_ids = {a.id for a in config.actors}
    channel_ids = {c.id for c in config.channels}
    for r, route in enumerate(config.routes):
        for i, actor in enumerate(route.actors):
            if actor != "*" and actor not in actor_ids:
                problems.append((("routes", r, "actors", i), f"unknown actor {actor!r}"))
        for i, channel in enumerate(route.channels):
            if channel not in channel_ids:
                problems.append((("routes", r, "channels", i), f"unknown channel {channel!r}"))
    ops = config.polling.ops_channel
    if ops is not None and ops not in channel_ids:
        problems.append((("polling", "ops_channel"), f"unknown channel {ops!r}"))
    return problems
