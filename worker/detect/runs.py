"""Capitalised runs of words, where a name may stand: each run's words, read from its first
capital only (most of an article's words are never tokenised), and how many belong to it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import PARTICLES, STOP, WEEKDAYS
from .span import ends_sentence

# A capitalised word (any script), possibly hyphenated or with an inner apostrophe
# (O'Brien), possibly possessive, possibly an initial ("J.").
_WORD = re.compile(r"[^\W\d_][\w]*(?:[-'’][^\W\d_][\w]*)*(?:['’]s\b|(?<=s)['’](?!\w))?\.?")  # ("Sanders'")
_HEADLINE_VERBS = frozenset({"Says", "Said", "Warns", "Tells", "Insists", "says", "said", "warns"})
_SKIP = STOP | _HEADLINE_VERBS
# A contraction opens no name: "Don’t Republicans run the risk …", "It’s", "What’s".
_CONTRACTION = re.compile(
    r"[A-Z][a-z]*(?:n['’]t|['’](?:re|ve|ll|m|d))$|(?:It|That|There|Here|What|Who|Let|He|She)['’]s$"
)
# Where a name may open: a capital, or a character outside ASCII that may be one (then tested
# with isupper); punctuation and symbols (U+2000-U+2BFF) are left out, as a class of ranges is
# far quicker to scan than one of Unicode categories.
_CAPITAL = re.compile("[A-Z\u00c0-\u1fff\u2c00-\U0010ffff]")


def _opens_word(text: str, p: int) -> bool:
    """Does a word of _WORD's start at the letter at `p`, as a scan of the whole text finds them?
    A word holds only word characters, inner hyphens and apostrophes and a final stop, so a scan
    from just after any other character reads the same words as one from the text's start."""
    k = p
    while k and (text[k - 1].isalnum() or text[k - 1] in "_-'’"):
        k -= 1
    if k == p:
        return True
    for w in _WORD.finditer(text, k):
        if w.end() > p:
            return w.start() == p
    return False


def runs(text: str) -> Iterator[tuple[list[re.Match[str]], int]]:
    """Each capitalised run of `text` in order: its words (at most two read past it) and how
    many of them belong to it."""
    resume = 0  # words before this offset belong to a run already read
    for cap in _CAPITAL.finditer(text):
        p = cap.start()
        if p < resume or not text[p].isupper() or not _opens_word(text, p):
            continue
        first = _WORD.match(text, p)
        t = first.group()  # type: ignore[union-attr]  # a letter always matches
        if t.lower().rstrip(".") in _SKIP:
            continue
        if ("'" in t or "’" in t) and _CONTRACTION.match(t):
            continue
        words, j = _run(text, first)  # type: ignore[arg-type]
        resume = words[j - 1].end()
        yield words, j


def _run(text: str, first: re.Match[str]) -> tuple[list[re.Match[str]], int]:
    """The words of the capitalised run `first` opens, and how many belong to it (the
    words read past it, at most two, stay in the list)."""
    end = first.end()
    after = text[end : end + 2]
    if after[:1] not in (" ", "-") and not after[:1].isalpha():
        return [first], 1  # "Trump," "Trump." "Trump’s": punctuation ends the run at once
    if after[:1] == " " and "a" <= after[1:] <= "z":  # a lower-case word next ends it, but a
        nxt = _WORD.match(text, end + 1)  # particle may join ("Secretary of State")
        if nxt is not None and nxt.group() not in PARTICLES:
            return [first], 1
    words = [first]
    texts = [first.group()]
    following = _WORD.finditer(text, end)
    j = 1
    while True:
        if len(words) == j:
            w = next(following, None)
            if w is None:
                break
            words.append(w)
            texts.append(w.group())
        gap = text[words[j - 1].end() : words[j].start()]
        if "\u200b" in gap:
            gap = gap.replace("\u200b", "")  # a zero-width space scraped into a name: "Doug \u200bAndres"
        prev = texts[j - 1]
        initials = gap == "" and len(prev) == 2 and prev[1] == "."  # "G.K. Butterfield"
        if gap not in (" ", "-") and not initials:
            break
        if prev.endswith(("'s", "’s")) or ends_sentence(prev):
            break
        word = texts[j]
        if word.lower() in WEEKDAYS:
            break  # "Even Friday, he said": a day ends a name ("May" may not: Theresa May)
        if word in _HEADLINE_VERBS:
            break  # "... Warming Says James Hansen": a headline verb, not a name
        if word in PARTICLES and len(words) == j + 1:
            w = next(following, None)
            if w is not None:
                words.append(w)
                texts.append(w.group())
        joins = word in PARTICLES and j + 1 < len(words) and texts[j + 1][0].isupper()
        if not (word[0].isupper() or joins):
            break
        j += 1
    while j - 1 > 0 and texts[j - 1] in PARTICLES:
        j -= 1
    return words, j

