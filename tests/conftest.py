"""Shared fixtures: the shared/ folder, real Redis, an SMTP sink (aiosmtpd)."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REDIS_URL = os.environ.get("ONRECORD_TEST_REDIS", "redis://127.0.0.1:6379/13")


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the shared corpus and seed ship beside the repository")
    return SHARED


@pytest.fixture
def redis_url() -> str:
    """A real Redis. Skips without one, except in CI where it must be there. Not flushed:
    each test names its own queue, so runs side by side do not disturb each other."""
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis at {REDIS_URL} does not answer in CI: {exc}")
        pytest.skip(f"Redis at {REDIS_URL} does not answer: {exc}")
    return REDIS_URL


def free_port() -> int:
    # aiosmtpd's Controller cannot report a port 0 bound for it, so pick one first.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SmtpSink:
    def __init__(self) -> None:
        self.messages: list[Message] = []
        self._lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        with self._lock:
            self.messages.append(message_from_bytes(envelope.original_content or envelope.content))
        return "250 OK"

    def bodies(self) -> list[str]:
        with self._lock:
            return [m.get_payload(decode=True).decode() for m in self.messages]  # type: ignore[union-attr]


@pytest.fixture
def smtp_sink() -> Iterator[tuple[SmtpSink, int]]:
    from aiosmtpd.controller import Controller

    sink = SmtpSink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield sink, port
    finally:
        controller.stop()


POSTGRES_URL = os.environ.get("ONRECORD_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh store: a SQLite file, and the local PostgreSQL server emptied of our tables."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/store.db"
    import sqlalchemy

    from worker.store.schema import metadata

    engine = sqlalchemy.create_engine(POSTGRES_URL)
    try:
        with engine.connect():
            pass
    except sqlalchemy.exc.OperationalError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL at {POSTGRES_URL} does not answer in CI: {exc}")
        pytest.skip(f"PostgreSQL at {POSTGRES_URL} does not answer")
    metadata.drop_all(engine)
    engine.dispose()
    return POSTGRES_URL
