"""The end-to-end scenario every runner (once, Celery on Redis, `onrecord run`) must pass.

A feed on a loopback site; after a first poll, an item appears that links to a
page made from the seed article. Peskov's "Nobody came here" must reach a
Slack-like sink and an SMTP sink, once.
"""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
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
                 storage: str | None = None, extra_feeds: tuple[str, ...] = (),
                 timeout: str = "20s", metrics: str | None = None) -> Path:
    path = tmp / "onrecord.yaml"
    more_feeds = "".join(f"  - url: {site.url(p)}\n" for p in extra_feeds)
    path.write_text(f"""\
storage: {storage or f"sqlite:///{tmp}/onrecord.db"}
broker: {broker}
queue: onrecord-{uuid.uuid4().hex[:12]}
data_dir: {tmp}/data
fetch:
  allow_networks: [127.0.0.1/32]
  timeout: {timeout}
metrics:
  listen: {metrics or "null"}
polling:
  interval: 1s
  min_interval: 1s
  tick: 1s
feeds:
  - url: {site.url(FEED)}
    name: Loopback Wire
    interval: 1s
{more_feeds}actors:
  - {{id: peskov, name: Dmitry Peskov, kind: person}}
channels:
  - {{id: desk, type: slack, webhook_url: "{site.url('/hooks/desk')}"}}
  - {{id: analysts, type: email, smtp_host: 127.0.0.1, smtp_port: {smtp_port}, starttls: false,
     from: alerts@onrecord.test, to: [analyst@onrecord.test]}}
routes:
  - {{actors: ["*"], channels: [desk, analysts]}}
""")
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
    for n, headers in enumerate(feed_requests[1:], 2):
        assert headers.get("If-None-Match") in ('"v1"', '"v2"'), (n, headers)
        assert headers.get("If-Modified-Since"), (n, headers)


def live_scenario(site: Site, sink, seed_text: str) -> None:  # type: ignore[no-untyped-def]
    """Against a running daemon that polls every second: first poll records, the new story
    alerts once on both channels, later polls send nothing again."""
    wait_for(lambda: len(site.recorder.to(FEED)) >= 1, 60, "the first feed poll")
    wait_for(lambda: len(site.recorder.to(FEED)) >= 2, 30, "a second feed poll")
    assert slack_texts(site) == [] and sink.messages == [], "alerted on a new feed's history"
    publish_seed_story(site, seed_text)
    wait_for(lambda: len(slack_texts(site)) >= 1 and len(sink.messages) >= 1, 60, "the alert")
    assert "Nobody came here" in slack_texts(site)[0]
    assert "Nobody came here" in sink.bodies()[0]
    polls = len(site.recorder.to(FEED))
    wait_for(lambda: len(site.recorder.to(FEED)) >= polls + 3, 30, "three more polls")
    assert len(slack_texts(site)) == 1, slack_texts(site)
    assert len(sink.messages) == 1, sink.bodies()
    assert_conditional_requests(site)
