"""What the words of a name as written tell: its surname, and whether it is all titles."""

from __future__ import annotations

from .lexicon import SUFFIXES, TITLE_SET


def titles_only(words: list[str]) -> bool:
    """Are all of a run's words titles ("the First Lady", "President")? (Most runs are one word:
    tested without a generator.)"""
    if len(words) == 1:
        w = words[0]
        return w == "First" or unpossessed(w.lower().strip(".,")) in TITLE_SET
    return all(unpossessed(w.lower().strip(".,")) in TITLE_SET or w == "First" for w in words)


def unpossessed(word: str) -> str:
    """`word` without a final "'s" or "'" (string tests: cheaper than a regex per name)."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


def surname_of(name: str) -> str:
    """The surname of a name as written, lower case: "James Roosevelt Jr." -> roosevelt."""
    cut = name.rfind(" ")
    last = name[cut + 1 :].lower().rstrip(".,")
    if cut > 0 and last in SUFFIXES:
        return surname_of(name[:cut])
    if last.endswith(("'s", "’s")):
        return last[:-2]
    return last.rstrip("'’")
