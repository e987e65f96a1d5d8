"""Fronted participles of saying: 'Declaring “…” is at stake, Defense Secretary Robert Gates
ordered a review', 'In addition to stating that A, Clinton also said B', 'After saying that A, he
left': the words belong to the subject after the comma."""

from __future__ import annotations

import re

from .article import Article
from .clauses import clause_start
from .inverted import subject_after
from .phrases import Phrase
from .quotes import MASK
from .subjects import FINITE

_VERBS = (
    "saying", "stating", "declaring", "insisting", "arguing", "warning", "claiming", "noting", "stressing",
    "asserting", "predicting",
)
_FRONTED = re.compile(  # after a dateline, if any: "WASHINGTON (Aug. 13) -- Declaring …"
    r"\s*(?:[A-Z][A-Z .,]+(?:\([^)]{1,20}\))?\s*(?:--|—|–)\s*)?"
    r"(?P<prefix>After\s+|In\s+addition\s+to\s+|Besides\s+)?"  # "After saying that A, she …"
    rf"(?P<verb>{'|'.join(f'[{v[0].upper()}{v[0]}]{v[1:]}' for v in _VERBS)})\b"  # "Saying", "saying"
)
_PRONOUN_SUBJECT = re.compile(r"(he|she)\b")
_THAT_OR_QUOTE = re.compile(r"\s+(?:that\s|[“\"])|[,:]\s*[“\"]")


def find_fronted(art: Article, a: int, b: int) -> None:
    """'Declaring “…” is at stake, Defense Secretary Robert Gates ordered a review': a
    sentence-opening participle of saying belongs to the subject after its comma."""
    m = art.masked
    f = _FRONTED.match(m, a, b)
    comma = m.find(",", f.end(), b) if f else -1
    if not f or comma < 0 or clause_start(m, "said", f.start("verb"), f.end("verb"), comma) is None:
        return
    if f.group("verb").islower() != bool(f.group("prefix")):
        return  # a lower-case participle follows "After"; a capital one opens the sentence itself
    if f.group("prefix") and not _THAT_OR_QUOTE.match(m, f.end("verb"), comma):
        return  # "After warning shots were fired": no words said, only "After saying that A"
    rest = m[comma + 1 : b]
    first = comma + 1 + len(rest) - len(rest.lstrip())
    span = art.starts.get(first)  # "…, Trump told Fox that": the name opening the main clause
    pronoun = _PRONOUN_SUBJECT.match(m, first, b)
    phrase = (
        Phrase("span", span.start, span.end, span.text, span)
        if span is not None and not span.possessive
        else Phrase("pronoun", first, pronoun.end(1), pronoun.group(1), head=pronoun.group(1).lower())
        if pronoun
        else subject_after(m, comma + 1, b, art.starts)
    )
    if phrase is None or phrase.kind not in ("span", "pronoun") or not FINITE.match(m, phrase.end, b):
        return
    speaker = art.speaker(phrase)
    if speaker is not None:
        start = clause_start(m, "said", f.start("verb"), f.end("verb"), comma) or f.end()
        kind = "direct" if MASK in m[start:comma] else "indirect"
        art.add(speaker, kind, start, comma, 0.8, ("reported:fronted", "cue:" + f.group("verb")))
