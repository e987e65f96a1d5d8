"""Stretches of an article (a statement's words, a transcript turn, a quotation), and whether one
of them covers a given stretch: asked for every cue, quote and full stop of an article."""

from __future__ import annotations

import bisect
from collections.abc import Iterator


class Intervals:
    """Half-open stretches [a, b) of text, added in any order. A query bisects the starts and
    reads the furthest end among those at or before it, so a long page with thousands of
    statements costs no pass over all of them per cue (that made detection quadratic)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._reach: list[int] = []  # reach[i]: the furthest end among the first i + 1 stretches

    def append(self, stretch: tuple[int, int]) -> None:
        a, b = stretch
        i = bisect.bisect_right(self._starts, a)  # (articles are read in order: mostly at the end)
        self._starts.insert(i, a)
        self._ends.insert(i, b)
        self._reach.insert(i, b)
        for k in range(i, len(self._reach)):
            self._reach[k] = max(self._reach[k - 1], self._ends[k]) if k else self._ends[k]

    def covers(self, start: int, end: int) -> bool:
        """Does one stretch hold all of [start, end)?"""
        i = bisect.bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end

    def holds(self, pos: int) -> bool:
        """Does a stretch hold the character at `pos`?"""
        return self.covers(pos, pos + 1)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(zip(self._starts, self._ends, strict=True))

    def __len__(self) -> int:
        return len(self._starts)
