"""Pronouns the sentence's frame resolves before any other rule: the speaker of an interview
"in which he said", a name an aside follows ("Trump — even as he says A — has …"), and the
main clause's subject for a pronoun in a subordinate clause that opens the sentence ("Even as
he accused …, Giuliani wouldn’t …")."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from . import antecedents
from .phrases import Phrase
from .speaker import Speaker
from .subjects import FRONTED

if TYPE_CHECKING:
    from .coref import Resolver

# A talk, then whom it was with, then "in which": the talk's speaker is named in that phrase.
_FRAMED = re.compile(
    r"\b(?:interview|conversation|exchange|call|meeting|podcast|talk|session)s?"
    r"(?:\s+with\s+[^,.;:!?]{1,60}?)?\s*,?\s+(?:in|during)\s+which\s+$"
)
# An aside after a name, opened by a dash and a subordinator: "— even as he says".
_DASH_ASIDE = re.compile(
    r"\s+(?:—|–|--)\s+(?:even\s+)?(?:as|while|when|though|although|because|since|if|after|before)\s+"
)
# A topic set before the clause: "As for Trump, he said …", "As to Kasich, he …"
_AS_FOR = re.compile(r"\b[Aa]s\s+(?:for|to)\s+$")
# A verb right after its subject: "Clinton restricted", "Lavrov told" (pronouns.py reads it too).
VERB_AFTER = (
    r"\s+(?:also\s+)?(?:[a-z]{2,}ed|[a-z]{3,}s|said|told|met|spoke|struck|took|made|"
    r"was|is|has|had|will|would|sounded|gave|went|came|saw|wrote|sent)\b"
)
# The main clause's verb after its subject: "Giuliani wouldn’t", "Clinton restricted".
_GOES_ON = re.compile(rf"{VERB_AFTER}|\s+[a-z]+n['’]t\b")


def framed(r: Resolver, phrase: Phrase, want: str, not_them: frozenset[str]) -> Speaker | None:
    """'an interview with Boeing CEO Dennis Muilenburg in which he fretted', 'a clip of a Trump
    television interview, in which he says': the tracked person whose interview (conversation,
    call …) it is, named in that phrase right before "in which", speaks in it."""
    frame = _FRAMED.search(r.masked, max(0, phrase.start - 120), phrase.start)
    if frame is None:
        return None  # "an interview to NBC's X in which he said": not framed as X's own
    i = bisect.bisect_left(r.positions, phrase.start) - 1
    ent = r.entities[i] if i >= 0 else None
    if ent is None or not ent.person or ent.possessive or ent.pos < frame.start() - 40:
        return None
    if ent.key in not_them or r.gender.get(ent.key, want) != want or ent.actor is None:
        return None
    return antecedents.as_speaker(ent, phrase.text, 0.7)


def aside(r: Resolver, phrase: Phrase, want: str, not_them: frozenset[str]) -> Speaker | None:
    """'Trump — even as he says A — has proposed little': a pronoun opening an aside right after a
    name is that name's."""
    i = bisect.bisect_left(r.name_starts, phrase.start) - 1
    if i < 0 or not _DASH_ASIDE.fullmatch(r.masked, r.spans[i].end, phrase.start):
        return None
    ent = r.at(r.spans[i].start)
    clause_subject = ent is not None and (ent.subject or r.masked[max(0, ent.pos - 5) : ent.pos] == "that ")
    if ent is None or not ent.person or ent.actor is None or ent.key in not_them or not clause_subject:
        return None  # (not "Trump has praised Vladimir Putin — even as he says …": Putin is no subject)
    if r.gender.get(ent.key, want) != want:
        return None
    return antecedents.as_speaker(ent, phrase.text, 0.7)


def fronted(r: Resolver, phrase: Phrase, want: str, not_them: frozenset[str]) -> Speaker | None:
    """'Even as he accused the Justice Department of …, Giuliani wouldn’t …': the pronoun of a
    subordinate clause opening the sentence is the tracked person who opens the main clause."""
    if FRONTED.search(r.masked, max(0, phrase.start - 24), phrase.start) is None:
        return None
    comma = r.masked.find(",", phrase.end, min(len(r.masked), phrase.end + 200))
    if comma < 0 or "\n" in r.masked[phrase.end : comma] or "." in r.masked[phrase.end : comma]:
        return None
    at = comma + 1 + len(r.masked[comma + 1 : comma + 4]) - len(r.masked[comma + 1 : comma + 4].lstrip())
    i = bisect.bisect_left(r.name_starts, at)
    if i == len(r.spans) or r.spans[i].seq != at:
        return None
    span = r.spans[i]
    ent = r.at(span.start)
    if ent is None or ent.actor is None or not ent.person or ent.possessive or ent.key in not_them:
        return None
    if r.gender.get(ent.key, want) != want or not _GOES_ON.match(r.masked, span.end):
        return None
    return antecedents.as_speaker(ent, phrase.text, 0.7)


def as_for(r: Resolver, phrase: Phrase, want: str, not_them: frozenset[str]) -> Speaker | None:
    """'As for Trump, he said he's not worried': the pronoun right after a topic set before
    the clause is that topic."""
    i = bisect.bisect_left(r.name_starts, phrase.start) - 1
    if i < 0 or r.masked[r.spans[i].end : phrase.start].strip() != ",":
        return None
    span = r.spans[i]
    if not _AS_FOR.search(r.masked, max(0, span.start - 8), span.start):
        return None
    ent = r.at(span.start)
    if ent is None or not ent.person or ent.actor is None or ent.key in not_them:
        return None
    return antecedents.as_speaker(ent, phrase.text, 0.7) if r.gender.get(ent.key, want) == want else None
