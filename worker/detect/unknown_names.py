"""Whether one capitalised word opening a sentence may be the surname of someone the story
has not named in full ("Lavrov, however, disagreed"): then a "he" after it may be that one.
Places ("Michigan was …", from pycountry), prepositions and quantifiers ("Within", "Several")
and words with a common noun's ending ("Opinion polls see …") are no one."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

import pycountry

from .frames import VERB_AFTER
from .givennames import GIVEN
from .mention_words import written_lower
from .names import Span

if TYPE_CHECKING:
    from .coref import Resolver

_OPENS = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)$")
_GOES_ON = re.compile(rf",\s+however,|{VERB_AFTER}")
_NOT_NAMES = frozenset(
    """nobody everybody everyone someone somebody nothing everything something one both
    neither either none few others another whoever asked speaking later today instead no not
    within without across among under over after before during similar such several each every""".split()  # noqa: SIM905
)
# Endings of common nouns no surname has: "Opinion polls see …", "Immigration is …".
_NOUN_ENDING = re.compile(r"(?:ion|ment|ness|ity|ism|ance|ence|ship)$")
# Names pycountry keeps only in a longer form ("Russian Federation"), and continents.
_MORE_PLACES = ("Russia", "Britain", "America", "Europe", "Africa", "Asia")
# Places that are people's names too: "Israel said" may be Rep. Steve Israel.
_PEOPLE_TOO = frozenset(
    ("Jordan", "Georgia", "Chad", "Israel", "Virginia", "Washington", "Montana", "Dakota")
)


def _places() -> frozenset[str]:
    """Countries (their names and common names) and U.S. states written as one word, less
    those that may be somebody's name. Read once, at import: a worker pays it at start, not on
    the first article that needs it."""
    names = {getattr(c, attr, "") for c in pycountry.countries for attr in ("name", "common_name")}
    names.update(s.name for s in pycountry.subdivisions.get(country_code="US"))
    names.update(_MORE_PLACES)
    return frozenset(
        n for n in names if n and " " not in n and n not in _PEOPLE_TOO and n.lower() not in GIVEN
    )


_PLACES = _places()


def name_like(r: Resolver, sp: Span) -> bool:
    """One untracked word that may be someone's surname: not "Democrats", "NATO", "Nobody",
    "Michigan", nor a common noun written lower case elsewhere ("Inflation")."""
    if sp.actor is not None or " " in sp.text or sp.text.isupper() or sp.text.endswith("s"):
        return False
    if sp.text in _PLACES:
        return False  # "Michigan was only doing what 40 states do, he told the court": no "he"
    low = sp.text.lower()
    return low not in _NOT_NAMES and not _NOUN_ENDING.search(low) and not written_lower(r.masked, low)


def other_subject(r: Resolver, a: int, b: int) -> bool:
    """Does a one-word name no rule could type ("Lavrov", "Macron") open a sentence in
    (a, b) and go on with a verb? Then "he" may well be that one: no guess."""
    lo, hi = bisect.bisect_right(r.name_starts, a), bisect.bisect_left(r.name_starts, b)
    for sp in r.spans[lo:hi]:
        if name_like(r, sp) and _OPENS.search(r.masked, max(0, sp.start - 4), sp.start):
            ent = r.at(sp.start)
            if (ent is None or not ent.person) and _GOES_ON.match(r.masked, sp.end):
                return True
    return False
