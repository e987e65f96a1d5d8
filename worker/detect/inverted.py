"""The speaker named after an inverted cue: '…, said Peskov', 'said former Fed Vice Chair
Donald Kohn', 'said IMF chief economist X', 'noted NBC’s Dante Chinni', 'according to X'."""

from __future__ import annotations

import re

from .lexicon import STAFF, TITLES
from .names import Span
from .phrases import Phrase

# "said IMF chief economist X": title words between an organisation and a name; not
# "said Tom Bonier of the liberal National Committee" (a preposition: X is the speaker).
_ORG_TITLE = re.compile(
    r"(?:\s+(?:(?!(?:of|for|at|from|with|in|on|the|and|to)\b)[a-z][\w-]*|\d+(?:st|nd|rd|th))){1,3}\s+"
)  # (an ordinal of rank too: "said Air Force 1st Lt. Tyler Livingston")
# A name as the modifier of the people who speak: "said Trump allies", "said Boeing officials".
_GROUP_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted(STAFF))}|advisers|advisors|lawyers|campaign|team|staff|"
    r"(?P<other>allies|critics|supporters|loyalists|opponents|backers|associates|voters|fans|insiders))\b"
)
# Words between an inverted cue and the name: "said (the) former Fed Vice Chair Donald Kohn",
# "according to the conservative-leaning Tax Foundation".
# Never a clause's words: "repeated accusations that Rubio …" names no speaker.
_TITLE_LEAD = re.compile(
    r"(?:(?P<det>the|a|an|The|A|An)\s+)?"
    # ("said master of ceremonies Asab Al-Tabchi")
    r"(?:(?:(?:master|mistress|head|chief|director|editor|member|secretary)\s+of\s+[a-z][a-z-]*|"
    r"(?!(?:that|which|who|whom|whose|and|or|but|of|for|with|to|by|on|at|about|under|in|from|"
    r"over|into|against|after|before|during)\b)[a-z][a-z-]*|\d[\d/]*)\s+){0,4}"
)
_TITLE_AFTER = re.compile(rf"(?P<det>the|a|an)\s+(?:[\w.'’-]+\s+){{0,3}}?(?P<head>{TITLES})\b", re.IGNORECASE)


def subject_after(m: str, pos: int, hi: int, starts: dict[int, Span]) -> Phrase | None:
    """The speaker named right after an inverted cue: '..., said Peskov' / 'according to X'."""
    seg = m[pos:hi]
    skip = len(seg) - len(seg.lstrip())
    at = pos + skip
    span = starts.get(at)
    lead = _TITLE_LEAD.match(m, at, min(hi, at + 60))
    if span is None and lead:  # "said former Treasury official Mark Sobel"
        span = starts.get(lead.end())
        if span is not None and lead.group("det") in ("a", "an", "A", "An"):
            return Phrase("blocked", at, span.end, m[at : span.end])
        described = _TITLE_AFTER.match(seg, skip) if span is not None and span.actor is None else None
        if described and pos + described.end() > span.end:  # "said the Florida senator": a description
            head = described.group("head").lower()
            return Phrase("title", at, pos + described.end(), described.group(0), head=head)
    if span is not None:
        if span.possessive:  # "noted NBC’s Dante Chinni": the outlet's person, not the outlet
            after = _ORG_TITLE.match(m, span.end, min(hi, span.end + 50))
            named = starts.get(after.end() if after else span.end + 1)
            if named is None or named.possessive or named.start >= hi:
                return None
            span = named
        title = _ORG_TITLE.match(m, span.end, min(hi, span.end + 50))
        if title and starts.get(title.end()):  # "said IMF chief economist Pierre Gourinchas"
            span = starts[title.end()]
        else:
            group = _GROUP_AFTER.match(m, span.end, min(hi, span.end + 30))
            if group:  # "said Trump aides": staff speak for an organisation, never a person
                kind = "blocked" if group.group("other") else "org"  # "said Kremlin critics"
                return Phrase(kind, span.start, group.end(), m[span.start : group.end()], span)
        return Phrase("span", span.start, span.end, span.text, span)
    t = _TITLE_AFTER.match(seg, skip)
    if t:
        kind = "blocked" if t.group("det").lower() in ("a", "an") else "title"
        return Phrase(kind, at, pos + t.end(), t.group(0), head=t.group("head").lower())  # (t: of seg)
    return None
