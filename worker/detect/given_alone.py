"""A tracked person called by the given name alone: "Hillary shot back", "Bernie's supporters".

Only for a person the article has already named, and only when nothing in the article gives
the name to someone else: another person of that given name ("Donald Rumsfeld"), a namesake
in the family ("Donald Trump Jr."), or another tracked actor of the same given name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .lexicon import KIN, SUFFIXES
from .names import ActorIndex, Span
from .variants import POSSESSIVE, skeleton

_KIN_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(KIN))}),?\s+$")
_DESCRIBED_AFTER = re.compile(r",\s+(?:a|an)\s")
_NAMED_ONLY = re.compile(r"\b(?:as|named|called)\s+$")
_NEXT = r"\b{}['’]?\s+([A-Z][\w'’.-]*)(?:\s+([A-Z][\w.]*))?"


def _others(index: ActorIndex, actor: str, word: str, text: str) -> bool:
    """Does `text` give the given name `word` to anyone but `actor` ("Donald Rumsfeld")?"""
    own = index.own[actor]
    for m in re.finditer(_NEXT.format(re.escape(word)), text):
        nxt, after = skeleton(m.group(1)), (m.group(2) or "").lower().rstrip(".,")
        if len(m.group(1).rstrip(".")) == 1 and m.group(2):  # "Donald J. Trump": past the initial
            nxt, after = skeleton(m.group(2)), ""
        if nxt not in own or after in SUFFIXES:
            return True
    return False


def given_alone(
    index: ActorIndex, span: Span, seen: set[str], text: str, cache: dict[str, bool]
) -> Span | None:
    """`span`, one capitalised word, as the tracked person of that given name named before it."""
    if span.lead or not seen or " " in span.text:
        return None
    key = skeleton(span.text)  # (possessive dropped)
    hits = index.by_given.get(key)
    if hits is None:
        return None  # most one-word names are no tracked person's given name: nothing more to test
    if _DESCRIBED_AFTER.match(text, span.end) or _NAMED_ONLY.search(text, max(0, span.seq - 20), span.seq):
        return None  # "said Hillary, a 45-year-old nurse", "a protester who gave his name only as Donald"
    word = POSSESSIVE.sub("", span.text)
    if not word.isalpha():
        return None
    if (key,) in index.keys or (key,) in index.shared:
        return None  # someone's surname or alias: matched as such
    kin = _KIN_BEFORE.search(text, max(0, span.seq - 20), span.seq) is not None
    if len(hits) != 1 or (hits[0] not in seen and not kin):  # "his wife, Jane,": named by kinship
        return None
    actor = hits[0]
    if actor not in cache:
        cache[actor] = _others(index, actor, word, text)
    if cache[actor]:
        return None
    return replace(span, actor=actor, how="given")
