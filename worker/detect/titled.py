"""Descriptions by title: "the Kremlin spokesman", "the senator from Vermont", "the former CEO
of Hewlett-Packard", and the aides and staff whose words are someone's organisation's or no
one's we can name. np_before (phrases.py) asks here once no name ends the subject."""

from __future__ import annotations

import re

from .lexicon import PREP, STAFF, TITLE_SET, TITLES
from .names import Span
from .phrase import Phrase, last_word

# Searched with "$" over a segment: the lookbehind fails fast inside words, so the title
# alternation is tried at word starts only (a tenth of the positions).
_TITLE_NP = re.compile(
    rf"(?<![\w.'’-])(?!(?:as|but|and|so|yet|then|when|while|if|because)\s)"  # ("As the paper noted")
    rf"(?:\b(?P<det>the|a|an|its|his|her|their|this|that)\s+)?"
    rf"(?P<mods>(?:(?:[A-Z][\w.'’-]*|[a-z][\w-]*)\s+){{0,3}}?)"
    rf"(?P<head>{TITLES})$",
    re.IGNORECASE,
)
# One person under two roles: "the former secretary of state and current Democratic
# presidential nominee" (not "the minister and his aides", nor "the X and the Y": two parties).
_BOTH_ROLES = re.compile(
    rf"\b[Tt]he\s+(?P<first>(?:[\w.'’-]+\s+){{1,5}}?)and\s+(?!(?:the|a|an|his|her|its|their)\s)"
    rf"(?:(?:[A-Z][\w.'’-]*|[a-z][\w-]*)\s+){{0,3}}?(?P<head>{TITLES})$"
)
_THE_IN = re.compile(r"\bthe\s")
# "As the paper noted": "as" opening a clause, no preposition ("such as the paper" is one).
_AS_CLAUSE = re.compile(r"(?:^|[.!?:;,]\s*|\n|\b(?:[Bb]ut|[Aa]nd|[Jj]ust|[Ss]o)\s+)[Aa]s\s+$")
# A spokesman (official …) for an organisation: its words.
STAFF_OF = re.compile(
    r"(?:\b(?:a|an|the|A|An|The)\s+)?\b(?:spokesman|spokeswoman|spokesperson|official|"
    r"representative|executive|aide|[Ss]taff|[Ss]taffer|[Ll]eader)s?\s+(?:for|of|at)\s+(?:the\s+)?$"
)
_MOD_PREP = re.compile(r"\b(?:to|of|for|with|by|from|at|in|on|about|against)\s")
_KEEPERS = frozenset(
    "lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson aide aides adviser advisers "  # noqa: SIM905
    "advisor advisors".split()
)
# A capitalised run opened by a title and "of": "CEO of Hewlett-Packard", "President of Mexico".
HEAD_OF = re.compile(rf"(?:{TITLES})\s+(of|for)\s+", re.IGNORECASE)


def title_of(m: str, lo: int, seq: int, end: int, prep: str) -> Phrase | None:
    """"The senator from Vermont" ending at `end` (its place or organisation at `seq`, untracked,
    after the preposition `prep`): a description of a person, resolved by its title's head."""
    pre = m[lo:seq].rstrip()
    pre = pre[: len(pre) - len(prep)].rstrip()
    t = _TITLE_NP.search(pre[-80:]) if pre and title_end(pre) else None
    if t is None or (t.group("det") or "").lower() != "the" or t.group("head").lower() in STAFF:
        return None
    start = lo + len(pre) - len(t.group(0))
    return Phrase("title", start, end, m[start:end], head=t.group("head").lower())


def title_end(seg: str) -> bool:
    """Does `seg` end with a title word ("… the Kremlin spokesman", "the White House")? A set
    lookup on the last words, not a regex of every title tried at each position."""
    words = seg[-24:].lower().split()
    if not words:
        return False
    last = words[-1]
    if last in TITLE_SET or last.rsplit("-", 1)[-1] in TITLE_SET:
        return True
    return (len(words) > 1 and f"{words[-2]} {last}" in TITLE_SET) or " ".join(words[-3:]) in TITLE_SET


def only_titles(text: str) -> bool:
    """A capitalised run that is a title only: "the First Lady", "the President-elect"."""
    return all(w.lower() in TITLE_SET or w == "First" for w in text.split())


def title_phrase(
    m: str, lo: int, end: int, seg: str, ends: dict[int, Span], antecedent: bool
) -> Phrase | None:
    """The description ending the segment `seg` (= m[lo:end]): "the Kremlin spokesman", "the
    former first lady and U.S. senator", "His lawyer" (blocked: whose?), "a spokesman"
    (blocked: unnamed); None when it ends with no title."""
    t = _TITLE_NP.search(seg[-80:]) if title_end(seg) else None
    both = _BOTH_ROLES.search(seg[-140:]) if t else None
    first = both.group("first").lower().split() if both else []
    if both and TITLE_SET.intersection(first) and both.group("head").lower() not in first:
        # "the former first lady and U.S. senator said": one person, described twice
        start = end - len(both.group(0))
        return Phrase("title", start, end, both.group(0), head=both.group("head").lower())
    if t:
        start = end - len(t.group(0))
        det = (t.group("det") or "").lower()
        mods = t.group("mods")
        head = t.group("head").lower()
        staff_of = ends.get(end - len(t.group("head")) - 1)
        if head in STAFF and staff_of and staff_of.seq >= start:  # "a Kremlin spokesman"
            if det == "the" and not head.endswith(("s", "people")):  # maybe a named one
                return Phrase("title", start, end, t.group(0), staff_of, head=head)
            return Phrase("org", start, end, t.group(0), staff_of)
        possessor = re.search(r"['’]s\s", mods)
        # "one/another/some aide", "former officials": unnamed; but "the former aide" is
        # the one introduced before ("X, a former aide to the governor")
        unnamed = re.match(r"(?:one|another|other|some)\b", mods, re.I) or (
            det != "the" and re.match(r"former\b", mods, re.I)
        )
        if det in ("a", "an") or unnamed:
            return Phrase("blocked", start, end, t.group(0))
        prev = last_word(m[max(lo, start - 20) : start])
        opener_as = prev == "as" and _AS_CLAUSE.search(m, max(0, start - 30), start) is not None
        inside = (prev in PREP and prev not in ("and", "or") and not opener_as) or _MOD_PREP.search(mods)
        named = antecedent and inside and any(lo <= e < start for e in ends)  # "X endured a lecture from …"
        the = _THE_IN.search(t.group(0)) if antecedent and inside else None
        if the:  # "a reversal for the Wisconsin Republican, who had pledged": the description
            # (after a name, "titled": only one the article gave that title, never a guess)
            kind = "titled" if named else "title"
            return Phrase(kind, start + the.start(), end, t.group(0)[the.start() :], head=head)
        if inside and not STAFF_OF.search(m, max(lo, start - 60), end - len(t.group("head")) - 1):
            # "Her submission to the court noted": the title is an object, the subject is
            # something else (but "a spokesman for the ministry said" is the ministry's)
            return Phrase("blocked", start, end, t.group(0))
        if det in ("his", "her", "their") and head in _KEEPERS:
            # "His lawyer said": someone's lawyer, whom a title alone cannot tell
            return Phrase("blocked", start, end, t.group(0))
        if det in ("the", "its", "his", "her", "their") or mods[:1].isupper() or possessor:
            return Phrase("title", start, end, t.group(0), head=t.group("head").lower())
    return None
