"""Where the cues of a sentence stand: the listed verbs of saying, the progressive
("Trump is warning voters that"), a plural subject's plain "say", and whether a cue is the
attribution of a quote just before it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .article import Article
from .inverted import subject_after
from .quotes import CITING, NOUN_QUOTE, is_title
from .sayverbs import CUE, PAST_CUES, QUOTE_VERBS

_CONJUNCTION = re.compile(r"[\s,—–-]*(?:and|but|though|although|while|whereas)\b")
NEXT_CUE = re.compile(
    rf",?\s+(?:[—–-]+\s+)?(?:and|but|though|although)\s+(?:(?:he|she|they)\s+)?(?:also\s+|then\s+|later\s+)?"
    r"(?:(?:has|have|had)\s+(?:also\s+)?)?"  # "… and has said that …"
    rf"(?:{CUE.pattern})\b"
)
# A cue word used as a noun: after a determiner ("The answers to …"), or before a modal or
# an auxiliary ("the vacancy rules should be").
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+$")
# A past participle used as an adjective: after a gerund or a preposition, before a noun.
_ADJECTIVE_SLOT = re.compile(r"\b(?:[a-z]{3,}ing|of|in|on|over|into|about|from|with)\s+$")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:that|the|a|an|this|his|her|its|their|he|she|it|they|we|to|in|on|at|by|for|with|"
    r"of|and|or|but|as|if|when|after|before|while|no|not)\b)[a-z]{3,}\b"
)
# Before a plural cue word, what makes it a noun: an adjective ("crude remarks"), a
# possessive ("Clinton’s comments"), a preposition ("pointed to reports that").
# Words that make a plural after them a noun: "crude remarks", "recent Republican claims".
_MODIFIERS = (
    r"crude|new|recent|false|public|private|similar|such|earlier|latest|past|prior|harsh|blunt|wild|bold|"
    r"many|several|few|more|other|these|those|repeated|some|numerous"
)
_ADJECTIVE_BEFORE = re.compile(
    rf"(?:\b(?:[a-z]{{3,}}(?:al|ive|ous|ic|ful|ent|ant|ible|able|ist|ory)|{_MODIFIERS}|Democratic|"
    r"to|of|about|on|with|amid|despite|following|over|by)|\w['’]s|"
    r"\b(?:in|of|on|at|for|with|from|across|among)\s+[a-z]{3,})\s+$"  # "in key states means"
)
# "has added another link", "had added new rules": "add" of a thing, no words said.
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had|having)\s+(?:also\s+)?$")
_ADDED_THING = re.compile(r"\s+(?:a|an|another|new|more|some|several|two|three|\d[\d,]*)\s")
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they|it)\s+$")
_MODAL_AFTER = re.compile(r"\s+(?:should|would|could|can|may|might|must|will|shall|are|were|is|was)\b")


# A plural noun before a cue ending in -s: "new emissions rules that", "the campaign's
# polling reports", "recent Republican claims" (a plural subject would take "rule",
# "report"); not "the boss says".
_QUANTIFIED_BEFORE = re.compile(
    r"\b(?:[Mm]any|[Ss]ome|[Aa]ll|[Mm]ost|[Ss]everal|[Ff]ew|[Oo]ne|[Ee]ach|[Nn]one|[Aa]ny|[Bb]oth)\s+of\s+"
    r"(?:the|his|her|their|its|these|those)\s+(?:[a-z-]+\s+)?$"
)
_PLURAL_BEFORE = re.compile(
    r"\b(?:(?!(?:has|was|his|its|this|news|always|perhaps)\s)[a-z]{2,}[a-rt-z]s|"
    rf"(?:{_MODIFIERS})\s+[A-Z][\w-]+)\s+$"
)


def noun_use(text: str, start: int, end: int) -> bool:
    """Is the cue word at [start, end) of `text` a noun, not a verb of saying (or "added" of
    another sense: "Social media has added another link to the chain")?"""
    if _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return True
    if text.startswith(("added ", "adds "), start) and _ADDED_THING.match(text, end):
        return _PERFECT_BEFORE.search(text, max(0, start - 12), start) is not None
    if text[end - 2 : end] == "ed" and _ADJECTIVE_SLOT.search(text, max(0, start - 16), start):
        return _NOUN_AFTER.match(text, end) is not None  # "militarizing disputed waters"
    if _MODAL_AFTER.match(text, end):  # "the vacancy rules should be", not "which he said were"
        return not _PRONOUN_BEFORE.search(text, max(0, start - 6), start)
    if text[end - 1] != "s":
        return False
    if _QUANTIFIED_BEFORE.search(text, max(0, start - 40), start):
        return True  # "many of the campaign pledges he's been making": a plural noun
    # "crude remarks he’d made", "Clinton’s comments", "new emissions rules that"
    return bool(_ADJECTIVE_BEFORE.search(text, max(0, start - 16), start)) or bool(
        _PLURAL_BEFORE.search(text, max(0, start - 30), start)
    )


# The plain "say" of a plural subject, a cue only here: "would say", "to say", "didn't say",
# "meet with Boeing and say" make no statement.
_PLAIN_SAY = re.compile(r"(?<![-\w])say\b")
# The plain verb of two people named together, before "that": "Mr. Autor and Mr. Hanson
# emphasize that …" (read as "emphasizes"; the coordination rule gives it to both).
_PLURAL_CUE = re.compile(
    r"\b[A-Z][\w’'-]+\s+(argue|emphasi[sz]e|note|warn|insist|claim|contend|acknowledge|maintain|predict|"
    r"suggest|stress|agree)\s+that\b"
)
_THIRD_PERSON = {"stress": "stresses", "agree": "agreed"}
# An emphatic "did" before the plain form of a past cue: "Trump did post on Twitter Friday that A",
# "He did tell CNN that A" (read as "posted", "told"; "did not say" is no cue).
_DID = re.compile(r"(?<![-\w])did\s+(?:also\s+|later\s+)?([a-z]{3,})\b")
_IRREGULAR = {"say": "said", "tell": "told", "write": "wrote"}


def _plain_forms() -> dict[str, str]:
    """The plain form of each one-word past cue ending in "ed": post -> posted, note -> noted."""
    forms = dict(_IRREGULAR)
    # (not "did call for more accountability", "did rule out cutting": other senses)
    for past in PAST_CUES - QUOTE_VERBS - {"ruled"}:
        forms.setdefault(past[:-1], past)  # noted, argued
        forms.setdefault(past[:-2], past)  # posted, warned
        if len(past) > 4 and past[-3] == past[-4]:
            forms.setdefault(past[:-3], past)  # bragged
    return forms


_PLAIN = _plain_forms()
del _PLAIN["not"]  # (from "noted": "did not say" is no cue)
# An offer made: "offered to debate April 14 in Brooklyn", 'offered “my thoughts and prayers …”'
# (a cue only here, before "to VERB" or a quote: "offered few ideas", "prizes were offered to
# different units" are no one's words).
_OFFER = re.compile(r"(?<![-\w])offer(?:ed|s)(?=\s+(?:to\s+[a-z]|[“\"]))")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$")
_NO_SAYING = re.compile(
    r"\b(?:to|would|could|should|might|must|may|can|will|not|n['’]t|did|does|do|cannot|and|or)\s+$"
)


# A work named in quote marks: 'star of the reality TV show "The Apprentice," said …'.
_WORK = re.compile(
    r"\b(?:show|book|film|movie|program|programme|series|novel|song|album|column|documentary|play|"
    r"titled|entitled)\s*$"
)


def after_quote(art: Article, a: int, v: int) -> bool:
    """Is the cue at `v` the attribution of a quote just before it ('“…,” X said')?"""
    for q in art.quotes_in(a - 2000, v):  # quotes may open before the sentence's start
        if q.close is not None and a <= q.close < v:
            between = art.masked[q.close + 1 : v]
            inner = art.text[q.start : q.end].rstrip()
            if is_title(inner.strip("“”\"‘’'")) or _WORK.search(art.masked, max(0, q.open - 30), q.open):
                continue  # 'the broadcast of “Fox News Sunday,” Gov. X said': a show, no quote
            if CITING.search(art.masked, max(0, q.open - 12), q.open):
                continue  # 'X, citing “the magic of Trump,” said …': a cited phrase
            if NOUN_QUOTE.search(art.masked, max(0, q.open - 16), q.open) and len(inner.split()) <= 8:
                continue  # 'This will lead to a “more sustained recovery,” X said': the sentence is X's
            if CUE.search(between):
                continue  # '“…,” said Mr. Kamin, who emphasized that …': the quote has its cue
            if len(between) < 80 and (between.lstrip()[:1] in ",—–-" or inner[-1:] in ",!?—–-"):
                if between.strip(" ,—–-") and not _CONJUNCTION.match(between):
                    return True  # '“…,” Peskov said'
                # '“…,” said Peskov' unless no speaker follows ('“given …,” said it was')
                cue = CUE.match(art.masked, v)
                after = cue.end() if cue else v
                return subject_after(art.masked, after, v + 80, art.starts) is not None
    return False


@dataclass(frozen=True, slots=True)
class _Cue:
    """A cue found by a rule of its own, shaped like a match of CUE: the progressive ('Trump
    is warning voters that …', read as "warns", since the clause rules know "tells", not
    "telling"; it starts at the auxiliary, so its subject is what stands before), or a plural
    subject's plain "say" (read as "says")."""

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
    "predicting": "predicts", "reaffirming": "reaffirms", "assuring": "assures", "vowing": "vows",
    "questioning": "questions",
}
# Progressives whose verb also takes a plain object ("is threatening Ukraine with …", "is
# admitting journalists"): cues only before "that", a quote or "to VERB".
_PRESENT_WITH_CLAUSE = {
    "pledging": "pledges", "promising": "promises", "announcing": "announces", "declaring": "declares",
    "threatening": "threatens", "complaining": "complains", "boasting": "boasts",
    "acknowledging": "acknowledges", "admitting": "admits", "maintaining": "maintains",
    "explaining": "explains", "denying": "denies", "reiterating": "reiterates", "demanding": "demands",
}
_CLAUSE_NEXT = re.compile(r"\s+(?:that\s|to\s+(?:[“\"]|[a-z]+\s))|[,:]?\s*[“\"]")
_FOR_ON = re.compile(r"\s+(?:for|on)\s")
# Any -ing word (one character-class scan), looked up, then the auxiliary just before it.
_ING = re.compile(r"(?<![-\w])[a-z]{3,}ing\b")
_AUX_BEFORE = re.compile(r"(?:\b(?:is|was|are|were)|(?<=\w)['’]s)\s+(?:(?:also|now|still)\s+)?$")


def cues_in(m: str, a: int, b: int) -> list[re.Match[str] | _Cue]:
    """The cues of the sentence at [a, b) of the masked text, in order."""
    found: list[re.Match[str] | _Cue] = list(CUE.finditer(m, a, b))
    seg = m[a:b]  # substring tests first: they cost far less than a regex scan
    for say in _PLAIN_SAY.finditer(m, a, b) if "say " in seg else ():  # "Mr. Grassley and Mr. Leahy say"
        if not _NO_SAYING.search(m, max(a, say.start() - 12), say.start()):
            found.append(_Cue(say.start(), say.end(), "says"))
    for did in _DID.finditer(m, a, b) if "did " in seg else ():
        past = _PLAIN.get(did.group(1))
        if past is not None and not any(c.start() == did.start() for c in found):  # ("did say" is a CUE)
            found.append(_Cue(did.start(), did.end(), past))
    for offer in _OFFER.finditer(m, a, b) if "offer" in seg else ():
        if not _PASSIVE_BEFORE.search(m, max(a, offer.start() - 16), offer.start()):
            found.append(_Cue(offer.start(), offer.end(), offer.group()))
    for plural in _PLURAL_CUE.finditer(m, a, b) if " and " in seg and " that " in seg else ():
        verb = plural.group(1)
        found.append(_Cue(plural.start(1), plural.end(1), _THIRD_PERSON.get(verb, verb + "s")))
    for ing in _ING.finditer(m, a, b) if "ing" in seg else ():
        word = _PRESENT.get(ing.group())
        if word is None and ing.group() in _PRESENT_WITH_CLAUSE and _CLAUSE_NEXT.match(m, ing.end(), b):
            word = _PRESENT_WITH_CLAUSE[ing.group()]
        if word is None and ing.group() == "calling" and _FOR_ON.match(m, ing.end(), b):
            word = "calls"  # "is calling for some of his rivals to drop out": a demand
        if word is None:
            continue
        aux = _AUX_BEFORE.search(m, max(a, ing.start() - 20), ing.start())
        if aux:
            found.append(_Cue(aux.start(), ing.end(), word))
    return sorted(found, key=lambda c: c.start()) if len(found) > 1 else found
