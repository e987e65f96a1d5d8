"""An appositive whose closing comma the writer left out: "Sam Lau, the communications director
for the Iowa Democratic Party said …", "Doug Andres, a spokesman for House Speaker Paul Ryan told
the Post": the verb is the name's before the first comma, not the party's or Ryan's."""

from __future__ import annotations

import re

from .names import Span
from .phrases import Phrase

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
