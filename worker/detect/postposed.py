"""Attributions that stand after or inside their words: "A, X said Tuesday.", "Still, he said,
A", "As Mr. Bown observed, A", "A, as Mr. McDonough suggested."; the reported rule asks here
when no clause follows its cue."""

from __future__ import annotations

import re

from .article import Article
from .hearers import after_hearer, hearer_named_end
from .lexicon import DASH, IRREGULAR_PAST, TITLES, WHEN
from .phrase import Phrase
from .sayverbs import CUE, TELL

# Lowercase title words before a name: "..., former Fed Vice Chair Donald Kohn said."
# Also an organisation's name and a title: "..., SEIU spokesman Marc Goumbri said."
_TITLE_WORDS = re.compile(
    rf"(?:\s+(?:former|then|the|a|an|longtime|[a-z]+man|[a-z]+woman|[A-Z][\w.&’'-]*|(?:{TITLES})\b))*\s*$"
)
# "As X observed (in May), CONTENT": the words after the aside are X's.
# ("As Purple PAC's Crane said": an organisation's possessive between)
_AS_BEFORE = re.compile(
    r"(?<!\w)[Aa]s\s+(?:[Tt]he\s+(?:[a-z]+\s+){0,2})?(?:(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+)?$"
)  # ("as the nationalist Global Times tabloid noted")
_AS_OPENS = re.compile(r"[Aa]s\s+(?=[Tt]he\s)")
# "A, as X suggested.": only verbs of saying or thinking ("…, as X testified" tells a time)
_AS_SAID = frozenset(
    "said says suggested suggests noted notes argued argues predicted predicts observed observes wrote "  # noqa: SIM905
    "writes explained explains acknowledged acknowledges reported reports warned warns".split()
) | {"pointed out", "points out", "put it", "puts it"}
_AS_ASIDE = re.compile(
    r"(?:\s+(?:in|on|at|last|this|earlier|recently)\b[^,.;:]{0,30}|\s+[A-Z][a-z]+day)?\s*,\s*(?=\S)"
)
# What a parenthetical cue may carry before its comma: "…, he observed this week, …", ", Clinton
# suggested in a tweet, …".
_DATED = re.compile(
    rf"\s+(?:{WHEN}|today|yesterday|in\s+an?\s+(?:tweet|statement|interview|speech|post))(?=,)"
)
# A source credited after a comma: "…, the Chicago Sun-Times reported" at the sentence's end
# (a second credit), or "…, KING-TV reported, while …" before another's words.
_CREDIT = rf",\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){{1,4}}(?:{CUE.pattern})"
_SECOND_CREDIT = re.compile(rf"{_CREDIT}(?:\s+[^,.;:]{{1,30}})?[.!?]?\s*$")
_EARLIER_CREDIT = re.compile(rf"{_CREDIT}\s*,\s*(?:(?:while|and|but|as)\s+)?")
# The rest of a hearer the shortest match cut ("told his closest| advisers."): a few nouns.
_REST_OF_HEARER = re.compile(r"(?:\s+[a-z][\w'’-]*){1,3}")
# "Weighing in on the discussion, X agreed": a participle phrase with no verb after it,
# opening the sentence, is no one's words ("Cooling inflation remains …, X said" is).
_PARTICIPLE_OPENS = re.compile(r"\s*[A-Z][a-z]{2,}ing\s+(?!that\b)[a-z]")
_FINITE_IN = re.compile(
    rf"\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|"
    rf"[a-z]{{3,}}(?:ed|es)|[a-z]{{3,}}[^s\W]s|{IRREGULAR_PAST})\b"
)
# "A, Spicer said, adding, “B”": the participle after the cue opens the next statement
_PARTICIPLE_AFTER = re.compile(r"\s*,\s+(?:adding|saying|noting|arguing|explaining|insisting)\b")
_LISTING = re.compile(r"\b(?:including|such as|like|among them|notably|namely),\s*$")
_DASH_CONDITION = re.compile(rf"\s{DASH}\s(?=(?:if|when|whether|because|unless|although|though)\s)")
_JOINED = re.compile(r",\s+and\s+|;\s+")  # (not "but": "A, but B, he said" is all his)
# After a postposed cue: "Tuesday in Paris", "— also in line with …", ", noting …".
_AFTER_POSTPOSED = re.compile(
    r"(?:\s*(?:(?:on|in|at|during|last|this|after|following)\b[^,.;:]{0,70}|[A-Z]\w+day|today|yesterday|"
    r"(?:of|to|with)(?:\s+(?!(?:that|what|how|why|he|she|they|we|it)\b)[\w'’.-]+){1,3}(?=[.!?]?\s*$))){0,2}"
    # ("said of Clinton.", "said to reporters.", "said with a laugh.": a short phrase, last)
    r"(?:,\s+[\"“][^\"“”]{1,40}[\"”])?"  # "… in his 2012 book, “An American Son.”" (a title)
    r"(?:,?\s+(?:as|while|when|after|before|upon)\s+[^.;:]{1,120})?"  # "… said as he arrived in Ohio"
    r"(?:\s+[—–]\s+[^.;:]{0,200}|,\s+[a-z]{3,}ing\b.*)?[.!?]?\s*$"  # (a dash: the writer's aside)
)


def postposed_words(
    art: Article, a: int, b: int, v: int, after: int, word: str, phrase: Phrase, rule: str
) -> tuple[int | None, int, str, str | None]:
    """(start, end, rule, text) of the words the cue at `v` (its words end at `after`) with the
    subject `phrase` attributes from where it stands in the sentence [a, b); start None if none."""
    m = art.masked
    end = b
    named = phrase.span.seq if phrase.kind == "span" and phrase.span else phrase.start
    tail = max(a, named - 80)  # title words sit just before the name: scan only there
    head = m[a:tail] + _TITLE_WORDS.sub("", m[tail:named])
    opens = phrase.span.seq if phrase.span else phrase.start
    # "as X observed" ("As the paper noted": a description may take the "As" in)
    as_x = _AS_BEFORE.search(m, max(a, opens - 40), opens) or _AS_OPENS.match(m, opens)
    heard = after_hearer(m, word, after, b) if as_x and word in TELL else -1
    if heard >= 0:  # "As Clinton told the New York Daily News, A" (the hearer's name read whole)
        heard = hearer_named_end(m, heard, b)
    aside = _AS_ASIDE.match(m, heard if heard >= 0 else after, b) if as_x else None
    if aside and not CUE.search(m, aside.end(), b):
        # "Yet, as Mr. Bown observed, in the early days …" (not "As Levy reported, X told Y that")
        return aside.end(), end, "reported:as", None
    comma_as = as_x and m[a : as_x.start()].rstrip().endswith(",") and word in _AS_SAID
    if comma_as and as_x and _AFTER_POSTPOSED.match(m, after, b):
        # "Bridging that gap means cutting costs, as Mr. McDonough suggested at the meeting."
        before_as = m[a : as_x.start()].rstrip()
        if len(before_as.split()) >= 4:
            return a, a + len(before_as), "reported:postposed", None
    # ('This will lead to a “more sustained recovery,” Hoenig said': the comma inside the quote)
    comma_quoted = head[-1:] in "”\"" and art.text[a + len(head) - 2 : a + len(head) - 1] == ","
    if head.endswith(",") or comma_quoted:
        rest = m[max(after, after_hearer(m, word, after, b)) : b]  # past "told X"
        longer = _REST_OF_HEARER.match(rest) if word in TELL and not _AFTER_POSTPOSED.match(rest) else None
        rest = rest[longer.end() :] if longer and _AFTER_POSTPOSED.match(rest, longer.end()) else rest
        dated = _DATED.match(rest)  # "…, he observed this week, …"
        rest = rest[dated.end() :] if dated else rest
        verbless = _PARTICIPLE_OPENS.match(head) and not _FINITE_IN.search(head)
        if verbless and not _FINITE_IN.match(" " + rest.lstrip(" ,")):
            return None, end, rule, None  # (but "Putting the show together, he said, allowed him …")
        second = rest.lstrip().startswith(",") and _SECOND_CREDIT.search(rest) is not None
        if second and len(head.split()) >= 4:
            # "A, KING-TV reported, while in Chicago B, the Sun-Times reported": A only
            return a, a + len(head), "reported:postposed", None
        adding = _PARTICIPLE_AFTER.match(rest)
        if adding and len(head.split()) >= 4:  # "A, Spicer said, adding, “B”": A only; B is the participle's
            lo = max((c.end() for c in _EARLIER_CREDIT.finditer(m, a, a + len(head))), default=a)
            return lo, a + len(head), "reported:postposed", None
        if rest.lstrip().startswith(","):  # "Still, he said, he had friends ..."
            # the content on both sides of the attribution, as one statement, from the
            # attribution's own clause ("…, and coincidentally, he said, “…”")
            lo = max((j.end() for j in _JOINED.finditer(m, a, v)), default=a)
            # "Trump was back to implying A - if B, he said, C": the dash opens B, C (no part of A)
            lo = max((d.end() for d in _DASH_CONDITION.finditer(m, lo, v)), default=lo)
            words_after = b - len(rest) + rest.index(",") + 1
            if _LISTING.search(head):  # "… at Republican critics, including, he said, “…”": his words only
                return words_after, end, "reported:parenthetical", None
            text = f"{art.text[lo : a + len(head) - 1]} {art.text[words_after:b].strip()}"
            return lo, end, "reported:parenthetical", text
        if _AFTER_POSTPOSED.match(rest) and len(head.split()) >= 4:
            # "A, KING-TV reported, while in Chicago B, the Sun-Times reported": B only
            lo = max((c.end() for c in _EARLIER_CREDIT.finditer(m, a, a + len(head))), default=a)
            return lo, a + len(head), "reported:postposed", None
    return None, end, rule, None
