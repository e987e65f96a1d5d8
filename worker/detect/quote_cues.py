"""Where a quote's attribution stands: after it ('“…,” X said', '“…,” said X') or before it
('X said: “…”', 'X: “…”', 'A DIGEST LINE - X: “…”'), each found as (phrase, cue position, cue)."""

from __future__ import annotations

import re

from .article import Article
from .attribution import COORDINATED, TAG_AFTER, subject_before
from .intros import parenthetical, subject_colon
from .inverted import subject_after
from .lexicon import SPACED_DASH, TITLE_SET
from .phrases import Phrase, np_before
from .quotes import CITING, NOUN_QUOTE, TITLE_BEFORE, Quote
from .sayverbs import CONTINUATIVE, CUE, SOURCE_CUES
from .subjects import main_subject

_LEAD = re.compile(r"[\s,—–-]*")
# What may sit between a cue and the quote it introduces: "told reporters:", "said of X,".
# "said:", "said on Monday,", "responded pointedly, with a smile:" (two short phrases at most)
# (the stop of a title or an initial is no sentence's end: "said of Mr. Rubio:")
_NO_STOP = r"(?:[^,:;.!?\u2591]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.|(?<=\b[A-Z])\.)"
_INTRO = re.compile(
    rf"(?:(?:\s+{_NO_STOP}{{1,30}}?,)?\s+{_NO_STOP}{{1,60}}?\s*[,:]|\s*[,:]|\s+that|\s+against|"
    r"\s*,\s*(?:however|though|too|also|again|then|later|meanwhile)\s*[,:])?\s*$"  # ", however, “…”"
)
_AND = re.compile(r"(?:and|but)\b")
_NAME_CUE_END = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:said|says|added|wrote|tweeted)\s*[.,]")
# A document's wording after its quote: "the email read", "the statement reads".
_DOCUMENT_READ = re.compile(r"(?:the|its|his|her|their)\s+[a-z]+\s+(read|reads)\b")
_VERB = re.compile(r"\b(?!(?:is|has|does)\b)[a-z]+(?:ed|es|s)\b")  # (not '“…,” Clinton is converting …')
_REDUCED = re.compile(r"\b(?:when|if|as|once|after|before|until|unless)\s+$")
# '“…,” an angry Hollande retaliated': a mood before the name.
_MOOD = re.compile(r"an?\s+[a-z]{3,}\s+")
_ADVERBS_ONLY = re.compile(r"\b(?:[a-z]{3,}ly|so|and|then|simply)\b")
_PRESENTS = re.compile(r"(?:\bHere['’]s|\bHere\s+is|\b[Mm]ore\s+from|\b(?:quotes|quoted|cites|cited))\s+")
_PARTY_BEFORE = re.compile(rf"{TAG_AFTER.pattern}$")  # "(R-S.C.)" right before a colon
_ROLE_LEAD = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){1,4}")
_CONNECT = re.compile(r"\s*(?:(?:And|But|So|Then|Still|Yet|As)\b[\s,]*)?")


def after(art: Article, q: Quote, hi: int) -> tuple[Phrase, int, str] | None:
    """The attribution right after the quote, before `hi`: '“…,” X said', '“…,” said X'."""
    m = art.masked
    lo = (q.close or q.end) + 1
    inner = art.text[q.start : q.end].rstrip().rstrip("'’\"”")
    lead = _LEAD.match(m, lo, hi)
    at = lead.end() if lead else lo
    # A quote that trails off ('“… but with this law ...” she said') ends like one with a comma.
    # ('“… a battle of niches” Grubbs said.': the comma left out before a name and its cue)
    bare_name = _NAME_CUE_END.match(m, lo, hi) is not None
    if not (inner[-1:] in ",!?—–-…" or inner.endswith("...") or m[lo:at].strip() or bare_name):
        return None
    if NOUN_QUOTE.search(m, max(0, q.open - 16), q.open) and len(inner.split()) <= 8:
        return None  # 'To a question on the “privatization of jobs,” Sanders said …': a quoted noun
    if CITING.search(m, max(0, q.open - 12), q.open):
        return None  # 'Mr. Manafort, citing “the magic of Trump,” said the candidate …': a cited phrase
    titled = TITLE_BEFORE.search(m, max(0, q.open - 24), q.open) is not None
    if titled and len(inner.split()) <= 6 and len(m[art.sentence_of(q.open)[0] : q.open].split()) <= 3:
        return None  # 'Later on “This Week,” Senator X questioned …': a show's name opens the sentence
    read = _DOCUMENT_READ.match(m, at, hi)
    if read:  # '“…,” the email read': the document speaks for whoever sent it (coref.py)
        phrase = np_before(m, at, read.start(1), art.ends)
        if phrase is not None and phrase.kind == "document":
            return phrase, read.start(1), read.group(1)
    cue = CUE.search(m, at, min(hi, at + 220))  # the speaker still opens it (45 below)
    if not cue:  # any verb, but not after a title: 'In “Hail, Caesar!,” Brolin gets …'
        return None if titled else _any_verb(art, at, hi)
    if m[at : cue.start()].strip() == "":
        phrase = subject_after(m, cue.end(), hi, art.starts)
        if phrase is None:
            return None  # 'his last name “given the climate,” said it was': no attribution
    else:
        phrase = subject_before(m, at, cue.start(), art.ends)
        if phrase and phrase.start - at > 45:
            return None
        if phrase and _AND.match(m, at, phrase.start) and cue.start() in art.used_verbs:
            return None  # '… “The Muppets,” and on Monday, CBS said it was …': a clause of its own
    if phrase is None and _AND.match(m, at):
        return None  # '… voters “cling to guns,” and bragged about …': the sentence goes on, no one new
    if phrase is None:
        art.note_unknown(cue.start())  # attributed to someone these rules cannot name
    return (phrase, cue.start(), cue.group()) if phrase else None

def after_limit(art: Article, q: Quote, hi: int, b: int) -> int:
    """How far an attribution after `q` may lie: '“… impressed!” Trump tweeted' is cut
    in two sentences at the "!", but the next sentence still attributes the quote."""
    if hi < b or q.close is None or art.masked[q.close + 1 : b].strip(" ”\"’'"):
        return hi
    ends = art.text[q.start : q.close].rstrip()
    if ends[-1:] not in ("!", "?", "…") and not ends.endswith("..."):
        return hi
    a2, b2 = art.sentence_of(b)
    if a2 != b or art.para_of(b).index != q.para:
        return hi
    later = [o.open for o in art.quotes_in(b, b2)]
    return min(later[0], b2) if later else b2

def _any_verb(art: Article, at: int, hi: int) -> tuple[Phrase, int, str] | None:
    """'“…,” the President-elect fumed': right after a quote, a name and any past-tense
    or present verb attribute it, whatever the verb."""
    for w in _VERB.finditer(art.masked, at, min(hi, at + 60)):
        phrase = subject_before(art.masked, at, w.start(), art.ends)
        if phrase and (phrase.start - at <= 4 or _MOOD.fullmatch(art.masked, at, phrase.start)):
            return phrase, w.start(), f"{w.group()}(any)"
    return None

def before(art: Article, lo: int, q: Quote) -> tuple[Phrase, int, str] | None:
    """The attribution introducing the quote from [lo, q.open): 'X said: “…”', 'Said X: “…”',
    'X: “…”', 'X is blunt about it: “…”'."""
    m = art.masked
    seg = m[lo : q.open]
    # "who told Congress when asked about it: “…”": the reduced clause's verb is no cue
    cues = [
        c for c in CUE.finditer(m, lo, q.open) if not _REDUCED.search(m, max(lo, c.start() - 12), c.start())
    ]
    # "he concluded: “…”", not "as she concluded her arguments, “…”" (an object, no intro)
    # (adverbs only between: 'He concluded so eloquently and timelessly, “…”')
    bare = cues and (
        cues[-1].group() not in CONTINUATIVE
        or not _ADVERBS_ONLY.sub("", m[cues[-1].end() : q.open]).strip(" ,:“\"")
    )
    if cues and bare and _INTRO.match(m, cues[-1].end(), q.open):
        cue = cues[-1]
        if cue.group().lower() in SOURCE_CUES or (cue.group()[0].isupper() and cue.start() == lo):
            phrase = subject_after(m, cue.end(), q.open, art.starts)  # "Said Ellis: “…”"
        else:
            phrase = subject_before(m, lo, cue.start(), art.ends)
            if phrase is None and COORDINATED.search(m, lo, cue.start()):  # "X spoke and said:"
                phrase = main_subject(m, lo, cue.start(), art.spans_in(lo, cue.start()))
            if phrase is None and m[cue.end() : q.open].rstrip().endswith(","):
                phrase = parenthetical(art, lo, cue, q.open)
        return (phrase, cue.start(), cue.group()) if phrase else None
    if seg.rstrip().endswith(":"):  # "Peskov: “…”"
        colon = lo + len(seg.rstrip()) - 1
        shown = _presented(art, lo, colon)
        if shown:
            return shown
        start = _CONNECT.match(m, lo, colon)
        tag = _PARTY_BEFORE.search(m, lo, colon)  # "Rep. Trey Gowdy (R-S.C.): “…”"
        phrase = np_before(m, start.end() if start else lo, tag.start() if tag else colon, art.ends)
        if phrase and phrase.kind == "span" and phrase.span and (
            phrase.span.seq <= start.end() + 1 or _role_lead(m[start.end() : phrase.span.seq])
        ):
            return phrase, colon, ":"  # (after a role too: "Former secretary of state X: “…”")
        phrase = subject_colon(art, start.end() if start else lo, colon)
        if phrase:
            return phrase, colon, ":"
        dash = max((d.end() for d in SPACED_DASH.finditer(m, lo, colon)), default=-1)
        phrase = np_before(m, dash, colon, art.ends) if dash > 0 else None
        if phrase and phrase.kind == "span" and phrase.span and phrase.span.seq <= dash + 1:
            return phrase, colon, ":"  # "A SUMMARY LINE - Philip Bump: “…”": a digest's credit
    return None


def _presented(art: Article, lo: int, colon: int) -> tuple[Phrase, int, str] | None:
    """'Here's Clinton in December 1992: “…”', 'More from Jones: “…”', 'Frank quotes former
    adviser Alfred Kahn: “…”': the writer puts the quote before the reader as the person's."""
    shown = max(_PRESENTS.finditer(art.masked, lo, colon), key=lambda p: p.start(), default=None)
    spans = [sp for sp in art.spans_in(shown.end(), colon) if not sp.possessive] if shown else []
    if not shown or not spans or len(art.masked[shown.end() : spans[0].seq].split()) > 4:
        return None  # (a title may come first: "quotes former adviser Alfred Kahn")
    span = next((sp for sp in spans if sp.actor), spans[0])  # ("former Carter adviser Alfred Kahn")
    if len(art.masked[span.end : colon].split()) > 4:
        return None  # "Here's Trump, who had spent the day …:" says more than who is quoted
    return Phrase("span", span.start, span.end, span.text, span), colon, ":"


def scare_quotes_only(art: Article, a: int, at: int) -> bool:
    """Are the quotes of [a, at) short phrases inside the sentence, none a statement?"""
    return all(len(art.text[o.start : o.end].split()) <= 4 for o in art.quotes_in(a, at) if o.open < at)


def _role_lead(lead: str) -> bool:
    """Lower-case words of a role before a name: "Former secretary of state "."""
    return _ROLE_LEAD.fullmatch(lead) is not None and any(w.lower() in TITLE_SET for w in lead.split())
