"""Deliver stage: one alert to one channel, through the channel registry."""

from __future__ import annotations

from worker.channels import REGISTRY, DeliveryError
from worker.config import Config
from worker.store.records import AlertView


def send_alert(config: Config, view: AlertView) -> None:
    """Render and send; raises DeliveryError (retryable or not) when it did not go out."""
    try:
        settings = config.channel(view.channel_id)
    except StopIteration:
        raise DeliveryError(f"channel {view.channel_id!r} is no longer configured",
                            retryable=False) from None
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
