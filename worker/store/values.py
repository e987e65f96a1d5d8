"""Making feed-controlled text fit the store: PostgreSQL refuses NUL bytes and values
longer than an indexed column, and one such value must not block a whole feed."""

from __future__ import annotations

import hashlib

KEY_LIMIT = 1000  # indexed text: well under PostgreSQL's btree entry limit


def clean(text: str) -> str:
    return text.replace("\x00", "")


def fit(value: str, limit: int = KEY_LIMIT) -> str:
    """The value, or its head and a digest of the whole when it is too long: still unique,
    still the same for the same input."""
    value = clean(value)
    if len(value) <= limit:
        return value
    digest = hashlib.sha256(value.encode("utf-8")).hexdigest()
    return f"{value[: limit - 65]}#{digest}"
