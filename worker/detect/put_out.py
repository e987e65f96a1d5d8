"""A document as a speaker: "X sent a letter to Y …. The letter said A" speaks for the one who
put it out (coref.py resolves them), "a report … written by the CIA" for no one here."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

# Verbs that put out a document, whose subject then speaks through it; and a document
# written by someone else ("a report … written by the CIA").
_PUT_OUT = r"(?:sent|issued|released|provided|published|put\s+out|wrote|signed|posted|filed|delivered)"
_WRITTEN_BY = re.compile(r"\b(?:by|from)\s+(?:the\s+)?[A-Z]")


# ... or a cue said in it: "X said in a statement …. The statement added that A"
_SAID_IN = r"(?:said|says|announced|added|wrote)\s+(?:[\w-]+\s+){0,3}?in"


@lru_cache(maxsize=32)
def _put_out(head: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_PUT_OUT}|{_SAID_IN})\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{head}\b")


def put_out_at(m: str, sentence_starts: list[int], head: str, pos: int) -> int | None:
    """Where the verb that put out the document `head` ("letter") read at `pos` stands, two
    sentences back at most; None when none was put out, or someone else wrote it."""
    found = list(_put_out(head).finditer(m, max(0, pos - 600), pos))
    if not found:
        return None  # no guess: the reported rule still notes that someone spoke
    at = found[-1].start()
    if bisect.bisect_right(sentence_starts, pos) - bisect.bisect_right(sentence_starts, at) > 2:
        return None
    i = bisect.bisect_right(sentence_starts, at)
    sentence_end = sentence_starts[i] if i < len(sentence_starts) else len(m)
    if _WRITTEN_BY.search(m, found[-1].end(), min(pos, sentence_end)):
        return None  # "provided a report … that had been written by the CIA": the CIA's
    return at
