"""Misspelt surnames: "Pasemnik" for a Pasechnik, "Bryne" for a Byrne, already named in the article
(rapidfuzz)."""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from .names import ActorIndex, Span
from .variants import skeleton


def fuzzy(index: ActorIndex, span: Span, seen: set[str], text: str = "") -> Span | None:
    """A misspelling of a surname already named in the article (Pasemnik)."""
    parts = span.text.split()
    key = skeleton(parts[-1])
    if len(key) < 5 or not seen or key in index.surnames:
        return None
    # a short name only with two letters swapped ("Bryne" for Byrne; "Jonas" is no Jones)
    short = len(key) < 6
    for surname, actor in index.surnames.items():
        if actor not in seen or surname[0] != key[0] or (short and len(surname) != len(key)):
            continue
        if index.someone_else(text, parts, len(parts) - 1, actor):
            continue  # "Pamela Anderson" is no misspelt Sheldon Adelson
        score = fuzz.ratio(key, surname)
        same_letters = len(surname) == len(key) and sorted(key) == sorted(surname)
        swapped = same_letters and OSA.distance(key, surname) == 1
        if (score >= 80 and not short) or swapped:
            how = f"fuzzy:{span.text.split()[-1]}~{surname} {score / 100:.2f}"
            return Span(span.start, span.end, span.text, actor, how, span.lead, span.possessive, span.seq)
    return None
