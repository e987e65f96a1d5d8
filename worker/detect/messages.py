"""Participles after a link ("and saying", "heard telling") or a message its sender put out
("tweets early Friday saying that …", "a statement announcing"): the sender's words."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import MESSAGES

# A message its sender put out, whose participle is the sender's: "unleashed a series of tweets
# early Friday saying that …", "a news conference announcing that …".
_MESSAGE_BEFORE = re.compile(rf"\b(?:{'|'.join(MESSAGES)})s?(?:\s+[\w’'-]+){{0,3}}\s+$")
# The participles such a message stands right before (PARTICIPLE does not scan for its last
# letter), as the words that open them in the text.
_MESSAGE_VERBS = ("saying", "announcing", "declaring", "claiming", "arguing", "warning", "insisting",
                  "calling", "condemning", "criticizing", "criticising", "denouncing", "praising", "urging",
                  "accusing", "confirming", "noting", "stressing", "explaining", "acknowledging", "denying",
                  "telling", "reassuring", "assuring", "reminding")
AFTER_MESSAGE = re.compile(
    rf"\b(?:{'|'.join(MESSAGES)})\s+({'|'.join(v for v in _MESSAGE_VERBS if v != 'calling')}|"
    r"calling(?=(?:\s+[\w.'’-]+){1,6}?\s+[“\"]))(?:[,:]\s*(?=[“\"])|\s+(?:that\s+)?(?=[a-zA-Z“\"]))"
)
_TIME_LINK = re.compile(r"\S\s+(?:before|after)\s")
_LINK = re.compile(r"(?:\band|\bheard|\bquoted as|\bby)$")


@lru_cache(maxsize=4)
def message_spots(m: str) -> tuple[int, ...]:
    """Where a message noun stands right before a participle ("statement saying"), found
    once per article with plain string searches (the text is the key: it keeps its hash)."""
    spots = []
    for verb in _MESSAGE_VERBS:
        i = m.find(f" {verb}")
        while i >= 0:
            if m[max(0, i - 12) : i].endswith(MESSAGES):
                spots.append(i)
            i = m.find(f" {verb}", i + 1)
    return tuple(sorted(spots))


def linked(m: str, a: int, p: re.Match[str]) -> bool:
    """Does a word link the participle to the sentence: "and", "heard", "quoted as", "by", or
    a message put out ("tweets early Friday saying")?"""
    if _LINK.search(m, max(a, p.start() - 10), p.start() + 1) or _TIME_LINK.match(p.group()):
        return True  # (or "responded before adding that …": the time word links it)
    lo = max(a, p.start() - 40)
    return any(m.find(w, lo, p.start() + 1) >= 0 for w in MESSAGES) and bool(
        _MESSAGE_BEFORE.search(m, lo, p.start(1))
    )
