"""The speaker phrase around a cue verb ("X said", "said X", "X, the TITLE, said").

Everything here reads the masked text (quoted words blanked out), so a cue or a
name inside a quotation never counts as an attribution.
"""

from __future__ import annotations

import re

from .appositives import APPOSITIVE, named_before, unclosed_apposition
from .dashed import dashed_aside, dashed_subject
from .lexicon import LY_NOUNS, PASSIVE, TRAIL, WHEN
from .names import Span
from .phrases import Phrase, last_word, np_before
from .quotes import MASK
from .relatives import FREE_RELATIVE, before_apposition

_WORD_END = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\s*$")
# Time phrases between a subject and its verb: "Tarullo on Friday warned".
_TIME_TAIL = re.compile(
    rf"\s+(?:{WHEN}(?:\s+\([^)]*\))?|today|yesterday|tonight|at the time|at one point|in (?:19|20)\d\d|"
    r"(?:(?:less|more)\s+than\s+|about\s+|nearly\s+|almost\s+)?(?:a|an|one|two|three|four|five|six|several|"
    r"a\s+few|\d+)\s+(?:days?|weeks?|months?|years?|hours?)\s+ago)$"  # "The department two weeks ago said"
)

# A sentence-opening noun phrase, then "that/who" and a short clause with no punctuation.
_RELATIVE = re.compile(
    r"(?P<np>\s*(?:[A-Z]\w*|[Tt]he)(?:\s+[\w'’.-]+){0,5}?)\s+(?:that|who)\s+"
    r"(?!(?:he|she|it|they|we|i|you)\b)[a-z]+\b"
    rf"(?:[^,;:.!?{MASK}]|(?<=\d)[,.](?=\d)){{0,100}}"
)


def _adverb(word: str) -> bool:
    """Words between a subject and its verb: "Haley testily responded", "has also said"."""
    low = word.lower()
    return low in TRAIL or (word.islower() and len(word) > 4 and low.endswith("ly") and low not in LY_NOUNS)


def _rstrip(m: str, lo: int, end: int) -> int:
    while end > lo and m[end - 1].isspace():
        end -= 1
    return end


# A name and a group around it as one subject: "RT and its defenders", "X and other bundlers in
# both parties".
_AND_OTHERS = re.compile(
    r"\s+and\s+(?:its|his|her|their|other|many\s+other)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+s"
    r"(?:\s+(?:in|of|at|from|on)\s+(?:[\w-]+\s+){0,3}[\w-]+)?$"
)
_AMONG = re.compile(r"\s(?:is|was|are|were)\s+(?:also\s+)?among\s+(?:those|the\s+[a-z]+)$")
_WHO = re.compile(r"\s+who(?:['’]s)?$|,\s+which$")  # "the European Union, which contended that …"
# No statement made: "X never said", "X would have said" (a counterfactual), "X must have told".
_NOT_MADE = re.compile(
    r"\b(?:never|not|n['’]t|(?:would|could|should|might|must|may)(?:\s+\w+ly)?\s+have)\s*$", re.IGNORECASE
)
# A short bracket after a name: party and state ("(D-Mo.)", "(R)"), an age, a place.
# (a party tag may take a stray comma: "Sen. Jack Reed (D-R.I.), said")
_PARTY_TAG = re.compile(r"\s*\([^()]{1,18}\)$|\s*\([RDI]-[^()]{1,14}\),$|,\s*[RDI]-[A-Z][A-Za-z.]{1,8},?$")
_PRONOUN_HAS = re.compile(r"\b([Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I)['’](?:s|ve|d)$")
# A longer aside in brackets: "Sen. Chris Murphy (a Connecticut Democrat so boyish …) says".
_PAREN_ASIDE = re.compile(r"\s+\([^()]{19,140}\)$")
TAG_AFTER = re.compile(r"\s*\([RDI](?:-[^()]{1,14})?\)")  # "(D-N.Y.)", "(R)"
# A condition or an open question, no statement: "If Putin said …", "whether Trump said …".
_CONDITION = re.compile(r"\b(?:if|unless|whether)\s+(?:[\w.'’-]+\s+){0,4}$", re.IGNORECASE)
# A cue coordinated with an earlier verb: "X rejected the claim and insisted".
COORDINATED = re.compile(
    r"(?:(?:,\s*)?\b(?:and|but)|,\s*then)"
    r"(?:\s+(?:also|then|later|even|has|have|had|on\s+[A-Z][a-z]+day))*\s*$"
)
_AND_BEFORE = re.compile(r"\s+and\s+$")
_AGE = re.compile(r",\s*\d{1,3}$")
_CLAUSE_CHUNK = re.compile(r"\s*(?:the|a|an)\s+[a-z]+\s+(?:will|would|is|are|was|were|has|had|can|could)\s")


def negated(m: str, lo: int, verb: int) -> bool:
    """Is the cue at `verb` denied or counterfactual ("Trump never mentioned", "would have said")?"""
    end = _rstrip(m, lo, verb)
    return _NOT_MADE.search(m, max(lo, end - 30), end) is not None


def subject_before(m: str, lo: int, verb: int, ends: dict[int, Span]) -> Phrase | None:
    """The subject of the cue verb at `verb`, looking back no further than `lo`."""
    end = _rstrip(m, lo, verb)
    tag = _PARTY_TAG.search(m, max(lo, end - 24), end)
    if tag:  # "Sen. Claire McCaskill (D-Mo.) said": the tag is no part of the subject
        end = _rstrip(m, lo, tag.start())
    aside = _PAREN_ASIDE.search(m, max(lo, end - 150), end) if m[end - 1 : end] == ")" else None
    if aside:
        end = _rstrip(m, lo, aside.start())
    if last_word(m[max(lo, end - 20) : end]) in PASSIVE:
        return None  # "Peskov was told"
    if _NOT_MADE.search(m, max(lo, end - 30), end):
        return None
    while True:  # "Peskov has also said": look past adverbs, auxiliaries and times
        t = _TIME_TAIL.search(m, max(lo, end - 40), end)
        if t:
            end = _rstrip(m, lo, t.start())
        w = _WORD_END.search(m, max(lo, end - 30), end)
        if not w or not _adverb(w.group(1)):
            break
        end = _rstrip(m, lo, w.start(1))
    had = _PRONOUN_HAS.search(m, max(lo, end - 12), end)
    if had:  # "He's said", "they've argued": the auxiliary is a contraction
        end = had.end(1)
    tag = _PARTY_TAG.search(m, max(lo, end - 24), end)
    if tag:  # "Paul Ryan (R-Wis.) has pointed out": the tag before the auxiliary
        end = _rstrip(m, lo, tag.start())
    dash = dashed_aside(m, lo, end)
    if dash:  # "Kall -- co-editor of a book on Trump -- said": the name before the first dash
        return dashed_subject(m, lo, dash, ends)
    quoted = m[end - 1 : end] in ("”", '"') and m[end - 2 : end - 1] == MASK
    if m[lo:end].endswith(",") or quoted:  # "X, the Kremlin spokesman, said" / "Envoy, X, said"
        inner = end if quoted else end - 1  # 'X, who did not want “to be named,” said
        comma = m.rfind(",", lo, inner)
        chunk_lo = comma + 1 if comma >= 0 else lo
        chunk = m[chunk_lo:inner]
        if _CLAUSE_CHUNK.match(chunk):
            return None  # "Even as …, the race will be tight, said X": an inverted cue's words
        # "X, a spokeswoman for the Coalition, which is made up of investors, said": "which" is
        # about the Coalition; the speaker is the name before an earlier comma
        if comma >= 0 and APPOSITIVE.match(chunk) and not chunk.lstrip().startswith("which"):
            age = _AGE.search(m, max(lo, comma - 8), comma)  # "Diego Jeronimo, 36, the owner"
            np_end = age.start() if age else comma
            tag = _PARTY_TAG.search(m, max(lo, np_end - 24), np_end)  # "Jim Jordan (R-Ohio), a member"
            np = np_before(m, lo, _rstrip(m, lo, tag.start()) if tag else np_end, ends)
            # "Ayrault, the foreign minister of France, a permanent member of …, said": an
            # untracked place ends the first appositive; the speaker is named before it
            untracked = np and (np.kind == "blocked" or (np.span and not np.span.actor))
            named = named_before(m, lo, comma, inner, ends) if untracked else None
            pair = _AND_BEFORE.search(m, lo, np.start) if np is not None and np.kind == "blocked" else None
            first = ends.get(pair.start()) if pair is not None and named is None else None
            if first is not None and first.actor:
                # "Lindsey Graham and David Perdue, who are both on the committee, said": the pair
                # speaks (np_before blocks "X and Y," for the "met X and Y, who said" it cannot tell)
                named = Phrase("span", first.start, first.end, first.text, first)
            if named or np:
                return named or np
            # else a list inside the appositive: "X, the man who sets rates on loans, cars
            # and homes, said": look for the name before an earlier comma
        # "X, a former economist who teaches at the University of California, Berkeley, said"
        earlier = comma
        for _ in range(3):
            earlier = m.rfind(",", lo, earlier) if earlier > lo else -1
            if earlier < 0:
                break
            if ends.get(earlier) and APPOSITIVE.match(m, earlier + 1, inner):
                return np_before(m, lo, earlier, ends)
        np = np_before(m, chunk_lo, inner, ends)
        if np and np.kind == "span" and np.span and np.span.seq - chunk_lo <= 2:
            return np  # "Special envoy to US President Donald Trump, Keith Kellogg, said"
        return None
    who = _WHO.search(m, max(lo, end - 8), end)
    if who:  # "Bank of Canada governor Tiff Macklem, who said ...", "Hillary Clinton — who’s called for"
        end = _rstrip(m, lo, who.start())
        among = _AMONG.search(m, max(lo, end - 40), end)
        if among:  # "X, a Sanders supporter, is among those who say …": X says it
            return subject_before(m, lo, among.start() + 1, ends)
        if m[lo:end].endswith((",", "—", "–", " -")):  # (" - ": a hyphen typed for a dash)
            end = _rstrip(m, lo, end - 1)
        span = ends.get(end)
        if span is not None and span.actor and not span.possessive and span.seq >= lo:
            return Phrase("span", span.start, span.end, span.text, span)  # "… like Stevie Wonder, who joked"
        named = before_apposition(m, lo, end, ends)
        if named is not None:  # "said Alfonso Aguilar, the executive director of X, who also said that"
            return named
    rel = _RELATIVE.fullmatch(m, lo, end)
    if rel:  # "The group that represents 155,000 Realtors said": the head noun speaks,
        # and "The man who attacked Putin said" is not Putin's
        return np_before(m, lo, lo + len(rel.group("np")), ends)
    others = _AND_OTHERS.search(m, max(lo, end - 80), end)
    if others:  # "RT and its defenders say", "Ms. Toretti and other bundlers said": the one named
        np = np_before(m, lo, others.start(), ends)
        head = m[lo : np.span.seq].strip() if np is not None and np.span is not None else "?"
        if np is not None and np.kind == "span" and (head in ("", "The", "the") or head.endswith(",")):
            return np  # the name opens the subject (or ends a list): not "Diplomats who met X and …"
    np = np_before(m, lo, end, ends, antecedent=who is not None)
    np = (np and np.kind in ("blocked", "org") and unclosed_apposition(m, lo, np, ends)) or np
    if np and FREE_RELATIVE.search(m, max(lo, np.start - 12), np.start):
        return None  # "What Page wrote that night became …": a noun clause, no attribution
    if np and _CONDITION.search(m, max(lo, np.start - 40), np.start):
        return None
    return np
