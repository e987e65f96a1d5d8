"""Console channel: the alert printed to standard output (and so to the daemon's log)."""

from __future__ import annotations

import sys
from typing import Any

from worker.channels.base import DeliveryError, Message, headline, plain_text
from worker.store.records import AlertView


def render(alert: AlertView) -> Message:
    return Message(subject=headline(alert), text=plain_text(alert))


def pace(settings: Any) -> None:
    return None  # no receiver-side rate limit to keep


def send(settings: Any, message: Message) -> None:
    try:
        sys.stdout.write(f"\n=== {message.subject}\n{message.text}\n")
        sys.stdout.flush()
    except OSError as exc:
        raise DeliveryError(f"console write failed: {exc}", retryable=True) from exc
