"""Attributions that introduce a quote from outside the usual places: set off by commas
inside the sentence, or closing the paragraph before the quote's own."""

from __future__ import annotations

import re
from collections.abc import Callable

from .article import Article
from .attribution import subject_before
from .inverted import subject_after
from .phrases import Phrase
from .quotes import MASK, Quote
from .sayverbs import CUE

# How direct.py finds an attribution before a quote, passed in (no import cycle).
Before = Callable[[Article, int, Quote], "tuple[Phrase, int, str] | None"]

# A few lowercase words between a subject and a colon: "Smith is blunt about it:", "As
# Smith put it:"; not a quote received or read ("Smith got a text:", "Smith read aloud:").
_PREDICATE = re.compile(r"(?:\s+[a-z][\w'’-]*){1,6}\s*")
_NOT_OWN = re.compile(
    r"\b(?:got|gets|received|receives|read|reads|saw|sees|heard|hears|found|finds|noticed|notices|"
    r"shows?|showed|quoted|quotes|cited|cites|wrote down|was|were|told|asked)\b"
)
# "Trump’s message was simple: “…”": the possessor's own words follow.
_OWN_WORDS = re.compile(
    r"\s+(?:message|response|reply|answer|advice|verdict|reaction|retort|argument|point|pitch|plea|"
    r"warning|promise|explanation)\b[^.!?;:\u2591]{0,40}"
)
_SENT_NOUN = re.compile(
    r"\s(?:a|an|the|this|one|his|her|their)\s+(?:[a-z]+\s+){0,2}(?:message|warning|line|words|plea|promise|retort)"
    r"(?:\s+(?:for|to)\s+[^.!?;:,\u2591]{1,40})?\s*:$"
)
_LONG_PREDICATE = re.compile(
    r"\s+(?:also\s+|now\s+|still\s+)?(?P<verb>[a-z]+(?:s|ed))\b[^.!?;:\n]{0,200}\s*"
)
# An opening phrase before the subject: "On July 6, 2015, Sanders made the following comment:"
_OPENING = re.compile(r"\s*[A-Z][^,:;\u2591]{0,40},(?:\s*[^,:;\u2591]{1,20},)?\s*(?:the\s+)?")
_FROM_WRITER = re.compile(
    r"\s*(?:From|Here is|Here's)\s+(?=[A-Z][^:]*\b(?:writing|wrote|writes|reporting)\b[^:]*:\s*$)"
)
_CREDIT = re.compile(r"\s*[—–-]{1,2}\s*")
_PRONOUN_OPENS = re.compile(r"(?:\s*[A-Za-z][^,:;\u2591]{0,40},)?\s*([Hh]e|[Ss]he)\b")
_PAREN_PRONOUN = re.compile(r",\s*(he|she)\s+$")
# A cue that ends its sentence with no words of its own: "X said in a statement."
_BARE_CUE_END = re.compile(
    r"\s*(?:(?:in|on|at|during|via)\s+(?:a|an|the|his|her|its|their)\s+[a-z]+(?:\s+[a-z]+)?|"
    r"[A-Z][a-z]+day|on\s+[A-Z][a-z]+day|in\s+an?\s+(?:statement|email|interview))?\.\s*$"
)


def parenthetical(art: Article, lo: int, cue: re.Match[str], at: int) -> Phrase | None:
    """'The initiative, said Nagel, “was all about …”' / 'The plan, she said, “will fail”':
    an attribution set off by commas inside the sentence, the quote its predicate."""
    m = art.masked
    p = _PAREN_PRONOUN.search(m, lo, cue.start())
    if p:
        return Phrase("pronoun", p.start(1), p.end(1), p.group(1), head=p.group(1))
    if not m[lo : cue.start()].rstrip().endswith(","):
        return None
    after = subject_after(m, cue.end(), at, art.starts)
    return after if after and m[after.end : at].strip() == "," else None


def lead_in(art: Article, q: Quote, before: Before) -> tuple[Phrase, int, str] | None:
    """'Pompeo declared,' / 'She told reporters:' closing a paragraph, and the quote opening
    the next one: the attribution introduces it (scraped pages often split it so)."""
    para = art.paras[q.para]
    if q.para == 0 or art.text[para.start : q.open].strip():
        return None
    prev = art.paras[q.para - 1]
    if art.text[prev.start : prev.end].rstrip()[-1:] not in (",", ":") or not prev.sentences:
        return None
    writer = _FROM_WRITER.match(art.masked, prev.start, prev.end)
    span = art.starts.get(writer.end()) if writer else None
    if span is not None and not span.possessive:  # "From Andrea Peyser writing at The New York Post:"
        return Phrase("span", span.start, span.end, span.text, span), prev.end - 1, ":"
    return before(art, prev.sentences[-1][0], q)


def announced(art: Article, q: Quote) -> tuple[Phrase, int, str] | None:
    """'X, the party's spokesman, said in a statement. “…”': a cue closing the sentence before
    the quote, with no words of its own, in the same paragraph, introduces the quote."""
    if art.text[max(0, q.open - 3) : q.open].rstrip()[-1:] != ".":
        return None  # (cheap first: a full stop right before the quote)
    para = art.paras[q.para]
    starts = [s for s, _ in para.sentences if s <= q.open]
    if len(starts) < 2 or art.text[starts[-1] : q.open].strip():
        return None  # the quote must open its sentence, after another one
    lo, hi = starts[-2], starts[-1]
    if MASK in art.masked[max(para.start, lo - 4) : hi]:
        return None  # '“A,” X said. “B.”' (or '“A?” X said.'): B goes on with A
    cue = None
    for c in CUE.finditer(art.masked, lo, hi):
        cue = c
    if cue is None or not _BARE_CUE_END.fullmatch(art.masked, cue.end(), hi):
        return None
    phrase = subject_before(art.masked, lo, cue.start(), art.ends)
    return (phrase, cue.start(), cue.group()) if phrase else None


def credit_line(art: Article, q: Quote) -> tuple[Phrase, int, str] | None:
    """An epigraph or pull quote credited on the next line: '“…”' / '— Mike Pompeo, 2019'."""
    para = art.paras[q.para]
    if q.close is None or q.para + 1 >= len(art.paras) or art.text[para.start : q.open].strip():
        return None
    if art.text[q.close + 1 : para.end].strip(" .,"):
        return None  # words after the quote: not a quote standing alone
    nxt = art.paras[q.para + 1]
    dash = _CREDIT.match(art.masked, nxt.start, nxt.end)
    span = art.starts.get(dash.end()) if dash and dash.end() > nxt.start else None
    if span is None or span.possessive or art.text[nxt.start : nxt.end].lstrip()[:1] not in "—–-":
        return None
    return Phrase("span", span.start, span.end, span.text, span), nxt.start, "—"


def subject_colon(art: Article, lo: int, colon: int) -> Phrase | None:
    """'Smith is blunt about it: “…”' / 'As Smith put it: “…”': a person who opens the
    sentence, a short predicate, then the quote after a colon."""
    m = art.masked
    spans = [
        sp for sp in art.spans_in(lo, colon)
        if m[lo : sp.seq].strip() in ("", "The", "the") or _OPENING.fullmatch(m, lo, sp.seq)
    ]
    if not spans:  # "As for Ban, he seems content that the deal happened on his watch: “…”"
        p = _PRONOUN_OPENS.match(m, lo, colon)
        long = _LONG_PREDICATE.fullmatch(m, p.end(1), colon) if p else None
        if p and long and not _NOT_OWN.match(long.group("verb")) and not art.spans_in(p.end(1), colon):
            return Phrase("pronoun", p.start(1), p.end(1), p.group(1), head=p.group(1).lower())
        return None
    span = spans[0]
    if span.possessive and (span.actor or span.shared) and _OWN_WORDS.fullmatch(m, span.end, colon):
        return Phrase("span", span.start, span.end, span.text, span)  # "Trump’s message was simple:"
    if span.possessive or span.actor is None:
        return None
    pred = _PREDICATE.fullmatch(art.masked, span.end, colon)
    if pred is not None and not _NOT_OWN.search(art.masked, span.end, colon):
        return Phrase("span", span.start, span.end, span.text, span)
    # Words the subject sends, named just before the colon, whoever else the sentence names:
    # "Warren had a message for Trump: “…”", "… to encourage staffers with a simple message: “…”"
    sent = _SENT_NOUN.search(m, span.end, colon + 1)
    if sent is not None and not _NOT_OWN.search(m, span.end, sent.start()):
        return Phrase("span", span.start, span.end, span.text, span)
    # A longer sentence of the subject's own, opened by its verb: "The Daily News focuses on
    # how many people … were able to kill in a 30-minute spree: “…”". No one else named in it.
    long = _LONG_PREDICATE.fullmatch(m, span.end, colon)
    if long is None or _NOT_OWN.match(long.group("verb")) or len(art.spans_in(span.end, colon)) > 0:
        return None
    return Phrase("span", span.start, span.end, span.text, span)
