"""Cue verbs and the speaker phrase around them ("X said", "said X", "X, the TITLE, said").

Everything here reads the masked text (quoted words blanked out), so a cue or a
name inside a quotation never counts as an attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import CLAUSE_OPENERS, LY_NOUNS, PASSIVE, PREP, STAFF, TITLE_SET, TITLES, TRAIL
from .names import Span
from .quotes import MASK

_LAST = re.compile(r"([A-Za-z’']+)\W*$")
_WORD_END = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\s*$")
_TITLE_NP = re.compile(
    rf"(?:\b(?P<det>the|a|an|its|his|her|their|this|that)\s+)?"
    rf"(?P<mods>(?:(?:[A-Z][\w.'’-]*|[a-z][\w-]*)\s+){{0,3}}?)"
    rf"(?P<head>{TITLES})$",
    re.IGNORECASE,
)
_INDEFINITE = re.compile(r"\b(?:a|an|another|one)\s+$", re.IGNORECASE)
_STAFF_OF = re.compile(
    r"(?:\b(?:a|an|the|A|An|The)\s+)?\b(?:spokesman|spokeswoman|spokesperson|official|"
    r"representative|executive|aide)s?\s+(?:for|of|at)\s+(?:the\s+)?$"
)
_ORG_TITLE = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+")
# Words between an inverted cue and the name: "said (the) former Fed Vice Chair Donald Kohn".
_TITLE_LEAD = re.compile(r"(?:(?P<det>the|a|an|The|A|An)\s+)?(?:(?:former|then|[a-z]+)\s+){0,4}")
_TITLE_AFTER = re.compile(rf"(?P<det>the|a|an)\s+(?:[\w.'’-]+\s+){{0,3}}?(?P<head>{TITLES})\b", re.IGNORECASE)
# Time phrases between a subject and its verb: "Tarullo on Friday warned".
_TIME_TAIL = re.compile(
    r"\s+(?:(?:on|last|this|early|late|earlier)\s+(?:[A-Z]\w+day|week|month|year|morning|"
    r"afternoon|evening|night|weekend)(?:\s+\([^)]*\))?|today|yesterday|tonight|"
    r"at the time|at one point|in (?:19|20)\d\d)$"
)
_TITLE_END = re.compile(rf"(?:{TITLES})$", re.IGNORECASE)
_PRONOUN = re.compile(r"(?:^|(?<=[\s,;(—–-]))(he|she|He|She|they|They|it|It)$")


@dataclass(frozen=True, slots=True)
class Phrase:
    """A speaker phrase: a name span, a pronoun, a title, or a blocking non-actor."""

    kind: str  # span | pronoun | title | blocked
    start: int
    end: int
    text: str
    span: Span | None = None
    head: str = ""  # title head noun or pronoun, lowercased


def _last_word(text: str) -> str:
    m = _LAST.search(text[-40:])
    return m.group(1).lower() if m else ""


def _adverb(word: str) -> bool:
    """Words between a subject and its verb: "Haley testily responded", "has also said"."""
    low = word.lower()
    return low in TRAIL or (word.islower() and len(word) > 4 and low.endswith("ly") and low not in LY_NOUNS)


def _only_titles(text: str) -> bool:
    return all(w.lower() in TITLE_SET or w == "First" for w in text.split())


def _rstrip(m: str, lo: int, end: int) -> int:
    while end > lo and m[end - 1].isspace():
        end -= 1
    return end


def np_before(m: str, lo: int, end: int, ends: dict[int, Span]) -> Phrase | None:
    """The noun phrase that ends at `end` (a subject), or None when there is none."""
    seg = m[lo:end].rstrip()
    end = lo + len(seg)
    if end <= lo:
        return None
    span = ends.get(end)
    if span is not None and span.actor is None and _only_titles(span.text):
        span = None  # "the President-elect", "the First Lady": a title, resolved as one
    if span is not None and span.seq >= lo:
        if span.possessive:
            return None
        if span.how == "alias" and _INDEFINITE.search(m, max(lo, span.seq - 10), span.seq):
            return Phrase("blocked", span.seq, end, span.text)  # "a Kremlin spokesman": unnamed
        words = m[max(lo, span.seq - 50) : span.seq].split()
        if words and words[-1].lower() == "the":
            words.pop()
        joins_clause = len(words) > 1 and words[-1] in ("and", "but") and words[-2].endswith(",")
        if words and words[-1].lower() in PREP and not joins_clause:  # "envoy to President Trump"
            staff = _STAFF_OF.search(m, max(lo, span.seq - 60), span.seq)
            if staff:  # "a spokeswoman for the union said": the union's statement
                return Phrase("org", staff.start(), end, m[staff.start() : end], span)
            return Phrase("blocked", span.seq, end, m[span.seq : end])
        return Phrase("span", span.start, end, span.text, span)
    tail = _last_word(seg)
    p = _PRONOUN.search(seg[-12:]) if tail in ("he", "she", "they", "it") else None
    if p:
        p = _PRONOUN.search(seg, len(seg) - 12)
        before = _last_word(seg[: p.start()])
        if not before or before in CLAUSE_OPENERS or seg[: p.start()].rstrip()[-1:] in ",;(—–":
            return Phrase("pronoun", lo + p.start(1), end, p.group(1), head=p.group(1).lower())
        return None
    t = _TITLE_NP.search(seg[-80:]) if _TITLE_END.search(seg[-20:]) else None
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
        if det in ("a", "an") or re.match(r"(?:one|another|other|some|former)\b", mods, re.I):
            return Phrase("blocked", start, end, t.group(0))
        if det in ("the", "its", "his", "her", "their") or mods[:1].isupper() or possessor:
            return Phrase("title", start, end, t.group(0), head=t.group("head").lower())
    return None


_WHO = re.compile(r"\s+who$")
_AGE = re.compile(r",\s*\d{1,3}$")
_APPOSITIVE = re.compile(
    r"\s*(?:a|an|the|who|which|whose|whom|now|then|once|himself|herself|"
    r"[a-z0-9][\w-]*)\b"
)


def subject_before(m: str, lo: int, verb: int, ends: dict[int, Span]) -> Phrase | None:
    """The subject of the cue verb at `verb`, looking back no further than `lo`."""
    end = _rstrip(m, lo, verb)
    if _last_word(m[max(lo, end - 20) : end]) in PASSIVE:
        return None  # "Peskov was told"
    while True:  # "Peskov has also said": look past adverbs, auxiliaries and times
        t = _TIME_TAIL.search(m, max(lo, end - 40), end)
        if t:
            end = _rstrip(m, lo, t.start())
        w = _WORD_END.search(m, max(lo, end - 30), end)
        if not w or not _adverb(w.group(1)):
            break
        end = _rstrip(m, lo, w.start(1))
    quoted = m[end - 1 : end] in ("”", '"') and m[end - 2 : end - 1] == MASK
    if m[lo:end].endswith(",") or quoted:  # "X, the Kremlin spokesman, said" / "Envoy, X, said"
        inner = end if quoted else end - 1  # 'X, who did not want “to be named,” said
        comma = m.rfind(",", lo, inner)
        chunk_lo = comma + 1 if comma >= 0 else lo
        chunk = m[chunk_lo:inner]
        if comma >= 0 and _APPOSITIVE.match(chunk):
            age = _AGE.search(m, max(lo, comma - 8), comma)  # "Diego Jeronimo, 36, the owner"
            return np_before(m, lo, age.start() if age else comma, ends)
        # "X, a former economist who teaches at the University of California, Berkeley, said"
        earlier = comma
        for _ in range(3):
            earlier = m.rfind(",", lo, earlier) if earlier > lo else -1
            if earlier < 0:
                break
            if ends.get(earlier) and _APPOSITIVE.match(m, earlier + 1, inner):
                return np_before(m, lo, earlier, ends)
        np = np_before(m, chunk_lo, inner, ends)
        if np and np.kind == "span" and np.span and np.span.seq - chunk_lo <= 2:
            return np  # "Special envoy to US President Donald Trump, Keith Kellogg, said"
        return None
    who = _WHO.search(m, max(lo, end - 8), end)
    if who:  # "Bank of Canada governor Tiff Macklem, who said ..."
        end = _rstrip(m, lo, who.start())
        if m[lo:end].endswith(","):
            end -= 1
    return np_before(m, lo, end, ends)


def subject_after(m: str, pos: int, hi: int, starts: dict[int, Span]) -> Phrase | None:
    """The speaker named right after an inverted cue: '..., said Peskov' / 'according to X'."""
    seg = m[pos:hi]
    skip = len(seg) - len(seg.lstrip())
    at = pos + skip
    span = starts.get(at)
    lead = _TITLE_LEAD.match(m, at, min(hi, at + 60))
    if span is None and lead:  # "said former Treasury official Mark Sobel"
        span = starts.get(lead.end())
        if span is not None and lead.group("det") in ("a", "an", "A", "An"):
            return Phrase("blocked", at, span.end, m[at : span.end])
    if span is not None:
        if span.possessive:
            return None
        title = _ORG_TITLE.match(m, span.end, min(hi, span.end + 50))
        if title and starts.get(title.end()):  # "said IMF chief economist Pierre Gourinchas"
            span = starts[title.end()]
        return Phrase("span", span.start, span.end, span.text, span)
    t = _TITLE_AFTER.match(seg, skip)
    if t:
        kind = "blocked" if t.group("det").lower() in ("a", "an") else "title"
        return Phrase(kind, at, at + t.end(), t.group(0), head=t.group("head").lower())
    return None
