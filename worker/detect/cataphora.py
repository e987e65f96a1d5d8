"""A description that opens a news item and is named right after: "Connecticut’s tax
commissioner says A. ¶ Kevin Sullivan says B", "A former Democratic National Committee chairman
says A. ¶ “…,” said Don Fowler", "Donald Trump’s campaign manager says A. ¶ Corey Lewandowski …".

Wire copy introduces a new speaker by role and names them in the next sentence. Only for a
role of a person ("commissioner", not "the company"), at the start of its paragraph, when the
first person written of in the next sentence is a tracked one the article had not named before
(the one introduced) and that sentence has them say something; anyone else first, and there is
no guess.
"""

from __future__ import annotations

import bisect
import re

from .article import Article
from .lexicon import ORG_ROLES, TITLE_SET
from .phrases import Phrase
from .speaker import Speaker

# Roles of organisations and groups, which a person named next is not.
_NOT_PERSONS = ORG_ROLES | {
    "officials", "executives", "representatives", "aides", "spokespeople", "republican", "democrat"
}
_OPENER = re.compile(r"\s*(?:(?:But|And|Meanwhile|Separately|Also),?\s+)?(?=(?:An?\s+(?:[a-z-]+\s+)?)?$)")
# A role that introduces someone: indefinite, or someone's ("Connecticut’s tax commissioner").
_INTRODUCING = re.compile(r"(?:An?\s|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s)")
_WINDOW = 450
# Plain verbs of saying only: "Vladimir Putin has denied …" after "Ukraine’s foreign minister says"
# is another speaker answering, no introduction.
_SAYS = re.compile(r"\b(?:said|says|told|tells|added|adds)\b")


def introduced_next(art: Article, phrase: Phrase, b: int) -> Speaker | None:
    """The tracked person named right after the sentence [., b) whose subject is the role
    `phrase` ("A former DNC chairman"), when that person is new to the article."""
    if phrase.kind not in ("title", "blocked"):
        return None
    words = phrase.text.lower().replace("’s", "").replace("'s", "").split()
    if not words or words[-1] not in TITLE_SET or words[-1] in _NOT_PERSONS:
        return None
    para = art.para_of(phrase.start)
    lead = _OPENER.match(art.masked, para.start, phrase.start)
    if lead is None or not _INTRODUCING.match(art.masked[lead.end() : phrase.end]):
        return None  # not its paragraph's subject; or "The senior official said": known already
    r = art.resolver
    i = bisect.bisect_left(r.positions, b)
    stop = min(r.sentence_end(r.sentence_end(b - 1)), b + _WINDOW)  # the next sentence only
    while i < len(r.entities) and r.entities[i].pos < stop:
        ent = r.entities[i]
        i += 1
        if not ent.person:
            continue
        if ent.actor is None or ent.possessive:
            return None  # someone else is written of first: no guess
        if any(e.key == ent.key and e.pos < phrase.end for e in r.entities):
            return None  # named before (or in the role itself: "Trump’s campaign manager")
        sentence = art.masked[r.sentence_start(ent.pos) : r.sentence_end(ent.pos)]
        if not _SAYS.search(sentence):
            return None  # "… ¶ Vladimir Putin ordered a new offensive": the one named next says nothing
        return Speaker(ent.actor, phrase.text, f"cataphora:{ent.actor}", 0.6, ent.key)
    return None
