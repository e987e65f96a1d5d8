"""Attribution to a source: "according to X, A", "A, according to X", "according to a
report by X, A", "according to the X estimates, A" (X's own document speaks for X),
"it was revealed by X that A" and "a report by X that A"."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .article import Article
from .inverted import subject_after
from .lexicon import DOCUMENT_WORDS, TITLES
from .phrases import Phrase
from .quotes import MASK
from .sayverbs import CUE, SOURCE_CUES

_SOURCE = re.compile(
    rf"\s+(?:(?:a|an|the)\s+)?(?:new\s+)?(?:{DOCUMENT_WORDS})\s+(?:by|from|of|in)\s+(?:the\s+)?"
)
_ARTICLE = re.compile(r"\s+(?:a|an|the)\s+(?:(?:new|recent|latest)\s+)?")
_DOCUMENT = re.compile(rf"\s+(?:{DOCUMENT_WORDS})\b")
_THE = re.compile(r"\s+(?:the\s+)?")
# A source named by role first: "his lawyer, X", "the company's spokeswoman, X".
_ROLE = re.compile(
    rf"\s+(?:the|his|her|its|their|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s?)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{TITLES})\s*,\s*"
)


_WHAT_BEFORE = re.compile(r"\b[Ww]hat\s+(?:[A-Z][\w.'’-]*\s+){0,3}(?:has\s+|had\s+)?(?:\w+ly\s+)?$")


def _owner(art: Article, pos: int, b: int) -> Phrase | None:
    """'according to the Kremlin's estimates': the possessor of a document is its source."""
    the = _THE.match(art.masked, pos, b)
    span = art.starts.get(the.end()) if the else None
    if span is None or not span.possessive or not _DOCUMENT.match(art.masked, span.end, b):
        return None
    return Phrase("span", span.start, span.end, span.text, span)


def _modifier(art: Article, pos: int, b: int) -> Phrase | None:
    """'according to a Military Times survey': the name that modifies the document."""
    lead = _ARTICLE.match(art.masked, pos, b)
    span = art.starts.get(lead.end()) if lead else None
    if span is None or span.possessive or not _DOCUMENT.match(art.masked, span.end, b):
        return None
    return Phrase("span", span.start, span.end, span.text, span)


_BYLINE = re.compile(r"\s*(?:writing|speaking|appearing)\s+(?:for|in|on|at|to)\s+[^,;:]{1,60}[,:]")


def find_according(art: Article, a: int, b: int, cue: re.Match[str]) -> None:
    """'According to X, A' / 'A, according to X' / 'according to the X estimates, A'."""
    m = art.masked
    pos = cue.end()
    head = m[a : cue.start()].rstrip().rstrip(",")
    last = m.rfind(",", a, a + len(head)) + 1 or a  # only the clause just before counts
    for c in CUE.finditer(m, last, cue.start()):
        # (not "What Romney has said privately … is a different story, according to X": a topic)
        topic = _WHAT_BEFORE.search(m, max(a, c.start() - 40), c.start())
        if c.group().lower() not in SOURCE_CUES and not topic:
            return  # '“…,” she said, according to NBC News': the outlet relays her words
    src = _SOURCE.match(m, pos, b)
    phrase = _modifier(art, pos, b) or subject_after(m, src.end() if src else pos, b, art.starts)
    phrase = phrase or _owner(art, pos, b)
    if phrase is None:  # "according to Assange's lawyer, Aitor Martinez, …": the appositive
        role = _ROLE.match(m, pos, min(b, pos + 60))
        span = art.starts.get(role.end()) if role else None
        if span is not None and not span.possessive:
            phrase = Phrase("span", span.start, span.end, span.text, span)
    if phrase is None:
        return
    speaker = art.speaker(phrase)
    if speaker is None:
        return
    before = m[a : cue.start()].rstrip()
    doc = _DOCUMENT.match(m, phrase.end, b)  # "according to the EDS estimates, A": EDS's
    np_end = doc.end() if doc else phrase.end
    after_comma = m[np_end:b].lstrip().startswith(",")
    if before.endswith(",") and after_comma and len(m[np_end:b].split()) >= 3:
        start, end = a, b  # "The results, according to X, were mixed": the whole sentence
    elif len(before.split()) >= 3:
        start, end = a, a + len(before)
        paren = m.rfind("(", a, cue.start())
        if paren >= 0 and ")" not in m[paren : cue.start()]:  # "… (A, according to X)": A only
            start = paren + 1
    elif after_comma:
        start, end = m.index(",", np_end) + 1, b
        byline = _BYLINE.match(m, start, b)  # "According to X, writing for RealClearPolitics, A"
        start = byline.end() if byline else start
        if not m[start:b].strip():
            return  # "…, writing for RealClearPolitics:": the words are in the next paragraph
        if CUE.search(m, start, end):
            return  # "According to Yahoo News, Clinton spokesman X said Friday that A": X's words
    else:
        return
    art.note_speaker(cue.start(), speaker)
    kind = "direct" if MASK in m[start:end] else "indirect"
    art.add(speaker, kind, start, end, 0.9, ("reported:according-to",))


# "In Lipman’s view, the university is known for …": the sentence after the comma is theirs.
_IN_VIEW = re.compile(r"\s*(?:[Bb]ut\s+|[Aa]nd\s+|[Nn]ow,?\s+)?[Ii]n\s+(?=\S)")
_VIEW_WORDS = re.compile(r"['’]s?\s+(?:view|words|opinion|estimation|telling|account|assessment),\s*")


def find_in_view(art: Article, a: int, b: int) -> None:
    """'In X's view, A' / 'In X's words, “A”': X's statement, A."""
    m = art.masked
    opening = _IN_VIEW.match(m, a, b)
    span = art.starts.get(opening.end()) if opening else None
    if span is None or span.actor is None:
        return
    view = _VIEW_WORDS.match(m, span.end - (2 if span.possessive else 0), b)
    if view is None or len(m[view.end() : b].split()) < 4:
        return
    speaker = art.speaker(Phrase("span", span.start, span.end, span.text, span))
    if speaker is None:
        return
    art.note_speaker(view.start(), speaker)
    kind = "direct" if MASK in m[view.end() : b] else "indirect"
    art.add(speaker, kind, view.end(), b, 0.85, ("reported:in-view",))


# "it was revealed by X that A": cues whose passive names its speaker after "by".
_AGENT_CUES = frozenset(("revealed", "reported", "announced", "disclosed", "confirmed", "stated", "noted"))
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?(?:[a-z]+\s+)?")  # "revealed by the NGO X"
_AGENT_THAT = re.compile(r",?\s+that\s+")


def passive_agent(art: Article, cue: re.Match[str], b: int, word: str) -> bool:
    """'It was revealed by X that A' / 'it was announced by X that A': A is X's. True when added."""
    m = art.masked
    if word not in _AGENT_CUES or m[max(0, cue.start() - 5) : cue.start()].strip() not in ("was", "were"):
        return False
    by = _BY_AGENT.match(m, cue.end(), b)
    span = art.starts.get(by.end()) if by else None
    th = _AGENT_THAT.match(m, span.end, b) if span is not None else None
    if th is None or span is None or span.possessive:
        return False
    speaker = art.speaker(Phrase("span", span.start, span.end, span.text, span))
    if speaker is None:
        return False
    art.note_speaker(cue.start(), speaker)
    kind = "direct" if MASK in m[th.end() : b] else "indirect"
    art.add(speaker, kind, th.end(), b, 0.85, ("reported:passive-agent", f"cue:{word}"))
    return True


# "it was a report by Politico that he “fabricated” the story": the report's words are its
# publisher's ("a report by Politico that was …" is a relative clause, no words at all).
_REPORT_NOUNS = ("report", "story", "article", "analysis", "study", "survey")
_BY_PUBLISHER = re.compile(r"\s+(?:by|from|in)\s+(?:the\s+)?(?=[A-Z])")
_ITS_ARTICLE = re.compile(r"\b(?:a|an|the)\s+(?:[a-z]+\s+)?$")
_RELATIVE = re.compile(r"(?:is|was|are|were|has|had|have|will|would|can|could|[a-z]+ed)\b")


@lru_cache(maxsize=4)
def _report_spots(m: str) -> tuple[tuple[int, int], ...]:
    """(noun start, publisher's name start) of every "report by X", found once per article with
    plain string searches, as messages.message_spots does (a regex tried in every sentence cost more)."""
    spots = []
    for noun in _REPORT_NOUNS:
        i = m.find(noun)
        while i >= 0:
            by = _BY_PUBLISHER.match(m, i + len(noun))
            if by is not None and _ITS_ARTICLE.search(m, max(0, i - 16), i):
                spots.append((i, by.end()))
            i = m.find(noun, i + 1)
    return tuple(sorted(spots))


def find_report_that(art: Article, a: int, b: int) -> None:
    """'a report by X that A' in the sentence at [a, b): A is X's."""
    m = art.masked
    spots = _report_spots(m)
    for at, name in spots[bisect.bisect_left(spots, (a, 0)) :]:
        if name >= b:
            break
        span = art.starts.get(name)
        th = _AGENT_THAT.match(m, span.end, b) if span is not None and span.actor else None
        if th is None or span is None or _RELATIVE.match(m, th.end(), b) or len(m[th.end() : b].split()) < 4:
            continue
        speaker = art.speaker(Phrase("span", span.start, span.end, span.text, span))
        if speaker is None or art.is_claimed(th.end(), b):
            continue
        art.note_speaker(at, speaker)
        kind = "direct" if MASK in m[th.end() : b] else "indirect"
        art.add(speaker, kind, th.end(), b, 0.8, ("reported:report-by",))
