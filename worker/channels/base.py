"""The one contract every channel keeps: a pure render, and a send that raises
DeliveryError saying whether trying again can help."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from worker.store.records import AlertView


class DeliveryError(Exception):
    """A send that did not go out. `retryable`: whether trying again can help;
    `retry_after`: seconds the receiver asked us to wait (HTTP Retry-After)."""

    def __init__(self, message: str, *, retryable: bool, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Message:
    subject: str
    text: str
    body: Any = None  # the channel's own payload (Slack JSON, email MIME parts)


class Channel(Protocol):
    def render(self, alert: AlertView) -> Message: ...

    def send(self, settings: Any, message: Message) -> None: ...

    def pace(self, settings: Any) -> tuple[str, float] | None:
        """The receiver's rate limit as (key, seconds between messages), or None."""
        ...


def one_line(text: str) -> str:
    """Feed-controlled text made safe for a single line (an email subject, a header)."""
    return " ".join(text.split())


def headline(alert: AlertView) -> str:
    if alert.kind == "ops":
        return "Onrecord: feed trouble"
    return one_line(f"{alert.actor_name} on the record: {alert.article_title or alert.article_url}")


def plain_text(alert: AlertView) -> str:
    """The alert as plain text, shared by console and email."""
    if alert.kind == "ops":
        return alert.ops_text
    lines = [headline(alert), ""]
    for kind, text, speaker in alert.statements:
        quoted = f"“{text}”" if kind == "direct" else text
        lines.append(f"- {quoted} ({speaker}, {kind})")
    lines += ["", f"Source: {alert.feed_name}", alert.article_url]
    return "\n".join(lines)
