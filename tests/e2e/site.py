"""Loopback servers for end-to-end tests: a news site with a feed, and a Slack-like sink."""

from __future__ import annotations

import html
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds to wait before answering (a slow server)
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Recorder:
    requests: list[tuple[str, str, dict[str, str], bytes]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, method: str, path: str, headers: dict[str, str], body: bytes) -> None:
        with self.lock:
            self.requests.append((method, path, headers, body))

    def to(self, path: str) -> list[dict[str, str]]:
        with self.lock:
            return [h for _m, p, h, _b in self.requests if p == path]

    def posted(self) -> list[dict]:
        with self.lock:
            return [json.loads(b) for m, _p, _h, b in self.requests if m == "POST"]


class Site(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.recorder = Recorder()
        self.post_status = 200
        self.post_headers: dict[str, str] = {}
        super().__init__(("127.0.0.1", 0), _Handler)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up on a slow page is what some tests are about


class _Handler(BaseHTTPRequestHandler):
    server: Site

    def _reply(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.server.recorder.add("GET", self.path, dict(self.headers), b"")
        page = self.server.pages.get(self.path)
        if page is None:
            return self._reply(404, b"not found", {"Content-Type": "text/plain"})
        if page.delay:
            time.sleep(page.delay)
        validators = {k: v for k, v in (("ETag", page.etag), ("Last-Modified", page.last_modified)) if v}
        if page.etag and self.headers.get("If-None-Match") == page.etag:
            return self._reply(304, b"", validators)
        self._reply(page.status, page.body,
                    {"Content-Type": page.content_type, **validators, **page.headers})

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.server.recorder.add("POST", self.path, dict(self.headers), body)
        self._reply(self.server.post_status, b"ok",
                    {"Content-Type": "text/plain", **self.server.post_headers})

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def running_site() -> Iterator[Site]:
    site = Site()
    thread = threading.Thread(target=site.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.shutdown()
        site.server_close()


def rss(items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed of (guid, title, link) items."""
    body = "".join(
        f"<item><guid>{html.escape(g)}</guid><title>{html.escape(t)}</title>"
        f"<link>{html.escape(link)}</link><description>{html.escape(t)}</description>"
        f"<pubDate>{formatdate(usegmt=True)}</pubDate></item>"
        for g, t, link in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Loopback Wire</title><link>http://127.0.0.1/</link>"
            f"<description>test</description>{body}</channel></rss>").encode()


def article_page(title: str, text: str) -> bytes:
    """An article page: short lines without a full stop become sub-headings."""
    blocks = []
    for line in filter(None, (ln.strip() for ln in text.splitlines())):
        tag = "h2" if len(line) < 60 and not line.endswith((".", "”", '"')) else "p"
        blocks.append(f"<{tag}>{html.escape(line)}</{tag}>")
    nav = "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
    return (f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body>{nav}"
            f"<article><h1>{html.escape(title)}</h1>{''.join(blocks)}</article>"
            f"<footer>© Loopback News</footer></body></html>").encode()
