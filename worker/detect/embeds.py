"""Embedded posts: a tweet's words, then its credit line "— Donald J. Trump (@realDonaldTrump)
June 29, 2016", in the same paragraph or the next one (how extraction leaves a blockquote)."""

from __future__ import annotations

import re

from .article import Article
from .phrases import Phrase

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# the credit at a paragraph's end; an optional <tweet …> wrapper, as some archives keep it
_CREDIT = re.compile(
    rf"(?<!\S)[—–-]{{1,2}}\s+(?P<name>[^()\n]{{2,60}}?)\s+\(@\w{{1,15}}\)\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}"
    r"\s*(?:</tweet>)?\W*$"
)
_WRAPPER = re.compile(r"<tweet\b[^>]*>\s*")
_LINK = re.compile(r"\s*(?:https?://\S+|pic\.twitter\.com/\S+)\s*$")


def find_embeds(art: Article) -> None:
    for i, para in enumerate(art.paras):
        if art.text.find("(@", para.start, para.end) < 0:
            continue  # no handle, no credit: a plain scan first, the regex only where one is
        credit = _CREDIT.search(art.text, para.start, para.end)
        if credit is None:
            continue
        at = credit.start("name")
        span = art.starts.get(at) or art.starts.get(at + 4)  # "The Daily Beast": the name after "The"
        if span is None or span.actor is None or span.end < credit.end("name") - 1:
            continue  # the credit names someone untracked, or more than the name
        start, end = para.start, credit.start()
        wrapper = _WRAPPER.match(art.text, start, end)
        if wrapper:
            start = wrapper.end()
        elif not art.text[start:end].strip() and i > 0:  # the credit alone: the words are above
            prev = art.paras[i - 1]
            start, end = prev.start, prev.end
        words = _LINK.sub("", art.text[start:end]).rstrip()
        end = start + len(words)
        if len(words.split()) < 3 or art.is_claimed(start, end):
            continue
        speaker = art.speaker(Phrase("span", span.start, span.end, span.text, span))
        if speaker is not None:
            art.add(speaker, "direct", start, end, 0.8, ("direct:embed",))
