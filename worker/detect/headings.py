"""Headline and sub-heading forms: "Peskov: talks must wait", "Kremlin, “No one delays”",
"Putin says talks can resume" and "Talks can resume, says Putin"."""

from __future__ import annotations

import re

from .article import Article
from .phrases import np_before

_COLON = re.compile(r"(?P<np>[^:“”\"]{2,60}?):\s+(?P<says>\S.*)$")
_COMMA_QUOTE = re.compile(r"(?P<np>[^,“”\"]{2,60}?),\s*[“\"‘'](?P<says>[^”\"’']{3,})[”\"’']?\s*$")
_SAYS = re.compile(
    r"(?P<np>[^,:“”\"]{2,40}?)\s+(?:[Ss]ays|[Ww]arns|[Ii]nsists|[Cc]laims|[Aa]rgues|[Pp]redicts)\s+(?P<says>\S.{10,})$"
)
# "Railing Against Trump, Sanders Vows To Eliminate Tax Breaks": a commitment, its words "To …"
_VOWS = re.compile(
    r"(?:[^,:“”\"]{3,60},\s+)?(?P<np>[^,:“”\"]{2,40}?)\s+(?:[Vv]ows|[Pp]ledges|[Pp]romises)\s+(?P<says>[Tt]o\s+\S.{10,})$"
)
_SAYS_AFTER = re.compile(
    r"(?P<says>\S.{10,}?)[,:]?\s+(?:[Ss]ays|[Ww]arns)\s+(?P<np>[A-Z][^,:“”\"]{2,40}?)\s*$"
)

# "Trump could address clean energy, Lindsey Graham says."
_SAYS_END = re.compile(
    r"(?P<says>\S.{10,}?),\s+(?P<np>[A-Z][^,:“”\"]{2,40}?)\s+(?:[Ss]ays|[Ww]arns|[Ss]aid)\.?\s*$"
)


# "X: a life in five deals", "X: an enigma": a noun phrase about X, no verb in it.
_PROFILE = re.compile(
    r"(?i:an?)\s(?!.*\b(?:is|are|was|were|will|would|can|could|must|should|has|have|had|"
    r"does|did|do|not|n['’]t)\b)"
)


# "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated’": the
# subject's words, quoted after a colon that ends the headline's clause.
_VERB_COLON_QUOTE = re.compile(
    r"(?P<np>[A-Z][^:“”\"‘’]{2,40}?)\s+[A-Z][a-z]+(?:s|ed)\b[^:“”\"‘]{0,60}:\s*[“\"‘](?P<says>[^”\"’]{3,})[”\"’]?\s*$"
)

_FORMS = (
    ("heading:colon", _COLON),
    ("heading:verb-colon-quote", _VERB_COLON_QUOTE),
    ("heading:comma-quote", _COMMA_QUOTE),
    ("heading:says", _SAYS),
    ("heading:vows", _VOWS),
    ("heading:says-after", _SAYS_AFTER),
    ("heading:says-end", _SAYS_END),
)


def find_headings(art: Article) -> None:
    for para in art.paras:
        if not para.heading:
            continue
        line = art.text[para.start : para.end]
        for rule, pattern in _FORMS:
            m = pattern.match(line)
            if not m:
                continue
            if rule == "heading:colon" and _PROFILE.match(m.group("says")):
                continue  # "Donald Trump: a life in five deals": a description of X, no words
            np_start, np_end = para.start + m.start("np"), para.start + m.end("np")
            phrase = np_before(art.masked, np_start, np_end, art.ends)
            if not phrase or phrase.kind != "span" or not phrase.span:
                continue
            if phrase.span.seq - np_start > 1:  # the whole name part must be the name
                continue
            speaker = art.speaker(phrase)
            if speaker is None or speaker.actor is None:
                continue
            start, end = para.start + m.start("says"), para.start + m.end("says")
            kind = "direct" if rule.endswith("quote") or "“" in line or '"' in line else "indirect"
            art.add(speaker, kind, start, end, 0.6, (rule,))
            break
