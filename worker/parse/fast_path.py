"""The fast path: fastfeedparser (lxml plus a native extractor) over bytes.

fastfeedparser fetches over the network only when handed a str that starts
with http(s); we hand it bytes and nothing else. Its lxml parsers are built
with resolve_entities=False and lxml's defaults of no_network=True and no
DTD loading, so entities are not expanded and nothing outside the bytes is
read (test_parse_hostile.py checks both).
"""

from __future__ import annotations

from typing import Any

import fastfeedparser

from worker.parse.fields import entry, iso_datetime, meaningful
from worker.records import FeedEntry


def _content(raw: Any) -> str:
    contents = raw.get("content") or []
    return max((str(c.get("value") or "") for c in contents if isinstance(c, dict)),
               key=len, default="")


def _entry(raw: Any) -> FeedEntry:
    published = iso_datetime(raw.get("published")) or iso_datetime(raw.get("updated"))
    return entry(raw.get("id"), raw.get("link"), raw.get("title"), raw.get("description"),
                 _content(raw), published)


def parse_fast(body: bytes) -> tuple[str, tuple[FeedEntry, ...]]:
    """(feed title, entries); raises whatever fastfeedparser raises."""
    if not isinstance(body, bytes):  # a str could be taken for a URL and fetched
        raise TypeError("fast path takes bytes only")
    parsed = fastfeedparser.parse(body, include_tags=False, include_media=False,
                                  include_enclosures=False)
    feed = parsed.get("feed") or {}
    entries = tuple(e for e in map(_entry, parsed["entries"]) if meaningful(e))
    return str(feed.get("title") or "").strip(), entries
