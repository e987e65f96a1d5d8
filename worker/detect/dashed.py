"""A subject set off by dashes before its cue: "Kall -- co-editor of a book on Trump -- said"
is Kall's; "A former Republican presidential candidate -- John McCain, who lost … -- said" the
tracked name that opens the aside."""

from __future__ import annotations

import re

from .lexicon import DASH
from .names import Span
from .phrases import Phrase, np_before

# A description set off by dashes between a name and its verb.
_DASHED = re.compile(rf"\s{DASH}\s[^—–]{{3,120}}?\s{DASH}$")  # (" - ": a hyphen typed for a dash)
_WHO_ASIDE = re.compile(rf"\s{DASH}\s(?:who|which)\b")
_ROLE = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,8}")  # "communications director of the group "
_ASIDE_NAME = re.compile(rf"\s{DASH}\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}(?=,\s+who\b)")


def dashed_aside(m: str, lo: int, end: int) -> re.Match[str] | None:
    """The aside between dashes that ends at `end` (no further back than `lo`), or None."""
    return _DASHED.search(m, max(lo, end - 130), end) if m[end - 1 : end] in "-—–" else None


def dashed_subject(m: str, lo: int, dash: re.Match[str], ends: dict[int, Span]) -> Phrase | None:
    """The subject before the aside `dash`: the name before the first dash, or the tracked name
    opening the aside after a description; None when neither is."""
    head = dash.start()
    while head > lo and m[head - 1].isspace():
        head -= 1
    np = np_before(m, lo, head, ends)
    if np is not None and np.span is not None and not np.span.actor:
        # "Neil Sroka, communications director of the group Democracy for America - which … - said"
        comma = m.rfind(",", lo, np.start)
        named = ends.get(comma) if comma > lo else None
        if named and named.actor and not named.possessive and _ROLE.fullmatch(m, comma + 1, np.start):
            return Phrase("span", named.start, named.end, named.text, named)
    relative = _WHO_ASIDE.match(m, dash.start())  # "The justice -- who … -- said", not "The envoy — X, …"
    if np and (np.kind == "span" or (np.kind == "title" and relative)):
        return np
    inside = _ASIDE_NAME.match(m, dash.start())
    span = ends.get(inside.end()) if inside else None
    if span is not None and span.actor and not span.possessive and np is not None and np.kind != "span":
        return Phrase("span", span.start, span.end, span.text, span)
    return None
