"""A reported clause with no "that": 'said the plan would fail', 'said Obama enjoys the
dinner', 'said the nonstop demands … sometimes erase …' (not 'said in Moscow')."""

from __future__ import annotations

import re

from .lexicon import IRREGULAR_PAST, TITLE_ABBREVIATIONS
from .sayverbs import alternatives, trie

_ABBR = "(?:" + "|".join(rf"(?<=\b{t})" for t in TITLE_ABBREVIATIONS) + r"|(?<=\b[A-Z]))"
# A clause with no "that": a pronoun subject, or a subject then an auxiliary or a verb of
# thinking within a few words ("said the plan would fail"; not "said in Moscow"); a title's
# full stop ("Ms. Haley", "Gen. James Mattis", "J. Smith") ends no sentence in it.
# The verbs that show a clause: auxiliaries, verbs of thinking, irregular pasts (one trie: BARE
# tries them at every position of its window).
_VERBS = (
    "is|are|was|were|will|would|could|should|can|cannot|may|might|must|has|had|have|did|does|"
    "do|won['’]t|wouldn['’]t|isn['’]t|wasn['’]t|can['’]t|didn['’]t|doesn['’]t|don['’]t|aren['’]t|weren['’]t|"
    "hasn['’]t|haven['’]t|hadn['’]t|couldn['’]t|shouldn['’]t|"
    "needs|wants|plans|remains|believes|thinks|knows|feels|hopes|expects|"
    f"{IRREGULAR_PAST}|"
    "deserves|understands|cares|means|seems|lacks|owes|supports|opposes|leads|lies|"
    # the same verbs after a plural subject ("said his friends feel the same way")
    "believe|think|know|feel|hope|expect|want|agree|disagree|deserve|understand|seem|oppose|worry"
)
# Words that open no subject of a bare clause: "said in Moscow", "said goodbye", "said that".
_NOT_SUBJECT = (
    r"in|on|at|during|after|before|for|with|from|to|by|about|of|as|while|when|if|because|through|without|"
    r"goodbye|last|this|next|earlier|late|early|later|so|but|and|that"
)
BARE = re.compile(
    r"\s+(?:(?:he|she|it|they|we|I|you|there|that['’]s)(?:['’][a-z]+)?\s+[a-z]|"
    r"(?:(?i:the|a|an|this|these|those|his|her|"
    # a quantity: "about 20 people", "$5 million more was …"
    r"its|their|our|some|many|no|one|most|all)|[A-Z][\w'’-]*|[$£€]?\d[\d,.]*|"
    r"(?:about|nearly|almost|roughly|around|over|more\s+than|fewer\s+than|at\s+least)\s+\d[\d,.]*|"
    rf"(?!(?:{_NOT_SUBJECT})\b)[a-z]+)\b"
    rf"(?:[^.;:!?]|\.(?=\s+[a-z0-9])|(?<=\d)\.(?=\d)|{_ABBR}\.){{0,100}}?"  # ("$4.5 billion")
    rf"\b(?:{trie(alternatives(_VERBS))}|[a-z]{{3,}}ed|"
    r"[a-z]{2,}ly\s+[a-z]{2,}s)\b)"  # "the questionnaire only increases": an adverb, a verb
)
# A new subject after a comma: "announced his return to the Cavaliers, Cleveland felt …" has
# no reported clause (the object ends at the comma; the verb is the next clause's).
_NEW_SUBJECT = re.compile(r",\s+(?:[A-Z][\w'’-]*\s+){1,3}$")
# "maintains a wide lead over Sanders, and her debate performance … included": the verb is a
# coordinated clause's, after a new subject.
_NEW_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?:his|her|their|its|the|a|an)\s|,\s+(?:and|but),?\s+(?:[\w,-]+\s+){0,2}?(?:he|she|they|we)\s"
)
# A word in -ing that is a verb's, not a preposition's ("during", "including", "according").
VERB_ING = r"(?!(?:during|including|regarding|concerning|following|according)\b)[a-z]{3,}ing\b"
_COMMA_PARTICIPLE = re.compile(rf",\s+{VERB_ING}")
_COMMA_NAME = re.compile(r",\s+[A-Z][\w'’-]*\s+[a-z]")


def bare(m: str, pos: int, b: int) -> bool:
    """Does a clause with no "that" start at `pos`, its verb its own?"""
    found = BARE.match(m, pos, b)
    if found is None:
        return False
    verb = m.rfind(" ", pos, found.end()) + 1
    return _NEW_SUBJECT.search(m, pos, verb) is None and _NEW_CLAUSE.search(m, pos, verb) is None


# A name and a verb in the present: "said Obama enjoys the dinner", "says Russia wants talks".
# Not "Obama's plans", nor a people's adjective and a plural ("Russian sanctions against …",
# "Western reports about …"), nor a plural noun before a preposition.
_NAME_VERB = re.compile(
    r"\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?<!['’]s)(?<!ian|ern|ish|ese|ean)\s+(?:[a-z]{3,}ly\s+)?"
    r"(?!(?:news|times|rates|sales|affairs|politics|officials|ones)\b)[a-z]{2,}[^s\W]s"
    r"\s+(?!(?:about|against|of|for|in|on|at|from|to|with|near|over|by|into)\b)[a-z“\"]"
)
# A clause opening with a determiner and running on for a dozen words with no stop: its verb
# is there even when no auxiliary or "-ed" shows it. "said the same thing" is too short.
NP_CLAUSE = re.compile(
    r"\s+(?:the|these|those|most|many|some|all|both|his|her|their|our|its)\s+"
    r"(?!(?:same|following|words?|prayer|name|opposite|truth|things?|rest|latter|former)\b)"
    r"(?:[\w'’,-]+\s+){10}"
)


# A short subject, then a verb in the present that takes an object: "said each year of
# education yields a 10% bump", "said Trump’s use of social media gives his campaign …", "the
# AP report merits the appointment". The object's determiner tells the verb from a plural noun
# ("said the talks were …" is BARE's).
_PRESENT_OBJECT = re.compile(
    rf"\s+(?!(?:{_NOT_SUBJECT}|thanks|sorry)\b)"
    r"(?:[\w'’-]+\s+){1,6}?(?!(?:news|times|rates|sales|affairs|politics|officials|ones|series)\b)"
    r"[a-z]{2,}[^su\W]s\s+(?:a|an|the|his|her|its|their|our|my|your|no|more|\d|him|them|it|us|me|you)\b"
)


def present_object(m: str, pos: int, b: int) -> bool:
    """A clause whose verb is a present tense with an object: "said each year … yields a …"."""
    return _PRESENT_OBJECT.match(m, pos, b) is not None


def long_clause(m: str, pos: int, b: int) -> bool:
    """A clause whose present-tense verb BARE cannot tell: a dozen words from a determiner with
    no new subject after a comma, or a name and a verb in the present."""
    np = NP_CLAUSE.match(m, pos, b)
    # "mentioned his campaign … at the start of his speech, joking that": an object, then a participle
    clause = np and not _COMMA_NAME.search(np.group()) and not _COMMA_PARTICIPLE.search(m, pos, np.end() + 20)
    return bool(clause) or _NAME_VERB.match(m, pos, b) is not None
