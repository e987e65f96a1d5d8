"""He and she: whom a pronoun denotes. The subject named last, or the last speaker; failing
both, one of the fallbacks in antecedents.py."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from . import antecedents, frames, guesses
from .entities import Entity
from .phrases import Phrase
from .possessors import last_sentence_possessor, opening_possessor, own_thing, possessor
from .speaker import Speaker
from .unknown_names import other_subject

if TYPE_CHECKING:
    from .coref import Resolver

_ABSOLUTE = re.compile(r"\s*(?:[—–-][^—–]{0,80}[—–-]\s*)?[a-z]{3,}ing\b")
# Someone from the audience, unnamed, who put a question or a claim to the person the story
# is about: the quote after it is that person's answer.
_ASKER = re.compile(
    r"\b(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+)?(?:questioner|reporter|voter|audience\s+member|"
    r"member\s+of\s+the\s+audience|attendee|caller|student|participant|heckler|protester|man|woman)"
    r"\s+(?:also\s+|then\s+)?$"
)
_WHO_SAID = re.compile(r",\s*who\s+(?:also\s+|have\s+|has\s+|had\s+)?$")
_AND_BETWEEN = re.compile(r"(?:\s*\([^()]{1,14}\))?,?\s+and\s+")


def resolve(
    r: Resolver, phrase: Phrase, recent: tuple[int, Speaker] | None, not_them: frozenset[str] = frozenset()
) -> Speaker | None:
    """The speaker "he", "she" or "it" denotes, or None (no guess: a miss beats a wrong one)."""
    if phrase.head == "it":
        return r.it(phrase, recent)
    if phrase.head not in ("he", "she"):
        return None  # "they" too often a group or a crowd: a miss beats a wrong speaker
    want = "m" if phrase.head == "he" else "f"
    if recent and recent[1].actor is None and (
        _ASKER.search(r.masked, max(0, recent[0] - 40), recent[0]) or r.masked.startswith("asked ", recent[0])
    ):
        recent = None  # '… one questioner claimed that A. ¶ “You're right,” he said': the answer
    framed = frames.framed(r, phrase, want, not_them) or frames.aside(r, phrase, want, not_them)
    framed = framed or frames.fronted(r, phrase, want, not_them) or frames.as_for(r, phrase, want, not_them)
    if framed is not None:
        return framed
    chosen: Entity | None = None
    i = bisect.bisect_left(r.positions, phrase.start) - 1
    while i >= 0 and phrase.start - r.entities[i].pos < 1500:
        ent = r.entities[i]
        i -= 1
        if not ent.person or r.gender.get(ent.key, want) != want:
            continue
        if ent.possessive and not (ent.subject and ent.actor and own_thing(r, ent) and not r.people_between(
            ent.pos + 1, phrase.start
        ) - {ent.key}):
            continue  # (but "Indeed, Francis' message is …. He …": whose message the sentence is about)
        if ent.key in not_them:
            continue
        if ent.subject and not r.in_words(ent.pos):  # "He declared that … Trump would …": not Trump
            chosen = ent
            break
    owner = (
        possessor(r, phrase.start, want, not_them)
        or opening_possessor(r, phrase.start, want, not_them)
        or last_sentence_possessor(r, phrase.start, want, not_them)
    )
    after_owner = (recent is None or recent[0] < owner.pos) if owner else False
    if owner and after_owner and (chosen is None or chosen.pos < owner.pos):
        return antecedents.as_speaker(owner, phrase.text, 0.6)
    sexless = chosen is not None and chosen.actor is None and r.gender.get(chosen.key) is None
    if sexless and recent and recent[1].key and r.gender.get(recent[1].key) == want:
        chosen = None  # "… Murphy said. ¶ Sandy Hook wasn't just a tragedy. “…,” he added": Murphy
    chosen = antecedents.asked(r, chosen, want, not_them) or chosen  # "X asked Sanders whether …"
    introduced = antecedents.introduced_last(r, phrase.start, want, not_them)
    if introduced is not None and (chosen is None or chosen.pos < introduced.pos):
        chosen = introduced  # "… concerns Henry Crespo, president of the caucus. ¶ “…,” he said"
    fits = (
        recent
        and recent[1].key
        and recent[1].key not in not_them
        and r.gender.get(recent[1].key, want) == want
        and not _org_itself(r, recent[1])
    )
    # The last speaker, unless someone else has since become a sentence's subject; nor one who
    # spoke in a relative clause of a sentence whose subject is someone else ("Rubio refrained
    # from attacking his rivals, Bush and Christie, who say … ¶ He dismissed …": Rubio).
    aside = (
        recent is not None and chosen is not None and chosen.pos < recent[0]
        and _WHO_SAID.search(r.masked, max(0, recent[0] - 16), recent[0]) is not None
        and r.sentence_start(chosen.pos) == r.sentence_start(recent[0])
    )
    if recent and fits and (chosen is None or chosen.pos < recent[0]) and not aside:
        if other_subject(r, recent[0], phrase.start):
            return None
        known = _known_sex_since(r, recent, phrase.start, want, not_them)
        if known is not None:  # "…, said Batchelder. ¶ … with Hillary Clinton lambasting …. ¶ “…,” she said"
            return antecedents.as_speaker(known, phrase.text, 0.6)
        since = antecedents.named_since(r, recent[0], phrase.start, want, recent[1].key)
        if since is not None:  # "X said. ¶ But she will face the fire Mr. Obama has. He noted …"
            return replace(since, mention=phrase.text) if since.actor else None
        s = recent[1]
        return replace(
            s,
            mention=phrase.text,
            how=f"coref:pronoun->{s.actor or s.key}",
            confidence=min(s.confidence, 0.7),
        )
    if chosen is None:  # "Ban's term expires this year. He said …": the only person near
        chosen = antecedents.only_person(r, phrase.start, want, not_them) or antecedents.only_of_sex(
            r, phrase.start, want, not_them
        )
    described = antecedents.described_subject(r, phrase, want, not_them, chosen.pos if chosen else 0)
    if described is not None:
        return described
    if chosen is None:  # no rule settles it: the nearest of that sex, marked as a guess
        near = guesses.nearest(r, phrase.start, want, not_them)
        ok = near is not None and not other_subject(r, near.pos, phrase.start)
        return guesses.as_guess(near, phrase.text) if near and ok else None
    if other_subject(r, chosen.pos, phrase.start) or _paired(r, chosen, want):
        return None
    far = r.masked.count("\n\n", antecedents.last_alone(r, chosen, phrase.start, want), phrase.start) > 3
    if far and not _named_just_before(r, chosen.key, phrase.start, want):
        return None  # named four paragraphs back: "he" is more likely someone unnamed since
    if chosen.actor is None:
        return Speaker(None, phrase.text, "untracked", 0.0, chosen.key)
    return antecedents.as_speaker(chosen, phrase.text, 0.7)


def _known_sex_since(
    r: Resolver, recent: tuple[int, Speaker], pos: int, want: str, not_them: frozenset[str]
) -> Entity | None:
    """The one tracked person written of since a last speaker of unknown sex, who is known to be
    of the pronoun's sex: that one, rather than the speaker who may not be."""
    if want != "f" or r.gender.get(recent[1].key) is not None:
        return None  # (for "he" no: men are often written of with no sign of sex at all)
    lo, hi = bisect.bisect_right(r.positions, recent[0]), bisect.bisect_left(r.positions, pos)
    found = {
        e.key: e for e in r.entities[lo:hi]
        if e.person and r.gender.get(e.key) == want and not r.in_words(e.pos)
        and (not antecedents.governed(r, e.pos) or _acting(r, e.pos))
    }  # (not "praise from Hillary Clinton": after a preposition, unless "with Clinton … lambasting")
    if len(found) != 1:
        return None
    ent = next(iter(found.values()))
    return ent if ent.actor and not ent.possessive and ent.key not in not_them else None


def _acting(r: Resolver, pos: int) -> bool:
    """Does the name at `pos` head an absolute clause ("with Hillary Clinton — who’s … — lambasting")?"""
    i = bisect.bisect_left(r.name_starts, pos)
    if i == len(r.spans) or r.spans[i].start != pos:
        return False
    return _ABSOLUTE.match(r.masked, r.spans[i].end) is not None


def _org_itself(r: Resolver, s: Speaker) -> bool:
    """An organisation that spoke as itself ("Xinhua said"), which no "he" can be; its
    spokeswoman ("a spokeswoman for the union said") can be "she"."""
    kind = r.index.actors[s.actor].kind if s.actor else "person"
    return kind != "person" and not s.how.startswith("org-staff")


def _paired(r: Resolver, ent: Entity, want: str) -> bool:
    """Is `ent` one of two people joined by "and" ("President Obama and Vice President Joe Biden
    place flowers … ¶ …, he said"), the other one "he" could be as well? Then no guess."""
    i = bisect.bisect_left(r.name_starts, ent.pos)
    if i == 0 or i == len(r.spans) or r.spans[i].start != ent.pos:
        return False
    other, this = r.spans[i - 1], r.spans[i]
    if not _AND_BETWEEN.fullmatch(r.masked, other.end, this.seq):
        return False
    partner = r.at(other.start)
    return partner is not None and partner.person and r.gender.get(partner.key, want) == want


def _named_just_before(r: Resolver, key: str, pos: int, want: str) -> bool:
    """Was `key` named in the last sentence or so, if only in someone's words ("Israel said
    Clinton called on members …. She added …"), and nobody else of the pronoun's sex? Then it
    is no longer four paragraphs back."""
    i = bisect.bisect_left(r.positions, pos) - 1
    near = [e for e in r.entities[max(0, i - 3) : i + 1] if pos - e.pos < 250 and e.person]
    others = {e.key for e in near if e.key != key and r.gender.get(e.key, want) == want}
    return not others and any(e.key == key for e in near)
