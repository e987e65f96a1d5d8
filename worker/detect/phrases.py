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
    STAFF,
    TITLE_SET,
    TITLES,
    VOICES,
    WEEKDAYS,
    word_set,
)
from .names import Span
from .phrase import Phrase, last_word
from .voices import voice_phrase

# Searched with "$" over a segment: the lookbehind fails fast inside words, so the title
# alternation is tried at word starts only (a tenth of the positions).
_TITLE_NP = re.compile(
    rf"(?<![\w.'’-])(?!(?:as|but|and|so|yet|then|when|while|if|because)\s)"  # ("As the paper noted")
    rf"(?:\b(?P<det>the|a|an|its|his|her|their|this|that)\s+)?"
    rf"(?P<mods>(?:(?:[A-Z][\w.'’-]*|[a-z][\w-]*)\s+){{0,3}}?)"
    rf"(?P<head>{TITLES})$",
    re.IGNORECASE,
)
# One person under two roles: "the former secretary of state and current Democratic
# presidential nominee" (not "the minister and his aides", nor "the X and the Y": two parties).
_BOTH_ROLES = re.compile(
    rf"\b[Tt]he\s+(?P<first>(?:[\w.'’-]+\s+){{1,5}}?)and\s+(?!(?:the|a|an|his|her|its|their)\s)"
    rf"(?:(?:[A-Z][\w.'’-]*|[a-z][\w-]*)\s+){{0,3}}?(?P<head>{TITLES})$"
)
_THE_IN = re.compile(r"\bthe\s")
# Someone's aide, then the principal's titles: "A spokesman for Democratic presidential candidate".
_STAFF_TITLED = re.compile(
    r"\b(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|lawyer|attorney)s?\s+(?:for|to|of)\s+"
    r"(?:(?:[Ff]ormer|[Dd]emocratic|[Rr]epublican|GOP|presidential|[a-z]+-elect|[Ss]en\.|[Rr]ep\.|[Gg]ov\.|"
    r"candidate|nominee|senator|governor|secretary|president|front-runner|hopeful)\s+){1,4}$"
)
# "As the paper noted": "as" opening a clause, no preposition ("such as the paper" is one).
_AS_CLAUSE = re.compile(r"(?:^|[.!?:;,]\s*|\n|\b(?:[Bb]ut|[Aa]nd|[Jj]ust|[Ss]o)\s+)[Aa]s\s+$")
# A tracked outlet's name, then what it is: "the Global Times tabloid noted".
_OUTLETS = frozenset("newspaper paper tabloid daily magazine network broadcaster channel".split())  # noqa: SIM905
_PARTISAN = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w.-]*\s+){1,2}(?:Republican|Democrat)$")
_INDEFINITE = re.compile(r"\b(?:a|an|another|one)\s+$", re.IGNORECASE)
_STAFF_OF = re.compile(
    r"(?:\b(?:a|an|the|A|An|The)\s+)?\b(?:spokesman|spokeswoman|spokesperson|official|"
    r"representative|executive|aide)s?\s+(?:for|of|at)\s+(?:the\s+)?$"
)
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
_MOD_PREP = re.compile(r"\b(?:to|of|for|with|by|from|at|in|on|about|against)\s")
_KEEPERS = frozenset(
    "lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson aide aides adviser advisers "  # noqa: SIM905
    "advisor advisors".split()
)
_PRONOUN = re.compile(r"(?:^|(?<=[\s,;(—–-]))(he|she|He|She|they|They|it|It)$")


def _rstrip_and(m: str, lo: int, pos: int) -> int:
    """Where the name before "… and NAME" ends (its titles skipped by the caller's spans)."""
    head = m[lo:pos].rstrip()
    if head.endswith((" the", " The")):  # "Clinton and the State Department"
        head = head[:-4].rstrip()
    return lo + len(head[:-3].rstrip()) if head.endswith(" and") else -1


def _title_end(seg: str) -> bool:
    """Does `seg` end with a title word ("… the Kremlin spokesman", "the White House")? A set
    lookup on the last words, not a regex of every title tried at each position."""
    words = seg[-24:].lower().split()
    if not words:
        return False
    last = words[-1]
    if last in TITLE_SET or last.rsplit("-", 1)[-1] in TITLE_SET:
        return True
    return (len(words) > 1 and f"{words[-2]} {last}" in TITLE_SET) or " ".join(words[-3:]) in TITLE_SET


# A capitalised run opened by a title and "of": "CEO of Hewlett-Packard", "President of Mexico".
_HEAD_OF = re.compile(rf"(?:{TITLES})\s+(of|for)\s+", re.IGNORECASE)


def _title_of(m: str, lo: int, seq: int, end: int, prep: str) -> Phrase | None:
    """"The senator from Vermont" ending at `end` (its place or organisation at `seq`, untracked,
    after the preposition `prep`): a description of a person, resolved by its title's head."""
    pre = m[lo:seq].rstrip()
    pre = pre[: len(pre) - len(prep)].rstrip()
    t = _TITLE_NP.search(pre[-80:]) if pre and _title_end(pre) else None
    if t is None or (t.group("det") or "").lower() != "the" or t.group("head").lower() in STAFF:
        return None
    start = lo + len(pre) - len(t.group(0))
    return Phrase("title", start, end, m[start:end], head=t.group("head").lower())


def only_titles(text: str) -> bool:
    """A capitalised run that is a title only: "the First Lady", "the President-elect"."""
    return all(w.lower() in TITLE_SET or w == "First" for w in text.split())


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
    head_of = _HEAD_OF.match(m, span.seq) if span is not None and span.actor is None else None
    if head_of is not None and len(m[head_of.end() : end].split()) <= 2:
        # "the former CEO of Hewlett-Packard": one run, but a description (not "the CEO of
        # Apple Tim Cook", a name)
        return _title_of(m, lo, head_of.end(), end, head_of.group(1))
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
            if first is None and not _title_end(m[lo : _rstrip_and(m, lo, span.seq)]):
                return Phrase("span", span.start, end, span.text, span)  # "won six states and Cruz said"
        if _STAFF_TITLED.search(m, max(lo, span.seq - 90), span.seq):
            # "A spokesman for Democratic presidential candidate Hillary Clinton called": the aide's
            return Phrase("blocked", span.seq, end, m[span.seq : end])
        if words and words[-1].lower() in PREP and not joins_clause:  # "envoy to President Trump"
            staff = _STAFF_OF.search(m, max(lo, span.seq - 60), span.seq)
            if staff:  # "a spokeswoman for the union said": the union's statement
                return Phrase("org", staff.start(), end, m[staff.start() : end], span)
            described = _title_of(m, lo, span.seq, end, words[-1]) if not span.actor else None
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
    t = _TITLE_NP.search(seg[-80:]) if _title_end(seg) else None
    both = _BOTH_ROLES.search(seg[-140:]) if t else None
    first = both.group("first").lower().split() if both else []
    if both and TITLE_SET.intersection(first) and both.group("head").lower() not in first:
        # "the former first lady and U.S. senator said": one person, described twice
        start = end - len(both.group(0))
        return Phrase("title", start, end, both.group(0), head=both.group("head").lower())
    if t:
        start = end - len(t.group(0))
        det = (t.group("det") or "").lower()
        mods = t.group("mods")
        head = t.group("head").lower()
        staff_of = ends.get(end - len(t.group("head")) - 1)
        if head in STAFF and staff_of and staff_of.seq >= start:  # "a Kremlin spokesman"
            if det == "the" and not head.endswith(("s", "people")):  # maybe a named one
                return Phrase("title", start, end, t.group(0), staff_of, head=head)
            return Phrase("org", start, end, t.group(0), staff_of)
        possessor = re.search(r"['’]s\s", mods)
        # "one/another/some aide", "former officials": unnamed; but "the former aide" is
        # the one introduced before ("X, a former aide to the governor")
        unnamed = re.match(r"(?:one|another|other|some)\b", mods, re.I) or (
            det != "the" and re.match(r"former\b", mods, re.I)
        )
        if det in ("a", "an") or unnamed:
            return Phrase("blocked", start, end, t.group(0))
        prev = last_word(m[max(lo, start - 20) : start])
        opener_as = prev == "as" and _AS_CLAUSE.search(m, max(0, start - 30), start) is not None
        inside = (prev in PREP and prev not in ("and", "or") and not opener_as) or _MOD_PREP.search(mods)
        named = antecedent and inside and any(lo <= e < start for e in ends)  # "X endured a lecture from …"
        the = _THE_IN.search(t.group(0)) if antecedent and inside and not named else None
        if the:  # "a reversal for the Wisconsin Republican, who had pledged": the description
            return Phrase("title", start + the.start(), end, t.group(0)[the.start() :], head=head)
        if inside and not _STAFF_OF.search(m, max(lo, start - 60), end - len(t.group("head")) - 1):
            # "Her submission to the court noted": the title is an object, the subject is
            # something else (but "a spokesman for the ministry said" is the ministry's)
            return Phrase("blocked", start, end, t.group(0))
        if det in ("his", "her", "their") and head in _KEEPERS:
            # "His lawyer said": someone's lawyer, whom a title alone cannot tell
            return Phrase("blocked", start, end, t.group(0))
        if det in ("the", "its", "his", "her", "their") or mods[:1].isupper() or possessor:
            return Phrase("title", start, end, t.group(0), head=t.group("head").lower())
    return None
