"""Judge novelty: which entries are new, which statements were never alerted before.

Pure functions; the orchestrator asks the store what is known and passes it in.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Set

from worker.records import FeedEntry, Statement

_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"',
                       "„": '"', "–": "-", "—": "-"})
_NON_WORD = re.compile(r"[^\w]+")


def new_entries(entries: Iterable[FeedEntry], known: Set[str]) -> tuple[FeedEntry, ...]:
    """Entries whose key was never seen, first occurrence only (feeds repeat items)."""
    fresh: dict[str, FeedEntry] = {}
    for entry in entries:
        if entry.key not in known and entry.key not in fresh:
            fresh[entry.key] = entry
    return tuple(fresh.values())


def fingerprint(statement: Statement) -> str:
    """Same actor and same words (case, punctuation and quote style aside): same statement.

    A wire story republished by several feeds, or an article edited after
    publication, then alerts once, not once per copy.
    """
    text = unicodedata.normalize("NFKC", statement.text).translate(_FOLD).lower()
    words = _NON_WORD.sub(" ", text).strip()
    return hashlib.sha256(f"{statement.actor_id}\x1f{words}".encode()).hexdigest()[:40]


def judge(statements: Iterable[Statement], known: Set[str]) -> tuple[tuple[Statement, str, bool], ...]:
    """Each statement with its fingerprint and whether it is novel (not known, not repeated
    earlier in the same article)."""
    seen = set(known)
    judged = []
    for statement in statements:
        mark = fingerprint(statement)
        judged.append((statement, mark, mark not in seen))
        seen.add(mark)
    return tuple(judged)
