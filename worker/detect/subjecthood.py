"""Whether a name is a clause's subject: it opens its clause (past openers, titles, a mood or
a role: "But the Kremlin spokesman Peskov", "but their neighbor Benjamin Green") or a cue verb
follows it. Pronouns and descriptions look for their antecedents among subjects."""

from __future__ import annotations

import re

from .lexicon import PREP, TITLE_ABBREVIATIONS, TITLE_SET
from .quotes import MASK
from .roles import CLAUSE_START, CUE_AFTER
from .span import Span

# Words that may precede a sentence's subject: "But the Kremlin spokesman Peskov ..."
_OPENERS = frozenset(
    "the but and so yet still then however now later meanwhile also "  # noqa: SIM905
    "former a an its his her their there's there’s here's here’s".split()  # "Then there’s Axelrod."
)
_ROLE_DETERMINERS = frozenset(("a", "an", "the", "their", "his", "her", "its", "our"))
_CLAUSE_START_INITIALS = re.compile(r"(?<!\b[A-Z])\.|[!?:;,\n]")  # not the stop of "H.W."
_DASH_BEFORE = re.compile(r"\s(?:—|–|--)\s+$")
_DASH_VERB = re.compile(r"\s+(?:—|–|--)\s+(?:has|had|is|was|will|would|[a-z]{3,}ed|[a-z]{3,}[^s\W]s)\b")
_SUBORDINATORS = frozenset("because although though since while whereas unless".split())  # noqa: SIM905
_VERB_NEXT = re.compile(r"\s+(?:has|had|is|was|would|will|could|did|does|[a-z]{3,}ed|[a-z]{3,}[^s\W]s)\b")
_RELATIVE_PART = re.compile(r",\s+(?:who|whom|whose)\s[^,;:.!?]*$")
# A nickname in quotes inside the name: 'Juan “Chico” Manriquez', 'John "Tig" Tiegen'
_NICKNAME = re.compile(rf"[A-Z][\w'’.-]*\s+[“\"]{MASK}{{1,24}}[”\"]\s+$")
_TITLE_STOP = re.compile(rf"\b({'|'.join(TITLE_ABBREVIATIONS)})\.")


def is_subject(m: str, span: Span, before: str) -> bool:
    """Is the name at `span` a clause's subject: it opens one, or a cue verb follows it?"""
    # the stop of "Govs." or "Sen." ends no clause ("particularly Govs. Jeb Bush and Chris
    # Christie" is no sentence's subject); the same length, so offsets hold
    window = m[max(0, span.seq - 80) : span.seq]
    window = _TITLE_STOP.sub(r"\1 ", window) if "." in window else window
    nickname = _NICKNAME.search(window) if MASK in window[-30:] else None
    window = window[: nickname.start()] if nickname else window  # the name opens at its given name
    back = CLAUSE_START.split(window)[-1]
    cut = len(window) - len(back) - 1  # the separator before the last clause
    initial = cut >= 1 and window[cut - 1].isupper() and not window[cut - 2 : cut - 1].isalpha()
    if initial and window[cut] == ".":
        back = _CLAUSE_START_INITIALS.split(window)[-1]  # "George H.W. Bush": one name
    back = back.split()
    if not back and cut > 0 and window[cut] == "," and _RELATIVE_PART.search(window, 0, cut):
        # "Gray, who served under Mr. Bush's father, George Bush, ticked …": in the relative clause
        return False
    opening = len(back) <= 4 and (
        all(w in _OPENERS or w[0].isupper() or w[0].isdigit() or w.lower() in TITLE_SET for w in back)
        # "Democratic presidential candidate Bernie Sanders is …": a title right before the name
        or (
            back[-1].lower() in TITLE_SET
            and (back[0][0].isupper() or back[0] in _OPENERS)
            and (cut < 0 or window[cut] in ".!?:\n")  # a sentence's start, no appositive
        )
        # "but a hoarse-voiced Sanders got in numerous digs": a mood of the subject; "but their
        # neighbor Benjamin Green, 83, knows": a role
        or (
            len(back) >= 2 and back[-2] in _ROLE_DETERMINERS and back[-1].islower()
            and all(w in _OPENERS for w in back[:-2])
        )
    )
    # "it is surprising because Trump has not always had …": a subordinate clause's subject
    if back and back[-1] in _SUBORDINATORS and _VERB_NEXT.match(m, span.end):
        return True
    # "Trump’s running mate — Indiana Gov. Mike Pence — has thrown …": a dashed apposition to the subject
    near = m[max(0, span.seq - 3) : span.seq]
    dashed = "—" in near or "-" in near or "–" in near  # (cheap first)
    if dashed and _DASH_BEFORE.search(m, max(0, span.seq - 4), span.seq) and _DASH_VERB.match(m, span.end):
        return True
    # "a co-owner of UC Global asked": after a preposition, the cue is not the name's
    return opening or (
        CUE_AFTER.match(m, span.end, span.end + 40) is not None
        and before not in PREP
    )
