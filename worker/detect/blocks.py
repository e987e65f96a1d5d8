"""A block quote whose quotation marks the page dropped: 'Limbaugh added:' closes a
paragraph, and the next paragraph, with no quotation mark of its own, is his words
(blockquote markup lost in extraction, common in opinion sites and transcripts)."""

from __future__ import annotations

import re

from .article import Article
from .attribution import subject_before
from .intros import subject_colon
from .quotes import MASK
from .sayverbs import CUE

_QUOTE_MARKS = re.compile(r"[“”\"„«»]")
# "Limbaugh added:", "The governor said in a statement:", "Sanders told the crowd:"
_TO_COLON = re.compile(r"(?:\s+[^,:;.!?\u2591]{1,50}?)?\s*:\s*$")


def find_block(art: Article, index: int) -> None:
    """The paragraph after paragraph `index`, when `index` ends 'X CUE:' and it is unquoted."""
    if index + 1 >= len(art.paras):
        return
    para, nxt = art.paras[index], art.paras[index + 1]
    m = art.masked
    last = m[para.end - 1]  # a look at the last character first: most paragraphs end in "."
    if last != ":" and (not last.isspace() or not m[para.start : para.end].rstrip().endswith(":")):
        return
    if para.heading or nxt.heading or not para.sentences:
        return
    body = art.text[nxt.start : nxt.end]
    if _QUOTE_MARKS.match(body.lstrip()) or m[nxt.start] == MASK or len(body.split()) < 6:
        # a quoted paragraph is the lead-in rule's (a quote inside one is the block's); a short
        return  # line is a label
    if _QUOTE_MARKS.search(body) and CUE.search(m, nxt.start, nxt.end):
        return  # 'O’Malley reminded viewers:' (a tweet the page lost) '¶ …, Clinton said that she was “…”'
    a, b = para.sentences[-1]
    colon = m.rindex(":", a, b)
    cues = [c for c in CUE.finditer(m, a, colon) if _TO_COLON.match(m, c.end(), colon + 1)]
    if cues:
        phrase, word = subject_before(m, a, cues[-1].start(), art.ends), cues[-1].group()
    else:  # "Sanders made the following comment:"
        phrase, word = subject_colon(art, a, colon), ":"
    speaker = art.speaker(phrase) if phrase else None
    if speaker is None or speaker.actor is None:
        return
    art.note_speaker(nxt.start, speaker)
    art.add(speaker, "direct", nxt.start, nxt.end, 0.75, ("direct:block", f"cue:{word}"))
