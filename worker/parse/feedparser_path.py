"""The fallback path: feedparser over bytes, for what the fast path cannot read.

feedparser gets a BytesIO, never a string: a string is taken for a URL or a
file path and opened (checklist 1.1). It uses expat with external general
entities off; its own DOCTYPE handling drops entity declarations it does not
consider safe. feedparser 6.0.x has no JSON Feed support: JSON Feed is read
by the fast path only.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import feedparser

from worker.parse.fields import entry, meaningful
from worker.records import FeedEntry


def _published(raw: Any) -> datetime | None:
    stamp = raw.get("published_parsed") or raw.get("updated_parsed")
    if not stamp:
        return None
    try:
        return datetime(*stamp[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def _content(raw: Any) -> str:
    contents = raw.get("content") or []
    return max((str(c.get("value") or "") for c in contents), key=len, default="")


def _entry(raw: Any) -> FeedEntry:
    return entry(raw.get("id"), raw.get("link"), raw.get("title"), raw.get("summary"),
                 _content(raw), _published(raw))


def parse_slow(body: bytes, url: str, content_type: str,
               ) -> tuple[str, tuple[FeedEntry, ...], str | None, bool]:
    """(feed title, entries, bozo warning, recognised as a feed)."""
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    warning = None
    if parsed.get("bozo"):
        warning = f"ill-formed feed: {parsed.get('bozo_exception')}"
    recognised = bool(parsed.entries) or bool(parsed.get("version"))
    title = str(parsed.feed.get("title") or "").strip()
    return title, tuple(e for e in map(_entry, parsed.entries) if meaningful(e)), warning, recognised
