"""Where a reported clause ends: before a main clause with a speaker of its own ("said that A,
and that B" goes on: one statement, as PolNeAR's annotators mark it)."""

from __future__ import annotations

import re

from .attribution import subject_before
from .clauses import clause_start
from .lexicon import DASH, TITLES
from .names import Span
from .quotes import MASK
from .sayverbs import CUE
from .subjects import SUBORDINATE_OPEN

# Title words between a comma and the next speaker: ", U.S. Secretary of State X said".
_LINK = re.compile(r"\s+(?:while|whereas|but|and|though|although)(?=\s)")
_TITLE_GAP = re.compile(rf"(?:\s+(?:former|then|the|of|for|[A-Z][\w.&’'-]*|(?i:{TITLES})\b))*\s*")


def clause_end(m: str, start: int, end: int, ends: dict[int, Span]) -> int:
    """Where a reported clause stops: before a main clause with its own speaker ("After
    Russia said that A, Clinton said B": Russia's words are A only), else `end`."""
    for cue in CUE.finditer(m, start, end):
        comma = m.rfind(",", start, cue.start())
        if comma >= 0 and not m[comma + 1 : cue.start()].strip():  # ", and X, the adviser, said"
            earlier = m.rfind(",", start, m.rfind(",", start, comma))  # past the apposition
            comma = earlier if earlier >= 0 and _LINK.match(m, earlier + 1, cue.start()) else comma
        if comma < 0:
            continue
        link = _LINK.match(m, comma + 1, cue.start())  # ", while Cruz said that B"
        phrase = subject_before(m, link.end() if link else comma + 1, cue.start(), ends)
        if not phrase or not _TITLE_GAP.fullmatch(m, link.end() if link else comma + 1, phrase.start):
            continue
        if clause_start(m, cue.group(), cue.start(), cue.end(), end) is not None:
            return comma  # not a closing "…, he said." that repeats the attribution
    while_x = _WHILE_NAME.search(m, start, end)
    if while_x and CUE.match(m, while_x.end()):  # "accuses X of A while Sanders suggests B"
        end = while_x.start()
    to_which = _TO_WHICH.search(m, start, end)
    if to_which:  # "that A, to which O'Malley interjected: …": the interjection is another's
        end = to_which.start()
    colon = _COLON_QUOTE.search(m, start, end)
    if colon and CUE.match(m, colon.end()):
        return colon.start()  # 'that A: “B,” he claimed': the quote has an attribution of its own
    return end


_WHILE_NAME = re.compile(r"\s+(?:while|whereas)\s+(?:[A-Z][\w'’.-]*\s+){1,3}")
_TO_WHICH = re.compile(r",\s+(?:to|at|after|upon)\s+which\s")
# 'asserted that France had lost its identity: “France is no longer France,” he claimed.', 'suggested
# A - “He would have loved Stalin,” Mr. Biden said twice - and …': a dash opens it too
_COLON_QUOTE = re.compile(
    rf"(?::|\s{DASH})\s*[“\"]{MASK}+[”\"],?\s+(?:he|she|they|(?:[A-Z][\w'’.-]*\s+){{1,3}})\s*"
)


_COMMA = re.compile(rf",|(?<={MASK})[”\"](?=\s+(?:he|she|they|it|we|I)\s)")
_NOT_MAIN = re.compile(
    r"\s*(?:which|who|whom|whose|where|and|but|or|was|is|were|are|has|had|have|will|would|[a-z]+ly)\b"
)
_CONJUNCTIONS = frozenset(("While", "When", "If", "Although", "Though", "Because", "Once"))
# A cue inside an aside set off by dashes: its words end at the closing dash.
_DASH_OPEN = re.compile(r"(?:—|–|\s--)\s[^—–]{0,40}$")
_DASH = re.compile(r"\s(?:—|–|--)\s")


def trimmed_end(m: str, a: int, v: int, subject: int, start: int, end: int, clause: bool) -> int:
    """Where the words of the cue at `v` (sentence from `a`, subject at `subject`) end, cut
    before what is not theirs: a closing dash, a subordinate clause's comma, a semicolon with
    another cue after it."""
    # an aside still open at the cue: an odd number of dashes before it in the sentence
    if _DASH_OPEN.search(m, max(a, v - 40), v) and len(_DASH.findall(m, a, v)) % 2 == 1:
        close = _DASH.search(m, start, end)  # "Trump — even as he says A — has proposed little"
        end = close.start() if close else end
    opener = SUBORDINATE_OPEN.match(m, a, subject)
    # ("After he said …," but not "After the meeting Kellogg said …": a preposition's phrase)
    conjunction = opener is not None and (opener.group(1) in _CONJUNCTIONS or opener.end() == subject)
    if clause and conjunction and "," not in m[a:v]:
        # "While he allowed that A, Kellogg estimated …": A ends at the comma the main clause opens
        # after (not at ", which Putin announced," nor at ", was holding")
        main = next((c for c in _COMMA.finditer(m, start, end) if not _NOT_MAIN.match(m, c.end())), None)
        if main is not None:  # (a quote's comma is masked: its closing mark stays in the words)
            end = main.start() if main.group() == "," else main.end()
    semi = m.find(";", start, end)
    if semi > 0 and CUE.search(m, semi, end):
        end = semi  # "said A; the State Department has indicated that B": B is another's
    return end
