"""What speaks for a tracked person in their name, as the press reports it: "the Trump
campaign said", "Huckabee's campaign acknowledged", "Fiorina's team denied", "his campaign
said". The words are the person's, with the phrase as the speaker mention (PolNeAR's
annotators resolve a campaign to its candidate); a campaign tracked as an organisation of its
own ("Clinton campaign") keeps them."""

from __future__ import annotations

import re
from collections.abc import Mapping

from worker.records import ActorRef

from .lexicon import CLAUSE_OPENERS, PREP, VOICES
from .phrase import Phrase, last_word
from .span import Span

_POSSESSIVE_PRONOUN = re.compile(r"(?:^|(?<=[\s,;(—–-]))(his|her|His|Her)$")
# A voice right after a name: "the Trump campaign issued …", "Fiorina's team denied …".
VOICE_AFTER = re.compile(rf"\s+({'|'.join(sorted(VOICES))})\b")


def voice_phrase(m: str, lo: int, end: int, tail: str, ends: dict[int, Span]) -> Phrase | None:
    """"The Trump campaign", "Fiorina's team", "his campaign": what speaks for a person (the
    resolver gives its words to them); None if no one is named or pointed at right before."""
    at = end - len(tail) - 1
    owner = ends.get(at)
    if owner is not None and owner.seq >= lo and owner.actor:
        start = owner.seq - 4 if m[max(lo, owner.seq - 4) : owner.seq] in ("the ", "The ") else owner.seq
        before = last_word(m[max(lo, start - 20) : start])
        if (before in PREP and before not in ("and", "or")) or before in ("a", "an"):
            return Phrase("blocked", start, end, m[start:end])  # "critics of the Trump campaign"
        return Phrase("org", start, end, m[start:end], owner, head=tail)
    pronoun = _POSSESSIVE_PRONOUN.search(m, max(lo, at - 4), at)
    if pronoun is None:
        return None
    lead = m[lo : pronoun.start()].rstrip()
    before = last_word(lead)
    if lead and before not in CLAUSE_OPENERS and lead[-1:] not in ",;(—–":
        return None  # "donors to his campaign said": the campaign is no subject
    head = "he" if pronoun.group(1).lower() == "his" else "she"
    return Phrase("pronoun", pronoun.start(1), end, m[pronoun.start(1) : end], head=head)


def own_voice(
    actors: Mapping[str, ActorRef], own: Mapping[str, frozenset[str]], person: str, head: str
) -> str | None:
    """A tracked organisation that is `person`'s campaign itself ("Clinton campaign"): its name
    holds the head word and one of the person's names (`own`: each actor's name skeletons)."""
    for actor in actors.values():
        words = actor.name.lower().split()
        if actor.kind != "person" and head in words and not own[actor.id].isdisjoint(own[person]):
            return actor.id
    return None
