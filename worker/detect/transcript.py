"""Transcript turns: a paragraph opened by its speaker's name in capitals and a colon
("PENCE: Well, look, …"), as interviews and hearings are printed. Each turn is that
speaker's direct statement; a label that names no tracked actor is someone else's turn."""

from __future__ import annotations

import re

from .article import Article
from .lexicon import SIGN_OFF
from .sayverbs import CUE
from .speaker import Speaker
from .turn_labels import TURN, label_actor

# An interview printed as questions and answers: "Q: … ¶ A: I came home from school …".
_ANSWER = re.compile(r"A[:.]\s+(?P<says>\S)")
# (a scraped "QWhat would have happened?" has lost the space after a bold Q)
_QUESTION = re.compile(r"^Q(?:[:.]\s+\S|[A-Z][a-z’'])", re.MULTILINE)


def find_turn(art: Article, start: int, end: int) -> None:
    """The turn in the paragraph at [start, end), if it is one."""
    m = TURN.match(art.text, start, end)
    if not m:
        answer = _ANSWER.match(art.text, start, end)
        if answer is None or not _answer_turn(art, start, end, answer.start("says")):
            _go_on(art, start, end)
        return
    label = m.group("label")
    hit = label_actor(art.resolver.index, label)
    key = hit[0] if hit else f"?{label}"
    speaker = Speaker(hit[0] if hit else None, label, f"transcript:{hit[1]}" if hit else "untracked",
                      0.85 if hit else 0.0, key)
    art.note_speaker(start, speaker)
    says_end = end
    while says_end > m.start("says") and art.text[says_end - 1] in "\"” ":
        says_end -= 1  # the paragraph's own closing mark, if the transcript is quoted whole
    art.add(speaker, "direct", m.start("says"), says_end, 0.85, ("transcript:turn",))
    art.claimed.append((start, end))  # the label and all: no other rule reads a turn again


def _go_on(art: Article, start: int, end: int) -> None:
    """A quoted paragraph right after a turn, with no label of its own, goes on with it."""
    if art.text[start : start + 1] not in ('"', "“") or CUE.search(art.masked, start, end):
        return  # not quoted, or attributed in its own words
    if SIGN_OFF.match(art.text, start + 1, end):
        return  # the writer's sign-off ("Follow Pam Key on Twitter @pamkeyNEN"), not the turn's
    index = art.para_of(start).index
    before = art.speakers.get(index - 1)
    if not before or not before[-1][1].how.startswith("transcript"):
        return
    speaker = before[-1][1]
    art.note_speaker(start, speaker)
    says_end = end
    while says_end > start and art.text[says_end - 1] in "\"” ":
        says_end -= 1
    art.add(speaker, "direct", start + 1, says_end, 0.8, ("transcript:goes-on",))


def _answer_turn(art: Article, start: int, end: int, says: int) -> bool:
    """"A: …" in a questions-and-answers interview: the words of the one interviewed, the
    tracked person named most often before the first question (True when added)."""
    index = art.para_of(start).index
    previous = art.paras[index - 1] if index else None
    if previous is None or not _QUESTION.match(art.text, previous.start, previous.end):
        return False  # an answer follows its question ("A. Philip Randolph said" opens none)
    first_q = _QUESTION.search(art.text, 0, start)
    if first_q is None:
        return False
    counts: dict[str, int] = {}
    for ent in art.resolver.entities:
        if ent.pos >= first_q.start():
            break
        if ent.actor and ent.person:
            counts[ent.actor] = counts.get(ent.actor, 0) + 1
    if not counts:
        return False
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return False  # two people named as often: no guess at whom the interview is with
    actor = max(counts, key=counts.__getitem__)
    speaker = Speaker(actor, "A", "transcript:answer", 0.8, actor)
    art.note_speaker(start, speaker)
    art.add(speaker, "direct", says, end, 0.8, ("transcript:answer",))
    art.claimed.append((start, end))
    return True
