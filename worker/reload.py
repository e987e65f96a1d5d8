"""Picking up an edited config without a restart, and surviving a bad edit.

Every process checks the file's modification time every few seconds when it
asks for its Runtime. A valid new config replaces the old one (feeds synced,
actors, channels and routes live at once); an invalid one is logged with every
problem and ignored: the daemon keeps running on the last good config.
"""

from __future__ import annotations

import dataclasses
import os
import time
from dataclasses import dataclass

from prometheus_client import Counter

from worker.config import Config, ConfigError, load_config
from worker.fetch.client import build_client
from worker.logs import log
from worker.runtime import Runtime
from worker.store.feeds import sync_feeds

RELOADS = Counter("onrecord_config_reloads_total", "Config reloads by outcome", ["outcome"])
CHECK_EVERY = 5.0  # seconds between looks at the file


@dataclass
class Watch:
    path: str
    mtime: float = 0.0
    checked: float = 0.0

    @classmethod
    def of(cls, path: str) -> Watch:
        return cls(path, _mtime(path), time.monotonic())


def _mtime(path: str) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0


def reloaded(rt: Runtime, watch: Watch, *, force: bool = False) -> Runtime:
    """`rt`, or a Runtime on the file's new config when it changed and is valid."""
    now = time.monotonic()
    if not force and now - watch.checked < CHECK_EVERY:
        return rt
    watch.checked = now
    mtime = _mtime(watch.path)
    if mtime == watch.mtime or mtime == 0.0:
        return rt
    try:
        config = load_config(watch.path)
    except ConfigError as exc:
        watch.mtime = mtime  # judged once per edit, so a bad edit is logged once
        RELOADS.labels("invalid").inc()
        log.error("config edit rejected, still running on the last good config",
                  problems=[str(p) for p in exc.problems])
        return rt
    try:
        new = _apply(rt, config)
    except Exception:  # the store hiccuped: keep the old config, try again at the next look
        RELOADS.labels("failed").inc()
        log.exception("config reload failed, will try again")
        return rt
    watch.mtime = mtime
    return new


def _apply(rt: Runtime, config: Config) -> Runtime:
    kept = {"storage": rt.config.storage, "broker": rt.config.broker, "data_dir": rt.config.data_dir}
    if any(getattr(config, k) != v for k, v in kept.items()):
        log.warning("storage, broker and data_dir changes take effect at the next restart")
        config = config.model_copy(update=kept)
    http = rt.http
    if config.fetch != rt.config.fetch:
        f = config.fetch
        http = build_client(timeout=f.timeout, max_redirects=f.max_redirects,
                            allow_private_networks=f.allow_private_networks,
                            allow_networks=f.allow_networks)
    sync_feeds(rt.engine, config.feeds)
    RELOADS.labels("applied").inc()
    log.info("config reloaded", feeds=len(config.feeds), actors=len(config.actors),
             channels=len(config.channels), routes=len(config.routes))
    return dataclasses.replace(rt, config=config, http=http, actors=config.actor_refs())
