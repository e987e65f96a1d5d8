"""Objects after a cue that report no words: "said things that are untrue", "wrote a memoir of
her time …", "maintained a large lead", "predicted the outcome of every election", "answers a
question as X listens", "posted a photo of herself". The cue has no reported clause then."""

from __future__ import annotations

import re

from .quotes import MASK

_WRITTEN_WORK = re.compile(
    r"\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+,?\s+){0,3}?(?:book|memoir|letter|column|op-ed|essay|"
    r"article|piece|report|note|email|post|blog|biography|novel|dissertation|thesis|speech)\b"
)
# "maintained a large lead", "maintains the title campaign manager": kept, no saying
_HELD_OBJECT = re.compile(r"\s+(?:a|an|the\s+(?:title|role|post|position|lead|office|seat|job|rank))\s")
# "predicted the outcome of every election since 1984": a forecaster's record, no forecast
_PREDICTED_THING = re.compile(r"\s+(?:the\s+)?(?:[a-z]+\s+)?(?:outcomes?|results?|winners?)\b")
_QUESTION_OBJECT = re.compile(r"\s+(?:a|the|another|some|several|many)?\s*(?:[a-z]+\s+)?questions?\b")
_POSTED_THING = re.compile(
    r"\s+(?:a|an|the|his|her|their)\s+(?:[a-z-]+\s+)?(?:photo|photograph|picture|image|video|clip|link|meme|selfie)s?\b"
)
# 'said “CNN” five times': a word mentioned, counted, no words said
_COUNTED = re.compile(rf"\s+[“\"‘][{MASK}]+[”\"’]\s+(?:(?:\w+|\d+)\s+times|once|twice)\b")
# "conceded the race to Clinton", "conceding defeat": a contest given up, no words
_CONCEDED_THING = re.compile(
    r"\s+(?:the\s+(?:[a-z]+\s+)?(?:race|election|nomination|primary|contest|state|point|seat)|defeat)\b"
)
_ANNOUNCED_EVENT = re.compile(
    r"\s+(?:his|her|their|its|a)\s+(?:[a-z]+\s+)?(?:candidacy|campaign|bid|run|retirement|resignation|withdrawal)\b"
)
# "reported daily to Louis B. Mayer": a boss reported to, no report (unless "that" follows)
_REPORTED_TO = re.compile(r"\s+(?:[a-z]+ly\s+)?to\s+(?![a-z]+\s)")
# "responded Friday to reports that …": what is answered, not the answer
_RESPONDED_TO = re.compile(r"\s+(?:[A-Z][a-z]+day\s+)?to\s")
_VAGUE_OBJECT = re.compile(
    r"\s+(?:many\s+|some\s+|other\s+)?(?:things|something|anything|nothing|everything|words)\s+(?:that|which)\b"
)

# "reiterated them on Hugh Hewitt's show": what was said is told before, by a pronoun
_POINTING_BACK = re.compile(r"\s+(?:them|this|it|these|those)\s+(?:on|in|at|during|with|again)\b")


def mere_object(m: str, word: str, pos: int, b: int) -> bool:
    """Does an object that reports no words follow the cue `word` at `pos` of the masked text?"""
    if _VAGUE_OBJECT.match(m, pos, b) or _COUNTED.match(m, pos, b) or _POINTING_BACK.match(m, pos, b):
        return True  # ("reiterated them on Hugh Hewitt's show", "explained this in the past": said before)
    if word in ("wrote", "writes") and _WRITTEN_WORK.match(m, pos, b):
        return True  # "Mariano wrote a memoir of her time …": a work
    if word.startswith("maintain") and _HELD_OBJECT.match(m, pos, b):
        return True  # "Trump maintained a large lead …": kept, no saying
    if word.startswith("predict") and _PREDICTED_THING.match(m, pos, b):
        return True
    if word.startswith("conced") and _CONCEDED_THING.match(m, pos, b):
        return True
    if word.startswith("announc") and _ANNOUNCED_EVENT.match(m, pos, b):
        return True  # "Trump announced his candidacy in June 2015": an event, no words
    if word in ("responded", "responds") and _RESPONDED_TO.match(m, pos, b):
        return MASK not in m[pos:b]  # (but 'responded to X: “…”' quotes the answer)
    if word in ("reported", "reports") and _REPORTED_TO.match(m, pos, b):
        return " that " not in m[pos:b] and MASK not in m[pos:b]
    if word.startswith("answer") and _QUESTION_OBJECT.match(m, pos, b):
        return True  # "Kasich answers a question as Jeb Bush listens": a caption
    # "Palin posted a photo of herself and her son, who has …": a picture
    return word in ("posted", "posts", "tweeted", "tweets") and _POSTED_THING.match(m, pos, b) is not None
