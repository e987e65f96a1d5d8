"""Failures stay contained: a bad feed is recorded and the others go on; a dead channel
is logged, the run goes on, and the undelivered alert is kept for the next run."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import free_port
from tests.e2e.scenario import onrecord, publish_first, publish_seed_story, slack_texts, write_config
from tests.e2e.site import Page, running_site
from worker.store.db import open_store
from worker.store.schema import deliveries, feeds

pytestmark = pytest.mark.e2e


def test_failing_feeds_are_recorded_and_do_not_stop_the_others(tmp_path: Path, shared: Path,
                                                               smtp_sink) -> None:
    sink, smtp_port = smtp_sink
    with running_site() as site:
        publish_first(site)
        site.pages["/garbage.xml"] = Page(bytes(range(256)) * 40, "application/rss+xml")
        site.pages["/slow.xml"] = Page(b"<rss/>", "application/rss+xml", delay=5)
        config = write_config(tmp_path, site, smtp_port, timeout="1s",
                              extra_feeds=("/missing.xml", "/slow.xml", "/garbage.xml"))

        assert onrecord("once", "--config", str(config)).returncode == 0
        publish_seed_story(site, (shared / "seed" / "luhansk-article.txt").read_text())
        result = onrecord("once", "--config", str(config))
        assert result.returncode == 0, result.stderr
        assert "Nobody came here" in slack_texts(site)[0] and len(sink.messages) == 1

    engine = open_store(f"sqlite:///{tmp_path}/onrecord.db")
    with engine.connect() as conn:
        rows = {r.url.rsplit("/", 1)[1]: r for r in conn.execute(select(feeds))}
    assert rows["rss.xml"].status == "ok"
    assert rows["missing.xml"].status == "failing" and rows["missing.xml"].last_error == "HTTP 404"
    assert rows["slow.xml"].status == "failing" and "time" in rows["slow.xml"].last_error.lower()
    assert rows["garbage.xml"].status == "failing" and rows["garbage.xml"].last_error
    assert rows["missing.xml"].consecutive_errors == 2 and rows["missing.xml"].failing_since is not None
    status = onrecord("status", "--config", str(config))
    assert "failing since" in status.stdout and "HTTP 404" in status.stdout


def test_dead_channels_keep_the_alert_for_the_next_run(tmp_path: Path, shared: Path, smtp_sink) -> None:
    sink, smtp_port = smtp_sink
    with running_site() as site:
        publish_first(site)
        config = write_config(tmp_path, site, smtp_port)
        dead_hook = f"http://127.0.0.1:{free_port()}/hooks/desk"
        live = config.read_text()
        config.write_text(live.replace(site.url("/hooks/desk"), dead_hook)
                          .replace(f"smtp_port: {smtp_port}", f"smtp_port: {free_port()}"))
        assert onrecord("once", "--config", str(config)).returncode == 0
        publish_seed_story(site, (shared / "seed" / "luhansk-article.txt").read_text())
        result = onrecord("once", "--config", str(config))
        assert result.returncode == 0, result.stderr
        assert "2 undelivered" in result.stdout and "delivery failed" in result.stderr
        assert "/hooks/desk" not in result.stderr  # the webhook URL is a secret

        engine = open_store(f"sqlite:///{tmp_path}/onrecord.db")
        with engine.connect() as conn:
            states = [(r.channel_id, r.state, r.attempts) for r in conn.execute(select(deliveries))]
        assert sorted(states) == [("analysts", "pending", 1), ("desk", "pending", 1)]

        config.write_text(live)  # the channels are back
        result = onrecord("once", "--config", str(config))
        assert "sent 2 alerts" in result.stdout, result.stdout + result.stderr
        assert "Nobody came here" in slack_texts(site)[0] and len(sink.messages) == 1
