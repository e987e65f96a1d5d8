"""Direct quotes: attribution after ('“…,” X said') or before ('X said: “…”'), split
quotes, and quote paragraphs that continue the previous speaker."""

from __future__ import annotations

import re

from worker.records import Statement

from .article import Article
from .attribution import COORDINATED, subject_before
from .continuation import answers_own, chained, continued, coordinated, left_open
from .cues import noun_use
from .intros import credit_line, lead_in, parenthetical, subject_colon
from .inverted import subject_after
from .participles import PARTICIPLE
from .phrases import Phrase, np_before
from .quotes import MASK, Quote, is_title, words
from .sayverbs import CONTINUATIVE, CUE, SOURCE_CUES
from .speaker import Speaker
from .subjects import main_subject

_LEAD = re.compile(r"[\s,—–-]*")
# What may sit between a cue and the quote it introduces: "told reporters:", "said of X,".
# "said:", "said on Monday,", "responded pointedly, with a smile:" (two short phrases at most)
_INTRO = re.compile(
    r"(?:(?:\s+[^,:;.!?\u2591]{1,30}?,)?\s+[^,:;.!?\u2591]{1,60}?\s*[,:]|\s*[,:]|\s+that|\s+against)?\s*$"
)
_VERB = re.compile(r"\b[a-z]+(?:ed|es|s)\b")
_SCARE = re.compile(rf"[“\"‘]{MASK}{{1,25}}[”\"’]")
_INTRODUCES = re.compile(r":\s*[“\"‘«„]?$")  # a lead ending in a colon introduces the quote
_REDUCED = re.compile(r"\b(?:when|if|as|once|after|before|until|unless)\s+$")
_DASH = re.compile(r"\s(?:-{1,2}|—|–)\s")
_CONNECT = re.compile(r"\s*(?:(?:And|But|So|Then|Still|Yet|As)\b[\s,]*)?")


def _after(art: Article, q: Quote, hi: int) -> tuple[Phrase, int, str] | None:
    m = art.masked
    lo = (q.close or q.end) + 1
    inner = art.text[q.start : q.end].rstrip().rstrip("'’\"”")
    lead = _LEAD.match(m, lo, hi)
    at = lead.end() if lead else lo
    # A quote that trails off ('“… but with this law ...” she said') ends like one with a comma.
    if not (inner[-1:] in ",!?—–-…" or inner.endswith("...") or m[lo:at].strip()):
        return None
    cue = CUE.search(m, at, min(hi, at + 220))  # the speaker still opens it (45 below)
    if not cue:
        return _any_verb(art, at, hi)
    if m[at : cue.start()].strip() == "":
        phrase = subject_after(m, cue.end(), hi, art.starts)
        if phrase is None:
            return None  # 'his last name “given the climate,” said it was': no attribution
    else:
        phrase = subject_before(m, at, cue.start(), art.ends)
        if phrase and phrase.start - at > 45:
            return None
    if phrase is None:
        art.note_unknown(cue.start())  # attributed to someone these rules cannot name
    return (phrase, cue.start(), cue.group()) if phrase else None


def _after_limit(art: Article, q: Quote, hi: int, b: int) -> int:
    """How far an attribution after `q` may lie: '“… impressed!” Trump tweeted' is cut
    in two sentences at the "!", but the next sentence still attributes the quote."""
    if hi < b or q.close is None or art.masked[q.close + 1 : b].strip(" ”\"’'"):
        return hi
    ends = art.text[q.start : q.close].rstrip()
    if ends[-1:] not in ("!", "?", "…") and not ends.endswith("..."):
        return hi
    a2, b2 = art.sentence_of(b)
    if a2 != b or art.para_of(b).index != q.para:
        return hi
    later = [o.open for o in art.quotes_in(b, b2)]
    return min(later[0], b2) if later else b2


def _any_verb(art: Article, at: int, hi: int) -> tuple[Phrase, int, str] | None:
    """'“…,” the President-elect fumed': right after a quote, a name and any past-tense
    or present verb attribute it, whatever the verb."""
    for w in _VERB.finditer(art.masked, at, min(hi, at + 60)):
        phrase = subject_before(art.masked, at, w.start(), art.ends)
        if phrase and phrase.start - at <= 4:
            return phrase, w.start(), f"{w.group()}(any)"
    return None


def _before(art: Article, lo: int, q: Quote) -> tuple[Phrase, int, str] | None:
    m = art.masked
    seg = m[lo : q.open]
    # "who told Congress when asked about it: “…”": the reduced clause's verb is no cue
    cues = [
        c for c in CUE.finditer(m, lo, q.open) if not _REDUCED.search(m, max(lo, c.start() - 12), c.start())
    ]
    # "he concluded: “…”", not "as she concluded her arguments, “…”" (an object, no intro)
    bare = cues and (cues[-1].group() not in CONTINUATIVE or not m[cues[-1].end() : q.open].strip(" ,:“\""))
    if cues and bare and _INTRO.match(m, cues[-1].end(), q.open):
        cue = cues[-1]
        if cue.group().lower() in SOURCE_CUES or (cue.group()[0].isupper() and cue.start() == lo):
            phrase = subject_after(m, cue.end(), q.open, art.starts)  # "Said Ellis: “…”"
        else:
            phrase = subject_before(m, lo, cue.start(), art.ends)
            if phrase is None and COORDINATED.search(m, lo, cue.start()):  # "X spoke and said:"
                phrase = main_subject(m, lo, cue.start(), art.spans_in(lo, cue.start()))
            if phrase is None and m[cue.end() : q.open].rstrip().endswith(","):
                phrase = parenthetical(art, lo, cue, q.open)
        return (phrase, cue.start(), cue.group()) if phrase else None
    if seg.rstrip().endswith(":"):  # "Peskov: “…”"
        colon = lo + len(seg.rstrip()) - 1
        start = _CONNECT.match(m, lo, colon)
        phrase = np_before(m, start.end() if start else lo, colon, art.ends)
        if phrase and phrase.kind == "span" and phrase.span and phrase.span.seq <= start.end() + 1:
            return phrase, colon, ":"
        phrase = subject_colon(art, start.end() if start else lo, colon)
        if phrase:
            return phrase, colon, ":"
        dash = max((d.end() for d in _DASH.finditer(m, lo, colon)), default=-1)
        phrase = np_before(m, dash, colon, art.ends) if dash > 0 else None
        if phrase and phrase.kind == "span" and phrase.span and phrase.span.seq <= dash + 1:
            return phrase, colon, ":"  # "A SUMMARY LINE - Philip Bump: “…”": a digest's credit
    return None


def _scare_quotes_only(art: Article, a: int, at: int) -> bool:
    """Are the quotes of [a, at) short phrases inside the sentence, none a statement?"""
    return all(len(art.text[o.start : o.end].split()) <= 4 for o in art.quotes_in(a, at) if o.open < at)


def find_direct(art: Article, a: int, b: int) -> None:
    """Direct quotes opening in the sentence at [a, b)."""
    by_verb = art.by_verb
    prev_close: dict[tuple[int, int], int] = {}
    for q in art.quotes_in(a, b):
        if art.is_claimed(q.start, q.end):
            continue
        nxt = min((o.open for o in art.quotes_in(a, b) if q.close and o.open > q.close), default=b)
        limit = _after_limit(art, q, min(nxt, b), b)
        found = _after(art, q, limit) if q.close else None
        opens = found and found[0].start - b <= 2 and found[1] - b <= 90  # '“…!” X, the head of Y, tweeted'
        if found and limit > b and not opens and (found[1] - b > 30 or "," in art.masked[b : found[1]]):
            found = None  # in the next sentence only as its opening words: '… Trump asked'
        rule = "direct:after"
        if not found:
            lo = max(a, prev_close.get((a, b), a))
            found = _before(art, lo, q)
            if not found and lo > a and _scare_quotes_only(art, a, q.open):
                found = _before(art, a, q)  # 'X focuses on how the “assault weapons” killed: “…”'
            rule = "direct:before" if found and found[2] != ":" else "direct:colon"
            if not found and lo == a:
                found, rule = lead_in(art, q, _before), "direct:lead-in"
            if not found and lo == a:
                found, rule = credit_line(art, q), "direct:credit"
            split = [v for v in by_verb if lo <= v < q.open] if lo > a else []
            # '“A,” the mayor said, adding that it would take “more hours”': B sits in a
            # reported clause of its own, which the participle rule reads
            split = [v for v in split if not PARTICIPLE.search(art.masked, v, q.open)]
            if not found and split:  # '“A,” he quipped, “B.”': B is A's, whatever the verb
                _merge(art, by_verb[split[-1]], q)
                continue
            short = [v for v in art.short_parts if lo <= v < q.open] if lo > a else []
            if not found and short:  # '“But,” X went on, “B.”': A was too short to keep
                sp = art.short_parts[short[-1]]
                art.add(sp, "direct", q.start, q.end, 0.85, ("direct:split-part", f"after:{sp.mention}"))
                continue
        prev_close[(a, b)] = (q.close or q.end) + 1
        if found:
            phrase, verb, word = found
            # the words it attributes start after a semicolon: 'X served …; he was assigned
            # to “…,” he said' (X named before it may well be "he")
            clause = art.masked.rfind(";", a, q.open) + 1 or a
            if _INTRODUCES.search(art.masked, clause, q.open):
                clause = q.open  # "X scolded him: “…,” she said": the words are the quote's only
            speaker = art.speaker(phrase, clause if rule == "direct:after" else None)
            if speaker is None or (phrase.kind == "pronoun" and answers_own(art, q, speaker)):
                art.note_unknown(verb)  # '“…?” X asked Y. “No,” he said': he is Y, not X
                continue
            art.note_speaker(verb, speaker)
            if rule == "direct:lead-in":  # so that later quote paragraphs continue it
                art.note_speaker(q.open, speaker)
            if verb in by_verb and speaker.actor:  # "“A,” he said, “B.”": one statement
                _merge(art, by_verb[verb], q)
                continue
            art.used_verbs.add(verb)
            evidence = (rule, f"cue:{word}")
        else:
            speaker = coordinated(art, a, q)
            rule = "direct:coordinated" if speaker else "direct:continues"
            if left_open(art, q):  # a quote running on from the paragraph before: its speaker's
                speaker = speaker or continued(art, q, a) or chained(art, q, _after)
            else:
                speaker = speaker or chained(art, q, _after) or continued(art, q, a)
            if speaker is None:
                continue
            if speaker.how.startswith(("answer:", "chain:")):
                rule = "direct:" + speaker.how.split(":")[0]
            art.note_speaker(q.open, speaker)
            evidence = (rule, f"after:{speaker.mention}")
        if words(art.text[q.start : q.end]) < 2 and rule != "direct:after":
            continue  # a scare-quoted word is not a statement
        if is_title(art.text[q.start : q.end]):
            continue  # 'wrote an essay, “On the Historical Unity …”': a title, no statement
        start = q.start
        clause = art.masked.rfind(";", a, q.open) + 1 or a
        lead = _SCARE.sub("", art.masked[clause : q.open])  # short scare quotes may sit in it
        introduces = _INTRODUCES.search(art.masked, clause, q.open)
        # "The answers to veteran suicides are “…,” says X": a noun "answers" is no cue
        verbs = [c for c in CUE.finditer(lead) if not noun_use(lead, c.start(), c.end())]
        if rule == "direct:after" and lead.strip(" “”\"«»„") and MASK not in lead and not verbs \
                and not introduces:
            start = clause  # 'The plane is "an airborne White House," said X': the sentence is theirs
        before = len(art.statements)
        conf = 0.9 if found else 0.7
        art.add(speaker, "direct", start, q.end, conf, evidence)
        if found and len(art.statements) > before:
            by_verb[found[1]] = before
        elif found and speaker.actor:
            art.short_parts[found[1]] = speaker


def _merge(art: Article, i: int, q: Quote) -> None:
    s = art.statements[i]
    if len(s.text) + q.end - q.start > 400:  # too long for one alert: two statements
        speaker = Speaker(s.actor_id, s.speaker, "split", s.confidence, s.actor_id)
        art.add(speaker, "direct", q.start, q.end, s.confidence, ("direct:split-part",))
        return
    text = f"{s.text} {art.text[q.start : q.end].strip()}"
    art.statements[i] = Statement(
        s.actor_id,
        s.kind,
        text,
        s.speaker,
        s.start,
        q.end,
        s.confidence,
        (*s.evidence, "direct:split"),
    )
    art.claimed.append((q.start, q.end))
