"""Both parse paths over every format give the same records; the fallback rules."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import fastfeedparser
import pytest

from worker.parse import parse_feed
from worker.parse.fast_path import parse_fast
from worker.parse.feedparser_path import parse_slow

WHEN = datetime(2024, 3, 1, 12, 30, 0, tzinfo=UTC)

RSS2 = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title><ttl>45</ttl>
<item><guid isPermaLink="false">id-1</guid><link>https://ex.org/a?utm_source=rss</link>
<title>Peskov says &amp; more</title><description>Said it.</description>
<pubDate>Fri, 01 Mar 2024 14:30:00 +0200</pubDate></item>
<item><link>https://ex.org/b</link><title>No guid</title><description>x</description>
<pubDate>Fri, 01 Mar 2024 12:30:00 GMT</pubDate></item>
</channel></rss>"""

RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://ex.org/"><title>Wire</title><link>https://ex.org/</link></channel>
<item rdf:about="https://ex.org/a"><title>Peskov says &amp; more</title><link>https://ex.org/a</link>
<dc:date>2024-03-01T12:30:00Z</dc:date></item>
</rdf:RDF>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:feed</id>
<updated>2024-03-01T12:30:00Z</updated>
<entry><id>urn:entry:1</id><title>Peskov says &amp; more</title>
<link rel="alternate" href="https://ex.org/a"/><published>2024-03-01T12:30:00Z</published>
<updated>2024-03-02T00:00:00Z</updated><summary>Said it.</summary></entry></feed>"""

JSON_FEED = json.dumps({
    "version": "https://jsonfeed.org/version/1.1", "title": "Wire",
    "items": [{"id": "j1", "url": "https://ex.org/a", "title": "Peskov says & more",
               "content_text": "Said it.", "date_published": "2024-03-01T12:30:00Z"}],
}).encode()


@pytest.mark.parametrize(("body", "guid"), [(RSS2, "id-1"), (RSS1, ""), (ATOM, "urn:entry:1"),
                                            (JSON_FEED, "j1")])
def test_every_format_parses_on_the_fast_path(body: bytes, guid: str) -> None:
    parsed = parse_feed(body, "https://ex.org/feed", "")
    assert parsed.error is None and parsed.parser == "fastfeedparser"
    assert parsed.title == "Wire"
    first = parsed.entries[0]
    assert first.guid == guid  # RSS 1.0 rdf:about equals the link: keyed by link
    assert first.title == "Peskov says & more"
    assert first.published == WHEN
    assert first.key == (f"guid:{guid}" if guid else "link:https://ex.org/a")


@pytest.mark.parametrize("body", [RSS2, RSS1, ATOM])
def test_fast_path_and_feedparser_give_the_same_records(body: bytes) -> None:
    _, fast = parse_fast(body)
    _, slow, _, recognised = parse_slow(body, "", "")
    assert recognised and fast == slow


def test_rss_ttl_and_link_keys() -> None:
    parsed = parse_feed(RSS2)
    assert parsed.ttl_minutes == 45
    assert [e.key for e in parsed.entries] == ["guid:id-1", "link:https://ex.org/b"]


def test_fallback_when_fast_path_raises(monkeypatch) -> None:
    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ValueError("boom")

    monkeypatch.setattr(fastfeedparser, "parse", broken)
    parsed = parse_feed(RSS2)
    assert parsed.parser == "feedparser" and len(parsed.entries) == 2
    assert parsed.ttl_minutes == 45


def test_fallback_when_fast_path_finds_nothing(monkeypatch) -> None:
    monkeypatch.setattr(fastfeedparser, "parse", lambda *a, **k: {"feed": {}, "entries": []})
    parsed = parse_feed(ATOM)
    assert parsed.parser == "feedparser" and parsed.entries[0].guid == "urn:entry:1"


def test_fallback_when_fast_path_mangles_an_undeclared_charset() -> None:
    body = ("<rss version='2.0'><channel><title>t</title><item><title>très</title>"
            "<link>https://ex.org/x</link></item></channel></rss>").encode("latin-1")
    parsed = parse_feed(body, "", "text/xml")
    assert parsed.entries[0].title == "très" and parsed.parser == "feedparser"


@pytest.mark.parametrize("body", [b"", b"   ", b"<html><body>hello</body></html>",
                                  b"\x89PNG\r\n", b"{not json", b"<rss><channel><item>"])
def test_non_feeds_end_with_a_readable_error_or_nothing(body: bytes) -> None:
    parsed = parse_feed(body)
    assert parsed.error or parsed.entries == ()
    if parsed.error:
        assert parsed.error.isprintable()


def test_duplicate_guids_within_a_feed_get_distinct_keys() -> None:
    body = (b"<rss version='2.0'><channel><title>t</title>"
            b"<item><guid>same</guid><link>https://ex.org/1</link><title>a</title></item>"
            b"<item><guid>same</guid><link>https://ex.org/2</link><title>b</title></item>"
            b"</channel></rss>")
    keys = [e.key for e in parse_feed(body).entries]
    assert keys == ["guid:same", "link:https://ex.org/2"]


def test_use_guid_false_keys_by_link() -> None:
    keys = [e.key for e in parse_feed(RSS2, use_guid=False).entries]
    assert keys == ["link:https://ex.org/a", "link:https://ex.org/b"]
