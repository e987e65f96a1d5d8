"""Who a mention denotes: the record every resolution rule returns."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Speaker:
    actor: str | None  # None: someone untracked, who still blocks the attribution
    mention: str
    how: str
    confidence: float
    key: str = ""  # who it is (actor id or untracked surname), for continuations
