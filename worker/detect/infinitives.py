"""A saying in the infinitive, with a purpose: "Trump tweeted on Friday to say he had never
suggested a database", "took to Twitter to argue that …", "stood at a Bush event to say …",
"went on to say, “…”".
The sentence's subject says it; not a saying wanted, refused or expected ("declined to say",
"is expected to argue", "had nothing to say")."""

from __future__ import annotations

import re

from .article import Article
from .bare import BARE
from .cues import NEXT_CUE
from .phrase import last_word
from .quotes import MASK
from .subjects import main_subject

# (a literal " to" first: the engine skips ahead to it, and most sentences hold one; "to say, “…”"
# and "to say: “…”" take a quote after the mark)
_TO_SAY = re.compile(
    r" to\s+(?:(say|argue|insist|claim|warn|declare|stress|add)(?:\s+that|[,:](?=\s*[“\"]))?|"
    r"(deny|announce|explain|clarify|complain|reiterate|note)\s+that)\s+"  # ("to explain his remarks")
)
# The word before "to" that makes the saying one not (yet) made: wanted, refused, expected, owed.
_NOT_MADE = frozenset(
    """declined refused refuses refuse wants wanted want plans planned plan expected expects likely
    unlikely hard difficult early going able unable asked trying tried try hesitant reluctant willing
    prepared ready need needs needed has have had having nothing something anything much little more
    less enough what scheduled set due slated supposed allowed permitted forced eager ought used
    seemed seems seem appeared appears continued continues began begins begin started starts
    pressed urged told invited encouraged called fair safe better best easier
    him her them us me""".split()  # noqa: SIM905
)  # (an object before "to" says it: "led her to declare that …")
# A saying advised or supposed, not made: "would do better to say", "it's fair to say".
_MODAL = re.compile(r"\b(?:would|could|should|might|must|may)\b|\bit(?:['’]s|\s+is|\s+was)\s")


def find_infinitives(art: Article, a: int, b: int) -> None:
    """'X tweeted … to say that A' in the sentence at [a, b)."""
    m = art.masked
    for p in _TO_SAY.finditer(m, a, b):
        verb = p.group(1) or p.group(2)
        before = m[max(a, p.start() - 30) : p.start()]
        if last_word(before) in _NOT_MADE or _MODAL.search(before) or art.is_claimed(p.start(), p.end()):
            continue
        start = p.end()
        if not (m.startswith(("“", '"'), start) or BARE.match(m, start - 1, b)):
            continue  # "to say goodbye", "to deny the report": no words of the speaker's
        phrase = main_subject(m, a, p.start(), art.spans_in(a, p.start()))
        speaker = art.speaker(phrase) if phrase else None
        if speaker is None:
            continue
        nxt = NEXT_CUE.search(m, start, b)
        end = nxt.start() if nxt else b
        kind = "direct" if MASK in m[start:end] else "indirect"
        art.add(speaker, kind, start, end, 0.75, ("reported:infinitive", f"cue:{verb}"))
