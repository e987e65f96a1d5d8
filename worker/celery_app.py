"""The Celery app, configured from the Onrecord config file.

`onrecord run` configures it directly. The plain `celery -A worker.celery_app
worker|beat` commands (several hosts sharing Redis) find the config through
the ONRECORD_CONFIG environment variable.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from celery import Celery
from celery.signals import celeryd_init, worker_ready

from worker import embedded_broker
from worker.broker_check import warn_about_broker
from worker.config import Config, load_config
from worker.logs import log
from worker.metrics import serve_metrics
from worker.reload import Watch, reloaded
from worker.runtime import Runtime, open_runtime

app = Celery("onrecord")
_lock = threading.Lock()


def configure(celery: Celery, config: Config, path: str | None = None) -> Celery:
    """Set `celery` up from `config`; with `path`, edits of that file are picked up live."""
    if config.broker == "embedded":
        # Queues are files under the data folder, so the default install needs no server.
        folder = Path(config.data_dir, "broker").resolve()
        for sub in ("queue", "processed", "control"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        embedded_broker.register()
        broker_url = f"{embedded_broker.ALIAS}://"
        transport = {"data_folder_in": str(folder / "queue"), "data_folder_out": str(folder / "queue"),
                     "processed_folder": str(folder / "processed"), "store_processed": False,
                     "control_folder": str(folder / "control")}
    else:
        broker_url, transport = config.broker, {"visibility_timeout": 3600}
    celery.conf.update(
        broker_url=broker_url,
        broker_transport_options=transport,
        broker_connection_retry_on_startup=True,
        task_default_queue=config.queue,
        task_ignore_result=True,
        result_backend=None,
        task_acks_late=True,  # a task lost with its worker runs again; every task is idempotent
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        worker_hijack_root_logger=False,
        timezone="UTC",
        beat_schedule={
            "schedule-due-feeds": {"task": "onrecord.schedule_due_feeds", "schedule": config.polling.tick},
            "recover": {"task": "onrecord.recover", "schedule": 300.0},
        },
    )
    celery.onrecord_config = config  # type: ignore[attr-defined]
    celery.onrecord_runtime = None  # type: ignore[attr-defined]
    celery.onrecord_watch = Watch.of(path) if path else None  # type: ignore[attr-defined]
    return celery


def runtime(celery: Celery) -> Runtime:
    """This process's Runtime, opened on first use (after a prefork worker has forked)."""
    with _lock:
        rt = getattr(celery, "onrecord_runtime", None)
        if rt is None:
            config = getattr(celery, "onrecord_config", None)
            if config is None:
                raise RuntimeError("Onrecord config not set: export ONRECORD_CONFIG=/path/to/config.yaml")
            rt = open_runtime(config)
        watch = getattr(celery, "onrecord_watch", None)
        if watch is not None:
            rt = reloaded(rt, watch)
        celery.onrecord_runtime = rt  # type: ignore[attr-defined]
        return rt


@celeryd_init.connect
def _check_broker(**_kwargs: object) -> None:
    config = getattr(app, "onrecord_config", None)
    if config is not None:
        warn_about_broker(config.broker)


@worker_ready.connect
def _serve_metrics(**_kwargs: object) -> None:
    """Plain `celery … worker` processes serve /metrics too (`onrecord run` does its own)."""
    config = getattr(app, "onrecord_config", None)
    if config is None or not config.metrics.listen or getattr(app, "onrecord_metrics", False):
        return
    try:
        serve_metrics(config.metrics.listen, lambda: True)
    except OSError as exc:
        log.error("metrics server not started", listen=config.metrics.listen, error=str(exc))
    app.onrecord_metrics = True  # type: ignore[attr-defined]


if os.environ.get("ONRECORD_CONFIG"):
    configure(app, load_config(os.environ["ONRECORD_CONFIG"]), os.environ["ONRECORD_CONFIG"])

import worker.tasks  # noqa: E402,F401  registers the tasks on `app`
