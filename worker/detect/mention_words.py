"""What the words of a name as written tell: its surname, whether it is all titles, and whether
the article writes it in lower case too (a common noun)."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import SUFFIXES, TITLE_SET

_LONG_TEXT = 30_000  # characters: a shorter text is searched faster than its words are gathered


def written_lower(text: str, low: str) -> bool:
    """Does `text` hold the word `low` between spaces ("realtor" beside "Realtor Ghulam")?
    The same as `f" {low} " in text`, but read from a set of the text's words, made once per
    text: a search of the whole text per name made a long page's detection quadratic."""
    if len(text) < _LONG_TEXT:
        return f" {low} " in text
    return low in _spaced_words(text)


@lru_cache(maxsize=2)  # (the article being read: one text at a time per worker)
def _spaced_words(text: str) -> frozenset[str]:
    return frozenset(text.split(" ")[1:-1])  # a word between two spaces, as " word " finds it


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
