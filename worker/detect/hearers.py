"""The hearer of "told": "told reporters", "told the BBC", "told Reuters", skipped before
the reported clause."""

from __future__ import annotations

import re

from .sayverbs import TELL

_HEARER = re.compile(
    r"\s+(?:[a-z][\w-]*(?:\s+[A-Z][\w.'’-]*){1,3}|(?!(?:the|a|an|his|her|their|its)\s)[a-z][\w-]*|"
    r"him|her|them|us|me|"
    r"(?:the|a|an|his|her|their|its)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?|"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?"
    r"(?:\s+(?:officials|aides|executives|lawmakers|editorial\s+board|board|staff|audience|reporters))?)"
    r"(?=\s|[,.;:!?]|$)"  # ("A, X told his advisers.": a full stop after it)
)


def after_hearer(m: str, word: str, pos: int, b: int) -> int:
    """Where the hearer of "told" ends ("told reporters"), -1 if none; `pos` for other cues."""
    if word not in TELL:
        return pos
    h = _HEARER.match(m, pos, b)
    return h.end() if h else -1


_NAME_REST = re.compile(r"(?:\s+[A-Z][\w.&’'-]*)*")


def hearer_named_end(m: str, pos: int, b: int) -> int:
    """Past the rest of a capitalised hearer's name that the shortest hearer stopped inside
    ("told the New York| Daily News,"): the position after its last capitalised word."""
    return _NAME_REST.match(m, pos, b).end()  # type: ignore[union-attr]  # (the pattern may match empty)
