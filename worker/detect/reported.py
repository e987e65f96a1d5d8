"""Reported speech: "X said (that) CLAUSE", "CLAUSE, X said.", "according to X, CLAUSE"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .according import find_according
from .article import Article
from .attribution import COORDINATED, main_subject, relative_end, subject_after, subject_before
from .clauses import BARE, after_hearer, characterises, clause_end, clause_start, second_that
from .coref import Speaker
from .lexicon import CUE, QUOTE_VERBS, TITLES
from .quotes import MASK, is_title

# Lowercase title words before a name: "..., former Fed Vice Chair Donald Kohn said."
# Also an organisation's name and a title: "..., SEIU spokesman Marc Goumbri said."
_TITLE_WORDS = re.compile(
    rf"(?:\s+(?:former|then|the|a|an|longtime|[a-z]+man|[a-z]+woman|[A-Z][\w.&’'-]*|(?:{TITLES})\b))*\s*$"
)
_NEXT_CUE = re.compile(
    rf",?\s+(?:[—–-]+\s+)?(?:and|but|though|although)\s+(?:(?:he|she|they)\s+)?(?:also\s+|then\s+|later\s+)?"
    rf"(?:{CUE.pattern})\b"
)
# An object that only points back: "rejected that argument", "denied the allegations".
_ANAPHORIC = re.compile(
    r"\s+(?:that|this|those|these|the|such|his|her|their|its)\s+(?:[a-z]+\s+)?(?:argument|claims?|ideas?|"
    r"notion|reports?|allegations?|suggestions?|characteri[sz]ation|requests?|accusations?|charges?|"
    r"assertions?|premise|criticism|view|story|stories|account|motion|demands?)\b"
)
# The plain "say" of a plural subject, a cue only here: "would say", "to say", "didn't say",
# "meet with Boeing and say" make no statement.
_PLAIN_SAY = re.compile(r"(?<![-\w])say\b")
_NO_SAYING = re.compile(
    r"\b(?:to|would|could|should|might|must|may|can|will|not|n['’]t|did|does|do|cannot|and|or)\s+$"
)
_WHAT_HE = re.compile(r"\bwhat\s+(?:he|she|they|it)\s+(?:has\s+|had\s+)?$")
# A cue word followed by a modal or an auxiliary is a noun: "the vacancy rules should be".
_NOUN_CUE = re.compile(r"\s+(?:should|would|could|can|may|might|must|will|shall|are|were|is|was)\b")
# "..., saying that", "... and saying", "— even suggesting that", ", while announcing that"
# or "quoted as saying" (the "d"/"s" stand for "and", "heard", "as", checked after the match:
# a cheap first character to scan for).
_PARTICIPLE = re.compile(
    r"[,—–ds]\s+(?:even\s+|while\s+|also\s+)?(saying|adding|arguing|insisting|warning|noting|"
    r"claiming|stressing|explaining|asserting|acknowledging|alleging|announcing|suggesting|"
    r"declaring|contending|complaining|predicting|vowing|promising|conceding)"
    r"(?:,\s*(?=[“\"])|\s+(?:that\s+)?(?=[a-zA-Z“\"]))"  # "saying, “…”" or "saying (that) …"
)
# ", and X …, saying": the participle belongs to the last coordinated clause.
_LAST_CLAUSE = re.compile(r",\s+(?:and|but)\s+")
# A prepositional phrase, then the clause: "insisting before a district judge that …";
# not a relative "that" ("saying at the meeting that was held …").
_PP_THAT = re.compile(
    rf"(?:[^\s,;:!?{MASK}]+\s+){{1,6}}?that\s+(?!(?:is|was|are|were|has|had|will|would)\b)(?=\S)"
)
_FRONTED = re.compile(  # after a dateline, if any: "WASHINGTON (Aug. 13) -- Declaring …"
    r"\s*(?:[A-Z][A-Z .,]+(?:\([^)]{1,20}\))?\s*(?:--|—|–)\s*)?"
    r"(Saying|Declaring|Insisting|Arguing|Warning|Claiming|Noting|Stressing|Asserting|Predicting)\b"
)
_VERB_AFTER = re.compile(r"\s+(?:has\s+|had\s+|also\s+|later\s+)?[a-z]+(?:ed|s)\b")
_LINK = re.compile(r"(?:\band|\bheard|\bquoted as)$")
_PREPOSITION = re.compile(r"(?:with|in|at|on|by|for|to|from|about|as|after|before)\b")
_CONJUNCTION = re.compile(r"[\s,]*(?:and|but)\b")
_AFTER_POSTPOSED = re.compile(
    r"\s*(?:(?:on|in|at|during|last|this)\b[^,.;:]{0,40}|[A-Z]\w+day|today|yesterday)?[.!?]?\s*$"
)


def _after_quote(art: Article, a: int, v: int) -> bool:
    """Is the cue at `v` the attribution of a quote just before it ('“…,” X said')?"""
    for q in art.quotes_in(a - 2000, v):  # quotes may open before the sentence's start
        if q.close is not None and a <= q.close < v:
            between = art.masked[q.close + 1 : v]
            inner = art.text[q.start : q.end].rstrip()
            if is_title(inner.strip("“”\"‘’'")):
                continue  # 'the broadcast of “Fox News Sunday,” Gov. X said': a show, no quote
            if len(between) < 80 and (between.lstrip()[:1] in ",—–-" or inner[-1:] in ",!?—–-"):
                if between.strip(" ,—–-") and not _CONJUNCTION.match(between):
                    return True  # '“…,” Peskov said'
                # '“…,” said Peskov' unless no speaker follows ('“given …,” said it was')
                return subject_after(art.masked, v + 4, v + 80, art.starts) is not None
    return False


def _participle(art: Article, a: int, b: int) -> None:
    """'Trump unleashed a new controversy, saying that ...': the sentence's subject says it."""
    m = art.masked
    for p in _PARTICIPLE.finditer(m, a, b):
        if m[p.start()] in "ds" and not _LINK.search(m, max(a, p.start() - 10), p.start() + 1):
            continue  # after "and", or "was heard/quoted as saying"
        if art.is_claimed(p.start(), p.end()):
            continue
        if _after_quote(art, a, p.start()) and not CUE.search(m, a, p.start()):
            continue  # '“…,” saying …' has no subject; '“…,” X told Y, asserting …' has X
        lo = max((c.end() for c in _LAST_CLAUSE.finditer(m, a, p.start())), default=a)
        phrase = main_subject(m, lo, p.start(), art.spans_in(lo, p.start()))
        if phrase is None and lo > a:  # "met Putin, Xi, and Modi, saying": a list, no clause
            phrase = main_subject(m, a, p.start(), art.spans_in(a, p.start()))
        speaker = art.speaker(phrase) if phrase else _quoted_speaker(art, a, p.start())
        if speaker is None:
            continue
        end = b
        nxt = _NEXT_CUE.search(m, p.end(), b)
        if nxt:
            end = nxt.start()
        if len(art.text[p.end() : end].split()) < 4:  # the words, quoted ones included
            continue
        start = p.end()
        if _PREPOSITION.match(m, start, end):
            pp = _PP_THAT.match(m, start, end)  # "saying in a statement that …"
            if not pp:
                continue  # 'adding with a bit of cheek': no clause or object follows
            start = pp.end()
        kind = "direct" if MASK in m[start:end] else "indirect"
        art.add(speaker, kind, start, end, 0.8, ("reported:participle", f"cue:{p.group(1)}"))


def _quoted_speaker(art: Article, a: int, pos: int) -> Speaker | None:
    """The speaker this sentence's quote was given to just before `pos`, if any."""
    notes = [s for at, s in art.speakers.get(art.para_of(pos).index, ()) if a <= at < pos]
    return notes[-1] if notes and notes[-1].actor else None


def _fronted(art: Article, a: int, b: int) -> None:
    """'Declaring “…” is at stake, Defense Secretary Robert Gates ordered a review': a
    sentence-opening participle of saying belongs to the subject after its comma."""
    m = art.masked
    f = _FRONTED.match(m, a, b)
    comma = m.find(",", f.end(), b) if f else -1
    if not f or comma < 0 or clause_start(m, "said", f.start(1), f.end(1), comma) is None:
        return
    phrase = subject_after(m, comma + 1, b, art.starts)
    if phrase is None or phrase.kind != "span" or not _VERB_AFTER.match(m, phrase.end, b):
        return
    speaker = art.speaker(phrase)
    if speaker is not None:
        start = clause_start(m, "said", f.start(1), f.end(1), comma) or f.end()
        kind = "direct" if MASK in m[start:comma] else "indirect"
        art.add(speaker, kind, start, comma, 0.8, ("reported:fronted", f"cue:{f.group(1)}"))


def find_reported(art: Article, a: int, b: int) -> None:
    """Reported speech in the sentence at [a, b)."""
    _fronted(art, a, b)
    _find_reported(art, a, b)


def find_participles(art: Article, a: int, b: int) -> None:
    """'…, saying that …' after the sentence's quotes are attributed, so that '“A,” the mayor
    said, adding that B' knows who said A."""
    _participle(art, a, b)


@dataclass(frozen=True, slots=True)
class _Progressive:
    """'Trump is warning voters that …', 'He’s claiming that …': the cue read as its -s form
    (the clause rules know "tells", not "telling"), its subject before the auxiliary."""

    at: int
    stop: int
    word: str

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.stop

    def group(self) -> str:
        return self.word


_PRESENT = {
    "saying": "says", "claiming": "claims", "warning": "warns", "telling": "tells", "stressing": "stresses",
    "arguing": "argues", "insisting": "insists", "noting": "notes", "suggesting": "suggests",
    "predicting": "predicts",
}
# The -ing word first (a fast literal scan), then the auxiliary just before it.
_ING = re.compile(rf"(?<![-\w])(?:{'|'.join(_PRESENT)})\b")
_AUX_BEFORE = re.compile(r"(?:\b(?:is|was|are|were)|(?<=\w)['’]s)\s+(?:(?:also|now|still)\s+)?$")


def _cues(m: str, a: int, b: int) -> list[re.Match[str] | _Progressive]:
    found: list[re.Match[str] | _Progressive] = list(CUE.finditer(m, a, b))
    seg = m[a:b]  # substring tests first: they cost far less than a regex scan
    for say in _PLAIN_SAY.finditer(m, a, b) if "say " in seg else ():  # "Mr. Grassley and Mr. Leahy say"
        if not _NO_SAYING.search(m, max(a, say.start() - 12), say.start()):
            found.append(_Progressive(say.start(), say.end(), "says"))
    if not any(w in seg for w in _PRESENT):
        return found
    for ing in _ING.finditer(m, a, b):
        aux = _AUX_BEFORE.search(m, max(a, ing.start() - 20), ing.start())
        if aux:
            found.append(_Progressive(aux.start(), ing.end(), _PRESENT[ing.group()]))
    return sorted(found, key=lambda c: c.start()) if len(found) > 1 else found


def _find_reported(art: Article, a: int, b: int) -> None:
    m = art.masked
    last = None  # the subject of the sentence's previous cue, for "X denied ... and said"
    for cue in _cues(m, a, b):
        v, word = cue.start(), cue.group()
        if art.is_claimed(v, cue.end()) or v in art.used_verbs:
            continue  # or spent on a quote ending the sentence before ('“…!” X said')
        if _NOUN_CUE.match(m, cue.end()):
            continue
        if word.lower() == "according to":
            find_according(art, a, b, cue)
            continue
        if _after_quote(art, a, v):
            continue
        phrase = subject_before(m, a, v, art.ends)
        if phrase is None and m[a:v].rstrip().endswith(","):  # "CLAUSE, said Ken Rider."
            after = subject_after(m, cue.end(), b, art.starts)
            if after and len(m[a:v].split()) >= 4:
                head = m[a:v].rstrip()[:-1]
                speaker = art.speaker(after)
                if speaker is not None:
                    art.note_speaker(v, speaker)
                    kind = "direct" if MASK in head else "indirect"
                    art.add(speaker, kind, a, a + len(head), 0.9, ("reported:inverted", f"cue:{word}"))
                continue
        coordinated = phrase is None and COORDINATED.search(m, a, v)
        guessed = bool(coordinated and last is None)  # subject guessed from the sentence start
        if coordinated:  # "Peskov rejected the claim and insisted", "X is white, and admitted"
            phrase = last or main_subject(m, a, v, art.spans_in(a, v))
        if phrase is None:
            # someone these rules cannot name spoke: "he" may be them (but "condemned what he
            # called a “breach”" names nobody new)
            naming = _WHAT_HE.search(m, max(a, v - 20), v)
            if not (coordinated or naming) and clause_start(m, word, v, cue.end(), b, art.text) is not None:
                art.note_unknown(v)
            continue
        last = phrase
        start = clause_start(m, word, v, cue.end(), b, art.text)
        rule = (
            "reported:that"
            if start and m[start - 5 : start].strip() == "that"
            else ("reported:object" if start == v else "reported:clause")
        )
        anaphoric = _ANAPHORIC.match(m, cue.end(), b) if rule == "reported:object" else None
        if anaphoric:
            rest = m[anaphoric.end() : b]
            if " that " not in rest and MASK not in rest:
                continue  # "rejected that argument in a ruling": it says nothing of its own
        end, text = b, None
        named = phrase.span.seq if phrase.kind == "span" and phrase.span else phrase.start
        tail = max(a, named - 80)  # title words sit just before the name: scan only there
        head = m[a:tail] + _TITLE_WORDS.sub("", m[tail:named])
        if start is None and head.endswith(","):
            rest = m[max(cue.end(), after_hearer(m, word, cue.end(), b)) : b]  # past "told X"
            if rest.lstrip().startswith(","):  # "Still, he said, he had friends ..."
                # the content on both sides of the attribution, as one statement
                after = b - len(rest) + rest.index(",") + 1
                text = f"{art.text[a : a + len(head) - 1]} {art.text[after:b].strip()}"
                start, rule = a, "reported:parenthetical"
            elif _AFTER_POSTPOSED.match(rest) and len(head.split()) >= 4:
                start, end, rule = a, a + len(head), "reported:postposed"
        described = characterises(m, word, cue.end(), end)
        if start is None or (word in QUOTE_VERBS and MASK not in m[start:end] and not described):
            continue  # "called the plan a success" is no statement; "described X as Y" is
        if guessed and rule not in ("reported:that", "reported:clause"):
            continue  # "voices he sees as elite and informed": no cue at all
        if rule in ("reported:that", "reported:clause"):
            end = relative_end(m, a, v, start, clause_end(m, start, end, art.ends))
        nxt = _NEXT_CUE.search(m, start, end) if rule in ("reported:that", "reported:clause") else None
        own_subject = nxt and re.search(r"\b(?:he|she|they)\s", nxt.group())  # "…, though she noted"
        if nxt and (rule == "reported:that" or own_subject or BARE.match(m, start, nxt.start())):
            end = nxt.start()  # "said A, and added that B": B is a statement of its own
        postposed = rule in ("reported:postposed", "reported:parenthetical")
        speaker = art.speaker(phrase, a if postposed else None)
        if speaker is None:
            continue
        art.note_speaker(v, speaker)
        parts = [(start, end)]
        two = second_that(m, start, end) if rule in ("reported:that", "reported:clause") else None
        if two:  # "said that A, and that B": two statements
            parts = [(start, two.start(1)), (two.end(), end)]  # the closing mark stays in A
        for p_start, p_end in parts:
            kind = "direct" if MASK in m[p_start:p_end] else "indirect"
            art.add(speaker, kind, p_start, p_end, 0.9, (rule, f"cue:{word}"), text)
        art.used_verbs.add(v)
