"""A transcript turn's label ("PENCE:", "SEN. SANDERS:") and the tracked person it names."""

from __future__ import annotations

import re

from .givennames import HONORIFICS
from .lexicon import TITLE_SET
from .names import ActorIndex
from .span import ABBREVIATIONS
from .variants import skeleton

# Words before the name in a label: "SEN. SANDERS", "PRESIDENT OBAMA", "MR. TRUMP".
_LABEL_TITLES = TITLE_SET | HONORIFICS | ABBREVIATIONS
TURN = re.compile(r"[\"“]?(?P<label>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):\s+(?P<says>\S)")


def label_actor(index: ActorIndex, label: str) -> tuple[str, str] | None:
    """(actor, how) of the tracked person a label names, if any."""
    words = label.replace(".", " ").split()
    while words and words[0].lower() in _LABEL_TITLES:
        words.pop(0)  # "SEN. SANDERS", "PRESIDENT OBAMA"
    for key in (tuple(skeleton(w) for w in words), (skeleton(words[-1]),) if words else ()):
        hit = index.keys.get(key) if key else None
        # People take turns; "BEIJING: China said …" is a dateline, not China's turn.
        if hit and index.actors[hit[0]].kind == "person":
            return hit
    return None
