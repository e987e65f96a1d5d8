"""Who is mentioned where: each name with its titles, gender cues and sentence role."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .first_names import given_sex, honorific_sex
from .given_alone import given_alone
from .lexicon import CORPORATE, KIN, MALE_KIN, MEDIA_NAME, NOT_PERSON, ORG_HEADS, ORG_ROLES, TITLE_SET
from .mention_words import surname_of, titles_only, unpossessed
from .misspellings import fuzzy as misspelt
from .names import ActorIndex, Span
from .namesakes import Namesakes
from .roles import titles_of
from .sayverbs import CUE
from .subjecthood import is_subject

_PERSON_TITLES = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|President|Minister|Secretary|Senator|"
    r"Judge|Justice|Chancellor|King|Queen|Prince|Pope|Lt|Col|Sgt|Capt|Officer|Mayor)\b"
)
# "her son, Humayun Khan", "his wife Melania": the kin word tells the gender.
_KIN_GENDER = re.compile(rf"\b({'|'.join(sorted(KIN))}),?\s+$")
# "Haley said she would resign": the pronoun right after a name's own cue verb is theirs.
_SAID_PRONOUN = re.compile(rf"\s+(?:{CUE.pattern})\s+(?:that\s+)?(he|she)\b")


# First words of two-word place names, never of a person's: "North Korea", "New Hampshire".
_PLACE_LEAD = frozenset(
    "North South East West New San Santa Los Las El Sri Hong Saudi United Costa Puerto Rhode Fort".split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class Entity:
    """One mention of a person or organisation, tracked or not, and what it tells."""

    pos: int
    actor: str | None
    key: str  # actor id, or the untracked surname
    person: bool
    titles: frozenset[str]
    subject: bool  # opens its sentence or heads a cue verb: a likely antecedent
    possessive: bool
    how: str
    surname: str = ""  # the last word of the mention as written, lower case ("" for a title)


_PARTY_TAGS = frozenset(("democrat", "democrats", "republican", "republicans"))


class Entities:
    """The mentions of an article in order, with the gender each person is written with."""

    def __init__(self, masked: str, spans: list[Span], index: ActorIndex) -> None:
        self.index = index
        self.masked = masked
        self.items: list[Entity] = []
        self.votes: dict[str, list[int]] = {}  # key -> [male, female] cues
        seen: set[str] = set()
        surnames: set[str] = set()
        given: dict[str, bool] = {}  # actor -> is its given name someone else's too here
        owners = Namesakes(masked)  # whom a bare surname denotes (namesakes.py)
        for span in spans:
            last = surname_of(span.text)
            if span.shared and owners.taken(last, span.start):
                span = replace(span, actor=None, how="untracked", shared=())  # Eric Trump's "Trump"
            elif span.shared:
                span = self._shared(span, last)
            elif span.actor is None:
                fuzzy = misspelt(index, span, seen, masked) or given_alone(index, span, seen, masked, given)
                span = fuzzy if fuzzy and not owners.taken(last, span.start) else span
            elif span.how == "alias:surname" and owners.taken(last, span.start, span.lead):
                span = replace(span, actor=None, how="untracked")  # someone else's surname
            owners.read(span, last)
            ent = self._entity(span, surnames, last)
            if span.actor:
                seen.add(span.actor)
            if ent:
                self.items.append(ent)
                self._learn_gender(span, ent.key)
        self.gender = {k: "m" if v[0] > v[1] else "f" for k, v in self.votes.items() if v[0] != v[1]}

    def _shared(self, span: Span, surname: str) -> Span:
        """A surname two actors share: the one named in full in this paragraph, else the first
        listed (admins list the most prominent first). "Trump says he …": the pronoun right
        after the cue tells Donald from Ivanka when their given names do."""
        said = _SAID_PRONOUN.match(self.masked, span.end)
        if said:
            sex = "f" if said.group(1) == "she" else "m"
            fits = [a for a in span.shared if self._gender_of(a) == sex]
            if len(fits) == 1:
                return replace(span, actor=fits[0], how="alias:surname(shared,gender)")
        honorific = honorific_sex(span.lead)
        # "Ms. Khan" beside Khizr and Ghazala Khan: not the one known to be a man
        fits = [a for a in span.shared if self._gender_of(a) in ("", honorific)] if honorific else []
        if len(fits) == 1:
            return replace(span, actor=fits[0], how="alias:surname(shared,honorific)")
        shared = fits or span.shared
        for ent in reversed(self.items):
            if "\n" in self.masked[ent.pos : span.start]:
                break  # only a full name in the same paragraph decides
            # (named with the surname: "Freddy" alone tells nothing of whom "Mr. Trump" is)
            if ent.actor in shared and ent.how != "shared" and ent.surname == surname:
                return replace(span, actor=ent.actor, how="alias:surname(shared)")
        return replace(span, actor=shared[0], how="alias:surname(shared,first)")

    def _gender_of(self, actor: str) -> str:
        """"m", "f" or "": by the actor's given name, else by how the article wrote it so far."""
        sex = given_sex(self.index.actors[actor].name.split()[0].lower())
        if sex:
            return sex
        male, female = self.votes.get(actor, (0, 0))
        return "m" if male > female else "f" if female > male else ""

    def _learn_gender(self, span: Span, key: str) -> None:
        votes = self.votes.setdefault(key, [0, 0])
        honorific = honorific_sex(span.lead)
        if honorific:
            votes[0 if honorific == "m" else 1] += 2  # an honorific outweighs a pronoun
        kin = _KIN_GENDER.search(self.masked, max(0, span.seq - 12), span.seq)
        if kin:  # "her son, Humayun Khan"
            votes[0 if kin.group(1) in MALE_KIN else 1] += 2
        # "Trump" alone: the given name of the configured "Donald Trump" still tells
        full = self.index.actors[span.actor].name if span.actor else span.text
        sex = given_sex(full.split()[0].lower())  # a one-word name ("Melanie") may be a given name too
        if sex:
            votes[0 if sex == "m" else 1] += 1
        said = _SAID_PRONOUN.match(self.masked, span.end)
        if said:
            votes[0 if said.group(1) == "he" else 1] += 1

    def _orgish(self, span: Span, words: list[str]) -> bool:
        """Do a name's words make it an organisation's or a place's rather than a person's?"""
        # "the Carolina Panthers", "the Mental Health Coalition": a person's name takes no "the"
        the = not span.lead and self.masked[max(0, span.seq - 4) : span.seq] in ("the ", "The ")
        orgish = any(w.lower().strip(".,") in NOT_PERSON for w in words) or words[0] in _PLACE_LEAD or the
        return orgish or any(len(w.strip(".,")) > 1 and w.isupper() for w in words)  # "Independence USA"

    def _entity(self, span: Span, surnames: set[str], surname: str) -> Entity | None:
        m = self.masked
        words = span.text.split()
        titles, before = titles_of(m, span)
        titled = before in TITLE_SET
        if span.actor:
            actor = self.index.actors[span.actor]
            person = actor.kind == "person"
            if not person:
                # no person's role for an organisation ("released by the State Department, the
                # candidate … appeared": a new subject, no appositive of the department)
                titles = {t for t in titles if t in ORG_ROLES}
                name = actor.name.lower().split()
                # "the commission" for the Commission on Presidential Debates
                titles.add(name[0] if len(name) > 2 and name[1] in ("of", "on", "for") else name[-1])
                if not MEDIA_NAME.search(actor.name):  # "the company" is Exxon, not the Los Angeles Times
                    titles.update(ORG_HEADS)
            return Entity(
                span.start,
                span.actor,
                span.actor,
                person,
                frozenset(titles),
                is_subject(self.masked, span, before),
                span.possessive,
                span.how,
                surname,
            )
        if titles_only(words):
            return None  # "the First Lady", "President": a title, not a name
        last = unpossessed(words[-1].lower())
        if last in _PARTY_TAGS:
            return None  # "Murphy, a Jupiter Democrat, has …": a party tag, no one of its own
        person = (
            bool(_PERSON_TITLES.search(span.lead) or (span.lead and titled))
            or (len(words) >= 2 and not span.text.isupper() and not self._orgish(span, words))
            or last in surnames
        )
        if person:
            surnames.add(last)
        elif any(w.lower().strip(".,") in CORPORATE for w in words):
            titles.update(ORG_HEADS)  # an untracked company blocks "the company said"
        if not person and not titles:
            return None
        subject = is_subject(self.masked, span, before)  # only now: most untracked names are dropped above
        roles = frozenset(titles)
        # (keyed apart from actor ids: an untracked "Frank Fiorina" is not the actor "fiorina")
        return Entity(span.start, None, f"~{last}", person, roles, subject, span.possessive, span.how, last)
