"""A "that" a few words after a cue: the reported clause's opening ("said on Monday that A"),
a hearer's end ("told the audience that"), a noun's content ("her claim that") or a
demonstrative ("said that more than once", "maintained that position")."""

from __future__ import annotations

import re

from .bare import BARE, NP_CLAUSE
from .quotes import MASK
from .sayverbs import CUE, TELL
from .verb_classes import UNDECIDED, WEEKDAY

# "said on Monday (June 30) that": a few words at most between the cue and "that".
# (not a demonstrative: "dwarfs that of the rest", "clarified that to mean …")
_THAT = re.compile(rf"(?:\s+[^\s,;:!?{MASK}]+){{0,6}}?\s+that\b(?!['’]|\s+(?:of|to)\s)")
_DATED_PP = re.compile(rf"\s+(?:{WEEKDAY}|today|yesterday)\s+(?:in|on|at|during|to|before|after)\s")
_PREP_THAT = re.compile(r"\b(?:at|of|on|about|with|to|for|by|from|in)\s+that$")
_VERB_NEXT = re.compile(
    r"\s+(?:is|was|has|had|will|would|could|can|should|might|must|does|did|seems|means|shows|"
    r"(?:does|did|is|was|wo|would)n['’]t)\b"
)
_NOUN_THAT = re.compile(
    r"\b(?:interjection|claims?|assertions?|suggestions?|arguments?|remarks?|comments?|notion|idea|"
    r"accusations?|allegations?|reports?|belief|view|fact|news|promises?|warnings?|contention)\s+that$"
)
_NOUN_PREP = re.compile(
    r"\s+(?!(?:he|she|it|they|we|you|there|the|a|an|this|these|those|his|her|its|their|our|"
    r"some|many|no|all|most|if|when|while|because|although|though|as|after|before|since|"
    r"unless|until|once|even|only|despite)\b)[a-z]+\s+(?:at|in|on|of|for|with|during|from|about)\b"
)
_DETERMINER = re.compile(
    r"\s+(?!(?:he|she|it|they|we|you|there|the|a|an|this|these|those|his|her|its|their|our|"
    r"some|many|no|all|most|if|when|while|because|although|though|as|after|before|since|"
    r"unless|until|once|even|only|despite)\b)[a-z]+\s+"
    r"(?:is|was|has|will|would|could|can|may|might|must|should)\b"
)


def that_after(m: str, pos: int, b: int) -> re.Match[str] | None:
    """The few words and the "that" right after `pos`, or None ("hinted at that in a news
    conference": a demonstrative after a preposition is none)."""
    th = _THAT.match(m, pos, b)
    return None if th and _PREP_THAT.search(th.group()) else th


def that_start(m: str, word: str, pos: int, b: int, th: re.Match[str]) -> int | None:
    """Where the clause of the cue `word` starts, given the "that" of `th` after it at `pos`:
    an offset, None (no clause), or UNDECIDED (the "that" tells nothing: a cue inside it)."""
    # "told CNN she believed that …": a clause of its own, no hearer running on to "that"
    words = th.group().split()
    pronoun_first = words[0] in ("he", "she", "they", "we", "I", "it")
    if word in TELL and len(words) <= 5 and not CUE.search(m, pos, th.end()) and not pronoun_first:
        return th.end()  # "told the debate audience that she …": the hearer ran on to "that"
    dated = _DATED_PP.match(m, pos, b)  # "said Monday in an interview that A": a day, a phrase, "that"
    if words[0] != "that" and not dated and (BARE.match(m, pos, b) or NP_CLAUSE.match(m, pos, b)):
        return pos  # "said investigators had found no indication that ...": the clause is bare
    if _NOUN_THAT.search(m, max(pos, th.end() - 30), th.end()):
        return None  # "responded to Trump's interjection that …": the noun's content, not the cue's
    if CUE.search(m, pos, th.start() + len(th.group()) - 4):
        return UNDECIDED
    # "has said that more than once": a demonstrative, not a clause
    if len(m[th.end() : b].split()) < 4 and MASK not in m[th.end() : b]:
        return None  # (a masked quote is one "word" here, however long)
    # "maintained that position at the meeting": a demonstrative object, no verb follows
    comma = m.find(",", th.end(), b)
    noun = _NOUN_PREP.match(m, th.end(), b)
    # "that revelations about … show": no demonstrative "that" before a plural
    plural = noun and re.search(r"[^su]s\s", noun.group())
    if noun and not plural and not BARE.match(m, th.end(), comma if comma > 0 else b):
        return None
    # "predicts that trickle will become a rush": "that" determines a bare noun and
    # belongs to the words; a singular verb right after the noun shows it.
    # "said that was a natural part …": "that" is the subject itself when a verb follows.
    subject = _DETERMINER.match(m, th.end(), b) or _VERB_NEXT.match(m, th.end(), b)
    return th.end() - 4 if subject else th.end()
