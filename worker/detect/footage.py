"""A name shown or quoted in the act of saying: 'footage of Trump saying, “…”', 'a video shows
Obama saying that …', 'quoted Clinton as saying “…”'. The participle belongs to the name right
before it, not to the sentence's subject (the ad, the tweet, the video)."""

from __future__ import annotations

import re

from .article import Article
from .bare import BARE
from .phrases import Phrase
from .quotes import MASK

# What frames a speaker caught saying something: "footage of", "a clip showing", "shows",
# "heard", "quoted" (never a bare "of": "critics of Putin warning that …").
_FRAME = re.compile(
    r"\b(?:(?:footage|video|videos|clip|clips|audio|recording|tape|images?|ad|ads)\s+(?:of|showing)|"
    r"shows?|showed|heard|caught|features?|featured|featuring|quoted|quotes)\s+$"
)
_SAYING = re.compile(
    r"\s+(?:as\s+)?(saying|asking|declaring|insisting|arguing|warning|claiming|telling\s+\w+)\b"
)
# After the participle: "that", a short phrase ("during the debate last week,"), then the words.
_LEAD = re.compile(rf"(?:\s+that|(?:\s+[^,;:.!?{MASK}“\"]{{1,40}},)?(?=\s*[,:]?\s*[“\"]))?\s*[,:]?\s*")


def find_shown(art: Article, a: int, b: int) -> None:
    m = art.masked
    if m.find("ing", a, b) < 0:
        return  # no participle at all (the cheap test first)
    for span in art.spans_in(a, b):
        if span.actor is None or span.possessive:
            continue
        saying = _SAYING.match(m, span.end, b)
        if saying is None or not _FRAME.search(m, max(a, span.seq - 12), span.seq):
            continue
        lead = _LEAD.match(m, saying.end(), b)
        start = lead.end() if lead else saying.end()
        quoted = m.startswith(("“", '"'), start)
        if not quoted and not BARE.match(m, start - 1, b):
            continue  # "footage of Trump saying goodbye": no words of his
        if art.is_claimed(start, start + 1):
            continue
        speaker = art.speaker(Phrase("span", span.start, span.end, span.text, span))
        if speaker is None:
            continue
        quote = art.quotes_in(start, start + 1) if quoted else []
        if quote:  # the quoted words only
            start, end = quote[0].start, quote[0].end
        else:
            end = b
        kind = "direct" if quote or MASK in m[start:end] else "indirect"
        art.add(speaker, kind, start, end, 0.8, ("reported:shown", f"cue:{saying.group(1)}"))
