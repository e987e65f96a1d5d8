"""End to end through long-running processes: a Celery worker and beat on real Redis,
and `onrecord run` on the embedded broker."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.conftest import free_port
from tests.e2e.scenario import live_scenario, publish_first, write_config
from tests.e2e.site import running_site

pytestmark = pytest.mark.e2e


@contextmanager
def process(args: list[str], log: Path, env: dict[str, str] | None = None) -> Iterator[subprocess.Popen]:
    with log.open("w") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT,
                                env={**os.environ, **(env or {})}, start_new_session=True)
        try:
            yield proc
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()


def _dump(log: Path) -> str:
    return log.read_text()[-4000:] if log.exists() else ""


def test_celery_worker_and_beat_on_redis(tmp_path: Path, shared: Path, smtp_sink, redis_url: str) -> None:
    sink, smtp_port = smtp_sink
    seed = (shared / "seed" / "luhansk-article.txt").read_text()
    with running_site() as site:
        publish_first(site)
        metrics = f"127.0.0.1:{free_port()}"
        config = write_config(tmp_path, site, smtp_port, broker=redis_url, metrics=metrics)
        (tmp_path / "prom").mkdir()
        env = {"ONRECORD_CONFIG": str(config), "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "prom")}
        celery = [sys.executable, "-m", "celery", "-A", "worker.celery_app"]
        worker_log, beat_log = tmp_path / "worker.log", tmp_path / "beat.log"
        with process([*celery, "worker", "--concurrency=2", "--loglevel=INFO",
                      "--without-gossip", "--without-mingle"], worker_log, env), \
             process([*celery, "beat", "--loglevel=INFO", "-s", str(tmp_path / "beat-schedule")],
                     beat_log, env):
            try:
                live_scenario(site, sink, seed)
            except AssertionError as exc:
                logs = f"--- worker\n{_dump(worker_log)}\n--- beat\n{_dump(beat_log)}"
                raise AssertionError(f"{exc}\n{logs}") from None
            # The prefork children's counts, served by the worker's main process.
            scraped = httpx.get(f"http://{metrics}/metrics", timeout=5).text
            assert 'onrecord_deliveries_total{channel="desk",outcome="sent"} 1.0' in scraped


def test_onrecord_run_on_embedded_broker_stops_on_sigterm(tmp_path: Path, shared: Path, smtp_sink) -> None:
    sink, smtp_port = smtp_sink
    seed = (shared / "seed" / "luhansk-article.txt").read_text()
    with running_site() as site:
        publish_first(site)
        config = write_config(tmp_path, site, smtp_port)
        log = tmp_path / "run.log"
        with process([sys.executable, "-m", "worker.cli", "run", "--config", str(config)], log) as proc:
            try:
                live_scenario(site, sink, seed)
            except AssertionError as exc:
                raise AssertionError(f"{exc}\n--- onrecord run\n{_dump(log)}") from None
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=30) == 0, _dump(log)
