"""`onrecord run`: a Celery worker with beat embedded, on the config's broker."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from worker.broker_check import warn_about_broker
from worker.celery_app import app, configure, runtime
from worker.config import Config
from worker.logs import log
from worker.metrics import serve_metrics


def run_daemon(config: Config, *, concurrency: int = 4, path: str | None = None,
               log_level: str = "INFO") -> int:
    configure(app, config, path)
    rt = runtime(app)  # opens the store (creating the schema) before any task runs
    if config.metrics.listen:
        def healthy() -> bool:
            try:
                with rt.engine.connect() as conn:
                    conn.execute(text("SELECT 1"))
                return True
            except Exception:
                return False
        try:
            serve_metrics(config.metrics.listen, healthy)
            app.onrecord_metrics = True  # type: ignore[attr-defined]
        except OSError as exc:  # a busy port costs the metrics, not the alerts
            log.error("metrics server not started", listen=config.metrics.listen, error=str(exc))
    Path(config.data_dir).mkdir(parents=True, exist_ok=True)
    warn_about_broker(config.broker)
    log.info("onrecord starting", broker="embedded" if config.broker == "embedded" else "redis",
             feeds=len(config.feeds), actors=len(config.actors), channels=len(config.channels))
    # Threads, not prefork: one process shares the runtime, and SIGTERM is a warm shutdown
    # that finishes the tasks in hand (acks_late puts back what it cannot finish).
    worker = app.Worker(
        beat=True,
        pool="threads",
        concurrency=concurrency,
        loglevel=log_level,
        schedule_filename=str(Path(config.data_dir, "beat-schedule")),
        without_heartbeat=True,
        without_gossip=True,
        without_mingle=True,
    )
    worker.start()
    return worker.exitcode or 0
