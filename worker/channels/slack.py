"""Slack channel: an incoming webhook, posted with httpx."""

from __future__ import annotations

import httpx

from worker.channels.base import DeliveryError, Message, headline
from worker.config import SlackChannel
from worker.store.records import AlertView

_MAX_BLOCK_TEXT = 2900  # Slack rejects section text over 3000 characters


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render(alert: AlertView) -> Message:
    title = headline(alert)
    if alert.kind == "ops":
        return Message(subject=title, text=alert.ops_text,
                       body={"text": alert.ops_text[:_MAX_BLOCK_TEXT]})
    lines = []
    for kind, text, speaker in alert.statements:
        said = f"“{_escape(text)}”" if kind == "direct" else _escape(text)
        lines.append(f"• {said} _({_escape(speaker)})_")
    quotes = "\n".join(lines)[:_MAX_BLOCK_TEXT]
    link = f"<{alert.article_url}|{_escape(alert.article_title or alert.article_url)}>"
    blocks = [
        {"type": "header", "text": {"type": "plain_text", "text": title[:150]}},
        {"type": "section", "text": {"type": "mrkdwn", "text": quotes}},
        {"type": "context", "elements": [
            {"type": "mrkdwn", "text": f"{_escape(alert.feed_name)} · {link}"}]},
    ]
    fallback = f"{title}\n{quotes}\n{alert.article_url}"
    return Message(subject=title, text=fallback, body={"text": fallback, "blocks": blocks})


def send(settings: SlackChannel, message: Message) -> None:
    # Errors never quote the webhook URL: it is a secret.
    try:
        response = httpx.post(settings.webhook_url.get_secret_value(), json=message.body,
                              timeout=settings.timeout)
    except httpx.TimeoutException as exc:
        raise DeliveryError(f"slack webhook timed out ({type(exc).__name__})", retryable=True) from None
    except httpx.HTTPError as exc:
        raise DeliveryError(f"slack webhook unreachable ({type(exc).__name__})", retryable=True) from None
    if response.status_code == 200:
        return
    retryable = response.status_code == 429 or response.status_code >= 500
    wait = response.headers.get("retry-after", "")
    raise DeliveryError(f"slack webhook answered HTTP {response.status_code}: "
                        f"{response.text[:200]}", retryable=retryable,
                        retry_after=float(wait) if wait.isdigit() else None)
