"""The subject of a sentence, for a cue that has none of its own ("X rejected the claim and
insisted", "Trump unleashed a controversy, saying"), and where a relative clause's words end."""

from __future__ import annotations

import re

from .appositives import APPOSITIVE
from .attribution import TAG_AFTER
from .lexicon import DASH, IRREGULAR_PAST, STAFF, TITLES
from .names import Span
from .phrases import Phrase, np_before
from .titled import only_titles
from .voices import VOICE_AFTER

# A verb after the name ("Trump unleashed"): regular past or present, or a common irregular;
# not a preposition or article ("During the"), nor the noun of "the state's Republican primary".
FINITE = re.compile(
    r"\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|(?:last|this)\s+(?:week|month|year)\s+)?"  # "X on Friday made"
    r"(?:at\s+(?:first|one\s+point|times)\s+|once\s+again\s+)?"  # "Judge X at first tried …, telling"
    r"(?:(?:also|then|later|often|still|never|always|again|now|sometimes|[a-z]+ly)\s+)?"
    r"(?:(?:has|had|is|was|would|could|can|will|may|might|"
    rf"should|must|did|does)(?:n['’]t|\s+not)?\s+[a-z]+|(?!(?:suc|pro|ex)ceed\b|[nfhbsw]eed\b|[bs][lrp]eed\b)[a-z]+(?:ed|s)|said|told|spoke|wrote|"
    rf"{IRREGULAR_PAST})\b"  # ("helping Mrs. Clinton succeed him": no past tense)
)
_STAFF_AFTER = re.compile(rf"\.?\s+(?:{'|'.join(sorted(STAFF))})\b")
# A name after a preposition or a subordinator is no main subject: "… for American diplomacy",
# "after Clinton suffered a concussion, Axelrod emailed …"
# One more role in an appositive's list: ", treasurer and strategist,".
_ROLE_ITEM = re.compile(r"\s*(?:and\s+)?[a-z][\w'’-]*(?:\s+(?:and\s+)?[a-z][\w'’-]*){0,2}\s*")
_AFTER_PREP = re.compile(
    r"\b(?:for|of|to|with|about|against|in|on|at|from|after|before|when|while|because|since|until|"
    # ("in last week's Iowa caucus": a determiner or a possessive between)
    r"although|though|once|unless|if)\s+(?:the\s+|(?:his|her|their|its|[a-z]+\s+[a-z]+['’]s)\s+)?$",
    re.IGNORECASE,
)
# A name set off by a comma before it (its lower-case titles between): an appositive.
_SET_OFF = re.compile(r",\s+(?:[a-z]+\s+){0,2}$")
# A relative clause's verb right before a name: the name is its object.
_RELATIVE_OBJECT = re.compile(r"\b(?:who|that|which)\s+(?:[a-z]+ly\s+|still\s+|also\s+)?[a-z]+(?:s|ed)\s+$")
# A sentence opening with a subordinate clause: "When told Perez was …, Bush …", "While he
# allowed that A, …".
SUBORDINATE_OPEN = re.compile(
    r"\s*(When|If|After|As|Because|While|Although|Though|Since|Before|Until|Once|Unless)\s"
)
# A subordinate clause opening its sentence, then its pronoun: "Even as he accused …, X …".
FRONTED = re.compile(
    r"(?:^|[.!?][\"”’]?\s+|\n)(?:(?:Even|Just|And|But)\s+)?"
    r"(?:[Aa]s|[Ww]hile|[Ww]hen|[Aa]lthough|[Tt]hough|[Aa]fter|[Bb]efore|[Ss]ince|[Oo]nce)\s+$"
)
# A tracked name's place: "Senator Bernie Sanders of Vermont" (names.py reads "Vermont" apart).
_OF_PLACE = re.compile(r"\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?=\s+[a-z])")
# "During Mr. Trump’s campaign, she ...": an opening phrase, then the pronoun subject.
_PRONOUN_START = re.compile(
    r"\s*(?:[A-Z][^,;:!?]{0,100},\s*(?:(?:though|although|while|when|as)\s+)?|(?:Yet|But|And|So|Still|Then)\s+)?"
    r"([Hh]e|[Ss]he)(?:['’]s)?\s+[a-z]"  # ("Clinton, though she praised Garland and said …")
)
# "(Without naming him,) the First Lady tore into …": a description opening the sentence.
# A description opening the sentence, then the name set off by commas: "But the other candidate
# on the stage, former Secretary of State Hillary Clinton, drew …".
_DESCRIBED_BEFORE = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Still)\s+)?[Tt]he\s+[^,.;:]{3,60},\s+(?:former\s+)?(?:(?:[A-Z][\w.'’-]*|of)\s+){0,5}"
)
_DESCRIBED_START = re.compile(
    rf"\s*(?:[A-Z][^,;:!?]{{0,60}},\s*)?[Tt]he\s+(?:[\w.-]+\s+){{0,3}}(?:{TITLES})\b"  # (the longest)
)


def main_subject(m: str, a: int, v: int, spans: list[Span]) -> Phrase | None:
    """The sentence's subject before a coordinated cue: a name or pronoun then a verb,
    past an appositive ("Sharron Angle, a Tea Party favorite, released an ad saying …")."""
    for span in spans:
        if _AFTER_PREP.search(m, max(a, span.seq - 24), span.seq):
            continue  # "… warned what it might mean for American diplomacy": no subject
        if _RELATIVE_OBJECT.search(m, max(a, span.seq - 40), span.seq):
            continue  # "supporters who still back Randolph, former Rep. X, …": an object
        voice = VOICE_AFTER.match(m, span.end, v) if span.actor else None
        if voice and FINITE.match(m, voice.end(), v):  # "the Trump campaign issued", "Rubio's campaign sent"
            start = span.seq - 4 if m[max(a, span.seq - 4) : span.seq] in ("the ", "The ") else span.seq
            return Phrase("org", start, voice.end(), m[start : voice.end()], span, head=voice.group(1))
        if span.possessive:
            continue
        inside = SUBORDINATE_OPEN.match(m, a, span.seq) and "," not in m[a : span.seq]
        if inside and "," in m[span.end : v]:
            continue  # "When told Perez was in Obama's Cabinet, Bush thought … and said": Bush's
        end = span.end
        tag = TAG_AFTER.match(m, end, v) or (_OF_PLACE.match(m, end, v) if span.actor else None)
        if tag:  # "Rep. Hakeem Jeffries (D-N.Y.) reacted", "Senator Bernie Sanders of Vermont endorsed"
            end = tag.end()
        named_after = m.startswith(",", end) and (
            _DESCRIBED_BEFORE.fullmatch(m, a, span.seq) is not None
            # "One of X's supporters who backs Y, former Rep. Pat Schroeder, lives … and wrote"
            or (_SET_OFF.search(m, max(a, span.seq - 30), span.seq) is not None and span.actor is not None)
        )
        if named_after and FINITE.match(m, end + 1, v):
            end += 1  # "But the other candidate on the stage, former Secretary X, drew a contrast, saying"
        elif m.startswith(",", end) and APPOSITIVE.match(m, end + 1, v):
            close = m.find(",", end + 1, v)
            end = close + 1 if close > 0 else end
            for _ in range(2):  # "Dan Backer, the fund's lawyer, treasurer and strategist, has …"
                later = m.find(",", end, v)
                if later < 0 or FINITE.match(m, end, v) or not _ROLE_ITEM.fullmatch(m, end, later):
                    break
                end = later + 1
        if FINITE.match(m, end, v):
            partisan = span.text.endswith(("Republican", "Democrat"))  # "The Wisconsin Republican did give"
            if span.actor is None and (only_titles(span.text) or partisan):  # "the First Lady tore into …"
                return np_before(m, a, span.end, {})
            return Phrase("span", span.start, span.end, span.text, span)
        staff = _STAFF_AFTER.match(m, end, v)
        if staff and FINITE.match(m, staff.end(), v):  # "Consumer Electronics Assn. officials disputed"
            return Phrase("org", span.start, staff.end(), m[span.start : staff.end()], span)
    p = _PRONOUN_START.match(m, a, v)
    if p:
        return Phrase("pronoun", p.start(1), p.end(1), p.group(1), head=p.group(1).lower())
    d = _DESCRIBED_START.match(m, a, v)
    if d and FINITE.match(m, d.end(), v):  # "The GOP nominee complained …, even suggesting"
        np = np_before(m, a, d.end(), {})
        return np if np and np.kind == "title" else None
    return None


_ANOTHER_VERB = re.compile(rf"\b(?:[a-z]{{3,}}ed|{IRREGULAR_PAST})\b")
# A subordinating conjunction right before a position: "and when Rubio thanked …", ", when he told …".
SUBORDINATOR = re.compile(r"\b(?:when|as|after|while|because|since|before|once|until|if)\s+$", re.IGNORECASE)


def clause_subject(m: str, a: int, v: int, spans: list[Span]) -> Phrase | None:
    """The subject of a subordinate clause a coordinated cue ends: 'Some booed, and when Rubio
    thanked Miami and said …' (the nearest name opening the clause, then a verb, no comma)."""
    for span in reversed(spans):
        if span.possessive or "," in m[span.end : v] or span.actor is None:
            continue
        opens = SUBORDINATOR.search(m, max(a, span.seq - 10), span.seq)
        verb = FINITE.match(m, span.end, v) if opens else None
        if verb and not _ANOTHER_VERB.search(m, verb.end(), v):  # "When X arrived the crowd cheered and said"
            return Phrase("span", span.start, span.end, span.text, span)
        return None
    return None


# A cue in a relative clause ("Peskov, who said on Monday that A, was …"): its words end
# where the main clause's auxiliary takes over.
_RELATIVE_WHO = re.compile(
    rf"(?:,|\s{DASH})\s*(?:who|which)(?:['’]s)?"  # ("Trump - who previously said A - said B")
    r"(?:\s+(?:had|has|have|also|later|then|earlier|once|long|often|always|[a-z]+ly))*\s+$"
)
# "X, who claimed A, and Donald J. Trump, who suggested B": A ends before the next name listed
_NEXT_NAMED = re.compile(r",\s+(?:and|or)\s+(?:[A-Z][\w.'’-]*\s+){1,3}?[A-Z][\w'’-]*,\s+who\b")
_MAIN_VERB = re.compile(
    rf"(?:,|\s{DASH})\s+(?:is|was|are|were|has|had|have|will|would|may|might|could|can|should|must|"
    r"said|says|told|tweeted|wrote|argued|noted|insisted|warned|claimed|declared|responded|"
    r"replied|countered|stated|explained|suggested|acknowledged|announced|predicted|vowed|asserted)\b"
)


def relative_end(m: str, a: int, v: int, start: int, end: int) -> int:
    """Where the words of "X, who said A, was …" end: before ", was"."""
    if not _RELATIVE_WHO.search(m, max(a, v - 30), v):
        return end
    found = [f.start() for f in (_MAIN_VERB.search(m, start, end), _NEXT_NAMED.search(m, start, end)) if f]
    return min(found, default=end)
