"""A run of capitalised words and whom it names (Span), and what a run's words tell: an
abbreviation's full stop ends no sentence, an organisation's word is no title, a line of
capitals is a label."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import NAME_ABBREVIATIONS, NOT_PERSON, TITLE_ABBREVIATIONS, TITLE_SET, word_set

# Titles written short (with a few more a name run may hold), and other abbreviations in names.
ABBREVIATIONS = frozenset(t.lower() for t in (*TITLE_ABBREVIATIONS, *NAME_ABBREVIATIONS)) | word_set(
    "cmdr supt del sec amb"
)
_LINE_END = re.compile(r"[.:]?[ \t]*(?:\n|$)")


@dataclass(frozen=True, slots=True)
class Span:
    """A run of capitalised words in the text, and the tracked actor it names."""

    start: int
    end: int
    text: str
    actor: str | None  # tracked actor id, or None for an untracked name
    how: str  # evidence: name, alias, surname, initials, fuzzy:...
    lead: str = ""  # capitalised words before the matched name (titles: "President")
    possessive: bool = False
    seq: int = -1  # where the whole capitalised run starts (title words included)
    shared: tuple[str, ...] = ()  # actors this surname could denote, when several


def ends_sentence(word: str) -> bool:
    """A full stop after a word that is no initial or abbreviation ("Erdogan. Mr. X")."""
    return word.endswith(".") and len(word) > 2 and word[:-1].lower() not in ABBREVIATIONS


def ends_org(lead: str) -> bool:
    """Does a run's lead end with an organisation's word ("Washington Post"), no title?"""
    last = lead.rsplit(" ", 1)[-1].lower().rstrip(".,")
    return last in NOT_PERSON and last not in TITLE_SET


def is_label(text: str, start: int, end: int) -> bool:
    """Is [start, end), which opens a line, a line of capitals by itself ("FULL TEXT.")?"""
    return _LINE_END.match(text, end) is not None and text[start:end].isupper()
