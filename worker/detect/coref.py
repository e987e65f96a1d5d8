"""Speaker resolution: a name, title or pronoun becomes a tracked actor, or blocks one."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .attribution import TITLES, Phrase
from .lexicon import NOT_PERSON
from .names import ActorIndex, Span

_TITLE_BEFORE = re.compile(rf"\b({TITLES})\s+$", re.IGNORECASE)
_TITLE_APPOSITIVE = re.compile(
    rf"^,\s+(?:the|a|an|who is|who was|its|his|her)?\s*(?:[\w.'’-]+\s+){{0,4}}?({TITLES})\b",
    re.IGNORECASE,
)
_PERSON_TITLES = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Prime Minister|Minister|Secretary|Senator|"
    r"Judge|Justice|Chancellor|King|Queen|Prince|Pope|Lt|Col|Sgt|Capt|Officer|Mayor)\.?$"
)
# Confidence by how the speaker was identified (a name beats a pronoun).
_CONF = {
    "name": 0.95,
    "alias": 0.9,
    "alias:surname": 0.9,
    "name:first-last": 0.9,
    "name:initial": 0.85,
    "name:hyphen": 0.9,
    "name:swap": 0.9,
}


@dataclass(frozen=True, slots=True)
class Speaker:
    actor: str | None  # None: someone untracked, who still blocks the attribution
    mention: str
    how: str
    confidence: float


@dataclass(frozen=True, slots=True)
class _Entity:
    pos: int
    actor: str | None
    key: str  # who it is: actor id, or the untracked surname
    person: bool
    titles: frozenset[str]


class Resolver:
    def __init__(self, masked: str, spans: list[Span], index: ActorIndex) -> None:
        self.index = index
        self.entities: list[_Entity] = []
        seen: set[str] = set()
        surnames: set[str] = set()
        for span in spans:
            if span.actor is None:
                fixed = index.fuzzy(span, seen)
                span = fixed or span
            ent = self._entity(masked, span, surnames)
            if span.actor:
                seen.add(span.actor)
            if ent:
                self.entities.append(ent)
        self.positions = [e.pos for e in self.entities]
        self.spans = {s.start: s for s in spans}

    def _entity(self, masked: str, span: Span, surnames: set[str]) -> _Entity | None:
        words = span.text.split()
        titles = {t.lower() for t in re.findall(TITLES, span.lead, re.IGNORECASE)}
        before = _TITLE_BEFORE.search(masked, max(0, span.seq - 40), span.seq)
        if before:
            titles.add(before.group(1).lower())
        appos = _TITLE_APPOSITIVE.search(masked[span.end : span.end + 80])
        if appos:
            titles.add(appos.group(1).lower())
        if span.actor:
            actor = self.index.actors[span.actor]
            person = actor.kind == "person"
            if not person:
                name = actor.name.lower().split()
                titles.add(name[0] if len(name) > 2 and name[1] == "of" else name[-1])
            return _Entity(span.start, span.actor, span.actor, person, frozenset(titles))
        last = words[-1].lower().rstrip("'’s")
        person = (
            bool(_PERSON_TITLES.search(span.lead) or (span.lead and before))
            or (
                len(words) >= 2
                and not any(w.lower() in NOT_PERSON for w in words)
                and not span.text.isupper()
            )
            or last in surnames
        )
        if person:
            surnames.add(last)
        if not person and not titles:
            return None
        return _Entity(span.start, None, last, person, frozenset(titles))

    def speaker(self, phrase: Phrase) -> Speaker | None:
        if phrase.kind == "blocked":
            return Speaker(None, phrase.text, "untracked", 0.0)
        if phrase.kind == "span" and phrase.span:
            return self._named(phrase.span)
        if phrase.kind == "pronoun":
            return self._pronoun(phrase)
        if phrase.kind == "title":
            return self._title(phrase)
        return None

    def _named(self, span: Span) -> Speaker:
        i = bisect.bisect_left(self.positions, span.start)
        ent = self.entities[i] if i < len(self.entities) else None
        if ent and ent.pos == span.start and ent.actor:
            fixed = self.index.fuzzy(span, {ent.actor}) if not span.actor else None
            how = fixed.how if fixed else span.how
            return Speaker(ent.actor, span.text, how, _CONF.get(how, 0.75))
        return Speaker(None, span.text, "untracked", 0.0)

    def _pronoun(self, phrase: Phrase) -> Speaker | None:
        if phrase.head in ("they", "it"):
            return None  # too often a group or a document; a miss beats a wrong speaker
        i = bisect.bisect_left(self.positions, phrase.start) - 1
        while i >= 0 and phrase.start - self.entities[i].pos < 1500:
            ent = self.entities[i]
            if ent.person:
                if ent.actor is None:
                    return Speaker(None, phrase.text, "untracked", 0.0)
                return Speaker(ent.actor, phrase.text, f"coref:pronoun->{ent.actor}", 0.7)
            i -= 1
        return None

    def _title(self, phrase: Phrase) -> Speaker | None:
        i = bisect.bisect_left(self.positions, phrase.start) - 1
        while i >= 0:
            ent = self.entities[i]
            if phrase.head in ent.titles:
                if ent.actor is None:
                    return Speaker(None, phrase.text, "untracked", 0.0)
                return Speaker(ent.actor, phrase.text, f"coref:title->{ent.actor}", 0.75)
            i -= 1
        return None

    def person_before(self, pos: int, window: int = 600) -> str | None:
        """Key of the nearest person named before `pos` (tracked id or untracked surname)."""
        i = bisect.bisect_left(self.positions, pos) - 1
        while i >= 0 and pos - self.entities[i].pos < window:
            if self.entities[i].person:
                return self.entities[i].key
            i -= 1
        return None
