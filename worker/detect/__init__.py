"""Statement detection: every statement a tracked actor makes in an article.

`detect(document, actors)` is pure and rule-based: quotes and cue verbs are found
with precompiled patterns, speakers are resolved against the tracked actors, and
each statement carries the evidence (rule, cue, how the speaker was resolved)
that `onrecord detect --explain` prints.
"""

from __future__ import annotations

from collections.abc import Sequence

from worker.records import ActorRef, Document, Statement

from .article import Article
from .blocks import find_block
from .direct import find_direct
from .embeds import find_embeds
from .headings import find_headings
from .infinitives import find_infinitives
from .participles import find_participles
from .reported import find_reported
from .transcript import find_turn
from .verdicts import find_verdicts

__all__ = ["detect"]


def detect(document: Document, actors: Sequence[ActorRef]) -> tuple[Statement, ...]:
    """Statements by `actors` in `document`, in document order."""
    if not actors or not (document.title or document.paragraphs):
        return ()
    art = Article.build(document, actors)
    if art is None:
        return ()
    # Sentence by sentence, so that each speaker is known before the next pronoun or
    # continuation; reported speech first, as it claims the quotes embedded in its
    # clause ('said the talks were "constructive"'), which are no stand-alone quotes.
    for para in art.paras:
        if para.heading:
            continue
        find_turn(art, para.start, para.end)
        for a, b in para.sentences:
            find_reported(art, a, b)
            find_direct(art, a, b)
            find_participles(art, a, b)
            find_infinitives(art, a, b)
            find_verdicts(art, a, b)
        find_block(art, para.index)
    find_headings(art)
    find_embeds(art)
    found = sorted(art.statements, key=lambda s: (s.start, s.end))
    out: list[Statement] = []
    for s in found:
        if out and out[-1].actor_id == s.actor_id and s.start < out[-1].end:
            continue  # overlapping duplicate of the same actor's statement
        out.append(s)
    return tuple(out)
