"""Whom a bare surname denotes as an article goes on: the last person named in full with it
("Pamela Anderson … Anderson wrote" is hers, not a tracked Adelson's or Anderson's), except
that a namesake in a story about a tracked person ("a teacher's aide, Anne Marie Murphy," in a
profile of Chris Murphy) takes the surname only up to the end of its own paragraph."""

from __future__ import annotations

import re

from .first_names import given_sex, honorific_sex
from .lexicon import KIN
from .names import Span

_LINKED = re.compile(r"\s(?:for|against|of|the|and|to|on|in|with|from)\s", re.IGNORECASE)
_BROUGHT_IN = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$")  # "the brother of strategist …"
_TRACKED_STORY = 3  # mentions of a tracked person by the surname that make the story theirs
# A relative named with the kinship word just before: "Dorothy Woods, whose husband, Navy SEAL Ty
# Woods, was killed …": the story stays the tracked person's after this paragraph.
_KIN_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(KIN))}),?\s+(?:[\w.-]+\s+){{0,3}}$")


def _sex_of(name: str) -> str:
    """"m" or "f" by the first given name of a name written in full ("President Bill Clinton"), or ""."""
    return next((sex for word in name.lower().split()[:-1] if (sex := given_sex(word))), "")


def brought_in(masked: str, pos: int) -> bool:
    """Is the name at `pos` brought in by "of"/"for" ("the brother of strategist John Podesta")?"""
    return _BROUGHT_IN.search(masked, max(0, pos - 60), pos) is not None


class Namesakes:
    """The owner of each surname so far, as the spans of an article are read in order."""

    def __init__(self, masked: str) -> None:
        self.masked = masked
        self.owner: dict[str, str | None] = {}  # surname -> actor (None: someone untracked)
        self.uses: dict[str, int] = {}  # surname -> mentions of a tracked person by it so far
        self.until: dict[str, int] = {}  # surname -> where a namesake's paragraph ends
        self.sex: dict[str, str] = {}  # surname -> "m"/"f" of the untracked namesake, "" if unknown

    def taken(self, last: str, pos: int, lead: str = "") -> bool:
        """Does the surname `last` at `pos` denote someone untracked? Not when the honorific in
        `lead` denies it: "Mrs. Clinton" after Bill Clinton, as NYT copy names a couple."""
        taken = self.owner.get(last, "") is None or pos < self.until.get(last, -1)
        honorific = honorific_sex(lead) if taken and lead else ""
        sex = self.sex.get(last, "")
        return taken and not (honorific and sex and sex != honorific)

    def read(self, span: Span, last: str) -> None:
        """Note what `span` (its surname `last`, its actor already decided) tells of owners."""
        # (not "Bikers for Trump": no one's full name; nor "the brother of strategist John
        # Podesta": someone brought in by a preposition does not take the surname over)
        full = span.how in ("name", "name:middle", "untracked") and " " in span.text
        full = full and not _LINKED.search(span.text)
        governed = full and span.actor is None and brought_in(self.masked, span.seq)
        kin = full and span.actor is None and self.uses.get(last, 0) > 0 and (
            _KIN_BEFORE.search(self.masked, max(0, span.seq - 50), span.seq) is not None
        )
        if full and not governed and span.actor is None:
            self.sex[last] = _sex_of(span.text)
        if full and not governed and span.actor is None and (kin or self.uses.get(last, 0) >= _TRACKED_STORY):
            end = self.masked.find("\n", span.end)
            self.until[last] = end if end >= 0 else len(self.masked)
        elif full and not governed:
            self.owner[last] = span.actor
        if span.actor:
            self.uses[last] = self.uses.get(last, 0) + 1
