"""Noun phrases that can name a speaker: a name span, a title, a pronoun, or a blocker.

Reads the masked text (quoted words blanked out), as every attribution rule does.
"""

from __future__ import annotations

import re

from .lexicon import (
    CLAUSE_OPENERS,
    DOCUMENT_WORDS,
    DOCUMENTS,
    PREP,
    VOICES,
    WEEKDAYS,
    word_set,
)
from .names import Span
from .phrase import Phrase, last_word
from .titled import HEAD_OF, STAFF_OF, only_titles, title_end, title_of, title_phrase
from .voices import voice_phrase

# Someone's aide, then the principal's titles: "A spokesman for Democratic presidential candidate".
_STAFF_TITLED = re.compile(
    r"\b(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|lawyer|attorney)s?\s+(?:for|to|of)\s+"
    r"(?:(?:[Ff]ormer|[Dd]emocratic|[Rr]epublican|GOP|presidential|[a-z]+-elect|[Ss]en\.|[Rr]ep\.|[Gg]ov\.|"
    r"candidate|nominee|senator|governor|secretary|president|front-runner|hopeful)\s+){1,4}$"
)
# A tracked outlet's name, then what it is: "the Global Times tabloid noted".
_OUTLETS = frozenset("newspaper paper tabloid daily magazine network broadcaster channel".split())  # noqa: SIM905
_PARTISAN = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w.-]*\s+){1,2}(?:Republican|Democrat)$")
_INDEFINITE = re.compile(r"\b(?:a|an|another|one)\s+$", re.IGNORECASE)
# A document by an author speaks for the author: "a study released last month by EDS said".
_DOC_BY = re.compile(
    rf"\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts)\s+(?:new\s+)?(?:{DOCUMENT_WORDS})\b[^,.;:]{{0,40}}?\s+(?:by|from)\s+(?:the\s+)?$"
)
_THE_DOCUMENT = re.compile(r"(?:^|\s)([Tt]he\s+[a-z]+)$")
_OF_ORG = re.compile(r"\s+(?:of|from|at|with|in)\s+(?:the\s+)?$")


def _object(m: str, lo: int, span: Span) -> bool:
    """Is the name itself in a preposition's object ("The wife of Ted Cruz of Texas")?"""
    before = last_word(m[max(lo, span.seq - 20) : span.seq])
    governs = before in PREP and before not in ("as", "and", "or")  # "as X of Y told": a clause opens
    return span.lead.rsplit(" ", 1)[-1].lower() in PREP or governs


def _owner(m: str, lo: int, seq: int, ends: dict[int, Span]) -> Span | None:
    """The name right before "of/at/in (the)" at `seq`; past a place after an organisation
    ("X of Liberty Baptist Church in Marion")."""
    owner = _OF_ORG.search(m, max(lo, seq - 12), seq)
    named = ends.get(owner.start()) if owner else None
    if named and not named.actor and named.seq >= lo and owner and owner.group().split()[0] == "in":
        return _owner(m, lo, named.seq, ends) or named
    return named


# "but late Saturday he announced": a time after a clause opener, then the pronoun subject
_TIME_WORDS = WEEKDAYS | word_set("today yesterday tonight night morning")
# "Afterwards he said": a time adverb opening the sentence, then the pronoun subject.
_SENTENCE_ADVERBS = frozenset(
    "afterwards afterward later earlier yesterday today now then separately".split()  # noqa: SIM905
)
_DAY_OPENS = re.compile(
    r"\s*\(?(?:On|Last|This|Early|Late)\s+[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
)
_PRONOUN = re.compile(r"(?:^|(?<=[\s,;(—–-]))(he|she|He|She|they|They|it|It)$")


def _rstrip_and(m: str, lo: int, pos: int) -> int:
    """Where the name before "… and NAME" ends (its titles skipped by the caller's spans)."""
    head = m[lo:pos].rstrip()
    if head.endswith((" the", " The")):  # "Clinton and the State Department"
        head = head[:-4].rstrip()
    return lo + len(head[:-3].rstrip()) if head.endswith(" and") else -1


def np_before(m: str, lo: int, end: int, ends: dict[int, Span], antecedent: bool = False) -> Phrase | None:
    """The noun phrase that ends at `end` (a subject), or None when there is none; `antecedent`:
    a relative clause's, which may follow a preposition ("a reversal for the Wisconsin
    Republican, who had pledged")."""
    seg = m[lo:end].rstrip()
    end = lo + len(seg)
    if end <= lo:
        return None
    span = ends.get(end)
    partisan = span is not None and span.text.endswith(("Republican", "Democrat"))
    if span is not None and span.actor is None and (
        only_titles(span.text) or (partisan and _PARTISAN.search(m, max(lo, span.seq - 4), end))
    ):
        span = None  # "the President-elect", "the Kentucky Republican": a description, resolved as one
    head_of = HEAD_OF.match(m, span.seq) if span is not None and span.actor is None else None
    if head_of is not None and len(m[head_of.end() : end].split()) <= 2:
        # "the former CEO of Hewlett-Packard": one run, but a description (not "the CEO of
        # Apple Tim Cook", a name)
        return title_of(m, lo, head_of.end(), end, head_of.group(1))
    if span is not None and span.seq >= lo:
        if span.possessive:
            return None
        if span.how == "alias" and _INDEFINITE.search(m, max(lo, span.seq - 10), span.seq):
            return Phrase("blocked", span.seq, end, span.text)  # "a Kremlin spokesman": unnamed
        words = m[max(lo, span.seq - 50) : span.seq].split()
        if words and words[-1].lower() == "the":
            words.pop()
        joins_clause = (len(words) > 1 and words[-1] in ("and", "but") and words[-2].endswith(",")) or (
            words[-1:] in (["And"], ["But"], ["Or"])  # a sentence opening "And Patrick says": no list
        ) or (
            # "even as Trump vows", "As Mr. Bown observed,": "as" opens a clause; "such as" does not
            words[-1:] and words[-1].lower() == "as"
            and (len(words) == 1 or words[-2].lower() not in ("such", "known", "same", "well"))
        )
        if span.lead.rsplit(" ", 1)[-1].lower() in ("of", "for"):  # "Critics of Boeing said"
            return Phrase("blocked", span.seq, end, m[span.seq : end])
        # "Mr. Grassley and Mr. Leahy said": the first speaks for both (not "X and Y, who said")
        if words and words[-1] == "and" and not joins_clause and m[end : end + 1] != ",":
            first = ends.get(_rstrip_and(m, lo, span.seq))
            if first is not None and first.seq >= lo and not first.possessive and first.actor:
                if last_word(m[max(lo, first.seq - 20) : first.seq]) in PREP:
                    return Phrase("blocked", first.seq, end, m[first.seq : end])  # "candidates like X and Y"
                return Phrase("span", first.start, first.end, first.text, first)
            if first is None and not title_end(m[lo : _rstrip_and(m, lo, span.seq)]):
                return Phrase("span", span.start, end, span.text, span)  # "won six states and Cruz said"
        if _STAFF_TITLED.search(m, max(lo, span.seq - 90), span.seq):
            # "A spokesman for Democratic presidential candidate Hillary Clinton called": the aide's
            return Phrase("blocked", span.seq, end, m[span.seq : end])
        if words and words[-1].lower() in PREP and not joins_clause:  # "envoy to President Trump"
            staff = STAFF_OF.search(m, max(lo, span.seq - 60), span.seq)
            if staff:  # "a spokeswoman for the union said": the union's statement
                return Phrase("org", staff.start(), end, m[staff.start() : end], span)
            described = title_of(m, lo, span.seq, end, words[-1]) if not span.actor else None
            if described is not None:  # "The senator from Vermont said": a description
                return described
            if _DOC_BY.search(m, max(lo, span.seq - 80), span.seq):  # "a study by EDS reported"
                return Phrase("span", span.start, end, span.text, span)
            named = _owner(m, lo, span.seq, ends)
            if named and named.seq >= lo and not named.possessive and not _object(m, lo, named):
                # "Capt. James Sarnicki of the Linden Police Department said": the person
                return Phrase("span", named.start, named.end, named.text, named)
            return Phrase("blocked", span.seq, end, m[span.seq : end])
        return Phrase("span", span.start, end, span.text, span)
    tail = last_word(seg)
    if tail in _OUTLETS:  # "the nationalist Global Times tabloid noted": the outlet itself
        owner = ends.get(end - len(tail) - 1)
        if owner is not None and owner.actor and owner.seq >= lo and not owner.possessive:
            return Phrase("span", owner.start, owner.end, owner.text, owner)
    if tail in DOCUMENTS:  # "the IMF report says", "a White House statement said": the author's
        owner = ends.get(end - len(tail) - 1) or ends.get(end - len(tail) - 3)  # "IMF’s report"
        if owner is not None and owner.actor and owner.seq >= lo:
            return Phrase("span", owner.start, owner.end, owner.text, owner)
        the = _THE_DOCUMENT.search(seg, max(0, len(seg) - len(tail) - 8))
        if the:  # "The letter said": the one sent before
            return Phrase("document", lo + the.start(1), end, seg[the.start(1) :], head=tail)
    voice = voice_phrase(m, lo, end, tail, ends) if tail in VOICES else None
    if voice is not None:
        return voice
    p = _PRONOUN.search(seg[-12:]) if tail in ("he", "she", "they", "it") else None
    if p:
        p = _PRONOUN.search(seg, len(seg) - 12)
        before = last_word(seg[: p.start()])
        lead = seg[: p.start()].split()
        opener = len(lead) == 1 and lead[0].istitle() and lead[0].lower() in _SENTENCE_ADVERBS
        # "(On Monday he said …)", "On Friday he told …": a day opening the sentence
        opener = opener or _DAY_OPENS.fullmatch(seg, 0, p.start()) is not None
        # "…, in which he said", "donations, which he said were …": a relative opens a clause
        lead_text = seg[: p.start()].rstrip()
        ahead = last_word(lead_text[: -len(before)]) if before else ""
        # "daughters, who he said were …": a relative's own clause
        relative = before in ("which", "who") or (before == "whom" and ahead in PREP)
        dated = before in _TIME_WORDS and (ahead in CLAUSE_OPENERS or ahead in ("late", "early"))
        # (after a colon too: "Manafort went further: He also said")
        punct = lead_text[-1:] in ",;:(—–"
        if not before or before in CLAUSE_OPENERS or opener or relative or dated or punct:
            return Phrase("pronoun", lo + p.start(1), end, p.group(1), head=p.group(1).lower())
        return None
    return title_phrase(m, lo, end, seg, ends, antecedent)
