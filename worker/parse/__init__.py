"""Parse stage: feed bytes become a ParsedFeed of entries with stable keys.

Fast path first (fastfeedparser, tens of times faster on real feeds), then
feedparser whenever the fast path raises or finds no entries. Both produce
the same FeedEntry records; `ParsedFeed.parser` says which one answered.
RSS, RDF, Atom and JSON Feed. Parsers only ever see bytes.
"""

from __future__ import annotations

from worker.parse.fast_path import parse_fast
from worker.parse.feedparser_path import parse_slow
from worker.parse.fields import rss_ttl
from worker.parse.identity import canonical_link, entry_key, keyed
from worker.records import FeedEntry, ParsedFeed

__all__ = ["canonical_link", "entry_key", "parse_feed"]

FAST_PATH_MAX_ITEMS = 5_000


def _one_line(text: str, limit: int = 300) -> str:
    """Errors land in logs and `onrecord status`: one printable line, bounded."""
    text = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _short(exc: BaseException) -> str:
    return _one_line(f"{type(exc).__name__}: {exc}", 200)


def _mangled(body: bytes, entries: tuple[FeedEntry, ...]) -> bool:
    """True when the fast path guessed the charset wrong (U+FFFD not in the source).

    fastfeedparser sees no HTTP charset and decodes undeclared Latin-1 as
    UTF-8 with replacements; feedparser's fallback chain reads it right.
    """
    if b"\xef\xbf\xbd" in body:
        return False
    return any("\ufffd" in e.title or "\ufffd" in e.summary for e in entries)


def parse_feed(body: bytes, url: str = "", content_type: str = "", *,
               use_guid: bool = True) -> ParsedFeed:
    """Parse feed bytes (never a URL or a path). Never raises.

    `use_guid=False` keys entries by canonical link or hash, for feeds whose
    GUIDs proved unstable (identity.guids_unstable).
    """
    if not isinstance(body, bytes) or not body.strip():
        return ParsedFeed(error="empty body: not a feed", parser="none")
    ttl = rss_ttl(body)
    fast_error = None
    items = body.count(b"<item") + body.count(b"<entry")
    if items > FAST_PATH_MAX_ITEMS:
        # fastfeedparser 0.6.5 slows down superlinearly on big undated feeds
        # (50,000 items: ~2 minutes, in date guessing); feedparser stays linear.
        fast_error, entries = f"{items} items, past the fast path's budget", ()
    else:
        try:
            title, entries = parse_fast(body)
        except Exception as exc:  # hostile input raises odd things; the fallback decides
            fast_error, entries = _short(exc), ()
    if entries and _mangled(body, entries):
        fast_error, entries = "text decoded with replacement characters", ()
    if entries:
        return ParsedFeed(title=title, entries=keyed(entries, use_guid=use_guid),
                          ttl_minutes=ttl, parser="fastfeedparser")
    try:
        title, entries, warning, recognised = parse_slow(body, url, content_type)
    except Exception as exc:
        reason = f"; fast path: {fast_error}" if fast_error else ""
        return ParsedFeed(error=_one_line(f"unparseable feed: {_short(exc)}{reason}"),
                          parser="feedparser")
    if not recognised:
        error = warning or "not a feed"
        if fast_error:
            error = f"{error}; fast path: {fast_error}"
        return ParsedFeed(error=_one_line(error), parser="feedparser")
    return ParsedFeed(title=title, entries=keyed(entries, use_guid=use_guid), ttl_minutes=ttl,
                      warning=_one_line(warning) if warning else None, parser="feedparser")
