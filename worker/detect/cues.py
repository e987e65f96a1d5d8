"""What a cue is: a noun rather than a verb of saying ("The answers to …"), the attribution of a
quote just before it ('“…,” X said'), the next cue of a clause (cue_scan.py finds a sentence's cues)."""

from __future__ import annotations

import re

from .article import Article
from .inverted import subject_after
from .quotes import CITING, NOUN_QUOTE, is_title
from .sayverbs import CUE

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
    r"many|several|few|more|other|these|those|repeated|some|numerous|"
    r"\d+(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred"  # "40 states already do"
)
_ADJECTIVE_BEFORE = re.compile(
    rf"(?:\b(?:[a-z]{{3,}}(?:al|ive|ous|ic|ful|ent|ant|ible|able|ist|ory)|{_MODIFIERS}|Democratic|"
    r"to|of|about|on|with|amid|despite|following|over|by)|\w['’]s|"
    r"\b(?:in|of|on|at|for|with|from|across|among)\s+[a-z]{3,}|"  # "in key states means"
    r"\b(?:[Aa]longside|[Aa]mid|[Dd]espite)\s+[A-Z][\w'’.-]*)\s+$"  # "Alongside BLM calls for action"
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


# A work named in quote marks: 'star of the reality TV show "The Apprentice," said …'.
_WORK = re.compile(
    r"\b(?:show|book|film|movie|program|programme|series|novel|song|album|column|documentary|play|"
    r"titled|entitled|(?:co-?)?(?:authors?|editor|writer)\s+of|"  # 'the co-author of “Going Viral,”'
    r"(?:interview|appearance)s?\s+(?:with|on))\s*$"  # 'In an interview with “Fox and Friends,” X …'
)


def after_quote(art: Article, a: int, v: int) -> bool:
    """Is the cue at `v` the attribution of a quote just before it ('“…,” X said')?"""
    for q in art.quotes_in(a - 2000, v):  # quotes may open before the sentence's start
        # only a quote closing in the 80 characters before the cue can be its (tested first: a
        # sentence that never ends may hold thousands of quotes)
        if q.close is not None and a <= q.close < v and v - q.close <= 80:
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
            if between.lstrip()[:1] in ",—–-" or inner[-1:] in ",!?—–-":
                if between.strip(" ,—–-") and not _CONJUNCTION.match(between):
                    return True  # '“…,” Peskov said'
                # '“…,” said Peskov' unless no speaker follows ('“given …,” said it was')
                cue = CUE.match(art.masked, v)
                after = cue.end() if cue else v
                return subject_after(art.masked, after, v + 80, art.starts) is not None
    return False
