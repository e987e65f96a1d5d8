"""Channels, one module each, behind one contract; REGISTRY maps a config type to its module."""

from __future__ import annotations

from types import ModuleType

from worker.channels import console, email, slack
from worker.channels.base import DeliveryError, Message

REGISTRY: dict[str, ModuleType] = {"console": console, "slack": slack, "email": email}

__all__ = ["REGISTRY", "DeliveryError", "Message"]
