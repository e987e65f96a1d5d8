"""Field types the config records share: ids, durations, the frozen record base."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}
ID = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"  # at most 100 characters: the store's column


def _seconds(value: object) -> object:
    """'90s', '5m', '1h', '1.5d' or a number of seconds."""
    if isinstance(value, str):
        match = _DURATION.match(value)
        if not match:
            raise ValueError(f"{value!r} is not a duration such as 30s, 5m, 1h")
        return float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    return value


Seconds = Annotated[float, BeforeValidator(_seconds), Field(gt=0)]

_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+$")  # user@host: a local relay may have no dots


def _email(value: str) -> str:
    if not _EMAIL.match(value):
        raise ValueError(f"{value!r} is not an email address")
    return value


EmailAddress = Annotated[str, AfterValidator(_email)]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
