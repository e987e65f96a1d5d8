"""Where "he" or "she" points when no named subject or last speaker settles it: the only
person near, the one person of that sex, a clause opened by a tracked person's description
("the admiral chuckled"), the person just introduced with a title, or a man named since the
last speaker spoke."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .entities import Entity
from .lexicon import TITLES
from .phrases import Phrase
from .speaker import Speaker

if TYPE_CHECKING:
    from .coref import Resolver

# A name after a preposition is no one the story turns to: "a deal with Mr. Obama".
_GOVERNED = re.compile(
    r"\b(?:of|for|with|about|to|from|by|at|on|in|against|like|than|versus|vs\.?)\s+(?:the\s+)?"
    r"(?:(?:GOP|Republican|Democratic)\s+)?(?:nominee\s+|candidate\s+)?$"
)
# Somebody brought in unnamed, whom a pronoun may well mean: "an aide to X", "a woman".
UNNAMED = re.compile(
    rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w-]+\s+){{0,2}}?(?:{TITLES}|man|woman|person)\b"
)
# A clause opened by a description: "The admiral chuckled.", "Asked later - …- the admiral chuckled."
_DESCRIBED = re.compile(
    rf"(?:^|(?<=[.!?,;—–-]\s)|(?<=\n))(?P<np>[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?P<head>{TITLES}))"
    r"(?:\s+(?:also|then|later|again|still|has|had|have))?\s+[a-z]+(?:ed|s)\b"  # "… also discussed"
)


def as_speaker(ent: Entity, mention: str, confidence: float) -> Speaker:
    """The tracked person `ent` as the speaker a pronoun (`mention`) denotes."""
    return Speaker(ent.actor, mention, f"coref:pronoun->{ent.actor}", confidence, ent.key)


def governed(r: Resolver, pos: int) -> bool:
    """Is the name at `pos` after a preposition ("a deal with Mr. Obama")?"""
    return _GOVERNED.search(r.masked, max(0, pos - 30), pos) is not None


def only_person(r: Resolver, pos: int, want: str, not_them: frozenset[str]) -> Entity | None:
    """The person of the right sex mentioned in the last 300 characters, as subject or
    not, when nobody else was."""
    i = bisect.bisect_left(r.positions, pos) - 1
    near = []
    while i >= 0 and pos - r.entities[i].pos < 300:
        if r.entities[i].person:
            near.append(r.entities[i])
        i -= 1
    keys = {e.key for e in near}
    if len(keys) != 1 or keys & not_them or r.gender.get(near[0].key, want) != want:
        return None
    if near[0].actor is None or not (near[0].possessive or near[0].subject):
        return None  # an untracked run ("Public Policy") is too often no person, and "an
        # aide to Kellogg … he" is the aide
    return near[0]


def described_subject(
    r: Resolver, phrase: Phrase, want: str, not_them: frozenset[str], since: int
) -> Speaker | None:
    """'… the admiral chuckled. “…,” he said': the last clause opened by a description of
    a tracked person, when no subject was named after it."""
    lo = max(since, phrase.start - 600, 0)
    hits = list(_DESCRIBED.finditer(r.masked, lo, phrase.start))
    if not hits:
        return None
    hit = hits[-1]
    head = hit.group("head").lower()
    described = Phrase("title", hit.start("np"), hit.end("head"), hit.group("np"), head=head)
    speaker = r.title(described)
    if speaker is None or not speaker.actor or speaker.key in not_them:
        return None
    if r.gender.get(speaker.key, want) != want or r.index.actors[speaker.actor].kind != "person":
        return None  # ("the Turkish government declared …. He denounced …": no "he" is a government)
    return replace(speaker, mention=phrase.text, how=f"coref:pronoun->{speaker.actor}", confidence=0.6)


def only_of_sex(r: Resolver, pos: int, want: str, not_them: frozenset[str]) -> Entity | None:
    """The one tracked person known to be of the pronoun's sex in the last two paragraphs
    or so, whatever their role in the sentence ("with Hillary Clinton lambasting …. “…,”
    she said"), when no other person of that sex, or of a sex unknown, was written of."""
    i = bisect.bisect_left(r.positions, pos) - 1
    found: Entity | None = None
    while i >= 0 and pos - r.entities[i].pos < 1200:
        ent = r.entities[i]
        i -= 1
        if not ent.person or (found and ent.key == found.key):
            continue
        sex = r.gender.get(ent.key)
        if sex and sex != want:
            continue
        if found or ent.actor is None or ent.key in not_them:
            return None  # two who may be of that sex
        found = ent  # of that sex, or a tracked person of a sex unknown when all others are not
    if found and UNNAMED.search(r.masked, max(0, found.pos - 60), pos):
        return None  # "an aide to Keith Kellogg asked …, he replied": the aide
    return found


def introduced_last(r: Resolver, pos: int, want: str, not_them: frozenset[str]) -> Entity | None:
    """The person named last before a quote's "he said", in full and with a title set off after
    the name ("Henry Crespo, president of the caucus"): news copy introduces its next speaker
    so. Only when nobody is written of between them, in this paragraph or the one before."""
    i = bisect.bisect_left(r.positions, pos) - 1
    while i >= 0 and not r.entities[i].person:
        i -= 1
    if i < 0:
        return None
    ent = r.entities[i]
    if ent.actor is None or ent.how not in ("name", "name:middle") or ent.possessive or ent.key in not_them:
        return None
    if r.gender.get(ent.key, want) != want or r.masked.count("\n\n", ent.pos, pos) > 1:
        return None
    k = bisect.bisect_left(r.name_starts, ent.pos)
    span = r.spans[k] if k < len(r.spans) and r.name_starts[k] == ent.pos else None
    appositive = span is not None and r.masked.startswith(",", span.end) and bool(ent.titles)
    # "Just look at House Speaker Paul D. Ryan. He's said …": titled, alone in the sentence before
    before = r.sentence_start(pos) - 1
    alone = (
        span is not None and bool(span.lead) and before >= 0
        and r.sentence_start(ent.pos) == r.sentence_start(before)
        and "\n" not in r.masked[ent.pos : pos]
        and (i == 0 or r.sentence_start(r.entities[i - 1].pos) != r.sentence_start(ent.pos))
    )
    return ent if appositive or alone else None


def named_since(r: Resolver, a: int, pos: int, want: str, key: str) -> Speaker | None:
    """Someone else of the pronoun's sex named in the pronoun's own paragraph after the last
    speaker spoke, who may well be "he": that one when tracked and the only one, else an
    untracked speaker (no guess)."""
    para = r.masked.rfind("\n", 0, pos) + 1
    sentence = max(r.sentence_start(pos), para)
    lo, hi = bisect.bisect_left(r.positions, max(a, para)), bisect.bisect_left(r.positions, sentence)
    others = [
        e for e in r.entities[lo:hi]
        if e.person and e.key != key and r.gender.get(e.key) == want
        and not governed(r, e.pos)
        and r.sentence_start(e.pos) > a  # not in the last speaker's own words
    ]
    if not others:
        return None
    ent = others[-1]
    if any(e.key != ent.key for e in others) or ent.actor is None or ent.possessive:
        return Speaker(None, "", "untracked", 0.0, ent.key)
    return as_speaker(ent, "", 0.6)


_ASKED = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?asked\s+")
_WHEN_ASKED = re.compile(r"\b(?:when|as|after)\s+$")


def asked(r: Resolver, asker: Entity | None, want: str, not_them: frozenset[str]) -> Entity | None:
    """"X asked Sanders whether … ¶ “…,” he said": the one asked answers, not the asker (the
    person named right after the asker's "asked"), or None."""
    at = _ASKED.match(r.masked, _end_of(r, asker)) if asker is not None else None
    ent = r.at(at.end()) if at else None
    when = asker is not None and _WHEN_ASKED.search(r.masked, max(0, asker.pos - 8), asker.pos)
    if at and ent is None and asker is not None and when:
        ent = _main_subject(r, asker.pos)  # "Ryan did not exude confidence when Tapper asked whether …"
    if ent is None or not ent.person or ent.possessive or ent.key in not_them:
        return None
    return ent if r.gender.get(ent.key, want) == want else None


def _end_of(r: Resolver, ent: Entity) -> int:
    i = bisect.bisect_left(r.name_starts, ent.pos)
    return r.spans[i].end if i < len(r.spans) and r.spans[i].start == ent.pos else ent.pos


def _main_subject(r: Resolver, pos: int) -> Entity | None:
    """The person who is the subject of the sentence that holds `pos`, named before it."""
    lo = bisect.bisect_left(r.positions, r.sentence_start(pos))
    hi = bisect.bisect_left(r.positions, pos)
    return next((e for e in r.entities[lo:hi] if e.person and e.subject), None)


def last_alone(r: Resolver, chosen: Entity, pos: int, want: str) -> int:
    """Where `chosen` was last written of before `pos`, in any role ("Opinion polls see Le Pen …"),
    when no one else of the pronoun's sex has been since the subject mention; else that mention."""
    lo, hi = bisect.bisect_right(r.positions, chosen.pos), bisect.bisect_left(r.positions, pos)
    since = [e for e in r.entities[lo:hi] if e.person and r.gender.get(e.key, want) == want]
    return since[-1].pos if since and all(e.key == chosen.key for e in since) else chosen.pos
