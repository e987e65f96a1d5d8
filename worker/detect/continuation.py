"""Quotes with no attribution of their own: the sentence's speaker ('X said A but added,
“…”'), the speaker where a multi-paragraph quote closes, the previous paragraph's speaker,
or in a dialogue the one a question was put to."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .article import Article
from .layout import Paragraph
from .lexicon import MESSAGES, SIGN_OFF
from .mention_words import surname_of
from .phrases import Phrase
from .quotes import Quote, words
from .sayverbs import CUE
from .speaker import Speaker
from .subjects import main_subject

# How direct.py finds an attribution right after a quote, passed in (no import cycle).
After = Callable[[Article, Quote, int], "tuple[Phrase, int, str] | None"]

_AND_CUE = re.compile(rf"\b(?:and|but)\s+(?:also\s+|then\s+)?(?:{CUE.pattern})\s*[,:]?\s*$")

_QUESTION_CUE = re.compile(r"\b(?:asked|asks|wondered|wonders|queried|inquired|pressed|quizzed)\b")
_MESSAGE = re.compile(rf"\b(?:{'|'.join(MESSAGES)})s?\b")
_NOT_SAYING = re.compile(r"\b(?:not|never|no|declined|refused|denied|accused|asked)\b|\bby\s+[A-Z]")
# A sentence about the asker between question and quote: no exchange of question and answer.
_NARRATED = re.compile(r"(?:^|[.!?”\"]\s+)(?:He|She)\s+(?:is|was|has|had|[a-z]+s|[a-z]+ed)\s+[a-z]")


def coordinated(art: Article, a: int, q: Quote) -> Speaker | None:
    """'Trump said he would consider Grenell but added, “…”': the sentence's speaker."""
    if not _AND_CUE.search(art.masked, max(a, q.open - 40), q.open):
        return None
    notes = [s for p, s in art.speakers.get(art.para_of(q.open).index, []) if a <= p < q.open]
    return notes[-1] if notes else None


def left_open(art: Article, q: Quote) -> bool:
    """Does `q` open its paragraph right after a quote the paragraph before left open
    (the multi-paragraph convention: each paragraph reopens, only the last one closes)?"""
    para = art.para_of(q.open)
    if para.index == 0 or art.text[para.start : q.open].strip():
        return False
    before = art.quotes_in(art.paras[para.index - 1].start, para.start)
    return bool(before) and before[-1].para == para.index - 1 and before[-1].close is None


def continued(art: Article, q: Quote, a: int) -> Speaker | None:
    """The speaker an unattributed quote continues: same paragraph, else the one before; not
    one the quote itself names by surname ('“One of the shortcomings of Byler’s piece …”' is
    no words of Byler's: people seldom speak of themselves so)."""
    speaker = _continued(art, q, a)
    if speaker is None or speaker.actor is None:
        return speaker
    name = art.resolver.index.actors[speaker.actor].name
    last = surname_of(name)  # ("Roosevelt" of "James Roosevelt Jr."), as written
    surname = next((w for w in reversed(name.split()) if w.lower() == last), name.split()[-1])
    # (not "Trump University": a name of something else)
    named = re.search(rf"\b{re.escape(surname)}\b(?!\s+[A-Z])", art.text[q.start : q.end])
    return None if named else speaker


def _continued(art: Article, q: Quote, a: int) -> Speaker | None:
    para = art.para_of(q.open)
    if q.open > a or words(art.text[q.start : q.end]) < 4 or SIGN_OFF.match(art.text, q.start, q.end):
        return None
    _, b = art.sentence_of(q.open)
    if q.close is not None and re.search(r"\w", art.masked[q.close + 1 : b]):
        return None  # words after the quote: an attribution these rules do not know
    same = [s for p, s in art.speakers.get(para.index, []) if p < q.open]
    if same:
        return same[-1]
    if art.text[para.start : q.open].strip():
        return _sentence_before(art, para, q)  # 'Clinton touted her credentials. “…”'
    prev = art.speakers.get(para.index - 1)
    if not prev:
        return _subject_before(art, para.index, q)
    asked = [o for o in art.quotes if o.para == para.index - 1]
    if asked and art.text[asked[-1].start : asked[-1].end].rstrip(" ”\"’'").endswith("?"):
        prev_para = art.paras[para.index - 1]
        cue = art.masked[(asked[-1].close or asked[-1].end) + 1 : prev_para.end]
        if not (CUE.search(cue) and not _QUESTION_CUE.search(cue)):  # ('“… small hands?” Trump said.')
            return _answerer(art, para.index, q.open, prev[-1][1])  # the paragraph before asked
    speaker = prev[-1][1]
    if speaker.actor:
        # (not one named in the speaker's words just before: 'Trump …, saying Clinton would “…” ¶ “…”')
        lo = art.paras[para.index - 1].start
        own = tuple((s.start, s.end) for s in art.statements if s.actor_id == speaker.actor and s.start >= lo)
        if art.resolver.person_before(q.open, 3000, own) not in (speaker.actor, None):
            return None  # someone else was named since: the quote may be theirs
    return speaker


def _subject_before(art: Article, index: int, q: Quote) -> Speaker | None:
    """'Clinton restricted comments about big banks to hypothetical scenarios. ¶ “If any bank
    can't be managed effectively, it should be broken up.”': a paragraph that is one quote, after
    a paragraph whose last sentence tells of a tracked person saying something (a cue word, a
    statement, a speech), is that person's."""
    para = art.paras[index]
    rest = art.masked[q.close + 1 : para.end] if q.close is not None else "?"
    if index == 0 or q.open != para.start or rest.strip(" ."):
        return None  # the paragraph is one quote, and nothing else
    before = art.paras[index - 1]
    if before.heading or not before.sentences:
        return None
    return _told_of(art, *before.sentences[-1])


def _sentence_before(art: Article, para: Paragraph, q: Quote) -> Speaker | None:
    """'Clinton touted her credentials as a co-sponsor. “We need to …”': a quote that opens its
    sentence and ends the paragraph, after a sentence of the same paragraph that tells of a
    tracked person saying something, is that person's."""
    rest = art.masked[q.close + 1 : para.end] if q.close is not None else "?"
    prior = [(a, b) for a, b in para.sentences if b <= q.open]
    if rest.strip(" .") or not prior or art.text[prior[-1][1] : q.open].strip():
        return None
    return _told_of(art, *prior[-1])


def _told_of(art: Article, a: int, b: int) -> Speaker | None:
    """The tracked subject of the sentence [a, b) when it tells of them saying something."""
    if _NOT_SAYING.search(art.masked, a, b):
        return None  # "has not commented", "was accused by X": the sentence says they said nothing
    if not (CUE.search(art.masked, a, b) or _MESSAGE.search(art.masked, a, b)):
        return None  # "Putin met Navalny's mother. ¶ “…”": nothing said in it, she may be the one quoted
    phrase = main_subject(art.masked, a, b, art.spans_in(a, b))
    speaker = art.speaker(phrase) if phrase is not None else None
    if speaker is None or speaker.actor is None:
        return None
    return replace(speaker, how=f"topic:{speaker.how}", confidence=min(speaker.confidence, 0.6))


def _answerer(art: Article, index: int, pos: int, asker: Speaker) -> Speaker | None:
    """In a dialogue (B spoke, then A asked a question), an unattributed answer is B's:
    only when nobody else was named since B spoke, so the exchange has just two voices."""
    before = art.speakers.get(index - 2)
    if not before:
        return None
    answerer = before[-1][1]
    if not answerer.actor or not asker.key or answerer.key in (asker.key, ""):
        return None
    start = art.paras[index - 2].start
    named = art.resolver.people_between(start, pos)
    if not named <= {answerer.key, asker.key}:
        return None
    return replace(answerer, how=f"answer:{answerer.how}", confidence=min(answerer.confidence, 0.6))


def chained(art: Article, q: Quote, after: After) -> Speaker | None:
    """A quote left open at its paragraph's end, continued by paragraphs that each open with
    a quote mark, is attributed where it finally closes: '“A…' / '“B…' / '“C,” X said.'"""
    if q.close is not None or art.text[art.paras[q.para].start : q.open].strip():
        return None
    for para in art.paras[q.para + 1 : q.para + 6]:
        first = art.quotes_in(para.start, para.end)
        if not first or art.text[para.start : first[0].open].strip():
            return None  # the chain breaks: this paragraph is narration
        if first[0].close is None:
            continue
        _, b = art.sentence_of(first[0].close)
        found = after(art, first[0], b)
        speaker = art.speaker(found[0]) if found else None
        if speaker is None or speaker.actor is None:
            return None
        return replace(speaker, how=f"chain:{speaker.how}", confidence=min(speaker.confidence, 0.8))
    return None


def answers_own(art: Article, q: Quote, speaker: Speaker) -> bool:
    """Would `speaker` answer their own question? The statement just before `q` (in its
    paragraph or the one before) is theirs and asks one: the answer is the other's."""
    if speaker.actor is None:
        return False
    last = next((s for s in reversed(art.statements) if s.end <= q.open), None)  # the last one found
    if last is None or last.actor_id != speaker.actor or last.kind != "direct":
        return False  # (a question in reported words is put to the reader: "suggested asking: Would I …?")
    # ('She'd look at me and say, ‘What did he mean by that?’' Mr. Biden said: a question quoted, not asked)
    if art.para_of(last.start).index < q.para - 1 or not last.text.rstrip(" ”\"").endswith("?"):
        return False
    # '“…?” ¶ He is talking to voters …. He jokes, “…”': the story went on
    return not _NARRATED.search(art.masked, last.end, q.open)
