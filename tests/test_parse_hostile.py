"""Parsers only ever read the bytes given: no entity expansion, no files, no network."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest
from poll_servers import RSS, send, serve

from worker.parse import parse_feed
from worker.parse.fast_path import parse_fast
from worker.parse.feedparser_path import parse_slow

SECRET = "s3cr3t-0nrecord-canary"


def _all_text(body: bytes) -> list[str]:
    """Every string either path produces, plus parse_feed's."""
    texts: list[str] = []
    try:
        title, entries = parse_fast(body)
        texts.append(title)
        texts += [repr(e) for e in entries]
    except Exception as exc:  # raising is an acceptable answer to hostile input
        texts.append(str(exc))
    title, entries, warning, _ = parse_slow(body, "", "")
    texts += [title, warning or "", *(repr(e) for e in entries)]
    parsed = parse_feed(body)
    texts += [repr(parsed)]
    return texts


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


def _feed_with_doctype(doctype: str, title: str) -> bytes:
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n{doctype}\n]>\n'
            f'<rss version="2.0"><channel><title>{title}</title>'
            f"<item><guid>1</guid><title>{title}</title><description>{title}</description>"
            f"</item></channel></rss>").encode()


@pytest.mark.parametrize("doctype", [
    '<!ENTITY xxe SYSTEM "file://{path}">',
    '<!ENTITY xxe SYSTEM "{path}">',
    '<!ENTITY % p SYSTEM "file://{path}"> %p;',
])
def test_external_entities_never_read_files(secret_file: Path, doctype: str) -> None:
    body = _feed_with_doctype(doctype.format(path=secret_file), "&xxe;")
    assert not any(SECRET in text for text in _all_text(body))


def test_external_entities_never_touch_the_network() -> None:
    with serve({"/dtd": lambda h: send(h, 200, b'<!ENTITY x "pwned">', "text/plain")}) as server:
        body = _feed_with_doctype(
            f'<!ENTITY xxe SYSTEM "{server.url("/x")}">\n'
            f'<!ENTITY % dtd SYSTEM "{server.url("/dtd")}"> %dtd;', "&xxe; &x;")
        texts = _all_text(body)
        body = (f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{server.url("/dtd")}">').encode() + RSS
        texts += _all_text(body)
        assert server.connections == 0
    assert not any("pwned" in text for text in texts)


def test_billion_laughs_is_not_expanded() -> None:
    lines = ['<!ENTITY lol "lol">']
    lines += [f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    lines[1] = '<!ENTITY lol1 "' + "&lol;" * 10 + '">'
    body = _feed_with_doctype("\n".join(lines), "&lol9;")
    tracemalloc.start()
    started = time.monotonic()
    try:
        texts = _all_text(body)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 30
    assert peak < 50 * 1024 * 1024  # 10**9 "lol"s would be 3 GB
    assert not any("lollollollollollollollollollol" * 10 in text for text in texts)


@pytest.mark.parametrize("make_body", [
    lambda path, url: str(path).encode(),
    lambda path, url: f"file://{path}".encode(),
    lambda path, url: url.encode(),
])
def test_a_body_that_is_a_path_or_url_is_just_text(secret_file: Path, make_body) -> None:  # type: ignore[no-untyped-def]
    with serve({"/": lambda h: send(h, 200, RSS)}) as server:
        parsed = parse_feed(make_body(secret_file, server.url("/")), "", "text/plain")
        assert server.connections == 0
    assert parsed.entries == () and SECRET not in repr(parsed)


def test_huge_undated_feeds_skip_the_fast_path() -> None:
    # fastfeedparser 0.6.5 takes minutes on 50,000 undated items; feedparser seconds.
    items = b"".join(b"<item><guid>%d</guid><title>t%d</title></item>" % (i, i) for i in range(20_000))
    parsed = parse_feed(b"<rss version='2.0'><channel><title>t</title>" + items + b"</channel></rss>")
    assert parsed.parser == "feedparser" and len(parsed.entries) == 20_000
    assert len({e.key for e in parsed.entries}) == 20_000
