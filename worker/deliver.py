"""Deliver stage: one alert to one channel, through the channel registry."""

from __future__ import annotations

from typing import Any

from worker.channels import REGISTRY, DeliveryError
from worker.config import Config
from worker.store.records import AlertView


def _settings(config: Config, view: AlertView) -> Any:
    try:
        return config.channel(view.channel_id)
    except StopIteration:
        raise DeliveryError(f"channel {view.channel_id!r} is no longer configured",
                            retryable=False) from None


def pace_of(config: Config, view: AlertView) -> tuple[str, float] | None:
    """The rate limit of the alert's receiver as (key, seconds between messages), if any."""
    try:
        settings = _settings(config, view)
    except DeliveryError:
        return None  # send_alert reports it
    return REGISTRY[settings.type].pace(settings)  # type: ignore[no-any-return]


def send_alert(config: Config, view: AlertView) -> None:
    """Render and send; raises DeliveryError (retryable or not) when it did not go out."""
    settings = _settings(config, view)
    channel = REGISTRY[settings.type]
    try:
        channel.send(settings, channel.render(view))
    except DeliveryError:
        raise
    except (ValueError, UnicodeError) as exc:
        # A malformed host or URL in the config (httpx.InvalidURL is a ValueError): no
        # retry will fix it, the admin must.
        raise DeliveryError(f"channel {view.channel_id!r} is misconfigured: {type(exc).__name__}",
                            retryable=False) from None
    except Exception as exc:  # a bug must not leave the delivery claimed and silent
        raise DeliveryError(f"channel {view.channel_id!r} failed: {type(exc).__name__}: {exc}",
                            retryable=True) from None
