"""A title as a speaker ("the senator", "the Democratic nominee", "the Florida senator"): the
last mention the article gave that title, of the same party and place where the title names them."""

from __future__ import annotations

import bisect
import re

from .entities import Entity
from .lexicon import ORG_ROLES, TITLE_SET
from .phrases import Phrase
from .roles import FORMER, party_of

# A capitalised modifier of a title: "the Florida senator", "the Vermont Democrat".
_PLACE_WORD = re.compile(r"(?<=\s)[A-Z][a-z]{2,}\b")


def place_words(text: str) -> list[str]:
    """The places a title names ("Florida" in "the Florida senator"), party words left out."""
    places = [w for w in _PLACE_WORD.findall(text) if w.lower() not in TITLE_SET]
    return [w for w in places if not party_of(w)]


def last_titled(entities: list[Entity], positions: list[int], masked: str, phrase: Phrase) -> Entity | None:
    """The last mention before `phrase` that the article gave its title, or None."""
    i = bisect.bisect_left(positions, phrase.start) - 1
    side = party_of(phrase.text)
    head = f"ex:{phrase.head}" if FORMER.search(phrase.text) else phrase.head
    places = place_words(phrase.text)
    while i >= 0:
        ent = entities[i]
        i -= 1
        if head not in ent.titles or (ent.person and head in ORG_ROLES):
            continue  # ("the government" is no person, whatever role the article gave one)
        if side and side not in ent.titles and any(t.startswith("party:") for t in ent.titles):
            continue  # "the Democratic nominee" is not the Republican one named before
        if places and not _near_mention(entities, masked, ent.key, places, phrase.start):
            continue  # "the Florida senator" is not the Vermont one named before
        return ent
    return None


def _near_mention(entities: list[Entity], masked: str, key: str, words: list[str], before: int) -> bool:
    """Is one of `words` written right around some mention of `key` before `before`
    ("Vermont Sen. Bernie Sanders", "Sen. Marco Rubio of Florida")?"""
    mentions = (e.pos for e in entities if e.key == key and e.pos < before)
    near = (masked[max(0, pos - 50) : min(pos + 60, before)] for pos in mentions)
    return any(w in text for text in near for w in words)
