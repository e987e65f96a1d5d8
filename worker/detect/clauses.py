"""Where a reported clause starts: after "that" (that_clauses.py reads the "that"), after the
hearer of "told", or bare."""

from __future__ import annotations

import re

from .bare import BARE, bare, long_clause, present_object
from .hearers import after_hearer, hearer_named_end
from .objects import mere_object
from .quotes import MASK
from .sayverbs import CONTINUATIVE, CUE, TELL
from .that_clauses import that_after, that_start
from .verb_classes import DAY, DAYPART, THAT_NEXT, TOLD_TO, UNDECIDED, WEEKDAY, classed_start

# "told supporters after his victory in the South Carolina primary that …": a longer phrase
# between the hearer and "that", when it opens with a preposition (the hearer's last words may
# come first: "told a crowded banquet hall at a hotel in Baltimore that").
# After "that", a verb shows a relative clause ("a newspaper that supports the Kremlin").
_NOT_RELATIVE = (
    r"(?!['’])(?!\s+(?:is|was|are|were|has|had|have|will|would|can|could|[a-z]+ed|"
    r"supports|opposes|owns|runs|controls|represents|includes|covers|says)\b)"
)
# A preposition, up to ten words, then "that" (no relative "that"): the tail both phrase patterns share.
# (a show's or a paper's title among them: 'said on the MSNBC show “Morning Joe” that'; a place
# with its state or country: 'told customers at a Manchester, New Hampshire, diner that')
_PLACE = r"[A-Z][\w.'’-]*,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,?"  # "Manchester, New Hampshire,"
_PP_WORDS_THAT = (
    rf"\s(?:(?:[^\s,;:!?{MASK}]+|{_PLACE}|[“\"']+{MASK}+[”\"']+,?)\s+){{1,10}}?that\b"
    + _NOT_RELATIVE
)
_HEARER_PP_THAT = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:after|at|in|on|during|before|following|over|via)" + _PP_WORDS_THAT
)
# "last"/"this" only before a time word: "says this data is shown …" opens the clause.
_PP = re.compile(
    r"\s+(?:(?:(?:on|in|at|during|earlier|late|early)\s+(?:a\s+|an\s+|the\s+)?[\w'’-]+"
    r"(?:\s+(?:call|conference|interview|statement|briefing|rally|speech|appearance)\b)?|"  # "on a … call"
    r"for\s+(?:(?:some|many|several|the\s+past|the\s+last)\s+)?(?:days|weeks|months|years|decades)|"
    r"(?:last|this)\s+(?:[A-Z]\w*day|week|weekend|month|year|morning|afternoon|evening|night|"
    r"spring|summer|fall|autumn|winter|time)\b)(?:\s+\d[\w,]*)*(?:\s+\([^)]*\))?)"
)
_TO_SAY = re.compile(
    r"\s+to\s+(?:say|suggest|add|note|argue|claim|insist|warn|explain|predict|declare|stress)\b"
)
# A longer phrase between a cue and "that": "said in an interview with The Washington Post that".
_TO_HEARER_THAT = re.compile(r"\s+to\s+(?:[\w'’-]+\s+){1,6}?that\s")
_LONG_PP_THAT = re.compile(r"\s+(?:in|at|on|during|after|before|following|via|with|to|from)" + _PP_WORDS_THAT)
# Time words between a cue and its clause: "said Monday (morning)", "says tonight", "said last
# week that". The clause's own, or the saying's.
# A time adverb before a bare clause: "says tonight he’s a step closer" (the words keep it: it
# may be the clause's); not "said Monday’s attack …".
_WHEN = re.compile(
    rf"\s+(?:today|tonight|yesterday|again|recently|repeatedly|privately|publicly|{WEEKDAY})\b(?![’'-])"
)
# "said Tuesday that …", "said on Monday morning that …", "said last week that …"
_WHEN_THAT = re.compile(
    rf"\s+(?:(?:on|early|late)\s+)?(?:{WEEKDAY}|today|yesterday|tonight|again|recently|earlier|later|"
    rf"(?:last|this)\s+(?:week|month|year|weekend)){DAYPART},?\s+that\s+"
)
# A clause opening with a condition: "says if he spent the day there he’d be doing nothing".
# Its main clause may be quoted: 'says if elected president “I will work …”', 'says no matter
# what action Obama takes, “his word does not …”'.
_IF_CLAUSE = re.compile(
    r"\s+(?:if|unless|because|no\s+matter\s+(?:what|how|who))\s+[^.;:!?]{3,120}?(?:\b(?:he|she|they|we|I|you|it|there)"
    rf"(?:['’](?:d|ll|ve)\b|\s+(?:would|will|could|can|might|must)\b)|,?\s+[“\"]{MASK}|"
    r",\s+[^,.;:!?]{2,60}?\s(?:would|will|could|can|might|must)\s)"  # "if he were president, DACA … would"
)
# Plain cues of saying, which take any clause with no "that": a condition first, a present verb
# with an object (other cues take these forms too rarely to guess).
_BARE_CUES = frozenset(("said", "says", "told", "tells", "added", "adds", "warned", "warns", "predicted",
                      "predicts", "argued", "argues", "insisted", "insists", "countered", "counters"))
_OWN_CLAIM = re.compile(
    r"\s+(?:his|her|their|its)\s+(?:[a-z]+\s+)?(?:claims?|view|argument|assertion|accusations?|charges?|"
    r"contention|belief|promise|warning|position|case)\s+that\s+"
)
_REPEATED_CLAIM = re.compile(
    r"\s+(?:the\s+|these\s+|those\s+)?(?:[a-z]+\s+)?(?:claims?|accusations?|charges?|allegations?|"
    r"assertions?|warnings?|promises?|arguments?)\s+that\s+"
)
_STATEMENT_BY = re.compile(
    r"\s+in\s+an?\s+(?:written\s+)?statement\s+(?:released|issued|posted|put\s+out|sent)\s+by\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:campaign|office|committee|team)?(?=\s)"
)
_TOLD_WHAT = re.compile(
    r"\s+(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:story|stories|tale|joke|anecdote|parable|truth|lies?)\b"
)
_TO_QUOTE = re.compile(r"\s+to\s+[“\"]")
_QUOTE_NEXT = re.compile(rf"\s+[“\"']+{MASK}{{12}}")  # 'that “too much of the party became …”
_PP_TAIL = re.compile(r"\s+[a-z][\w'’-]*\s*,")
_ADVERB_THAT = re.compile(r"\s+[a-z]{3,}ly(?=\s+that\s)")
_ASIDE = re.compile(rf",[^,;:!?{MASK}]{{3,120}}?,(?=\s+that\s)")
# "said, if elected, she would ask …": a condition set off by commas, then the clause's subject
_CONDITION = re.compile(
    rf",\s+(?:if|when|once|unless|until)\s[^,;:!?{MASK}]{{2,40}},\s+(?:he|she|they|we|I|it)\s+[a-z]"
)
# A quoted fragment that opens the clause: 'she said “some of the participants” had begun'.
_QUOTED_START = re.compile(rf"\s+[“\"‘]{MASK}+[”\"’]\s+[a-z]")
# A short subject whose predicate is quoted: 'said Bushehr “does not represent a risk”',
# 'said megabanks, “even after …, remain powerful”': the subject belongs to the words.
# A few words at least in the quote: 'said the word “hoax” twice' is a scare quote.
_SUBJECT_QUOTE = re.compile(
    r"\s+(?!(?:in|on|at|during|after|before|for|with|from|to|by|about|of|as|while|when|if|"
    r"because|through|without|last|this|next|earlier|later|so|but|and|that|then|also|"
    r"against|like)\b)"
    rf"[\w'’.-]+(?:\s+[\w'’.-]+){{0,7}}?,?\s+([“\"‘«„]){MASK}{{12}}"
)


def clause_start(m: str, word: str, v: int, vend: int, b: int, text: str = "") -> int | None:
    """Where the reported clause after the cue at [v, vend) starts in the masked text `m`,
    or None when none follows before `b` ("said in Moscow." has none). `text`, the unmasked
    text, tells a quoted predicate from a quoted sentence ('said softly, “They …”')."""
    classed = classed_start(m, word, v, vend, b)
    if classed != UNDECIDED:
        return classed
    pos = vend
    if word in TELL:
        if _TOLD_WHAT.match(m, pos, b):
            return None  # "told the Biblical story of Nineveh": a story told, no hearer nor clause
        pos = after_hearer(m, word, pos, b)
        named = hearer_named_end(m, pos, b) if pos >= 0 else -1  # ("told the New York| Daily News,")
        if pos < 0 or m[named : named + 1] == ",":
            return None  # no hearer, or 'A, X told Trump officials, B': a parenthetical
        directive = TOLD_TO.match(m, vend, b) if word in ("told", "tells") else None
        if directive:  # "told his staff to stop hiring managers": the directive is the words
            return directive.start() + 1
        pp_that = _HEARER_PP_THAT.match(m, pos, b)
        if pp_that and not CUE.search(m, pos, pp_that.end()):
            return pp_that.end()
    if _CONDITION.match(m, pos, b):
        return pos + 1  # the condition is part of the words
    aside = _ASIDE.match(m, pos, b) or _ADVERB_THAT.match(m, pos, b)
    if aside:  # "reiterated, as he did in May, that …", "noted repeatedly that …": past the aside
        pos = aside.end()
    own = _OWN_CLAIM.match(m, pos, b)
    if own is None and word.startswith(("repeat", "reiterat")):  # "repeated accusations that A"
        own = _REPEATED_CLAIM.match(m, pos, b)
    if own:  # "repeated his claim that A", "reiterated her view that A": the speaker's own claim
        return own.end()
    went_on = _TO_SAY.match(m, pos, b) if word == "went on" else None
    if went_on:  # "He went on to suggest that A" (never "went on to name cities …")
        pos = went_on.end()
    elif word in CONTINUATIVE and not THAT_NEXT.match(m, pos, b):
        to_hearer = word.startswith(("make", "made")) and _TO_HEARER_THAT.match(m, pos, b) is not None
        if not to_hearer:
            return None  # (but "made the case to 23 group leaders that …" goes on)
    if mere_object(m, word, pos, b):
        return None  # "said things that are untrue", "wrote a memoir", "posted a photo": no clause
    when_that = _WHEN_THAT.match(m, pos, b)
    if when_that:  # "said Tuesday that …", "said on Monday morning that …"
        return when_that.end()
    th = that_after(m, pos, b)
    decided = that_start(m, word, pos, b, th) if th else UNDECIDED
    if decided != UNDECIDED:
        return decided
    released = _STATEMENT_BY.match(m, pos, b)  # "said in a statement released by the campaign the AP …"
    if released and (bare(m, released.end(), b) or present_object(m, released.end(), b)):
        return released.end()
    long_pp = None if th else _LONG_PP_THAT.match(m, pos, b)
    clause_next = long_pp and (BARE.match(m, long_pp.end(), b) or _QUOTE_NEXT.match(m, long_pp.end(), b))
    if long_pp and not CUE.search(m, pos, long_pp.end()) and clause_next:
        return long_pp.end() + 1  # "said in an interview with The Washington Post that A"
    pp = _PP.match(m, pos, b)
    if pp and not th:
        pos = pp.end()
        if _PP_TAIL.match(m, pos, b):
            return None  # "the agency said in a June report, and …": the phrase ran on to an aside
        if word in TELL and _TO_QUOTE.match(m, pos, b):
            return pos + 1  # "tells his supporters at a Michigan rally to “go to your place …”"
    day = DAY.match(m, pos, b)
    if day and bare(m, day.end(), b):
        return day.end()  # "said Monday he was hopeful": the day dates the saying
    if bare(m, pos, b) or _QUOTED_START.match(m, pos, b):
        return pos
    if word in _BARE_CUES and _IF_CLAUSE.match(m, pos, b):
        return pos
    when = _WHEN.match(m, pos, b)
    if when and bare(m, when.end(), b):
        return pos
    sq = _SUBJECT_QUOTE.match(m, pos, b)
    if sq and (not text or text[sq.end(1) : sq.end(1) + 1].islower()):
        return pos  # a predicate goes on in lower case; a quoted sentence opens in capitals
    if long_clause(m, pos, b):
        return pos  # "said the nonstop demands … sometimes erase …": a present-tense verb BARE can't tell
    if word in _BARE_CUES and present_object(m, pos, b):
        return pos
    return None
