"""Relative clauses around a cue: "said Lionel Sosa, a Texas media consultant who said …" (the
person named before the appositions speaks), and a free relative, "what Bradley said she
anticipated" (no statement, but Bradley spoke last)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .phrase import Phrase
from .phrases import np_before
from .span import Span
from .speaker import Speaker

if TYPE_CHECKING:
    from .article import Article

_APPOSITION = re.compile(r"\s*(?:a|an|the|his|her|its|their|\d{1,3}\b|from\s)")
_STATE = re.compile(r"\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")
FREE_RELATIVE = re.compile(r"\b(?:[Ww]hat|[Ww]hatever)\s+$")


def before_apposition(m: str, lo: int, end: int, ends: dict[int, Span]) -> Phrase | None:
    """The tracked person named before the appositions that end at `end` ("Nicky Driscoll, 24,
    from Manchester", "Lionel Sosa, a Texas media consultant"), for a "who" after them."""
    pos = end
    for _ in range(4):
        comma = m.rfind(",", max(lo, pos - 150), pos)
        if comma >= 0 and pos == end and _STATE.fullmatch(m, comma + 1, pos) and m.rfind(",", lo, comma) >= 0:
            pos = comma  # "a gynecologist from Englewood, New Jersey, who said": the state of a town
            continue
        if comma < 0 or not _APPOSITION.match(m, comma + 1, pos):
            return None  # ("X met Y, who said": Y, no apposition, is whom "who" means)
        span = ends.get(comma)
        if span is not None and span.seq >= lo and not span.actor and m[span.seq - 4 : span.seq] == " of ":
            span = ends.get(span.seq - 4) or span  # "Sen. Dianne Feinstein of California, the ranking …"
        if span is not None and span.seq >= lo:
            return Phrase("span", span.start, span.end, span.text, span) if span.actor else None
        pos = comma
    return None


def free_relative_speaker(art: Article, a: int, v: int) -> Speaker | None:
    """The one named in a free relative before the cue ("what Bradley said"): no statement of
    theirs, but the last speaker, whom the next "she" continues."""
    m = art.masked
    np = np_before(m, a, v, art.ends)
    if np is None or np.kind != "span" or not FREE_RELATIVE.search(m, max(a, np.start - 12), np.start):
        return None
    return art.speaker(np)
