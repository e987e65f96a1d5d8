"""Headline and sub-heading forms: "Peskov: talks must wait" and "Kremlin, “No one delays”"."""

from __future__ import annotations

import re

from .article import Article
from .attribution import np_before

_COLON = re.compile(r"(?P<np>[^:“”\"]{2,60}?):\s+(?P<says>\S.*)$")
_COMMA_QUOTE = re.compile(r"(?P<np>[^,“”\"]{2,60}?),\s*[“\"‘'](?P<says>[^”\"’']{3,})[”\"’']?\s*$")


def find_headings(art: Article) -> None:
    for para in art.paras:
        if not para.heading:
            continue
        line = art.text[para.start : para.end]
        for rule, pattern in (("heading:colon", _COLON), ("heading:comma-quote", _COMMA_QUOTE)):
            m = pattern.match(line)
            if not m:
                continue
            np_end = para.start + m.end("np")
            phrase = np_before(art.masked, para.start, np_end, art.ends)
            if not phrase or phrase.kind != "span" or not phrase.span:
                continue
            if phrase.span.seq - para.start > 1:  # the whole left part must be the name
                continue
            speaker = art.speaker(phrase)
            if speaker is None or speaker.actor is None:
                continue
            start, end = para.start + m.start("says"), para.start + m.end("says")
            kind = "direct" if rule.endswith("quote") or "“" in line or '"' in line else "indirect"
            art.add(speaker, kind, start, end, 0.6, (rule,))
            break
