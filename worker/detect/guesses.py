"""The last resort for "he" and "she": when no rule in pronouns.py settles whom the pronoun
denotes, the person of that sex written of last, as a guess of low confidence (0.4).

A guess pays when it is right more than about four times in ten (below that an added
statement lowers F1). Taken bare, on the PolNeAR dev gold, it was right about three times in
four; with the checks below, which keep out the cases where "he" is more likely somebody the
story has not named or a clause about the person, 7 of 7 on dev-1..77. A route's
min_confidence above 0.4 leaves guesses out."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .antecedents import UNNAMED
from .entities import Entity
from .speaker import Speaker

if TYPE_CHECKING:
    from .coref import Resolver

_WINDOW = 1500  # about two paragraphs
_SUBORDINATE = re.compile(r"\b(?:that|because|if|whether|while|since)\s+$")


def nearest(r: Resolver, pos: int, want: str, not_them: frozenset[str]) -> Entity | None:
    """The tracked person of the pronoun's sex written of last before `pos`, in any role,
    within two paragraphs or so and at most three paragraph breaks back; None when that person
    is untracked, is named in the words themselves, or someone unnamed ("an aide to Kellogg",
    "a woman") came in between."""
    if _SUBORDINATE.search(r.masked, max(0, pos - 12), pos):
        return None  # "a sense that he rejects the norms": a clause about him, no one's words
    i = bisect.bisect_left(r.positions, pos) - 1
    while i >= 0 and pos - r.entities[i].pos < _WINDOW:
        ent = r.entities[i]
        i -= 1
        if not ent.person or r.gender.get(ent.key, want) != want:
            continue
        if ent.actor is None or ent.key in not_them or r.masked.count("\n\n", ent.pos, pos) > 3:
            return None  # (one the words themselves name: "When she noticed Mr. Rogan, …, he said")
        return None if UNNAMED.search(r.masked, max(0, ent.pos - 60), pos) else ent
    return None


def as_guess(ent: Entity, mention: str) -> Speaker:
    return Speaker(ent.actor, mention, f"coref:pronoun-nearest->{ent.actor}", 0.4, ent.key)
