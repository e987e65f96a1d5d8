"""Names and aliases found as phrases, not as runs of capitalised words: an alias with words in
lower case ("Kremlin spokesman", "Morton County sheriff's office"), and an organisation's name
written in lower case after its first word ("Cleveland police" for the Cleveland Police)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from worker.records import ActorRef

from .lexicon import PARTICLES
from .span import Span


@dataclass(frozen=True, slots=True)
class _Phrase:
    actor: str
    words: tuple[str, ...]  # each word in lower case, up to any apostrophe ("white", "house")
    pattern: re.Pattern[str]
    folded: bool  # a name in capitals, found here only when written with a word in lower case

    def may_occur(self, low: str) -> bool:
        """Are all its words in `low`, the text in lower case? A cheap test before the regex."""
        return all(w in low for w in self.words)


def _has_lower(words: Sequence[str]) -> bool:
    return any(w[0].islower() and w not in PARTICLES for w in words)


class PhraseIndex:
    """The phrase names of the tracked actors, in the order the actors are listed."""

    def __init__(self, actors: Sequence[ActorRef]) -> None:
        self.phrases: list[_Phrase] = []
        for actor in actors:
            for name in (actor.name, *actor.aliases):
                words = name.split()
                folded = actor.kind != "person" and len(words) >= 2 and words[0][0].isupper()
                lower = any(w.islower() and w not in PARTICLES for w in words)
                if not lower and not folded:
                    continue
                body = r"[\s-]+".join(re.escape(w).replace("'", "['’]") for w in words)
                parts = tuple(re.split("['’]", w.lower())[0] for w in words)
                pattern = re.compile(rf"\b{body}\b", re.IGNORECASE)
                self.phrases.append(_Phrase(actor.id, parts, pattern, not lower))

    def find(self, text: str, spans: list[Span]) -> list[Span]:
        """`spans` with the phrase names of `text` in place of the name runs they overlap."""
        if not self.phrases:
            return spans
        low = text.lower()
        hits: list[tuple[int, int, int, str]] = []  # start, phrase order, end, actor
        for order, p in enumerate(self.phrases):
            if not p.may_occur(low):  # most articles name none of them: no regex scan
                continue
            for m in p.pattern.finditer(text):
                if not p.folded or (m.group()[0].isupper() and _has_lower(m.group().split()[1:])):
                    hits.append((m.start(), order, m.end(), p.actor))
        if not hits:
            return spans
        found: list[Span] = []
        for start, _, end, actor in sorted(hits):  # leftmost first, then the actor listed first
            if found and start < found[-1].end:
                continue
            found.append(Span(start, end, text[start:end], actor, "alias", seq=start))
        kept = [s for s in spans if not any(f.start < s.end and s.seq < f.end for f in found)]
        return sorted(kept + found, key=lambda s: s.start)
