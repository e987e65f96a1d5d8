"""The configuration as typed, frozen records, validated once at load."""

from __future__ import annotations

import ipaddress
import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    field_validator,
)

from worker.records import ActorRef

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}
_ID = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"


def _seconds(value: object) -> object:
    """'90s', '5m', '1h', '1.5d' or a number of seconds."""
    if isinstance(value, str):
        match = _DURATION.match(value)
        if not match:
            raise ValueError(f"{value!r} is not a duration such as 30s, 5m, 1h")
        return float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    return value


Seconds = Annotated[float, BeforeValidator(_seconds), Field(gt=0)]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FetchSettings(_Record):
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


class PollingSettings(_Record):
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


class MetricsSettings(_Record):
    listen: str | None = None

    @field_validator("listen")
    @classmethod
    def _host_port(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^[\w.:\[\]-]+:\d{1,5}$", value):
            raise ValueError(f"{value!r} is not HOST:PORT")
        return value


class FeedConfig(_Record):
    url: str
    name: str | None = None
    interval: Seconds | None = None

    @field_validator("url")
    @classmethod
    def _http(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError(f"{value!r} is not an http(s) URL")
        return value


class ActorConfig(_Record):
    id: str = Field(pattern=_ID)
    name: str = Field(min_length=2)
    kind: Literal["person", "organization"] = "person"
    aliases: tuple[str, ...] = ()

    def ref(self) -> ActorRef:
        return ActorRef(id=self.id, name=self.name, kind=self.kind, aliases=self.aliases)


class ConsoleChannel(_Record):
    id: str = Field(pattern=_ID)
    type: Literal["console"]


class SlackChannel(_Record):
    id: str = Field(pattern=_ID)
    type: Literal["slack"]
    webhook_url: SecretStr
    timeout: Seconds = 10.0

    @field_validator("webhook_url")
    @classmethod
    def _http(cls, value: SecretStr) -> SecretStr:
        if not re.match(r"^https?://", value.get_secret_value()):
            raise ValueError("is not an http(s) URL")
        return value


class EmailChannel(_Record):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)
    id: str = Field(pattern=_ID)
    type: Literal["email"]
    smtp_host: str
    smtp_port: int = Field(default=587, gt=0, lt=65536)
    starttls: bool = True
    ssl: bool = False  # implicit TLS (port 465)
    username: str | None = None
    password: SecretStr | None = None
    sender: str = Field(alias="from", pattern=r"^[^@\s]+@[^@\s]+$")
    to: tuple[Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+$")], ...] = Field(min_length=1)
    timeout: Seconds = 20.0


Channel = Annotated[ConsoleChannel | SlackChannel | EmailChannel, Field(discriminator="type")]


class Route(_Record):
    actors: tuple[str, ...] = ("*",)
    channels: tuple[str, ...] = Field(min_length=1)
    kinds: tuple[Literal["direct", "indirect"], ...] = ("direct", "indirect")
    min_confidence: float = Field(default=0.0, ge=0, le=1)


class Config(_Record):
    storage: str = "sqlite:///data/onrecord.db"
    broker: str = "embedded"
    queue: str = Field(default="onrecord", pattern=_ID)  # deployments sharing a Redis use their own
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
