"""Where the words start after a cue of a class of its own: a denial ("denied that …"), a
directive ("urged Kyiv to …", "asked if …"), a commitment ("vowed (not) to …"), a charge
("accused X of …"), a proposal ("proposed that …"), a warning of something, a question put."""

from __future__ import annotations

import re

from .bare import BARE, VERB_ING
from .lexicon import REFERRING_NOUNS, WHEN, word_set
from .quotes import MASK
from .sayverbs import COMMISSIVE, DIRECTIVE, OBJECT_VERBS, QUESTIONING, THAT_ONLY

UNDECIDED = -1  # no class of these: the general clause rules decide

WEEKDAY = r"[A-Z][a-z]+day"
DAYPART = r"(?:\s+(?:morning|afternoon|evening|night))?"
# "said Monday he was hopeful": a day dates the saying, and stays out of the words.
DAY = re.compile(rf"\s+(?:{WEEKDAY}|yesterday){DAYPART}(?=\s)")
THAT_NEXT = re.compile(r"\s+that\s")
_WHEN_TO = re.compile(rf"\s+(?:{WHEN}|again|repeatedly|publicly|today)(?=\s+to\s)")
# "denied that she had met them" opens a clause; "rejected that argument" points back.
_POINTING = re.compile(rf"(?:{REFERRING_NOUNS})\b")
# 'warned of “dire consequences” if …': the quoted words are what was said.
_OF = re.compile(r"\s+(?:of|about)\s+")
_OF_CUES = frozenset(("warned", "warns", "complained", "complains", "cautioned", "cautions"))
# A verb after "to", not an object ("to the voters", "to them").
_INFINITIVE = r"(?!(?:the|a|an|his|her|its|their|them|him|me|us|you)\b)[a-z]{2,}\s+\S"
# "vows (not) to revive …", not "promised to the voters" nor "pledged to them".
_TO_VERB = re.compile(rf"\s+(?:not\s+)?to\s+(?:[“\"]|{_INFINITIVE})")
_QUOTED_OBJECT = re.compile(rf"\s+[“\"]{MASK}")
# "suggested taking action against the judge": a gerund and its object, the suggestion itself
_GERUND_OBJECT = re.compile(rf"\s+{VERB_ING}\s+[a-z“\"$\d]")
# Cues whose object may be a gerund clause that says something ("acknowledged making a mistake").
_GERUND_CUES = word_set(
    "suggested suggests reported reports acknowledged acknowledges admitted admits recalled recalls"
)
_WH = re.compile(r"\s+(?:aloud\s+)?(?=(?:whether|what|why|how|if)\s+\w)")
_IF_WHETHER = re.compile(
    r"\s+(?=(?:if|whether)\s+(?:he|she|they|we|I|you|it|there|the|a|an|[A-Z]|[a-z]+s\s))"
)
# "was asked if …", "Putin, asked whether …, said": the question is put to the name
_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being|when|if)\s+$|,\s*(?:\w+ly\s+)?$")
_OF_CHARGE = re.compile(r"\s+(?:[\w'’.-]+\s+){1,6}?of\s+(?:[a-z]|[“\"])")
# "told him / Rosing / his generals / the staff to VERB …": a person or people as the
# hearer (not "told the story to friends", where "to" names the hearer).
TOLD_TO = re.compile(
    # "(the) Democratic Party"
    r"\s+(?:him|her|them|us|me|you|(?:the\s+)?[A-Z][\w'’-]+\.?(?:\s+[A-Z][\w'’-]+\.?){0,2}|"  # "Mr. Putin"
    r"(?:the|his|her|their|its|our)\s+(?:[\w-]+\s+)?(?:[a-z]+s|staff|team|people)|"
    r"(?:[A-Z][\w-]+\s+)?(?:[a-z]{3,}s|people|everyone|everybody))"  # "urged (Chinese) people to …"
    rf"\s+((?:not\s+)?to\s+(?:[“\"]|{_INFINITIVE}))"  # ("urged X not to rush")
)
# A single hearer, for directives only ("asked the jury to consider", "instructed an employee
# to …"; "told the story to friends" has no hearer).
_ONE_TO = re.compile(
    r"\s+(?:a|an|the|his|her|their|its|our|one)\s+(?:[a-z-]+\s+)?[a-z]{3,}"
    rf"\s+(to\s+{_INFINITIVE})"
)


def classed_start(m: str, word: str, v: int, vend: int, b: int) -> int | None:
    """Where the words after the cue at [v, vend) start when the cue is of one of these classes
    (None: it has none), or UNDECIDED when it is of none."""
    if word in OBJECT_VERBS:
        # "denied that she had met them": the clause itself, not "rejected that argument"
        that = THAT_NEXT.match(m, vend, b)
        clause = that and BARE.match(m, that.end() - 1, b) and not _POINTING.match(m, that.end(), b)
        return that.end() if clause else v
    if word in DIRECTIVE:  # "urged Kyiv to hold elections": the directive is the words
        directive = TOLD_TO.match(m, vend, b)
        if directive is None and not word.startswith("press"):  # ("pressed the button to start")
            directive = _ONE_TO.match(m, vend, b)
        that = THAT_NEXT.match(m, vend, b) if directive is None and word.startswith("urg") else None
        if that:  # "urged that everyone take a deep breath": a subjunctive clause
            return that.end()
        if directive is None and word in ("asked", "asks"):  # "asked if parents would be willing …"
            if _BE_BEFORE.search(m, max(0, v - 12), v):
                return None  # "Boehner was asked if …": the question is put to him
            wh = _IF_WHETHER.match(m, vend, b)
            return wh.start() + 1 if wh else None
        return directive.start() + 1 if directive else None  # the hearer too: 'urged Kyiv to …'
    pos = vend
    if word in COMMISSIVE:  # "vowed to revive the industry", "promised Monday to begin …": the commitment
        day = DAY.match(m, pos, b) or _WHEN_TO.match(m, pos, b)  # ("vowed last month to take …")
        to = _TO_VERB.match(m, day.end() if day else pos, b)
        if to:
            return to.start() + 1
    if word in ("offered", "offers"):  # "offered to debate April 14": the offer; 'offered “my
        # thoughts and prayers …”': the quoted words (cues.py finds it only before these)
        to = _TO_VERB.match(m, pos, b) or _QUOTED_OBJECT.match(m, pos, b)
        return to.start() + 1 if to else None
    if word.startswith("accus"):  # "accused Grassley of trying to use his role …": the charge
        charge = _OF_CHARGE.match(m, pos, b)
        return pos + 1 if charge else None
    if word in THAT_ONLY:
        # "agreed that Trump may struggle" (never "agreed to the deal"), "protested that A" (not
        # "protested Trump at a rally")
        that = THAT_NEXT.match(m, pos, b)
        return that.end() if that else None
    if word in _GERUND_CUES and _GERUND_OBJECT.match(m, pos, b):
        return pos + 1  # "suggested raising taxes", "reported having $19 million in the bank"
    if word.startswith("propos"):  # "proposed that a coalition …" (not "proposed breaking into …": a plan)
        plan = THAT_NEXT.match(m, pos, b)
        return plan.end() if plan else None
    of = _OF.match(m, pos, b) if word in _OF_CUES else None
    if of and (MASK in m[pos:b] or (word.startswith("warn") and len(m[of.end() : b].split()) >= 4)):
        return of.end()  # 'warned of “dire consequences” if …', "warned of the global implications …"
    if word in QUESTIONING:  # "questioned what kind of person …", never "questioned the plan"
        wh = _WH.match(m, pos, b)
        return wh.start() + 1 if wh else None
    return UNDECIDED
