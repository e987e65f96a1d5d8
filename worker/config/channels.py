"""Channel settings: one record per channel type, told apart by `type`."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import ConfigDict, Field, SecretStr, field_validator

from worker.config.fields import ID, EmailAddress, Record, Seconds


class ConsoleChannel(Record):
    id: str = Field(pattern=ID)
    type: Literal["console"]


class SlackChannel(Record):
    id: str = Field(pattern=ID)
    type: Literal["slack"]
    webhook_url: SecretStr
    timeout: Seconds = 10.0

    @field_validator("webhook_url")
    @classmethod
    def _http(cls, value: SecretStr) -> SecretStr:
        url = value.get_secret_value().strip()  # secrets mounted from files end in a newline
        if not re.match(r"^https?://[^/\s]+/\S*$", url):
            raise ValueError("is not an http(s) URL")
        return SecretStr(url)


class EmailChannel(Record):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)
    id: str = Field(pattern=ID)
    type: Literal["email"]
    smtp_host: str
    smtp_port: int = Field(default=587, gt=0, lt=65536)
    starttls: bool = True
    ssl: bool = False  # implicit TLS (port 465)
    username: str | None = None
    password: SecretStr | None = None
    sender: EmailAddress = Field(alias="from")
    to: tuple[EmailAddress, ...] = Field(min_length=1)
    timeout: Seconds = 20.0


Channel = Annotated[ConsoleChannel | SlackChannel | EmailChannel, Field(discriminator="type")]
