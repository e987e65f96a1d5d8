"""Slack channel: an incoming webhook, posted with httpx."""

from __future__ import annotations

import hashlib
from urllib.parse import quote

import httpx

from worker.channels.base import DeliveryError, Message, headline
from worker.config import SlackChannel
from worker.store.records import AlertView

# Slack takes about one message a second per incoming webhook, short bursts aside.
WEBHOOK_INTERVAL = 1.0
_MAX_BLOCK_TEXT = 2900  # Slack rejects section text over 3000 characters


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _link(url: str) -> str:
    """A feed-controlled URL as the target of <url|text>: its <, > and | would end the link."""
    return _escape(quote(url, safe=":/?#[]@!$&'()*+,;=%~-._"))


def render(alert: AlertView) -> Message:
    title = headline(alert)
    if alert.kind == "ops":
        return Message(subject=title, text=alert.ops_text,
                       body={"text": _escape(_cut(alert.ops_text, _MAX_BLOCK_TEXT))})
    lines = []
    for kind, text, speaker in alert.statements:
        said = f"“{_escape(text)}”" if kind == "direct" else _escape(text)
        lines.append(f"• {said} _({_escape(speaker)})_")
    quotes = _cut("\n".join(lines), _MAX_BLOCK_TEXT)
    title_text = _escape(_cut(alert.article_title or alert.article_url, 200))
    link = f"<{_link(alert.article_url)}|{title_text}>"
    blocks = [
        {"type": "header", "text": {"type": "plain_text", "text": title[:150]}},
        {"type": "section", "text": {"type": "mrkdwn", "text": quotes}},
        {"type": "context", "elements": [
            {"type": "mrkdwn", "text": f"{_escape(_cut(alert.feed_name, 200))} · {link}"}]},
    ]
    # The fallback `text` is mrkdwn too (notifications, old clients): escaped like the rest.
    fallback = f"{_escape(title)}\n{quotes}\n{_link(alert.article_url)}"
    return Message(subject=title, text=fallback, body={"text": fallback, "blocks": blocks})


def pace(settings: SlackChannel) -> tuple[str, float]:
    # Keyed by the webhook, not the channel id: two channels posting to one webhook share
    # its limit. A digest, so the secret URL is never stored.
    digest = hashlib.sha256(settings.webhook_url.get_secret_value().encode()).hexdigest()[:32]
    return f"slack:{digest}", WEBHOOK_INTERVAL


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
    body = response.text[:200].replace(settings.webhook_url.get_secret_value(), "<webhook>")
    raise DeliveryError(f"slack webhook answered HTTP {response.status_code}: {body}",
                        retryable=retryable,
                        retry_after=float(wait) if wait.isdigit() else None)
