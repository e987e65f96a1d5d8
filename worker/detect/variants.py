"""Name variants: spelling-tolerant keys and the forms an actor's name is written in."""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from worker.mojibake import repaired
from worker.records import ActorRef

from .first_names import FAMILY_FIRST
from .givennames import GIVEN
from .lexicon import CORPORATE, SUFFIXES

POSSESSIVE = re.compile(r"['’]s?$")
_NONLETTER = re.compile(r"[^a-z]")
_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=8192)
def skeleton(word: str) -> str:
    """A spelling-tolerant key: Zelenskyy, Zelenskiy and Zelensky, or Dmitri and
    Dmitry, share one, because transliterations differ mostly in y/i and doubling."""
    low = anyascii(word).lower() if not word.isascii() else word.lower()
    low = POSSESSIVE.sub("", low)
    low = _NONLETTER.sub("", low).replace("y", "i")
    return _DOUBLE.sub(r"\1", low)


_CORPORATE = frozenset(skeleton(w) for w in CORPORATE)  # "Peabody" for Peabody Energy
# Cities that open a newspaper's name, dropped once it is known: "the Daily News".
_PLACES = tuple(
    tuple(skeleton(w) for w in p.split())
    for p in ("New York", "Los Angeles", "San Francisco", "Chicago", "Boston", "Washington", "Dallas",
              "Houston", "Miami", "Philadelphia", "Denver", "Seattle", "Atlanta", "Detroit", "London")
)
_PLACE_FIRST = frozenset(p[0] for p in _PLACES)
_GIVEN = frozenset(skeleton(n) for n in GIVEN)  # (keys are skeletons: "Ryan" is "rian")


_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")
_SITE = re.compile(r"(.+?)\.(?:com|org|net|gov)", re.IGNORECASE)
_LETTERS = "abcdefghijklmnopqrstuvwxz"  # (a skeleton spells y as i)


def variants(actor: ActorRef) -> list[tuple[tuple[str, ...], str]]:
    """Keys an actor can be written as: full name, aliases, surname, initial, first-last,
    hyphen split, and "Justice Department" for "Department of Justice"."""
    out: list[tuple[tuple[str, ...], str]] = []
    for n, phrase in enumerate((actor.name, *actor.aliases)):
        # (a name pasted from a garbled page meets the article as extraction repaired it)
        words = [w for w in re.split(r"[\s]+", repaired(phrase).strip()) if w]
        if words and words[0].lower() == "the":
            words = words[1:]
        key = tuple(skeleton(w) for w in words if skeleton(w))
        if not key:
            continue
        out.append((key, "name" if n == 0 else "alias"))
        if len(words) == 1 and _DOTTED.fullmatch(words[0]):  # "F.A.A.": a run of initials
            out.append((tuple(skeleton(c) for c in words[0] if c.isalpha()), "alias:initials"))
        site = _SITE.fullmatch(words[-1])
        if site:  # "FactCheck.org": a name run stops before the lower-case domain
            out.append(((*key[:-1], skeleton(site.group(1))), "name:site"))
        if any("-" in w for w in words):  # Ocasio-Cortez also written Ocasio Cortez
            split = tuple(skeleton(p) for w in words for p in w.split("-") if skeleton(p))
            out.append((split, "name:hyphen"))
        if n or actor.kind != "person" or len(key) < 2:
            if actor.kind != "person" and len(key) >= 3 and key[1] == "of":
                out.append(((*key[2:], key[0]), "name:swap"))  # Justice Department
            if n == 0 and actor.kind != "person" and len(key) == 2 and key[1] in _CORPORATE:
                out.append(((key[0],), "name:short"))  # "Peabody" for Peabody Energy
            place = next((len(p) for p in _PLACES if key[: len(p)] == p), 0) if key[0] in _PLACE_FIRST else 0
            if n == 0 and actor.kind != "person" and len(key) - place >= 2 and place:
                out.append((key[place:], "name:short"))  # "the Daily News" for New York Daily News
            continue
        core = [k for k in key if k not in SUFFIXES]
        surname = core[0] if core[0] in FAMILY_FIRST else core[-1]
        out.append(((surname,), "alias:surname"))
        if len(core) > 2:
            out.append(((core[0], surname), "name:first-last"))
        out.append(((core[0][0], surname), "name:initial"))
        if len(core) == 2 and surname == core[1]:  # "Donald J. Trump", "Paul D. Ryan"
            out += [((core[0], letter, surname), "name:middle") for letter in _LETTERS]
            # "Mr. Lou" for Lou Jiwei: an honorific before a first name that is no common given
            # name makes it a family name written first (no one writes "Mr. Donald"; "Mr. Ryan"
            # is Paul Ryan, never a tracked Ryan Dubicki)
            if core[0] not in _GIVEN:
                out += [((h, core[0]), "name:family-first") for h in ("mr", "ms", "mrs")]
    return out
