"""A possessive as the antecedent of "he"/"she": "One of Trump's earlier jeremiads came in
February, when he told Fox News", "Trump's beef with Fox News was aimed at Megyn Kelly, who he
claims …"."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .entities import Entity
from .lexicon import KIN, TITLE_SET, word_set
from .quotes import MASK
from .subjects import SUBORDINATOR

if TYPE_CHECKING:
    from .coref import Resolver

# Nouns after a possessive that bring in another person ("Trump's lawyer … He said" is the
# lawyer): after them the possessor is no antecedent.
_PEOPLE_AFTER = TITLE_SET | KIN | {f"{k}s" for k in KIN} | word_set(
    """parents children family friend friends staff staffer staffers team running mate ally allies
    supporters critics rivals rival opponent opponents surrogate surrogates camp backers aides doctor
    longtime former top senior chief campaign"""
)
_POSSESSED = re.compile(r"[^\n]{0,60}?['’]s?\s+(?:(?P<a>[a-z-]+)\s+)?(?P<b>[a-z-]+)?")
_PARENTHETICAL_OR_RELATIVE = re.compile(r"(?:,|\bwho|\bwhom)\s+$")
_OPENER = re.compile(r"\s*(?:(?:But|And|Yet|So|Still)\s+)?")
_SENTENCE_OPENER = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|Indeed|Instead|Meanwhile|Now),?\s+)?")
# A pronoun opening its sentence, or right after the quote that opens it ('“…,” she posted').
_PRONOUN_OPENS = re.compile(rf"\s*(?:(?:But|And|Yet|So|Still),?\s+|[“\"]{MASK}+[”\"]?,?[”\"]?\s+)?")
_COORDINATE = re.compile(r",\s+(?:but|and|yet)\s+$")  # "Suu Kyi's fate is unclear, but she said"


def possessor(r: Resolver, pos: int, want: str, not_them: frozenset[str]) -> Entity | None:
    """'One of Trump's earlier jeremiads came in February, when he told Fox News': the tracked
    person named last, in a possessive of the same sentence, whose thing (not whose aide) the
    sentence is about, when the pronoun opens a subordinate or a coordinate clause."""
    w = max(0, pos - 12)
    if SUBORDINATOR.search(r.masked, w, pos) is None and _COORDINATE.search(r.masked, w, pos) is None:
        return None  # "…, when he told …", "…, but she said …"
    i = bisect.bisect_left(r.positions, pos) - 1
    ent = r.entities[i] if i >= 0 else None
    if ent is None or not (ent.possessive and ent.person and ent.actor) or ent.key in not_them:
        return None
    if r.gender.get(ent.key, want) != want or "\n" in r.masked[ent.pos : pos]:
        return None
    if r.sentence_start(ent.pos) != r.sentence_start(pos):
        return None
    return ent if own_thing(r, ent) else None


def opening_possessor(r: Resolver, pos: int, want: str, not_them: frozenset[str]) -> Entity | None:
    """The tracked person whose possessive opens the sentence of a parenthetical or relative
    pronoun (", he said,", "who he claims"), with no other person of that sex named between."""
    if _PARENTHETICAL_OR_RELATIVE.search(r.masked, max(0, pos - 8), pos) is None:
        return None
    found = _opening_owner(r, r.sentence_start(pos), pos, _OPENER, want, not_them)
    if found is None:
        return None
    owner, others = found
    # (another person known to be of that sex)
    return None if any(e.person and r.gender.get(e.key) == want for e in others) else owner


def last_sentence_possessor(r: Resolver, pos: int, want: str, not_them: frozenset[str]) -> Entity | None:
    """'Palin’s pugnacious posts about ISIS include one … . ¶ “…,” she posted': the tracked person
    whose possessive opened the sentence before, for a pronoun opening the next one (or right
    after its quote), with no other person named between."""
    start = r.sentence_start(pos)
    if start == 0 or not _PRONOUN_OPENS.fullmatch(r.masked, start, pos):
        return None
    found = _opening_owner(r, r.sentence_start(start - 1), pos, _SENTENCE_OPENER, want, not_them)
    if found is None:
        return None
    owner, others = found
    return None if any(e.person and r.gender.get(e.key, want) == want for e in others) else owner


def _opening_owner(
    r: Resolver, start: int, pos: int, opener: re.Pattern[str], want: str, not_them: frozenset[str]
) -> tuple[Entity, list[Entity]] | None:
    """The tracked person of the right sex whose possessive opens the text at `start` (after
    `opener`) and owns what follows, and the mentions after it up to `pos`; else None."""
    lo, hi = bisect.bisect_left(r.positions, start), bisect.bisect_left(r.positions, pos)
    ents = r.entities[lo:hi]
    if not ents or not (ents[0].possessive and ents[0].person and ents[0].actor) or ents[0].key in not_them:
        return None
    owner = ents[0]
    if not opener.fullmatch(r.masked, start, owner.pos) or r.gender.get(owner.key, want) != want:
        return None
    if not own_thing(r, owner):
        return None  # "Trump's lawyer …, he said": the lawyer
    return owner, ents[1:]


def own_thing(r: Resolver, ent: Entity) -> bool:
    """Is what the possessive at `ent` owns a thing, not a person ("Francis' message", not
    "Trump's lawyer")?"""
    head = _POSSESSED.match(r.masked, ent.pos)
    return head is not None and not ({head.group("a"), head.group("b")} & _PEOPLE_AFTER)
