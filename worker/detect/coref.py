"""Speaker resolution: a name, title or pronoun becomes a tracked actor, or blocks one.
Pronouns are resolved in pronouns.py, titles ("the senator") in title_speakers.py, descriptions
("the nominee") in descriptions.py."""

from __future__ import annotations

import bisect
from dataclasses import replace

from . import pronouns
from .descriptions import MEDIA_HEADS, last_media, last_org, org_named_by, topic
from .entities import Entities, Entity
from .intervals import Intervals
from .lexicon import ORG_GENERIC, ORG_ROLES, OWN_STAFF, VOICES
from .names import ActorIndex, Span
from .phrases import Phrase, np_before
from .put_out import put_out_at
from .speaker import Speaker
from .title_speakers import last_titled, place_words
from .voices import own_voice

_CONF = {
    "name": 0.95, "name:middle": 0.95, "alias": 0.9, "alias:surname": 0.9, "name:first-last": 0.9,
    "name:initial": 0.85, "name:hyphen": 0.9, "name:swap": 0.9,
}


class Resolver:
    def __init__(
        self, masked: str, spans: list[Span], index: ActorIndex, sentence_starts: list[int] | None = None
    ) -> None:
        self.index = index
        table = Entities(masked, spans, index)
        self.entities = table.items
        self.gender = table.gender
        self.positions = [e.pos for e in self.entities]
        self.masked = masked
        # Every capitalised name (tracked or not, people included) and whom it denotes.
        self.names = [(sp.start, sp.actor) for sp in spans]
        self.name_starts = [sp.start for sp in spans]
        self.spans = spans
        self.ends = {sp.end: sp for sp in spans}
        self.sentence_starts = sentence_starts or [0]  # from the layout, in order
        # Spans of words already attributed (the Article's claimed list, shared): a name inside
        # someone's words is no antecedent of the next "he".
        self.said = Intervals()

    def in_words(self, pos: int) -> bool:
        return self.said.holds(pos)

    def sentence_end(self, pos: int) -> int:
        """Where the next sentence after the one holding `pos` starts (the text's end if none)."""
        i = bisect.bisect_right(self.sentence_starts, pos)
        return self.sentence_starts[i] if i < len(self.sentence_starts) else len(self.masked)

    def sentence_start(self, pos: int) -> int:
        """Where the sentence holding `pos` starts."""
        return self.sentence_starts[max(bisect.bisect_right(self.sentence_starts, pos) - 1, 0)]

    def speaker(
        self, phrase: Phrase, recent: tuple[int, Speaker] | None = None, content: int | None = None
    ) -> Speaker | None:
        """`content`: where the words a postposed pronoun attributes begin ('A, he said')."""
        if phrase.kind == "blocked":  # someone unnamed: a key of its own, for continuations
            return Speaker(None, phrase.text, "untracked", 0.0, f"?{phrase.start}")
        if phrase.kind == "span" and phrase.span:
            return self._named(phrase.span)
        if phrase.kind == "pronoun":
            return pronouns.resolve(self, phrase, recent, self._named_in(content, phrase.start))
        if phrase.kind == "titled":  # "X endured a lecture from the Mexican president, who said": no guess
            known = last_titled(self.entities, self.positions, self.masked, phrase)
            return self.title(phrase) if known else None
        if phrase.kind == "title":  # "the executives said", after "the company said": its staff
            staff = phrase.head in OWN_STAFF and recent and "\n" not in self.masked[recent[0] : phrase.start]
            return self.title(phrase) or (self.it(phrase, recent) if staff else None)
        if phrase.kind == "org" and phrase.span:
            return self._staff(phrase)
        if phrase.kind == "document":
            return self._document(phrase)
        return None

    def _document(self, phrase: Phrase) -> Speaker | None:
        """'X sent a letter to Y …. The letter said A': the document put out just before (two
        sentences back at most) speaks for the one who put it out, named right before the verb."""
        at = put_out_at(self.masked, self.sentence_starts, phrase.head, phrase.start)
        if at is None:
            return None
        subject = np_before(self.masked, self.sentence_start(at), at, self.ends)
        # (a campaign too: "The Cruz campaign sent an email")
        spoken = subject is not None and subject.kind in ("span", "title", "org")
        who = self.speaker(subject) if spoken else None
        if who is None or who.actor is None:
            return who
        return replace(who, mention=phrase.text, how=f"coref:document->{who.actor}",
                       confidence=min(who.confidence, 0.7))

    def _staff(self, phrase: Phrase) -> Speaker:
        """Staff speaking for an organisation ('a Kremlin spokesman') speak for it."""
        if phrase.span:
            named = self._named(phrase.span)
            if named.actor and self.index.actors[named.actor].kind != "person":
                return replace(named, mention=phrase.text, how=f"org-staff:{named.how}")
            if named.actor and phrase.head in VOICES:  # "the Trump campaign said": his, as its words
                own = own_voice(self.index.actors, self.index.own, named.actor, phrase.head)
                if own is not None:  # "O'Malley's campaign", with an "O'Malley campaign" tracked
                    return Speaker(own, phrase.text, f"campaign:tracked->{own}", 0.85, own)
                return replace(named, mention=phrase.text, how=f"campaign:{named.how}",
                               confidence=min(named.confidence, 0.7))
        return Speaker(None, phrase.text, "untracked", 0.0, f"?{phrase.start}")

    def at(self, pos: int) -> Entity | None:
        i = bisect.bisect_left(self.positions, pos)
        if i < len(self.entities) and self.entities[i].pos == pos:
            return self.entities[i]
        return None

    def _named(self, span: Span) -> Speaker:
        ent = self.at(span.start)
        if ent and ent.actor:
            return Speaker(ent.actor, span.text, ent.how, _CONF.get(ent.how, 0.75), ent.key)
        return Speaker(None, span.text, "untracked", 0.0, ent.key if ent else f"?{span.start}")

    def _named_in(self, a: int | None, b: int) -> frozenset[str]:
        """People named in the words a pronoun attributes: 'What Page did was “wrong,” he
        said' is not Page's (a pronoun never denotes a name inside its own clause)."""
        if a is None or a >= b:
            return frozenset()
        return frozenset(self.people_between(a, b))

    def it(self, phrase: Phrase, recent: tuple[int, Speaker] | None) -> Speaker | None:
        """'SBM Intel says …. “…,” it says': "it" is the organisation that last spoke, unless
        any other name but a person's has been written since (then it may be that one)."""
        if recent and recent[1].actor and recent[1].how.startswith("coref:document"):
            s = recent[1]  # '“…,” the email read. It stated that A': the document goes on
            conf = min(s.confidence, 0.7)
            return replace(s, mention=phrase.text, how=f"coref:it->{s.actor}", confidence=conf)
        if not recent or not recent[1].actor or self.index.actors[recent[1].actor].kind == "person":
            return None
        lo = bisect.bisect_right(self.name_starts, recent[0])
        hi = bisect.bisect_left(self.name_starts, phrase.start)
        for pos, actor in self.names[lo:hi]:
            ent = self.at(pos)
            if actor != recent[1].actor and not (ent and ent.person):
                return None  # "The Kremlin said …. In Kyiv, it said": maybe Kyiv's
        s = recent[1]
        return replace(s, mention=phrase.text, how=f"coref:it->{s.actor}", confidence=min(s.confidence, 0.7))

    def title(self, phrase: Phrase) -> Speaker | None:
        ent = last_titled(self.entities, self.positions, self.masked, phrase)
        if ent is not None and ent.actor is None:
            return Speaker(None, phrase.text, "untracked", 0.0, ent.key)
        if ent is not None:
            return Speaker(ent.actor, phrase.text, f"coref:title->{ent.actor}", 0.75, ent.key)
        if phrase.span:
            return self._staff(phrase)
        if phrase.head in ORG_GENERIC and phrase.text[:4].lower() == "the ":
            if phrase.head in MEDIA_HEADS:  # "the newspaper" is the last paper, not the NRA
                org = last_media(self.entities, self.positions, self.spans, self.index, phrase.start)
            else:
                org = last_org(self.entities, self.positions, self.names, self.name_starts, phrase.start)
            return Speaker(org.actor, phrase.text, f"coref:org->{org.actor}", 0.7, org.key) if org else None
        if phrase.head in ORG_ROLES and phrase.text[:4].lower() == "the ":  # "according to the department"
            org = org_named_by(self.entities, self.positions, self.index, phrase.head, phrase.start)
            if org is not None:
                return Speaker(org.actor, phrase.text, f"coref:org->{org.actor}", 0.7, org.key)
        ent = topic(
            self.entities, self.positions, self.masked, phrase.text, phrase.head, phrase.start, self.gender
        )
        if ent is None or ent.actor is None:
            return Speaker(None, phrase.text, "untracked", 0.0, ent.key) if ent else None
        if phrase.head == "secretary of state" and place_words(phrase.text):
            return None  # "the California secretary of state" is a state's, no Secretary Clinton
        return Speaker(ent.actor, phrase.text, f"coref:description->{ent.actor}", 0.6, ent.key)

    def person_before(
        self, pos: int, window: int = 600, skip: tuple[tuple[int, int], ...] = ()
    ) -> str | None:
        """Key of the nearest person named before `pos` (tracked id or untracked surname)
        who could have spoken: a tracked one, or an untracked one as a subject or with a
        title ("the Carolina Panthers" in passing, or "Super Bowl", are nobody's quote).
        Names inside the `skip` spans (someone's own words) are passed over."""
        i = bisect.bisect_left(self.positions, pos) - 1
        while i >= 0 and pos - self.entities[i].pos < window:
            ent = self.entities[i]
            if any(a <= ent.pos < b for a, b in skip):
                i -= 1
                continue
            if ent.person and (ent.actor or ent.subject or ent.titles):
                return ent.key
            i -= 1
        return None

    def people_between(self, a: int, b: int) -> set[str]:
        """Keys of the people named in [a, b)."""
        lo, hi = bisect.bisect_left(self.positions, a), bisect.bisect_left(self.positions, b)
        return {e.key for e in self.entities[lo:hi] if e.person}
