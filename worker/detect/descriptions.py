"""Definite descriptions no earlier title explains. "The New York businessman says" names
the person the last sentences were about: news copy varies a name with a description of its
bearer, and introduces somebody new with "a", or by name. "The network said" names the
organisation named last, when no other name came since."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from .entities import Entity
from .lexicon import MEDIA_NAME
from .names import ActorIndex, Span
from .roles import party_of

# Heads that describe a principal (an elected officer, a candidate, a business figure), not
# staff or a professional whom a story brings in unnamed ("the judge", "the lawyer").
PRINCIPALS = frozenset(
    """president senator governor mayor nominee candidate congressman congresswoman lawmaker
    chairman chairwoman secretary minister chancellor premier king queen prince
    ambassador envoy diplomat founder ceo general admiral lady president-elect businessman businesswoman
    billionaire magnate mogul tycoon front-runner frontrunner challenger incumbent republican
    democrat socialist justice pope pontiff""".split()  # noqa: SIM905
) | {"secretary of state", "vice president"}
_PARTY_HEADS = frozenset(("democrat", "republican"))
_MALE = frozenset("businessman congressman chairman king prince".split())  # noqa: SIM905
_FEMALE = frozenset("businesswoman congresswoman chairwoman queen lady".split())  # noqa: SIM905
# A subject known by one of these ("Justice Frank Nervo") is not "the GOP presidential nominee".
_PROFESSIONS = frozenset(
    "judge justice lawyer attorney prosecutor sheriff police professor analyst economist "  # noqa: SIM905
    "researcher scientist expert coach spokesman spokeswoman spokesperson official aide".split()
)
# A city's offices rule a subject out for a presidential description: "Mayor Bill de Blasio … ¶
# “…,” the Republican presidential candidate said" is someone named before the mayor (a senator
# or a governor may well be the candidate).
_CITY_OFFICES = frozenset(("mayor", "councilman", "councilwoman", "alderman"))
# The description's own pronoun, before any other name: "The nominee complained about his mic".
_OWN_PRONOUN = re.compile(r"[^.;:!?A-Z]*?\b(his|he|himself|her|she|herself)\b")
# The one who put the question just before: '“That would be you?” Borger asked.'
_ASKED = re.compile(r"\s+(?:asked|asks|wondered|interjected)\b")
_NAME = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")


def _name_end(masked: str, pos: int) -> int:
    run = _NAME.match(masked, pos)
    return run.end() if run else pos


_INTRO_REACH = 300  # how far before a head "A New York" and its article may stand
_WINDOW = 700  # about two short paragraphs: a description reaches no further back
# "The newspaper said" names a paper or a broadcaster, whatever organisation came last.
MEDIA_HEADS = frozenset(("newspaper", "paper", "tabloid", "magazine", "broadcaster"))


def _holds_other_office(text: str, titles: frozenset[str]) -> bool:
    return "presidential" in text.lower() and not titles.isdisjoint(_CITY_OFFICES)


def gender_of(head: str) -> str:
    return "m" if head in _MALE else "f" if head in _FEMALE else ""


def introduced(masked: str, head: str, before: int) -> bool:
    """Was somebody unnamed brought in earlier with this head ("A New York judge has ruled")?"""
    pattern = re.compile(rf"(?<![\w-])(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w.-]+\s+){{0,3}}{head}\b")
    # Tried only just before each use of the head: one scan of all the text before it, per
    # description, made a long page's detection quadratic (an article, a head and three words
    # fit in _INTRO_REACH characters).
    for use in re.compile(rf"{head}\b").finditer(masked, 0, before):  # (a literal: a fast scan)
        at = use.start()
        if masked[at - 1 : at].isspace() and pattern.search(masked, max(0, at - _INTRO_REACH), use.end()):
            return True
    return False


def topic(
    entities: Sequence[Entity],
    positions: Sequence[int],
    masked: str,
    text: str,
    head: str,
    start: int,
    gender: dict[str, str],
) -> Entity | None:
    """The person the description at `start` most likely denotes, or None (no guess)."""
    if head not in PRINCIPALS or not text[:4].lower().startswith("the "):
        return None
    side, want = party_of(text), gender_of(head)
    own = _OWN_PRONOUN.match(masked, start + len(text), start + len(text) + 80) if not want else None
    if own:  # "The GOP nominee complained about his mic": a man
        want = "m" if own.group(1).lower() in ("his", "he", "himself") else "f"
    i = bisect.bisect_left(positions, start) - 1
    while i >= 0 and start - entities[i].pos < _WINDOW:
        ent = entities[i]
        i -= 1
        if not ent.person or ent.possessive or not ent.subject:
            continue
        if _ASKED.match(masked, _name_end(masked, ent.pos)):
            continue  # '“…?” Borger asked. ¶ “…,” the senator said': the answer is another's
        # what the article has said of this person so far, at any mention
        titles = frozenset().union(*(e.titles for e in entities[: i + 2] if e.key == ent.key))
        sides = {t for t in titles if t.startswith("party:")}
        if _holds_other_office(text, titles):
            continue  # "De Blasio disbanded the unit. ¶ “…,” the Republican presidential candidate said"
        if (
            (side and sides and side not in sides)
            # a bare "the Democrat" is only a known Democrat; "the Kentucky Republican" says more
            or (head in _PARTY_HEADS and side not in sides and len(text.split()) < 3)
            or (want and gender.get(ent.key, want) != want)
            or (head not in titles and not titles.isdisjoint(_PROFESSIONS))
        ):
            return None  # the last subject is somebody else; an older one is only a guess
        return None if introduced(masked, head, start) else ent
    return None


def last_org(
    entities: Sequence[Entity],
    positions: Sequence[int],
    names: Sequence[tuple[int, str | None]],
    name_starts: Sequence[int],
    start: int,
) -> Entity | None:
    """'RT … The network said': the tracked organisation named last, within a few paragraphs,
    when no other name has been written since (`names`: every name's start and actor)."""
    for ent in _orgs_before(entities, positions, start, 1200):
        if ent.actor is None:
            return None
        lo, hi = bisect.bisect_right(name_starts, ent.pos), bisect.bisect_left(name_starts, start)
        if any(actor != ent.actor for _, actor in names[lo:hi]):
            return None  # another name since, a person's or not: maybe that one's
        return ent
    return None


def _orgs_before(
    entities: Sequence[Entity], positions: Sequence[int], pos: int, window: int
) -> Iterator[Entity]:
    """The organisations written of before `pos`, nearest first, within `window` characters."""
    i = bisect.bisect_left(positions, pos) - 1
    while i >= 0 and pos - entities[i].pos < window:
        if not entities[i].person:
            yield entities[i]
        i -= 1


def last_media(
    entities: Sequence[Entity], positions: Sequence[int], spans: Sequence[Span], index: ActorIndex, pos: int
) -> Entity | None:
    """'the newspaper': the tracked paper or broadcaster named last, in the last few
    paragraphs, past organisations of other kinds, unless an untracked one was named since."""
    starts = [sp.start for sp in spans]
    i = bisect.bisect_left(positions, pos) - 1
    while i >= 0 and pos - entities[i].pos < 1500:
        ent = entities[i]
        i -= 1
        if ent.person or not ent.actor or not _media(index, ent.actor):
            continue
        lo, hi = bisect.bisect_right(starts, ent.pos), bisect.bisect_left(starts, pos)
        if any(sp.actor is None and MEDIA_NAME.search(sp.text) for sp in spans[lo:hi]):
            return None  # "The Washington Post" since: "the newspaper" may be that one
        return ent
    return None


def _media(index: ActorIndex, actor: str) -> bool:
    ref = index.actors[actor]
    return any(MEDIA_NAME.search(n) for n in (ref.name, *ref.aliases))


def org_named_by(
    entities: Sequence[Entity], positions: Sequence[int], index: ActorIndex, head: str, start: int
) -> Entity | None:
    """'The Department of Labor issued the rule. … according to the department': the last
    organisation written of in the last few paragraphs, when its name holds the word; None when
    an untracked one whose name holds it came last."""
    for ent in _orgs_before(entities, positions, start, 2000):
        names = (index.actors[ent.actor].name, *index.actors[ent.actor].aliases) if ent.actor else (ent.key,)
        if any(head in n.lower().split() for n in names):
            return ent if ent.actor else None
    return None
