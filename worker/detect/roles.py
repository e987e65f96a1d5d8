"""What the text says a name's bearer is: the titles before the name or in an appositive
after it ("Gov.", "the former New Jersey governor"), and the US party a title names."""

from __future__ import annotations

import re

from .lexicon import TITLE_SET, TITLES
from .names import Span
from .sayverbs import CUE

# Longest first, so "President-elect" is read whole (and "the President-elect" resolves).
_TITLE_ANY = re.compile("|".join(sorted(TITLES.split("|"), key=len, reverse=True)), re.IGNORECASE)
_VICE = re.compile(r"\b(?:[Vv]ice|[Dd]eputy|[Aa]ssistant|[Uu]nder)[\s-]+[A-Za-z-]+")
_VICE_TITLE = re.compile(r"\b(?:[Vv]ice[\s-]+[Pp]resident|[Dd]eputy[\s-]+[Ss]ecretary)\b")
FORMER = re.compile(r"\b(?:[Ff]ormer|[Ee]x-)")
_TITLE_WORDS = frozenset(w for t in TITLES.replace("[sz]", "s").split("|") for w in t.split()) | frozenset(
    w for t in TITLES.replace("[sz]", "z").split("|") for w in t.split()
)
_TITLE_APPOSITIVE = re.compile(
    rf",\s+(?:the|a|an|who is|who was|its|his|her)?\s*(?:[\w.'’-]+\s+){{0,4}}?({TITLES})\b",
    re.IGNORECASE,
)
_SPELLED = {
    "Sen": "senator", "Gov": "governor", "Rep": "representative", "Gen": "general", "Sec": "secretary",
    "Amb": "ambassador", "Pres": "president", "Del": "delegate", "Supt": "superintendent",
}
_ABBREVIATION = re.compile(rf"\b({'|'.join(_SPELLED)})\.")
_PARTY = re.compile(r"\b(?:(Democrat(?:ic)?)|Republican|GOP)\b")
_CLAUSE_IN = re.compile(rf"\b(?:who|which)\s+(?:\w+\s+)?(?:say|argue|claim|insist|warn|{CUE.pattern})\b")
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")
CLAUSE_START = re.compile(r"[.!?:;,\n]")
_VERB_AFTER = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]{3,}ed|is|was|has|had|will|would)\b")
CUE_AFTER = re.compile(rf"\s+(?:\w+ly\s+|also\s+)?(?:{CUE.pattern})")


def party_of(text: str) -> str:
    """"party:d" or "party:r" for a title naming a US party, else "". The party word nearest
    the end counts: "Republican Donald Trump and Democrat Hillary Clinton"."""
    found = _PARTY.findall(text)
    return "" if not found else ("party:d" if found[-1] else "party:r")


def _prev_word(m: str, pos: int) -> str:
    """The word (letters only, lower case) right before `pos` across spaces, or ""."""
    seg = m[max(0, pos - 30) : pos]
    if not seg[-1:].isspace():
        return ""
    head = seg.rstrip()
    k = len(head)
    while k and head[k - 1].isalpha() and head[k - 1].isascii():
        k -= 1
    if k and (head[k - 1].isalnum() or head[k - 1] in "_-"):
        return ""  # part of a longer token ("co-owner", "A1")
    return head[k:].lower()


def titles_of(m: str, span: Span) -> tuple[set[str], str]:
    """The titles the masked text `m` gives the name at `span` ("ex:" marks a former one, as
    "the governor" is not "the former governor"), and the word right before the name (lower
    case, "" if none)."""
    titles: set[str] = set()
    if span.lead:
        lead = _VICE.sub("", span.lead)  # a Vice President is no "the president"
        titles = {t.lower() for t in _TITLE_ANY.findall(lead)}
        if lead != span.lead:  # but "the vice president" (TITLES holds the compound)
            titles.update(t.lower().replace("-", " ") for t in _VICE_TITLE.findall(span.lead))
        if titles and FORMER.search(span.lead):
            titles = {f"ex:{t}" for t in titles}  # "Former President Bill Clinton" is no "the president"
        titles.update(_SPELLED[w] for w in _ABBREVIATION.findall(span.lead))  # "Gov." is a governor
    # "Republican presidential nominee Donald Trump" is no "Democratic nominee"
    window = m[max(0, span.seq - 50) : span.seq]
    if "Democrat" in window or "Republican" in window or "GOP" in window:  # rare: test first
        side = party_of(" ".join([*CLAUSE_START.split(window)[-1].split()[-4:], span.lead]))
        if side:
            titles.add(side)
    if titles:
        titles.update([t.split("-")[0] for t in titles if "-" in t])  # still "the president"
    before = _prev_word(m, span.seq)
    if before in TITLE_SET:
        titles.add(before)
    if m[span.end : span.end + 1] == "," and not _TITLE_WORDS.isdisjoint(
        w.strip(".,;:'’").lower() for w in m[span.end + 1 : span.end + 80].split()[:7]
    ):  # a title word among the next few: the appositive regex is worth running
        appos = _TITLE_APPOSITIVE.match(m, span.end, span.end + 80)
        # "In Chelsea, the mayor said": a subject after an opening phrase, no appositive
        # nor "at the Pentagon, the admiral's answer was": a possessive opens a clause
        own = m[appos.end() : appos.end() + 2] in ("'s", "’s") if appos else False
        # "Hillary Clinton, former UN Ambassador John Bolton told …": the title of the next name
        named = appos is not None and _NAME_NEXT.match(m, appos.end()) is not None
        # nor ", who say the freshman senator …": a clause of its own, whose title is another's
        clause = appos is not None and _CLAUSE_IN.search(appos.group(0)) is not None
        cue_next = appos is not None and CUE_AFTER.match(m, appos.end(), appos.end() + 40) is not None
        # nor "into the U.S., the governor ordered …": a verb after the title, a clause's subject
        cue_next = cue_next or (appos is not None and _VERB_AFTER.match(m, appos.end()) is not None)
        if appos and not own and not named and not clause and not cue_next:
            former = FORMER.search(appos.group(0))  # "X, the former New Jersey governor"
            titles.add(("ex:" if former else "") + appos.group(1).lower())
            side = party_of(appos.group(0))
            if side:
                titles.add(side)
    return titles, before
