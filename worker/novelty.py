"""Judge novelty: which entries are new, which statements were never alerted before.

Pure functions; the orchestrator asks the store what is known and passes it in.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Set
from datetime import UTC, datetime

from worker.parse.identity import canonical_link
from worker.records import FeedEntry, Statement

_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"',
                       "„": '"', "–": "-", "—": "-"})
_NON_WORD = re.compile(r"[^\w]+")


def split_entries(entries: Iterable[FeedEntry], known_keys: Mapping[str, str],
                  known_links: Mapping[str, str]) -> tuple[tuple[FeedEntry, ...], tuple[FeedEntry, ...]]:
    """(new, edited) entries, against what the store knows: key -> content hash and
    canonical link -> content hash.

    An entry is known by its key or by its canonical link, so a publisher that
    churns GUIDs (or adds tracking parameters) does not make old stories new.
    A known entry whose text changed is edited, never new: it must not alert again.
    """
    new: dict[str, FeedEntry] = {}
    edited: list[FeedEntry] = []
    for entry in entries:
        link = canonical_link(entry.link)
        stored = known_keys.get(entry.key, known_links.get(link) if link else None)
        if stored is None:
            new.setdefault(entry.key, entry)
        elif stored != entry.content_hash:
            edited.append(entry)
    return tuple(new.values()), tuple(edited)


def newest_first(entries: Iterable[FeedEntry]) -> tuple[FeedEntry, ...]:
    """By publication time, newest first; undated entries after, in feed order. Feeds list
    oldest-first as often as newest-first, and a cap must keep the newest."""
    undated = datetime.min.replace(tzinfo=UTC)
    return tuple(sorted(entries, key=lambda e: e.published or undated, reverse=True))


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
