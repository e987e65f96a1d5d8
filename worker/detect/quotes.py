"""Quote spans: every quotation style, nesting, and quotes left open at a paragraph end."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Typewriter quotes (two apostrophes, in NYT copy) count as a straight double mark; three
# apostrophes are one of those and a nested single quote's mark: ''A, 'B,''' he said.
_DOUBLE_TYPED = re.compile(r"'''?|[\"“”„«»]")
_DOUBLE = re.compile(r"[\"“”„«»]")  # (a faster scan, where no two apostrophes meet)
# Single quotes only where they cannot be apostrophes: no letter before the opener,
# no letter after the closer (so "Putin's" and "don’t" never open or close a quote).
# (and the single guillemets of Swiss and French copy: ‹…›)
_SINGLE = re.compile(r"(?<![\w])[‘'‹](?=[^\s'’›])([^‘’'‹›\n]*?[^\s‘'‹])[’'›](?![\w])")
# Scraped copy mixes straight and curly marks ('"She is ...,” he said'): a straight
# mark may close a curly quote and a curly closer a straight one.
_CLOSERS = {"“": "”\"", "„": "“”", "«": "»", "»": "«", '"': '"”', "”": "”"}
_SAID_COMMA = re.compile(r"\b(?:said|says|added|adds|told \w+|asked),$")
_NESTED_OPEN = re.compile(r"[\"“] ['‘]")
_NESTED_CLOSE = re.compile(r"['’] [\"”]")
MASK = "\u2591"  # stands in for quoted words, so cue patterns never match inside quotes


@dataclass(frozen=True, slots=True)
class Quote:
    """Quoted words at [start, end) of the text; `open`/`close` are the mark offsets."""

    start: int
    end: int
    open: int
    close: int | None  # None: left open at the paragraph end (a multi-paragraph quote)
    para: int

    @property
    def closed(self) -> bool:
        return self.close is not None


def _doubles(text: str, base: int, para: int) -> list[Quote]:
    out: list[Quote] = []
    opened: tuple[int, str] | None = None
    nested = False  # opened as '“ ‘': closes as '’ ”', the mark after a space
    skip = 1  # the opening mark's width
    inner = False  # inside a straight pair nested in a curly quote
    for m in (_DOUBLE_TYPED if "''" in text else _DOUBLE).finditer(text):
        ch, i = m.group(), m.start()
        typed = ch[0] == "'"  # its words start after two marks; a third closes a nested quote
        if typed:
            ch = '"'
        if opened is None:
            after = text[m.end() : m.end() + 1]
            if after and not after.isspace():  # a closer with no opener is a stray mark
                opened, nested, skip = (i, ch), False, 2 if typed else 1
            elif typed:
                continue
            elif ch in '"”' and _SAID_COMMA.search(text, max(0, i - 12), i) and text[i + 1 : i + 4].strip():
                opened, nested, skip = (i, ch), False, 1  # 'Ryan said," Look, …': the space slipped inside
            elif _NESTED_OPEN.match(text, i) and _NESTED_CLOSE.search(text, i + 3, i + 3000):
                # '" \'A,\' he said. B.\' "': a quote of a quote, spaced out
                opened, nested, skip = (i, ch), True, 1
            continue
        o, och = opened
        if i == o + 1:
            opened = (i, och)  # a doubled opening mark (“”This ...): the quote starts after it
            continue
        before = text[i - 1 : i]
        if ch == '"' and och == "“" and (inner or (before.isspace() and _curly_close_ahead(text, i))):
            inner = not inner  # '“He said "no" to us”': a straight pair nested in a curly quote
            continue  # (but '“A," he said. "B.”' closes at the first straight mark)
        spaced = nested and text[i - 2 : i - 1] in "'’"
        if (ch in _CLOSERS[och] and (not before.isspace() or spaced)) or (ch == och == '"'):
            end = i + 1 if typed and len(m.group()) == 3 else i
            close = i + len(m.group()) - 1  # (the last of two typed marks: what follows is after both)
            out.append(Quote(base + o + skip, base + end, base + o, base + close, para))
            opened, inner = None, False
        elif ch in "“„«" and before.isspace():  # an opener while open: the last one never closed
            out.append(Quote(base + o + skip, base + i - 1, base + o, None, para))
            opened, skip = (i, ch), 1
    if opened is not None:
        o = opened[0]
        out.append(Quote(base + o + skip, base + len(text), base + o, None, para))
    return out


def _curly_close_ahead(text: str, i: int) -> bool:
    """Does a curly closer follow before the next curly opener?"""
    nxt = text.find("“", i + 1)
    return "”" in text[i + 1 : nxt if nxt >= 0 else len(text)]


def find_quotes(paragraphs: list[tuple[int, str]]) -> list[Quote]:
    """Quotes of every paragraph, in order; `paragraphs` are (offset, text) pairs."""
    quotes: list[Quote] = []
    for para, (base, text) in enumerate(paragraphs):
        found = _doubles(text, base, para)
        if "'" in text or "‘" in text or "‹" in text:
            for m in _SINGLE.finditer(text):
                s, e = base + m.start(1), base + m.end(1)
                if not any(q.open <= e and s <= q.end + 1 for q in found):  # nested or overlapping
                    found.append(Quote(s, e, s - 1, e, para))
        found.sort(key=lambda q: q.start)
        quotes.extend(found)
    return quotes


# An editor's bracketed insertion names the speaker ('“…,” [Bruck] said', '[He] added'): the
# brackets go, so that the name reads as written.
_INSERTED = re.compile(r"\[((?:[A-Z][\w.'’-]*|the|[Hh]e|[Ss]he|[Tt]hey)(?: [A-Z][\w.'’-]*){0,3})\]")


def mask(text: str, quotes: list[Quote]) -> str:
    """`text` with quoted words replaced by MASK characters and editors' brackets around a
    name dropped (offsets unchanged)."""
    if "[" in text:
        text = _INSERTED.sub(lambda m: f" {m.group(1)} ", text)
    if not quotes:
        return text
    parts: list[str] = []
    pos = 0
    for q in quotes:
        start = max(q.start, pos)
        parts.append(text[pos:start])
        parts.append(MASK * max(0, q.end - start))
        pos = max(pos, q.end)
    parts.append(text[pos:])
    return "".join(parts)


def words(text: str) -> int:
    return len(text.split())


_MINOR = frozenset("a an the of and or nor in on at to for with by from as but vs into".split())  # noqa: SIM905


# A verb or a personal pronoun makes title-case words a sentence ("We Need …").
_SENTENCE = frozenset(
    """is are was were will would can could must should need needs has have had do does did
    i we you they he she it we're i'm it's they're you're won't can't don't isn't""".split()  # noqa: SIM905
)


# Before a quoted noun phrase inside a sentence: 'a question on the “privatization of jobs,” X said'
# (the cue after it attributes the whole sentence, or a clause of its own).
NOUN_QUOTE = re.compile(r"\b(?:on|of|about|for|with|to|from|in|over)\s+(?:the|a|an|his|her|their|its)\s+$")
# Before a quote that a speaker only cites: 'X, citing “the magic of Trump,” said …'.
CITING = re.compile(r"\b(?:citing|quoting|invoking|echoing)\s+$")
# Before a quote that names a show or a work: 'on NBC's “Meet the Press”', 'In “Hail, Caesar!,”'.
TITLE_BEFORE = re.compile(r"\b(?:[Ii]n|[Oo]n|of|from|about|for|with)\s*(?:[A-Z][\w.&]*['’]s\s+)?$")


def is_title(text: str, least: int = 3) -> bool:
    """Quoted words that read as the title of a work or a slogan ("On the Historical Unity
    of Russians and Ukrainians"): every word but the minor ones capitalised, no full stop, and
    `least` major words (two do after "on": 'on “Morning Joe”')."""
    text = text.strip(" ,")
    if text[-1:] in ".!?…":
        return False
    words = text.split()
    major = 0
    for w in words:  # most quotes are sentences: the first major word in lower case ends the test
        if w.lower() in _MINOR:
            continue
        if not (w[:1].isupper() or w[:1].isdigit()):
            return False
        major += 1
    low = {w.strip(",;:").lower().replace("’", "'") for w in words}
    # "Low Rate Policy Is A Dangerous Gamble": a headline, still a claim
    return major >= least and not (low & _SENTENCE)
