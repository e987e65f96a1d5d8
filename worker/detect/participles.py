"""Participles and fronted cues: "Trump unleashed a controversy, saying that …", "“A,” the
mayor said, adding that B", "Declaring “…” is at stake, X ordered a review"."""

from __future__ import annotations

import bisect
import re

from .article import Article
from .attribution import subject_before
from .cues import NEXT_CUE, after_quote
from .footage import find_shown
from .hearers import after_hearer
from .lexicon import IRREGULAR_PAST, WHEN
from .messages import AFTER_MESSAGE, linked, message_spots
from .objects import mere_object
from .phrase import Phrase
from .quotes import MASK
from .sayverbs import CUE
from .speaker import Speaker
from .subjects import main_subject

# A hearer of up to three words and a comma before a quote: "to reporters, “…”", "at him, “…”".
_HEARER_COMMA = r"(?:to|at)\s+(?:[\w.'’-]+\s+){0,2}?[\w.'’-]+,\s*"
# "..., saying that", "... and saying", "— even suggesting that", ", while announcing that"
# "quoted as saying" or "began by saying" (the "d"/"s"/"y" stand for "and", "heard", "as",
# "by", checked after the match: a cheap first character to scan for).
# Participles that take a hearer first ("telling supporters in Columbus, Ohio, that …").
_TELLING = ("telling", "reassuring", "assuring", "reminding", "informing", "chiding", "scolding")
_PARTICIPLES = (
    r"(saying|arguing|insisting|warning|noting|"
    r"stressing|explaining|asserting|acknowledging|alleging|announcing|suggesting|"
    r"declaring|contending|complaining|predicting|vowing|promising|conceding|going\s+on\s+to\s+say|"
    r"insinuating|implying|reiterating|pointing\s+out|"
    rf"(?:{'|'.join(_TELLING)})"
    r"(?=(?:,?\s+[\w.'’-]+){1,6}?(?:,?\s+that\s|,\s*[“\"])|"  # a long hearer before "that" or a quote
    r"(?:,?\s+[\w.'’-]+){1,4}?(?:\s+to\s+[a-z“\"]|"
    r"\s+(?:she|he)\s+(?:had|has|was|is|would|will|[a-z]+ed)\b|"
    # "telling MSNBC his involvement would depend …": a clause with no "that", its verb an auxiliary
    r"\s+(?:(?:his|her|their|its|the)\s+[a-z]+|they|we|it|there)\s+(?:would|will|was|is|were|are|had|has|could)\b))|"
    r"calling(?=(?:\s+[\w.'’-]+){1,10}?\s+[“\"])|"  # 'calling Obama an “ignorant baboon”'
    r"accusing(?=(?:\s+[\w.'’-]+){1,4}?\s+of\s+[a-z“\"])|"  # "accusing them of working to scuttle …"
    r"(?:urging|asking|advising)(?=(?:\s+[\w.'’-]+){1,6}?\s+(?:not\s+)?to\s+[a-z“\"])|"
    r"pledging(?=\s+(?:not\s+)?to\s+[a-z“\"])|"  # "pledging to “quickly … bomb …”" (not "pledging reform")
    r"calling\s+on(?=(?:\s+[\w.'’-]+){1,4}?\s+to\s+[a-z“\"])|proposing(?=\s+that\s)|"  # "calling on X to act"
    r"(?:making|pressing|pushing)\s+the\s+case(?=\s+that\s)|"  # "pressing the case that low rates …"
    r"calling\s+for(?=\s+[a-z“\"])|"  # "calling for heavy tariffs on …": a demand
    # verbs that also take objects ("writing a book"): only before a quote or "that"
    r"(?:interjecting|quipping|joking|retorting|tweeting|writing|responding|replying|answering|"
    r"countering|remarking|boasting|recalling|lamenting|observing|exclaiming|clarifying|denying|"
    r"confirming|revealing|indicating|emphasi[sz]ing|maintaining|admitting|cautioning|stating|claiming|adding|"
    r"pledging)"
    r"(?=(?:\s+(?:later|then|also|too))?(?:[,:]\s*|\s+)[“\"]|(?:\s+[a-z]{3,}ly)?\s+that\s|\s+(?:he|she|it|they|we|there)\s+[a-z]|"
    # "adding the involvement should be “minimal”": a clause with no "that", its verb a modal
    r"\s+(?:the|his|her|their|its)\s+[a-z]+\s+(?:would|will|should|could|must|might|may|was|is)\b|"
    r"\s+(?:in|on|at|during|to|without)\s[^,.;:!?]{1,80}?\s+that\s|"  # "stating in an interview on Fox that"
    rf"\s+{_HEARER_COMMA}[“\"]))"  # "tweeting at him, “…”"
    # "saying, “…”", "saying: “…”", "saying (that) …", "adding hopefully that …"
    r"(?:[,:]\s*(?=[“\"])|\s+(?:[a-z]{3,}ly\s+(?=that\s))?(?:that\s+)?(?=[a-zA-Z“\"]))"
)
PARTICIPLE = re.compile(
    r"[,—–”\"dsy]\s+(?:even\s+|while\s+(?:also\s+)?|also\s+|before\s+|despite\s+|after\s+(?:initially\s+|first\s+)?|"
    r"(?:aside|apart)\s+from\s+)?" + _PARTICIPLES
)
# "… after saying that …": the time links it (apart: as PARTICIPLE's first character "r" would slow it)
AFTER_TIME = re.compile(r"(?<=\s)(?:after|before)\s+" + _PARTICIPLES)
# "Cruz pivoted to arguing that …": a turn to saying (opening at "to", a literal the engine skips to)
_TURNED = ("pivoted ", "turned ", "resorted ", "switched ", "shifted ", "taken ", "took ")
# An absolute clause: "…, with Sen. John McCain calling it a “Chinese menu.”": the name says it.
_WITH = re.compile(r"\bwith\s+(?=[A-Z])")
_AFTER_NAME = re.compile(r"\s+" + _PARTICIPLES)
_TURN_TO = re.compile(r"to\s+" + _PARTICIPLES)
# ", and X …, saying": the participle belongs to the last coordinated clause.
_LAST_CLAUSE = re.compile(r",\s+(?:and|but)\s+")
_AND_PARTICIPLE = re.compile(r"[,”\"]?\s+and\s+(?=" + _PARTICIPLES + ")")
# A prepositional phrase, then the clause: "insisting before a district judge that …";
# not a relative "that" ("saying at the meeting that was held …").
_PP_THAT = re.compile(
    rf"(?:[^\s,;:!?{MASK}]+,?\s+){{1,14}}?that\s+(?!(?:is|was|are|were|has|had|will|would)\b)(?=\S)"
)
# "saying to reporters, “…”": hearer, quote; "announcing on Wednesday he would …": time, subject
_HEARER_QUOTE = re.compile(rf"{_HEARER_COMMA}(?=[“\"])")
_TIME_PP = re.compile(rf"{WHEN},?\s+(?=(?:he|she|it|they|we)\s)")
_SUBORDINATE = re.compile(
    r"\b(?:when|after|as|while|because|before|since|until|if)\s+(?:[A-Z][\w.'’-]*\s+)*?[A-Z][\w'’-]*"
    r"\s+[a-z]+(?:ed|s)\b"
)
# A participle right after a postposed cue and its subject: the cue's speaker goes on.
_CUED = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|told\s+\w+|added|wrote)\s*,$")
# Between a subject and its verb: "X, despite admitting that A, backed …", "X, after saying A, took …"
_BEFORE_VERB = re.compile(r"^,\s+(?:despite|after)\s")
_MAIN_AFTER = re.compile(rf"[,”\"]\s+(?:[a-z]+ed|[a-z]+s|said|told|{IRREGULAR_PAST})\b")
_REST_OF_HEARER = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,3}(?=to\s+[a-z“\"])")
_TO_DIRECTIVE = re.compile(r"to\s+(?:[“\"]|(?!the\b|a\b|an\b|his\b|her\b)[a-z]+\s)")
_HEARD = re.compile(r"(?:\s+that\b|\s*,)?\s*")
_PREPOSITION = re.compile(r"(?:with|without|in|at|on|by|for|to|from|about|as|after|before)\b")


def _participle(art: Article, a: int, b: int) -> None:
    """'Trump unleashed a new controversy, saying that ...': the sentence's subject says it."""
    m = art.masked
    if m.find("ing", a, b) < 0:  # every pattern below holds a participle: most sentences have none
        return
    found: list[re.Match[str]] = list(PARTICIPLE.finditer(m, a, b))
    spots = message_spots(m)
    k = bisect.bisect_left(spots, a)
    if k < len(spots) and spots[k] < b:  # "a news conference announcing that …"
        found += AFTER_MESSAGE.finditer(m, a, b)
    seg = m[a:b]
    if " after " in seg or " before " in seg:  # (", before adding" PARTICIPLE has found already)
        have = {p.start(1) for p in found}
        found += (p for p in AFTER_TIME.finditer(m, a, b) if p.start(1) not in have)
    absolute: dict[int, Phrase] = {}  # participle start -> the name after "with" that heads it
    for w in _WITH.finditer(m, a, b) if " with " in seg else ():
        span = next((sp for sp in art.spans_in(w.end(), min(b, w.end() + 60)) if sp.seq == w.end()), None)
        after = _AFTER_NAME.match(m, span.end, b) if span is not None and not span.possessive else None
        if after is not None:  # (in place of PARTICIPLE's match of it after "Sanders saying")
            found = [p for p in found if p.start(1) != after.start(1)] + [after]
            absolute[after.start()] = Phrase("span", span.start, span.end, span.text, span)
    if " to " in seg and ("ed to " in seg or "ken to " in seg or "ook to " in seg):
        turns = _TURN_TO.finditer(m, a, b)
        found += (t for t in turns if m[max(a, t.start() - 9) : t.start()].endswith(_TURNED))
    found.sort(key=lambda p: p.start(1))
    for p in found:
        linked_word = m[p.start()] in "dsy" or p.re is AFTER_MESSAGE  # the match opens on a word
        if linked_word and p.re is PARTICIPLE and not linked(m, a, p):
            continue  # after "and", "was heard/quoted as saying", "began by saying", "a statement saying"
        if art.is_claimed(p.start(), p.end()):
            continue
        at = p.start(1) if linked_word else p.start()  # past a linking "and"/"by" or the message
        if after_quote(art, a, at) and not CUE.search(m, a, p.start()):
            continue  # '“…,” saying …' has no subject; '“…,” X told Y, asserting …' has X
        lo = max((c.end() for c in _LAST_CLAUSE.finditer(m, a, p.start())), default=a)
        cued = _CUED.search(m, max(a, p.start() - 40), p.start() + 1)  # "A, Mr. Manafort said, adding that B"
        phrase = absolute.get(p.start()) or (
            None if cued else main_subject(m, lo, p.start(), art.spans_in(lo, p.start()))
        )
        if phrase is None and lo > a:  # "met Putin, Xi, and Modi, saying": a list, no clause
            phrase = main_subject(m, a, p.start(), art.spans_in(a, p.start()))
        if phrase is None and _BEFORE_VERB.search(p.group(0)):  # "Ryan, R-Wis., despite admitting that A, …"
            phrase = subject_before(m, a, p.start() + 1, art.ends)
        opens = b if phrase is None else min(phrase.start, phrase.span.seq) if phrase.span else phrase.start
        # (title words open it: "President X"; an opening phrase may stand before: "After the election, X")
        if m[p.start()] == "y" and m[a:opens].strip() and not m[a:opens].rstrip().endswith(","):
            continue  # "That irritates X's supporters … by suggesting": only the opening subject
        if phrase and _SUBORDINATE.search(m, phrase.end, p.start()):
            continue  # "He tweeted when Clinton ended a debate …, remarking": whose remark?
        speaker = art.speaker(phrase) if phrase else _quoted_speaker(art, a, p.start())
        if speaker is None:
            continue
        end = b
        nxt = NEXT_CUE.search(m, p.end(), b)
        if nxt:
            end = nxt.start()
        also = _AND_PARTICIPLE.search(m, p.end(), end)
        if also:  # "advising graduates to “…,” and telling the class of 2014, “…”": two statements
            end = also.start()
        if _BEFORE_VERB.search(p.group(0)):  # "…, despite admitting that A, backed the bill": A ends there
            main = _MAIN_AFTER.search(m, p.end(), end)
            end = main.start() + 1 if main else end
        if mere_object(m, p.group(1), p.end() - 1, end):
            continue  # "conceding the race to Clinton": a contest given up, no words
        words = art.text[p.end() : end].split()
        if len(words) < (2 if words and words[0][0] in "“\"" else 4):  # quoted words may be short
            continue
        start = p.end()
        if p.group(1) in _TELLING:  # past the hearer: "telling Fox 35 that …", "telling her, “…”"
            hearer_end = after_hearer(m, "tells", p.end(1), end)
            heard = _HEARD.match(m, hearer_end, end) if hearer_end >= 0 else None
            if heard is None:
                continue
            start = heard.end()
            directive = _REST_OF_HEARER.match(m, start, end)  # "telling his lawyer Chris Kise to “…”"
            start = directive.end() if directive else start
        if p.group(1) == "calling" and m.startswith("on ", start):
            start += 3  # 'a statement calling on the United States “to redouble …”': the hearer opens it
        after_that = p.group().endswith(("that ", "that\n"))  # "arguing that with the backing of …, he"
        if not after_that and _PREPOSITION.match(m, start, end) and not _TO_DIRECTIVE.match(m, start, end):
            # "saying in a statement that …", "announcing on Wednesday he would …"
            pp = _PP_THAT.match(m, start, end) or _TIME_PP.match(m, start, end)
            pp = pp or _HEARER_QUOTE.match(m, start, end)
            if not pp:
                continue  # 'adding with a bit of cheek': no clause or object follows
            start = pp.end()
        kind = "direct" if MASK in m[start:end] else "indirect"
        art.note_speaker(p.start(1), speaker)  # the last speaker, for a "he said" after it
        art.add(speaker, kind, start, end, 0.8, ("reported:participle", f"cue:{p.group(1)}"))


def _quoted_speaker(art: Article, a: int, pos: int) -> Speaker | None:
    """The speaker this sentence's quote was given to just before `pos`, if any."""
    notes = [s for at, s in art.speakers.get(art.para_of(pos).index, ()) if a <= at < pos]
    return notes[-1] if notes and notes[-1].actor else None


def find_participles(art: Article, a: int, b: int) -> None:
    """'…, saying that …' after the sentence's quotes are attributed, so that '“A,” the mayor
    said, adding that B' knows who said A; then a name caught saying something (footage.py)."""
    _participle(art, a, b)
    find_shown(art, a, b)
