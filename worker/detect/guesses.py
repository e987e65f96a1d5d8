"""The last resort for "he" and "she": when no rule in pronouns.py settles whom the pronoun
denotes, the person of that sex written of last, as a guess of low confidence (0.4).

On the PolNeAR dev gold such guesses were right about three times in four, above the one in
two at which an added statement starts to lower F1; the checks below keep the cases where
"he" is more likely somebody the story has not named, or named without our knowing it."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .antecedents import UNNAMED
from .entities import Entity
from .names import Span
from .places import places
from .speaker import Speaker

if TYPE_CHECKING:
    from .coref import Resolver

_WINDOW = 1500  # about two paragraphs
_SUBORDINATE = re.compile(r"\b(?:that|because|if|whether|while|since)\s+$")
_NOT_NAMES = frozenset(
    """nobody everybody everyone someone somebody nothing everything something one both
    neither either none few others another whoever asked speaking later today instead no not
    within without across among under over after before during similar such several each every""".split()  # noqa: SIM905
)
# Endings of common nouns no surname has: "Opinion polls see …", "Immigration is …".
_NOUN_ENDING = re.compile(r"(?:ion|ment|ness|ity|ism|ance|ence|ship)$")


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


def name_like(r: Resolver, sp: Span) -> bool:
    """One untracked word that may be someone's surname: not "Democrats", "NATO",
    "Nobody", nor a common noun written lower case elsewhere ("Inflation")."""
    if sp.actor is not None or " " in sp.text or sp.text.isupper() or sp.text.endswith("s"):
        return False
    if sp.text in places():
        return False  # "Michigan was only doing what 40 states do, he told the court": no "he"
    low = sp.text.lower()
    return low not in _NOT_NAMES and not _NOUN_ENDING.search(low) and f" {low} " not in r.masked
