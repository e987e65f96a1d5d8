"""The small immutable records that flow between pipeline stages.

Every stage takes and returns these; none of them holds a connection, a
session or a config object, so a stage can be tested with literals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

StatementKind = Literal["direct", "indirect"]
ActorKind = Literal["person", "organization"]


@dataclass(frozen=True, slots=True)
class ActorRef:
    """What detection needs to know of a tracked actor."""

    id: str
    name: str
    kind: ActorKind = "person"
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FetchResult:
    """One HTTP exchange for a feed or a page; `error` set means it failed."""

    url: str
    status: int = 0
    body: bytes | None = None
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    cache_control: str | None = None
    expires: str | None = None
    retry_after: str | None = None
    final_url: str = ""
    elapsed_ms: int = 0
    error: str | None = None
    retryable: bool = True

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200 and self.body is not None

    @property
    def not_modified(self) -> bool:
        return self.error is None and self.status == 304


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed, with the identity it is deduplicated by."""

    key: str  # stable identity: guid, else canonical link, else content hash
    guid: str = ""
    link: str = ""
    title: str = ""
    summary: str = ""
    content: str = ""  # the feed's own full text, when it carries one (HTML)
    published: datetime | None = None
    content_hash: str = ""


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str = ""
    entries: tuple[FeedEntry, ...] = ()
    ttl_minutes: int | None = None
    error: str | None = None  # set when nothing usable could be parsed
    warning: str | None = None  # ill-formed but usable (feedparser's bozo)
    parser: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """An article as detection sees it: a title and its paragraphs.

    Offsets in statements count characters of `text`: the title (when there
    is one) and the paragraphs joined by blank lines.
    """

    title: str = ""
    paragraphs: tuple[str, ...] = ()
    url: str = ""
    source: str = ""  # how the text was obtained: trafilatura, feed, text

    @property
    def text(self) -> str:
        parts = ((self.title,) if self.title else ()) + self.paragraphs
        return "\n\n".join(parts)


@dataclass(frozen=True, slots=True)
class Statement:
    """One thing a tracked actor said, as detection found it."""

    actor_id: str
    kind: StatementKind
    text: str  # the quoted or reported words only; past 400 characters cut at a sentence and "…"
    speaker: str  # the mention as written ("Peskov", "he", "the Kremlin")
    start: int = 0  # offsets of the words in Document.text (all of them, where `text` was cut)
    end: int = 0
    confidence: float = 0.5
    evidence: tuple[str, ...] = field(default_factory=tuple)  # rule and cues, for --explain


@dataclass(frozen=True, slots=True)
class PollOutcome:
    """What polling one feed came to (the orchestrator's answer to the task glue)."""

    feed_id: int
    status: str  # ok | not_modified | failed | unknown
    new_entry_ids: tuple[int, ...] = ()
    ops_delivery_ids: tuple[int, ...] = ()
    error: str | None = None


@dataclass(frozen=True, slots=True)
class DeliveryOutcome:
    """What one delivery attempt came to."""

    delivery_id: int
    status: str  # sent | skipped | retry | failed
    error: str | None = None
    retry_in: float | None = None  # seconds until the next try, when there is one
