"""Loopback HTTP servers for the polling tests, counting what reaches them.

A route is a function of the request handler that writes the whole response;
every request is recorded server-side (`hits`) before the route runs, so a
guard test can assert that nothing at all arrived.
"""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Route = Callable[[http.server.BaseHTTPRequestHandler], None]


class CountingServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, host: str, routes: dict[str, Route], default: Route | None) -> None:
        self.routes = routes
        self.default = default
        self.hits: list[str] = []
        self.connections = 0
        if ":" in host:
            self.address_family = socket.AF_INET6
        super().__init__((host, 0), _Handler)

    def get_request(self) -> tuple[socket.socket, object]:
        self.connections += 1  # a TCP connection, even one that never sends a request
        return super().get_request()

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that hang up on purpose (caps, deadlines) are the point of the tests

    def url(self, path: str = "/") -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}{path}"


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: CountingServer

    def do_GET(self) -> None:
        self.server.hits.append(self.path)
        route = self.server.routes.get(self.path.split("?", 1)[0], self.server.default)
        if route is None:
            send(self, 404, b"not found", "text/plain")
        else:
            route(self)

    def log_message(self, format: str, *args: object) -> None:
        pass


def send(handler: http.server.BaseHTTPRequestHandler, status: int, body: bytes,
         content_type: str = "application/rss+xml",
         headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    if content_type:
        handler.send_header("Content-Type", content_type)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def redirect(location: str, status: int = 302) -> Route:
    return lambda h: send(h, status, b"", "", {"Location": location})


@contextmanager
def serve(routes: dict[str, Route] | None = None, *, host: str = "127.0.0.1",
          default: Route | None = None) -> Iterator[CountingServer]:
    server = CountingServer(host, routes or {}, default)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


RSS = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
       b"<item><guid>g1</guid><link>https://example.org/a</link><title>A</title></item>"
       b"</channel></rss>")
