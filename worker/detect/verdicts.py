"""Praise and blame in the speaker's own quoted words: 'Trump blasted Disney for its
“outrageous practices”', 'Obama condemned the test as “provocative and destabilizing”',
'Clinton decried the GOP for “turning its back” on workers', 'Cruz blamed the law on “…”'.
Without quote marks such a verb reports no words ("criticized the plan"), so only the quoted
form is a statement."""

from __future__ import annotations

import re

from .article import Article
from .attribution import subject_before
from .cues import NEXT_CUE
from .quotes import MASK

_VERDICT = re.compile(
    r"\b(?:blast|slam|criticiz|criticis|prais|mock|decri|denounc|condemn|hail|laud|chid|rebuk|ridicul|"
    r"assail|lambast|derid|blam|credit|attack)(?:ed|es|s)\b"
)
# The object, then a preposition and the quote: 'Disney for its “…”', 'the test as “…”'; blame
# and credit go "on" or "to" a cause: 'blamed the law on “…”', 'credited the victory to “…”'.
_OBJECT_QUOTE = re.compile(
    rf"(?:\s+[^\s,;:.!?{MASK}“”\"]+){{1,8}}?\s+(?P<prep>for|as|on|to)\s+(?:its\s+|his\s+|her\s+|their\s+)?[“\"]"
)
_PREPS = {False: ("for", "as"), True: ("for", "on", "to")}
_RIGHT_AFTER = re.compile(r"\s+[“\"]")


def find_verdicts(art: Article, a: int, b: int) -> None:
    m = art.masked
    for q in art.quotes_in(a, b):  # the verb stands a few words before a quote: look only there
        if q.close is None or art.is_claimed(q.start, q.end):
            continue
        for verb in _VERDICT.finditer(m, max(a, q.open - 90), q.open):
            cause = verb.group().startswith(("blam", "credit"))
            obj = _OBJECT_QUOTE.match(m, verb.end(), q.open + 1)
            if obj is not None and obj.group("prep") not in _PREPS[cause]:
                obj = None
            opens_low = art.text[q.start : q.start + 1].islower()  # not 'attacked “Saturday Night Live”'
            if obj is None and m[verb.end() : q.open].strip() == "" and not cause and opens_low:
                obj = _RIGHT_AFTER.match(m, verb.end(), q.open + 1)  # 'attacked “the hateful ideology …”'
            if obj is None or obj.end() != q.open + 1:
                continue
            phrase = subject_before(m, a, verb.start(), art.ends)
            speaker = art.speaker(phrase) if phrase is not None else None
            if speaker is None:
                break
            nxt = NEXT_CUE.search(m, q.close, b)  # "… as “hurtful” and warned of …": that is another
            end = nxt.start() if nxt else b
            art.add(speaker, "direct", verb.start(), end, 0.8, ("reported:verdict", f"cue:{verb.group()}"))
            break
