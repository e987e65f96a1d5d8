"""Every cue of a sentence: the verbs of saying CUE finds, and the forms rules of their own find
("Mr. Grassley and Mr. Leahy say", "Trump is warning voters that …", "did post on Twitter that …",
"offered to debate …")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .sayverbs import CUE, PAST_CUES, QUOTE_VERBS

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
    del forms["not"]  # (from "noted": "did not say" is no cue)
    return forms


_PLAIN = _plain_forms()
# An offer made: "offered to debate April 14 in Brooklyn", 'offered “my thoughts and prayers …”'
# (a cue only here, before "to VERB" or a quote: "offered few ideas", "prizes were offered to
# different units" are no one's words).
_OFFER = re.compile(r"(?<![-\w])offer(?:ed|s)(?=\s+(?:to\s+[a-z]|[“\"]))")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$")
_NO_SAYING = re.compile(
    r"\b(?:to|would|could|should|might|must|may|can|will|not|n['’]t|did|does|do|cannot|and|or)\s+$"
)


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
