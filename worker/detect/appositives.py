"""Appositives between a name and its cue: what may stand after "X," ("a spokeswoman for …",
"Sanders's chief strategist"), the tracked name before a chain of them, and one whose closing
comma the writer left out ("Sam Lau, the communications director for the Iowa Democratic Party
said …", "Doug Andres, a spokesman for House Speaker Paul Ryan told the Post": the verb is the
name's before the first comma, not the party's or Ryan's)."""

from __future__ import annotations

import re

from .lexicon import TITLES
from .names import Span
from .phrases import Phrase, np_before

# Not a verb: "Berkeley, was known for protests, said X" has a predicate, no appositive.
APPOSITIVE = re.compile(
    r"\s*(?:a|an|the|who|which|whose|whom|now|then|once|himself|herself|(?:Democrat|Republican|Independent)\s+of|"
    # "Tad Devine, Sanders's chief strategist, said", "Christie, New Jersey’s sitting governor,"
    r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?(?=\s+[a-z])|"
    # "X, State Department security director, said", "X, South Carolina director for Sanders, said"
    rf"(?:[A-Z][\w.&-]*\s+){{1,4}}(?:[a-z-]+\s+){{0,3}}(?:{TITLES})(?=,|$|\s+(?:for|of|at|to|with)\s)|"
    r"(?!(?:is|was|are|were|has|had|have|will|would|can|could|did|does)\b)[a-z0-9][\w-]*)"
    r"(?:\b|(?<=['’])(?=\s))"  # ("Sanders' campaign manager": no word boundary after the mark)
)

# ", the communications director for the " / ", a spokesman for ": a role and the preposition of
# whom it serves, right before the noun phrase the cue would otherwise take for its subject
_ROLE_OF = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){1,4}(?:for|of|at|to)\s+(?:the\s+)?$")


def unclosed_apposition(m: str, lo: int, np: Phrase, ends: dict[int, Span]) -> Phrase | None:
    """The tracked name before an appositive left open just before `np`, or None."""
    start = np.span.seq if np.kind == "org" and np.span is not None else np.start
    role = _ROLE_OF.search(m, max(lo, start - 60), start)
    if role is None or "," in m[role.end() : start]:
        return None
    named = ends.get(role.start())
    if named is None or not named.actor or named.possessive or named.seq < lo:
        return None
    return Phrase("span", named.start, named.end, named.text, named)


def named_before(m: str, lo: int, comma: int, inner: int, ends: dict[int, Span]) -> Phrase | None:
    """A tracked name before an earlier comma of an appositive chain."""
    earlier = comma
    for _ in range(3):
        earlier = m.rfind(",", lo, earlier) if earlier > lo else -1
        if earlier < 0:
            return None
        span = ends.get(earlier)
        if span and span.actor and APPOSITIVE.match(m, earlier + 1, inner):
            return np_before(m, lo, earlier, ends)
    return None
