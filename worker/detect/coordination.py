"""Two or more named people as one subject: "Jeb Bush and Chris Christie say …", "Ms.
Toretti, Mrs. Rao and other prominent bundlers said …", "Govs. Jeb Bush and Chris Christie,
who say …": the words are each one's, so each tracked one gets the statement."""

from __future__ import annotations

import re

from .article import Article
from .names import Span
from .phrases import Phrase
from .speaker import Speaker

# What joins a name to the next, past a party tag and a lower-case title word: "Gov. Martin
# O’Malley (D) and former Arkansas Gov. Mike Huckabee (R) announced".
_JOIN_BEFORE = re.compile(r"(?:\s*\([^()]{1,12}\))?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:former|then)\s+)?$")
_JOIN_AFTER = re.compile(r"(?:\s*\([^()]{1,12}\))?(?:,?\s+and\s+|,\s+(?=\S))(?:(?:former|then)\s+)?")
_AND_OTHERS = re.compile(r"\s+and\s+(?:other|others|several|many|some)\b")
_WHO = re.compile(r",?\s+who\s+$")
# Their shared role before the names: "Republican presidential hopefuls Jeb Bush and Chris Christie say".
_ROLES = re.compile(
    r"\s*(?:(?:The|the)\s+)?(?:[\w-]+\s+){0,3}(?:hopefuls|candidates|rivals|contenders|senators|governors|"
    r"leaders|lawmakers|nominees|officials)\s+"
)
# What may open a sentence before its subject: "But", "On Monday,", "In New Hampshire,".
_OPENING = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|Meanwhile|Later|Now)\b,?\s*)?(?:[^,]{0,40},\s*)?$")


def co_speakers(art: Article, phrase: Phrase, a: int, v: int, speaker: Speaker) -> list[Speaker]:
    """The other tracked people named in one subject with `phrase` (the sentence starts at
    `a`, its cue at `v`), when the names open the sentence or a "who" clause follows them."""
    if phrase.kind != "span" or phrase.span is None or speaker.actor is None:
        return []
    m = art.masked
    chain: list[Span] = [phrase.span]
    joins = ""
    while True:  # names before: "A and B said", "A, B and C said"
        join = _JOIN_BEFORE.search(m, max(a, chain[0].seq - 30), chain[0].seq)
        prev = art.ends.get(join.start()) if join else None
        if join is None or prev is None or prev.possessive or prev.seq < a:
            break
        chain.insert(0, prev)
        joins += join.group()
    while True:  # names after: np_before names the first of "Mr. Grassley and Mr. Leahy said"
        join = _JOIN_AFTER.match(m, chain[-1].end, v)
        nxt = art.starts.get(join.end()) if join else None
        if join is None or nxt is None or nxt.possessive or nxt.end > v:
            break
        chain.append(nxt)
        joins += join.group()
    # a list ends with "and" ("A, B and C", "A, B and other bundlers"); commas alone set off an
    # aside ("Vice President Joe Biden, Rubio said, had …")
    listed = "and" in joins.split() or _AND_OTHERS.match(m, chain[-1].end, v) is not None
    if len(chain) < 2 or not listed:
        return []
    before = (a, chain[0].seq)
    opens = _OPENING.fullmatch(m, *before) is not None or _ROLES.fullmatch(m, *before) is not None
    if not opens and not _WHO.search(m, chain[-1].end, v):
        return []  # "Trump met Putin and Xi said …": Putin is no subject
    out: list[Speaker] = []
    for span in chain:
        other = art.speaker(Phrase("span", span.start, span.end, span.text, span))
        if other is not None and other.actor and other.actor != speaker.actor:
            out.append(other)
    return out
