"""Parse stage: feed bytes become a ParsedFeed of entries with stable keys."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import feedparser

from worker.parse.identity import canonical_link, content_hash, entry_key
from worker.records import FeedEntry, ParsedFeed

__all__ = ["canonical_link", "entry_key", "parse_feed"]


def _published(entry: Any) -> datetime | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    try:
        return datetime(*stamp[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def _content(entry: Any) -> str:
    contents = entry.get("content") or []
    return max((c.get("value", "") for c in contents), key=len, default="")


def _entry(raw: Any) -> FeedEntry:
    guid = str(raw.get("id") or "")
    link = str(raw.get("link") or "")
    title = str(raw.get("title") or "")
    summary = str(raw.get("summary") or "")
    return FeedEntry(
        key=entry_key(guid, link, title, summary),
        guid=guid,
        link=link,
        title=title,
        summary=summary,
        content=_content(raw),
        published=_published(raw),
        content_hash=content_hash(title, summary),
    )


def _ttl(feed: Any) -> int | None:
    try:
        ttl = int(str(feed.get("ttl", "")).strip())
    except ValueError:
        return None
    return ttl if ttl > 0 else None


def parse_feed(body: bytes, url: str = "", content_type: str = "") -> ParsedFeed:
    """Parse feed bytes. Never a URL or a path: feedparser would fetch or open it."""
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    try:
        parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    except Exception as exc:  # feedparser raises odd things on hostile input
        return ParsedFeed(error=f"unparseable feed: {type(exc).__name__}: {exc}", parser="feedparser")
    warning = None
    if parsed.get("bozo"):
        warning = f"ill-formed feed: {parsed.get('bozo_exception')}"
    if not parsed.entries and not parsed.get("version"):
        return ParsedFeed(error=warning or "not a feed", parser="feedparser")
    entries = tuple(_entry(e) for e in parsed.entries)
    return ParsedFeed(
        title=str(parsed.feed.get("title") or ""),
        entries=entries,
        ttl_minutes=_ttl(parsed.feed),
        warning=warning,
        parser="feedparser",
    )
