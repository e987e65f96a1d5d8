"""Field clean-up both parse paths share, so their records come out alike."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from worker.parse.identity import content_hash
from worker.records import FeedEntry

# RSS <ttl> belongs to the channel, before the first item; looking only there
# keeps a "<ttl>" inside an item's escaped HTML from counting.
_TTL = re.compile(rb"<ttl>\s*(\d{1,7})\s*</ttl>", re.IGNORECASE)


def rss_ttl(body: bytes) -> int | None:
    head_end = body.find(b"<item")
    match = _TTL.search(body if head_end < 0 else body[:head_end])
    if not match:
        return None
    ttl = int(match.group(1))
    return ttl if ttl > 0 else None


def utc(stamp: datetime | None) -> datetime | None:
    """Aware UTC to the second: parsers differ below that and in zone spelling."""
    if stamp is None:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.astimezone(UTC).replace(microsecond=0)


def iso_datetime(text: object) -> datetime | None:
    if not text:
        return None
    try:
        return utc(datetime.fromisoformat(str(text).strip().replace("Z", "+00:00")))
    except ValueError:
        return None


def entry(guid: object, link: object, title: object, summary: object, content: object,
          published: datetime | None) -> FeedEntry:
    """A FeedEntry from raw fields; the key is set later (identity.keyed).

    A GUID equal to the link is dropped: fastfeedparser fills a missing or
    empty GUID with the link where feedparser leaves it empty, and a link is
    better keyed as a canonical link (tracking parameters removed) anyway.
    """
    # Both paths pass through here, so these rules keep their records equal.
    guid_s, link_s = str(guid or "").strip(), str(link or "").strip()
    if guid_s == link_s:
        guid_s = ""
    title_s, summary_s = str(title or "").strip(), str(summary or "")
    content_s = str(content or "")
    if content_s.strip() == summary_s.strip():
        content_s = ""  # fastfeedparser copies the description into content; feedparser does not
    return FeedEntry(
        key="",
        guid=guid_s,
        link=link_s,
        title=title_s,
        summary=summary_s,
        content=content_s,
        published=utc(published),
        content_hash=content_hash(title_s, summary_s),
    )


def meaningful(e: FeedEntry) -> bool:
    """An item with nothing to key or read by (an empty <item/>) is dropped."""
    return bool(e.guid or e.link or e.title or e.summary.strip() or e.content.strip())
