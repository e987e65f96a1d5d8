"""Speaker resolution: a name, title or pronoun becomes a tracked actor, or blocks one."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from .descriptions import last_org, topic
from .entities import Entities, Entity
from .lexicon import ORG_GENERIC, OWN_STAFF, TITLES
from .names import ActorIndex, Span
from .phrases import Phrase
from .roles import FORMER, party_of

_OPENS = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)$")
_GOES_ON = re.compile(
    r",\s+however,|\s+(?:also\s+)?(?:[a-z]{2,}ed|[a-z]{3,}s|said|told|met|spoke|struck|took|made|"
    r"was|is|has|had|will|would|sounded|gave|went|came|saw|wrote|sent)\b"
)
_NOT_NAMES = frozenset(
    """nobody everybody everyone someone somebody nothing everything something one both
    neither either none few others another whoever asked speaking later today instead""".split()  # noqa: SIM905
)
_CONF = {
    "name": 0.95,
    "alias": 0.9,
    "alias:surname": 0.9,
    "name:first-last": 0.9,
    "name:initial": 0.85,
    "name:hyphen": 0.9,
    "name:swap": 0.9,
}


# Somebody brought in unnamed, whom a pronoun may well mean: "an aide to X", "a woman".
_UNNAMED = re.compile(
    rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w-]+\s+){{0,2}}?(?:{TITLES}|man|woman|person)\b"
)
# A clause opened by a description: "The admiral chuckled.", "Asked later - …- the admiral chuckled."
_DESCRIBED = re.compile(
    rf"(?:^|(?<=[.!?,;—–-]\s)|(?<=\n))(?P<np>[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?P<head>{TITLES}))\s+[a-z]+(?:ed|s)\b"
)
# "The newspaper said" names a paper or a broadcaster, whatever organisation came last.
_MEDIA_HEADS = frozenset(("newspaper", "broadcaster"))
_MEDIA_NAME = re.compile(
    r"\b(?:News|Times|Post|Journal|Herald|Tribune|Daily|Gazette|Telegraph|Guardian|Globe|Network|TV|"
    r"Radio|Magazine|Press|Media|Broadcasting|BBC|CNN|NBC|ABC|CBS|Fox|MSNBC|NPR|PBS|RT|Reuters|Bloomberg)\b"
)


@dataclass(frozen=True, slots=True)
class Speaker:
    actor: str | None  # None: someone untracked, who still blocks the attribution
    mention: str
    how: str
    confidence: float
    key: str = ""  # who it is (actor id or untracked surname), for continuations


class Resolver:
    def __init__(self, masked: str, spans: list[Span], index: ActorIndex) -> None:
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

    def speaker(
        self, phrase: Phrase, recent: tuple[int, Speaker] | None = None, content: int | None = None
    ) -> Speaker | None:
        """`content`: where the words a postposed pronoun attributes begin ('A, he said')."""
        if phrase.kind == "blocked":  # someone unnamed: a key of its own, for continuations
            return Speaker(None, phrase.text, "untracked", 0.0, f"?{phrase.start}")
        if phrase.kind == "span" and phrase.span:
            return self._named(phrase.span)
        if phrase.kind == "pronoun":
            return self._pronoun(phrase, recent, self._named_in(content, phrase.start))
        if phrase.kind == "title":  # "the executives said", after "the company said": its staff
            staff = phrase.head in OWN_STAFF and recent and "\n" not in self.masked[recent[0] : phrase.start]
            return self._title(phrase) or (self._it(phrase, recent) if staff else None)
        if phrase.kind == "org" and phrase.span:
            return self._staff(phrase)
        return None

    def _staff(self, phrase: Phrase) -> Speaker:
        """Staff speaking for an organisation ('a Kremlin spokesman') speak for it."""
        if phrase.span:
            named = self._named(phrase.span)
            if named.actor and self.index.actors[named.actor].kind != "person":
                return replace(named, mention=phrase.text, how=f"org-staff:{named.how}")
        return Speaker(None, phrase.text, "untracked", 0.0, f"?{phrase.start}")

    def _at(self, pos: int) -> Entity | None:
        i = bisect.bisect_left(self.positions, pos)
        if i < len(self.entities) and self.entities[i].pos == pos:
            return self.entities[i]
        return None

    def _named(self, span: Span) -> Speaker:
        ent = self._at(span.start)
        if ent and ent.actor:
            return Speaker(ent.actor, span.text, ent.how, _CONF.get(ent.how, 0.75), ent.key)
        return Speaker(None, span.text, "untracked", 0.0, ent.key if ent else f"?{span.start}")

    def _named_in(self, a: int | None, b: int) -> frozenset[str]:
        """People named in the words a pronoun attributes: 'What Page did was “wrong,” he
        said' is not Page's (a pronoun never denotes a name inside its own clause)."""
        if a is None or a >= b:
            return frozenset()
        return frozenset(self.people_between(a, b))

    def _pronoun(
        self, phrase: Phrase, recent: tuple[int, Speaker] | None, not_them: frozenset[str] = frozenset()
    ) -> Speaker | None:
        if phrase.head == "it":
            return self._it(phrase, recent)
        if phrase.head not in ("he", "she"):
            return None  # "they" too often a group or a crowd: a miss beats a wrong speaker
        want = "m" if phrase.head == "he" else "f"
        chosen: Entity | None = None
        i = bisect.bisect_left(self.positions, phrase.start) - 1
        while i >= 0 and phrase.start - self.entities[i].pos < 1500:
            ent = self.entities[i]
            i -= 1
            if not ent.person or ent.possessive or self.gender.get(ent.key, want) != want:
                continue
            if ent.key in not_them:
                continue
            if ent.subject:
                chosen = ent
                break
        fits = (
            recent
            and recent[1].key
            and recent[1].key not in not_them
            and self.gender.get(recent[1].key, want) == want
            and not self._org_itself(recent[1])
        )
        # The last speaker, unless someone else has since become a sentence's subject.
        if recent and fits and (chosen is None or chosen.pos < recent[0]):
            if self._other_subject(recent[0], phrase.start):
                return None
            s = recent[1]
            return replace(
                s,
                mention=phrase.text,
                how=f"coref:pronoun->{s.actor or s.key}",
                confidence=min(s.confidence, 0.7),
            )
        if chosen is None:  # "Ban's term expires this year. He said …": the only person near
            chosen = self._only_person(phrase.start, want, not_them) or self._only_of_sex(
                phrase.start, want, not_them
            )
        described = self._described_subject(phrase, want, not_them, chosen.pos if chosen else 0)
        if described is not None:
            return described
        if chosen is None or self._other_subject(chosen.pos, phrase.start):
            return None
        if self.masked.count("\n\n", chosen.pos, phrase.start) > 3:
            return None  # named four paragraphs back: "he" is more likely someone unnamed since
        if chosen.actor is None:
            return Speaker(None, phrase.text, "untracked", 0.0, chosen.key)
        return Speaker(chosen.actor, phrase.text, f"coref:pronoun->{chosen.actor}", 0.7, chosen.key)

    def _org_itself(self, s: Speaker) -> bool:
        """An organisation that spoke as itself ("Xinhua said"), which no "he" can be; its
        spokeswoman ("a spokeswoman for the union said") can be "she"."""
        kind = self.index.actors[s.actor].kind if s.actor else "person"
        return kind != "person" and not s.how.startswith("org-staff")

    def _other_subject(self, a: int, b: int) -> bool:
        """Does a one-word name no rule could type ("Lavrov", "Macron") open a sentence in
        (a, b) and go on with a verb? Then "he" may well be that one: no guess."""
        lo, hi = bisect.bisect_right(self.name_starts, a), bisect.bisect_left(self.name_starts, b)
        for sp in self.spans[lo:hi]:
            if self._name_like(sp) and _OPENS.search(self.masked, max(0, sp.start - 4), sp.start):
                ent = self._at(sp.start)
                if (ent is None or not ent.person) and _GOES_ON.match(self.masked, sp.end):
                    return True
        return False

    def _name_like(self, sp: Span) -> bool:
        """One untracked word that may be someone's surname: not "Democrats", "NATO",
        "Nobody", nor a common noun written lower case elsewhere ("Inflation")."""
        if sp.actor is not None or " " in sp.text or sp.text.isupper() or sp.text.endswith("s"):
            return False
        low = sp.text.lower()
        return low not in _NOT_NAMES and f" {low} " not in self.masked

    def _it(self, phrase: Phrase, recent: tuple[int, Speaker] | None) -> Speaker | None:
        """'SBM Intel says …. “…,” it says': "it" is the organisation that last spoke, unless
        any other name but a person's has been written since (then it may be that one)."""
        if not recent or not recent[1].actor or self.index.actors[recent[1].actor].kind == "person":
            return None
        lo = bisect.bisect_right(self.name_starts, recent[0])
        hi = bisect.bisect_left(self.name_starts, phrase.start)
        for pos, actor in self.names[lo:hi]:
            ent = self._at(pos)
            if actor != recent[1].actor and not (ent and ent.person):
                return None  # "The Kremlin said …. In Kyiv, it said": maybe Kyiv's
        s = recent[1]
        return replace(s, mention=phrase.text, how=f"coref:it->{s.actor}", confidence=min(s.confidence, 0.7))

    def _title(self, phrase: Phrase) -> Speaker | None:
        i = bisect.bisect_left(self.positions, phrase.start) - 1
        side = party_of(phrase.text)
        head = f"ex:{phrase.head}" if FORMER.search(phrase.text) else phrase.head
        while i >= 0:
            ent = self.entities[i]
            i -= 1
            if head not in ent.titles:
                continue
            if side and side not in ent.titles and any(t.startswith("party:") for t in ent.titles):
                continue  # "the Democratic nominee" is not the Republican one named before
            if ent.actor is None:
                return Speaker(None, phrase.text, "untracked", 0.0, ent.key)
            return Speaker(ent.actor, phrase.text, f"coref:title->{ent.actor}", 0.75, ent.key)
        if phrase.span:
            return self._staff(phrase)
        if phrase.head in ORG_GENERIC and phrase.text[:4].lower() == "the ":
            if phrase.head in _MEDIA_HEADS:  # "the newspaper" is the last paper, not the NRA
                org = self._last_media(phrase.start)
            else:
                org = last_org(self.entities, self.positions, self.names, self.name_starts, phrase.start)
            return Speaker(org.actor, phrase.text, f"coref:org->{org.actor}", 0.7, org.key) if org else None
        ent = topic(
            self.entities, self.positions, self.masked, phrase.text, phrase.head, phrase.start, self.gender
        )
        if ent is None or ent.actor is None:
            return Speaker(None, phrase.text, "untracked", 0.0, ent.key) if ent else None
        return Speaker(ent.actor, phrase.text, f"coref:description->{ent.actor}", 0.6, ent.key)

    def _only_person(self, pos: int, want: str, not_them: frozenset[str]) -> Entity | None:
        """The person of the right sex mentioned in the last 300 characters, as subject or
        not, when nobody else was."""
        i = bisect.bisect_left(self.positions, pos) - 1
        near = []
        while i >= 0 and pos - self.entities[i].pos < 300:
            if self.entities[i].person:
                near.append(self.entities[i])
            i -= 1
        keys = {e.key for e in near}
        if len(keys) != 1 or keys & not_them or self.gender.get(near[0].key, want) != want:
            return None
        if near[0].actor is None or not (near[0].possessive or near[0].subject):
            return None  # an untracked run ("Public Policy") is too often no person, and "an
            # aide to Kellogg … he" is the aide
        return near[0]

    def _described_subject(
        self, phrase: Phrase, want: str, not_them: frozenset[str], since: int
    ) -> Speaker | None:
        """'… the admiral chuckled. “…,” he said': the last clause opened by a description of
        a tracked person, when no subject was named after it."""
        lo = max(since, phrase.start - 600, 0)
        hits = list(_DESCRIBED.finditer(self.masked, lo, phrase.start))
        if not hits:
            return None
        hit = hits[-1]
        head = hit.group("head").lower()
        described = Phrase("title", hit.start("np"), hit.end("head"), hit.group("np"), head=head)
        speaker = self._title(described)
        if speaker is None or not speaker.actor or speaker.key in not_them:
            return None
        if self.gender.get(speaker.key, want) != want:
            return None
        return replace(speaker, mention=phrase.text, how=f"coref:pronoun->{speaker.actor}", confidence=0.6)

    def _only_of_sex(self, pos: int, want: str, not_them: frozenset[str]) -> Entity | None:
        """The one tracked person known to be of the pronoun's sex in the last two paragraphs
        or so, whatever their role in the sentence ("with Hillary Clinton lambasting …. “…,”
        she said"), when no other person of that sex, or of a sex unknown, was written of."""
        i = bisect.bisect_left(self.positions, pos) - 1
        found: Entity | None = None
        while i >= 0 and pos - self.entities[i].pos < 1200:
            ent = self.entities[i]
            i -= 1
            if not ent.person or (found and ent.key == found.key):
                continue
            sex = self.gender.get(ent.key)
            if sex and sex != want:
                continue
            if found or not sex or ent.actor is None or ent.key in not_them:
                return None  # two of that sex, or one who may be
            found = ent
        if found and _UNNAMED.search(self.masked, max(0, found.pos - 60), pos):
            return None  # "an aide to Keith Kellogg asked …, he replied": the aide
        return found

    def _last_media(self, pos: int) -> Entity | None:
        """The tracked newspaper or broadcaster named last, in the last few paragraphs, when no
        untracked one was named since."""
        i = bisect.bisect_left(self.positions, pos) - 1
        while i >= 0 and pos - self.entities[i].pos < 1500:
            ent = self.entities[i]
            i -= 1
            if ent.person or not ent.actor or not self._media(ent.actor):
                continue
            lo, hi = bisect.bisect_right(self.name_starts, ent.pos), bisect.bisect_left(self.name_starts, pos)
            if any(sp.actor is None and _MEDIA_NAME.search(sp.text) for sp in self.spans[lo:hi]):
                return None  # "The Washington Post" since: "the newspaper" may be that one
            return ent
        return None

    def _media(self, actor: str | None) -> bool:
        ref = self.index.actors.get(actor or "")
        names = (ref.name, *ref.aliases) if ref else ()
        return any(_MEDIA_NAME.search(n) for n in names)

    def person_before(self, pos: int, window: int = 600) -> str | None:
        """Key of the nearest person named before `pos` (tracked id or untracked surname)
        who could have spoken: a tracked one, or an untracked one as a subject or with a
        title ("the Carolina Panthers" in passing, or "Super Bowl", are nobody's quote)."""
        i = bisect.bisect_left(self.positions, pos) - 1
        while i >= 0 and pos - self.entities[i].pos < window:
            ent = self.entities[i]
            if ent.person and (ent.actor or ent.subject or ent.titles):
                return ent.key
            i -= 1
        return None

    def people_between(self, a: int, b: int) -> set[str]:
        """Keys of the people named in [a, b)."""
        lo, hi = bisect.bisect_left(self.positions, a), bisect.bisect_left(self.positions, b)
        return {e.key for e in self.entities[lo:hi] if e.person}
