"""Prometheus metrics, and a small server for /metrics and /healthz."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.multiprocess import MultiProcessCollector

POLLS = Counter("onrecord_polls_total", "Feed polls by outcome", ["outcome"])
ENTRIES = Counter("onrecord_entries_total", "Entries processed by outcome", ["outcome"])
STATEMENTS = Counter("onrecord_statements_total", "Statements detected", ["novel"])
DELIVERIES = Counter("onrecord_deliveries_total", "Delivery attempts", ["channel", "outcome"])
POLL_SECONDS = Histogram("onrecord_poll_seconds", "Time to poll one feed")
ENTRY_SECONDS = Histogram("onrecord_entry_seconds", "Time to process one entry")


def serve_metrics(listen: str, healthy: Callable[[], bool]) -> ThreadingHTTPServer:
    """Serve /metrics and /healthz on HOST:PORT in a daemon thread."""
    host, _, port = listen.rpartition(":")
    registry = REGISTRY
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        # Prefork workers count in their own processes; the directory gathers them.
        registry = CollectorRegistry()
        MultiProcessCollector(registry)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path.startswith("/metrics"):
                status, body, kind = 200, generate_latest(registry), CONTENT_TYPE_LATEST
            elif self.path.startswith("/healthz"):
                ok = healthy()
                status, body, kind = (200 if ok else 503), (b"ok\n" if ok else b"unhealthy\n"), "text/plain"
            else:
                status, body, kind = 404, b"not found\n", "text/plain"
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:  # keep scrapes out of the log
            pass

    server = ThreadingHTTPServer((host.strip("[]") or "127.0.0.1", int(port)), Handler)
    threading.Thread(target=server.serve_forever, name="metrics", daemon=True).start()
    return server
