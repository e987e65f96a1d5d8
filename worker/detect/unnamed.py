"""A cue whose subject these rules cannot name ("the book she wrote that", "critics argue",
"what he called"): whether someone new spoke, whom a later "he" may then be, or no one."""

from __future__ import annotations

import re

from .article import Article
from .attribution import negated
from .clauses import clause_start
from .lexicon import PASSIVE
from .relatives import free_relative_speaker

_WHAT_HE = re.compile(r"\bwhat\s+(?:he|she|they|it)\s+(?:has\s+|had\s+)?$")
# "the book she wrote that helped …": a relative clause with no "that", its pronoun a speaker
# already known or no one
_NOUN_HE = re.compile(
    r"\b(?!(?:and|but|or|so|that|because|when|while|as|if|since|though|although|after|before|until|"
    r"where|said|says|then|now|also|yet|still|once|whether)\b)[a-z]{3,}\s+(?:he|she|they)\s+$"
)
# A group speaking ("- some say unrealistic -", "critics argue"), or a thing ("rules that promise
# to transform"), is nobody a later "he" could be.
_GROUP = re.compile(
    r"\b(?:that|which|[Ss]ome|[Mm]any|[Oo]thers|[Mm]ost|[Ff]ew|people|critics|analysts|experts|observers|supporters|"
    r"opponents|skeptics|economists|scientists|advocates|lawmakers|residents|voters|Democrats|Republicans)"
    r"\s+(?:who\s+)?(?:also\s+|still\s+|have\s+|had\s+)?$"  # ("rebuked critics who say …")
)
_NO_SPEAKER_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(PASSIVE))})\s+(?:\w+ly\s+)?$")  # "are called"
_REDUCED_OPEN = re.compile(r"\s*(?:(?:[Ww]hen|[Ii]f|[Oo]nce|[Aa]fter|[Bb]efore|[Uu]nless|[Aa]s)\s+)?")


def note_unnamed(art: Article, a: int, b: int, v: int, vend: int, word: str, coordinated: bool) -> None:
    """Note who spoke at the cue `word` at [v, vend) of the sentence [a, b), its subject unnamed:
    someone unknown (a "he" after it may be them), a speaker known before, or no one new."""
    m = art.masked
    # "he" may be someone unknown (but "condemned what he called a “breach”" names nobody new)
    naming = _WHAT_HE.search(m, max(a, v - 20), v) or _GROUP.search(m, max(a, v - 20), v)
    naming = naming or _NOUN_HE.search(m, max(a, v - 30), v)
    # (nor a passive, "that was reported … by the Times", "states are called alphabetically": no
    # speaker a pronoun could go on with)
    naming = naming or _NO_SPEAKER_BEFORE.search(m, max(a, v - 40), v)
    # "When asked whether …, he said": the one asked is the main clause's subject, no one new
    reduced = word.lower() in ("asked", "told") and _REDUCED_OPEN.fullmatch(m, a, v) is not None
    naming = naming or reduced
    named = None if naming or coordinated else free_relative_speaker(art, a, v)
    if named is not None:  # "about double what Bradley said she anticipated": she spoke last
        art.note_speaker(v, named)
    elif (
        not (coordinated or naming or negated(m, a, v))  # "Trump never mentioned X": no one new spoke
        and clause_start(m, word, v, vend, b, art.text) is not None
    ):
        art.note_unknown(v)
