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
    channel.send(settings, channel.render(view))
