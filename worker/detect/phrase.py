"""A speaker phrase: the noun phrase a rule found as a cue's subject, before it is resolved;
and the last word before a position, which most rules read to place one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .span import Span

_LAST = re.compile(r"([A-Za-z’']+)\W*$")


@dataclass(frozen=True, slots=True)
class Phrase:
    """A speaker phrase: a name span, a pronoun, a title, or a blocking non-actor."""

    kind: str  # span | pronoun | title | titled (a title only, no guess) | org | document | blocked
    start: int
    end: int
    text: str
    span: Span | None = None
    head: str = ""  # title head noun or pronoun, lowercased


def last_word(text: str) -> str:
    """The last word of `text`, lower case ("" if none)."""
    m = _LAST.search(text[-40:])
    return m.group(1).lower() if m else ""
