"""Where paragraphs and sentences lie in Document.text, and which lines are headings."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from worker.records import Document

from .intervals import Intervals
from .lexicon import NAME_ABBREVIATIONS, TITLE_ABBREVIATIONS
from .quotes import Quote

# A full stop (with any closing marks) then space and a capital after any opening marks
# (scraped copy doubles them: '… weighed in. “”This is …').
_BOUNDARY = re.compile(r"[.!?][\"”’»)\]]*\s+(?=[\"“”‘«„(\[]*[A-Z0-9])")
_TIGHT = re.compile(r"[.!?](?=[\"“][A-Z])")
_ABBREV = re.compile(
    rf"(?:\b(?:{'|'.join((*TITLE_ABBREVIATIONS, *NAME_ABBREVIATIONS))}|Jan|Feb|Aug|Sept|Sep|"
    r"Oct|Nov|Dec|No|vs|etc|approx)|\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z])$"
)
# _ABBREV ends at the full stop: searched over the last characters only, not the whole paragraph
# (no abbreviation or initialism it knows is this long).
_ABBREV_SPAN = 40
# "… after the polls close at 7 p.m. He says …", "… attacks in the U.S. He says …": a clock time
# or an initialism, then a word that only opens a sentence, ends one ("7 p.m. Eastern" does not).
_CLOCK_END = re.compile(
    r"(?:[ap]\.m\.|(?:[A-Z]\.){2,4})\s+[\"“]?"
    r"(?:He|She|They|It|We|I|The|But|And|His|Her|Their|That|This|There|In|On|At)\b"
)
# A quoted quote may close with spaced marks (". ' \""); "'All Bets Are Off.'" alone is a heading.
_END_PUNCT = re.compile(r"[.!?:;](?:[\"”’»)]|'\s*[\"”])*$")


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int
    heading: bool  # the title or a short line without a full stop (a sub-heading)
    sentences: tuple[tuple[int, int], ...]


def paragraph_offsets(doc: Document) -> list[tuple[int, str]]:
    parts = ((doc.title,) if doc.title else ()) + doc.paragraphs
    out: list[tuple[int, str]] = []
    pos = 0
    for part in parts:
        out.append((pos, part))
        pos += len(part) + 2
    return out


def _is_heading(text: str, is_title: bool) -> bool:
    if is_title:
        return True
    return len(text.split(None, 14)) <= 14 and not _END_PUNCT.search(text.rstrip())  # (split stops early)


LONGEST_SENTENCE = 3000  # characters: longer is no sentence but text that lost its stops


def _sentences(base: int, text: str, quotes: list[Quote]) -> tuple[tuple[int, int], ...]:
    cuts = [0]
    inside = Intervals()  # (a bisection per stop: a paragraph may hold thousands of quotes)
    for q in quotes:
        inside.append((q.start, q.end))
    for m in _BOUNDARY.finditer(text):
        stop = m.start()
        # (the clock time tried last: most stops are no abbreviation's)
        if text[stop] == "." and _abbreviated(text, stop) and not _clock_time(text, stop):
            continue
        pos = base + stop
        if quotes and inside.covers(pos - 1, pos + 2):  # inside a quotation: q.start < pos < q.end - 1
            continue
        cuts.append(m.end())
    cuts += _tight(base, text, quotes)
    cuts.append(len(text))
    cuts.sort()
    return tuple((base + a, base + b) for a, b in itertools.pairwise(_capped(text, cuts)) if b > a)


def _capped(text: str, cuts: list[int]) -> list[int]:
    """`cuts` with a cut added at a space wherever a sentence would run past LONGEST_SENTENCE
    characters. The rules read a sentence's cues and quotes once per cue or quote, so a page
    that never ends a sentence (a list of quotes scraped without stops) would cost time
    quadratic in its length; no sentence of the 34,000 in the gold articles is half as long."""
    if len(text) <= LONGEST_SENTENCE or all(b - a <= LONGEST_SENTENCE for a, b in itertools.pairwise(cuts)):
        return cuts
    out = [cuts[0]]
    for b in cuts[1:]:
        while b - out[-1] > LONGEST_SENTENCE:
            space = text.rfind(" ", out[-1] + 1, out[-1] + LONGEST_SENTENCE)
            out.append(space + 1 if space > out[-1] else out[-1] + LONGEST_SENTENCE)
        out.append(b)
    return out


def _clock_time(text: str, stop: int) -> bool:
    """Does the stop at `stop` end a clock time or an initialism before a sentence's first word
    ("… at 7 p.m. He says …")?"""
    return _CLOCK_END.match(text, text.rfind(" ", 0, stop) + 1) is not None


def _abbreviated(text: str, stop: int) -> bool:
    """Does the word before the full stop at `stop` abbreviate ("Mr.", "U.S.", "Sept.")?"""
    # (an abbreviation holds letters and stops only: no match starts before the last space)
    return _ABBREV.search(text, max(0, stop - _ABBREV_SPAN, text.rfind(" ", 0, stop) + 1), stop) is not None


def _tight(base: int, text: str, quotes: list[Quote]) -> list[int]:
    """Scraped copy drops the space between sentences ('… with exciting news."From now
    on, …'): a cut before a quote that opens there, or after one that closes there."""
    cuts: list[int] = []
    opens: set[int | None] = set()
    closes: set[int | None] = set()
    for m in _TIGHT.finditer(text):
        if not opens and quotes:  # (sets made at the first such place: most paragraphs have none)
            opens, closes = {q.open for q in quotes}, {q.close for q in quotes}
        mark = base + m.end()
        if mark in opens:
            cuts.append(m.end())
        elif mark in closes:
            cuts.append(m.end() + 1)
    return cuts


def layout(doc: Document, quotes: list[Quote]) -> list[Paragraph]:
    paras: list[Paragraph] = []
    by_para: dict[int, list[Quote]] = {}
    for q in quotes:
        by_para.setdefault(q.para, []).append(q)
    for i, (base, text) in enumerate(paragraph_offsets(doc)):
        heading = _is_heading(text, bool(doc.title) and i == 0)
        sents = _sentences(base, text, by_para.get(i, []))
        paras.append(Paragraph(i, base, base + len(text), heading, sents))
    return paras


# An alert quotes at most this much: a longer quote or transcript turn is cut at a sentence
# end (a word end if none comes late enough) and marked "…"; its offsets still span it all.
LONGEST = 400


def cut(words: str) -> str:
    if len(words) <= LONGEST:
        return words
    # a sentence end as _sentences finds one (no "Mr." or "U.S."), its closing marks kept
    ends = [
        m.end() for m in _BOUNDARY.finditer(words, LONGEST // 3, LONGEST + 8)
        if m.end() <= LONGEST + 4 and not (words[m.start()] == "." and _abbreviated(words, m.start()))
    ]
    at = ends[-1] if ends else words.rfind(" ", 0, LONGEST)
    return words[: at if at > 0 else LONGEST].rstrip(" ,;:—–-") + " …"

