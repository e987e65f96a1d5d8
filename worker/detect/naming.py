"""Naming verbs whose object is a statement without quote marks: "described X as Y",
"called on X to …", "called for a special prosecutor to …", "called climate change a hoax"."""

from __future__ import annotations

import re

# "described the leadership as plagued by incompetence": a characterisation, quoted or not;
# not "described the scene as he walked" (a clause of time).
_AS = re.compile(
    r"(?:\s+[\w'’.-]+){1,10}?\s+as\s+(?!(?:he|she|it|they|we|I|you|there|if|though)\b|"
    r"(?:the|a|an|his|her|its|their)\s+\w+\s+(?:was|were|is|are|had|has|[a-z]+ed)\b)"
    r"(?:[a-z“\"]|[A-Z](?![\w-]*['’]s\b))"  # (not "described his years as Trump’s adviser")
)
# (not "called on Tuesday evening … to congratulate": a day; nor "on the phone")
_CALL_ON = re.compile(
    r"\s+(?:on|upon)\s+(?![A-Z][a-z]+day\b|the\s+(?:tele)?phone\b|(?:this|last|that)\s)(?:[\w'’.()-]+\s+){1,10}?to\s+[a-z]"
)
# "called for a special prosecutor to investigate", "called for an end to the strikes": a demand
# (not "called for help", "called for an hour").
_CALL_FOR = re.compile(
    r"\s+for\s+(?:(?=(?!during\b)[a-z]{3,}ing\s+[a-z])|"  # "called for ending discrimination"
    r"(?:a|an|the|all|his|her|their|its|more|new|some|both|greater|further|stronger|tougher|better|"
    r"immediate|swift|[\w-]+s)\s+(?!(?:hour|minute|day|week|while)\b))"  # "called for greater ethics"
    r"[\w'’-]+(?:\s+[\w'’-]+){2}"
)
# "called climate change a hoax", "called him a political opportunist": a name for something,
# a claim of its own; not "called a press conference", "called police a day later".
_CALL_A = re.compile(
    r"\s+(?!(?:for|on|in|out|off|up|back|it|a|an|the\s+(?:police|meeting|vote))\b)(?:[\w'’.-]+\s+){1,5}?"
    r"(?:a|an)\s+(?!(?:day|week|month|year|few|number|lot|bit|couple|meeting|halt|vote|press|news|"
    r"conference|series|time|moment|recess|strike|session|hearing|minute|second|total|dozen)\b)[a-z]"
)


def characterises(m: str, word: str, vend: int, end: int) -> bool:
    """Is the object of a naming verb a statement without quote marks: "described X as Y",
    "called on X to …", "called climate change a hoax"?"""
    if word.startswith(("descri", "label", "refer", "frame")):
        return bool(_AS.match(m, vend, end))
    return word.startswith("call") and bool(
        _CALL_ON.match(m, vend, end) or _CALL_A.match(m, vend, end) or _CALL_FOR.match(m, vend, end)
    )
