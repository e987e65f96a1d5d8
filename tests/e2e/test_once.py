"""End to end through `onrecord once`: inline polling, processing and delivery."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.scenario import (
    assert_conditional_requests,
    onrecord,
    publish_first,
    publish_seed_story,
    slack_texts,
    write_config,
)
from tests.e2e.site import running_site

pytestmark = pytest.mark.e2e


def test_once_alerts_on_slack_and_email_exactly_once(tmp_path: Path, shared: Path, smtp_sink,
                                                      store_url: str) -> None:
    """On the SQLite default and on the local PostgreSQL server."""
    sink, smtp_port = smtp_sink
    with running_site() as site:
        publish_first(site)
        config = write_config(tmp_path, site, smtp_port, storage=store_url)

        first = onrecord("once", "--config", str(config))
        assert first.returncode == 0, first.stderr
        assert slack_texts(site) == [] and sink.messages == []  # a new feed's items are history

        publish_seed_story(site, (shared / "seed" / "luhansk-article.txt").read_text())
        second = onrecord("once", "--config", str(config))
        assert second.returncode == 0, second.stderr
        texts = slack_texts(site)
        assert len(texts) == 1, texts
        assert "Nobody came here" in texts[0] and "Dmitry Peskov" in texts[0]
        assert len(sink.messages) == 1
        assert "Nobody came here" in sink.bodies()[0]
        assert sink.messages[0]["To"] == "analyst@onrecord.test"

        third = onrecord("once", "--config", str(config))
        assert third.returncode == 0, third.stderr
        assert len(slack_texts(site)) == 1 and len(sink.messages) == 1  # nothing again
        assert_conditional_requests(site)
