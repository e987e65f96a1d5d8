"""The end-to-end scenario every runner (once, Celery on Redis, `onrecord run`) must pass.

A feed on a loopback site; after a first poll, an item appears that links to a
page made from the seed article. Peskov's "Nobody came here" must reach a
Slack-like sink and an SMTP sink, once.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.e2e.site import Page, Site, article_page, rss

FEED = "/world/rss.xml"
ARTICLE = "/2025/07/01/kremlin-rejects-us-accusation.html"
TITLE = "Kremlin rejects US accusation of delaying Ukraine peace talks"
OLD_ITEM = ("wire-1", "Markets open higher", "/2025/06/30/markets.html")


def onrecord(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "worker.cli", *args], capture_output=True,
                          text=True, timeout=timeout, check=False)


def write_config(tmp: Path, site: Site, smtp_port: int, *, broker: str = "embedded",
                 storage: str | None = None, extra: str = "") -> Path:
    path = tmp / "onrecord.yaml"
    path.write_text(f"""\
storage: {storage or f"sqlite:///{tmp}/onrecord.db"}
broker: {broker}
data_dir: {tmp}/data
fetch:
  allow_networks: [127.0.0.1/32]
polling:
  interval: 1s
  min_interval: 1s
  tick: 1s
feeds:
  - url: {site.url(FEED)}
    name: Loopback Wire
actors:
  - {{id: peskov, name: Dmitry Peskov, kind: person}}
channels:
  - {{id: desk, type: slack, webhook_url: "{site.url('/hooks/desk')}"}}
  - {{id: analysts, type: email, smtp_host: 127.0.0.1, smtp_port: {smtp_port}, starttls: false,
     from: alerts@onrecord.test, to: [analyst@onrecord.test]}}
routes:
  - {{actors: ["*"], channels: [desk, analysts]}}
{extra}""")
    return path


def publish_first(site: Site) -> None:
    site.pages[FEED] = Page(rss([(OLD_ITEM[0], OLD_ITEM[1], site.url(OLD_ITEM[2]))]),
                            "application/rss+xml", etag='"v1"',
                            last_modified="Mon, 30 Jun 2025 10:00:00 GMT")
    site.pages[OLD_ITEM[2]] = Page(article_page("Markets open higher", "Stocks rose on Monday."))


def publish_seed_story(site: Site, seed_text: str) -> None:
    site.pages[ARTICLE] = Page(article_page(TITLE, seed_text))
    items = [("wire-2", TITLE, site.url(ARTICLE)), (OLD_ITEM[0], OLD_ITEM[1], site.url(OLD_ITEM[2]))]
    site.pages[FEED] = Page(rss(items), "application/rss+xml", etag='"v2"',
                            last_modified="Tue, 01 Jul 2025 09:00:00 GMT")


def wait_for(condition: Callable[[], bool], timeout: float = 60, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def slack_texts(site: Site) -> list[str]:
    return [p["text"] for p in site.recorder.posted()]


def assert_conditional_requests(site: Site) -> None:
    """Every feed request after the first carried the validators the server gave."""
    feed_requests = site.recorder.to(FEED)
    assert len(feed_requests) >= 2
    for headers in feed_requests[1:]:
        assert headers.get("If-None-Match") in ('"v1"', '"v2"'), headers
        assert headers.get("If-Modified-Since"), headers
