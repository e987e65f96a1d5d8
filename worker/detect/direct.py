"""Direct quotes: attribution after ('“…,” X said') or before ('X said: “…”'), split
quotes, and quote paragraphs that continue the previous speaker."""

from __future__ import annotations

import re

from worker.records import Statement

from . import quote_cues
from .article import Article
from .continuation import answers_own, chained, continued, coordinated, left_open
from .cues import noun_use
from .intros import announced, credit_line, lead_in
from .layout import LONGEST
from .lexicon import DASH, PASSIVE, SPACED_DASH
from .participles import PARTICIPLE
from .phrase import last_word
from .quotes import MASK, TITLE_BEFORE, Quote, is_title, words
from .sayverbs import CUE
from .speaker import Speaker

_SCARE = re.compile(rf"[“\"‘]{MASK}{{1,40}}[”\"’]")
# A short quote governed by a preposition is a phrase talked about ("went on about “…”"), and
# so is one listed after it ("“…,” and “…”").
_GOVERNED = re.compile(r"\b(?:about|of|like|against|over)\s*$")
_LISTED = re.compile(r"[”\"’]\s*,?\s*(?:and|or)\s*$")
_GOES_ON = frozenset(("added", "adds", "continued", "continues", "went on"))
# A work's title or a label in quote marks, no one's words: 'in his 2012 book, “An American Son.”'
_WORK_BEFORE = re.compile(
    r"(?:\b(?:book|autobiography|memoir|novel|film|movie|documentary|column|essay|op-ed|song|album|play|"
    r"titled|entitled)\s*,?|\bself-described|\bso-called)\s*$"
)
_INTRODUCES = re.compile(r":\s*[“\"‘«„]?$")  # a lead ending in a colon introduces the quote
# ('X suggested A - “…,” he said - and …': after a dash too, a name before it may be "he")
_DASH_BEFORE = re.compile(rf"\s{DASH}\s*[“\"‘«„]?$")
_ADDING = re.compile(r"\b(?:adding|and\s+(?:then\s+)?added|then\s+added)\b")
_NEW_PREDICATE = re.compile(rf"\s{DASH}\s+(?:and|or|but)\s|\b(?:and|or|but)\s+[a-z]{3,}(?:ing|ed)\b")


def _dash_opens(m: str, a: int, pos: int) -> bool:
    """Does a dash right before the quote at `pos` open an aside ('painting X as A - “…,” one ad
    declared - or …'), rather than close one ('Getting rid of X -- borrowing … -- “tells the
    market …”', whose sentence is the speaker's)? An odd count of dashes from `a` says so."""
    k = pos - 1 if pos > a and m[pos - 1] in "“\"‘«„" else pos
    while k > a and m[k - 1].isspace():
        k -= 1  # (the dash, if any, ends here: the search starts just before it, not at `a`)
    near = _DASH_BEFORE.search(m, max(a, k - 3), pos) is not None
    return near and len(SPACED_DASH.findall(m, a, pos + 1)) % 2 == 1


def find_direct(art: Article, a: int, b: int) -> None:
    """Direct quotes opening in the sentence at [a, b)."""
    by_verb = art.by_verb
    prev_close: dict[tuple[int, int], int] = {}
    mention = False  # the last quote was a phrase talked about, not said
    for q in art.quotes_in(a, b):
        if art.is_claimed(q.start, q.end):
            continue
        lead = art.masked[max(a, q.open - 20) : q.open]
        short = words(art.text[q.start : q.end]) <= 6
        work = short and _WORK_BEFORE.search(art.masked, max(a, q.open - 30), q.open) is not None
        talked = art.masked[a : q.open]  # a quote or a cue before it: no sentence that is all theirs
        mention = short and bool(_GOVERNED.search(lead) or (mention and _LISTED.search(lead))) and (
            MASK in talked or CUE.search(talked) is not None
        )
        following = art.quotes_in(max(a, q.close + 1), b) if q.close else ()
        nxt = following[0].open if following else b  # the next quote's opening mark
        limit = quote_cues.after_limit(art, q, min(nxt, b), b)
        found = quote_cues.after(art, q, limit) if q.close else None
        ends = q.close is None or not art.masked[q.close + 1 : b].strip(" .,;:!?”\"’")
        if mention and (found or not ends):
            continue  # 'as Trump went on about “how the system is rigged,” and “…,” X said yes'
        mention = mention and not ends
        opens = found and found[0].start - b <= 2 and found[1] - b <= 90  # '“…!” X, the head of Y, tweeted'
        if found and limit > b and not opens and (found[1] - b > 30 or "," in art.masked[b : found[1]]):
            found = None  # in the next sentence only as its opening words: '… Trump asked'
        rule = "direct:after"
        # 'In an appearance on “Morning Joe,” co-host X asked Trump how …': a show, and a cue with
        # words of its own after it (not '… big fans of “Prison Break,” Madden said.': the sentence's)
        on_show = found and TITLE_BEFORE.search(art.masked, max(a, q.open - 24), q.open)
        if on_show and is_title(art.text[q.start : q.end].strip(" .,"), least=2):
            found = None if len(art.masked[found[1] + len(found[2]) : b].split()) >= 3 else found
        if not found:
            lo = max(a, prev_close.get((a, b), a))
            found = quote_cues.before(art, lo, q)
            if not found and lo > a and quote_cues.scare_quotes_only(art, a, q.open):
                found = quote_cues.before(art, a, q)  # 'X focuses on how the “assault weapons” killed: “…”'
            rule = "direct:before" if found and found[2] != ":" else "direct:colon"
            if not found and lo == a:
                found, rule = lead_in(art, q, quote_cues.before), "direct:lead-in"
            if not found and lo == a:
                found, rule = credit_line(art, q), "direct:credit"
            if not found and lo == a:
                found, rule = announced(art, q), "direct:announced"
            show = TITLE_BEFORE.search(art.masked, max(a, q.open - 24), q.open)  # 'on NBC's “Meet the Press”'
            if not found and (show or is_title(art.text[q.start : q.end].strip(" .,"))):
                continue  # '“…,” X said by telephone on NBC's “Meet the Press.”': a show, no second part
            split = [v for v in by_verb if lo <= v < q.open] if lo > a else []
            # '“A,” the mayor said, adding that it would take “more hours”': B sits in a
            # reported clause of its own, which the participle rule reads
            split = [v for v in split if not PARTICIPLE.search(art.masked, v, q.open + 1)]
            # '“A,” X said, adding of Y, “B.”': B is X's too, a statement of its own
            added = [v for v in split if _ADDING.search(art.masked, v, q.open)]
            if not found and added:
                s = art.statements[by_verb[added[-1]]]
                sp = Speaker(s.actor_id, s.speaker, "added", s.confidence, s.actor_id)
                art.add(sp, "direct", q.start, q.end, 0.85, ("direct:added", f"after:{s.speaker}"))
                continue
            # nor '“A,” one ad declared - or denouncing him as a “psychopath.”': a predicate of its own
            split = [v for v in split if not _NEW_PREDICATE.search(art.masked, v, q.open)]
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
            m = art.masked
            if _INTRODUCES.search(m, clause, q.open) or _dash_opens(m, clause, q.open):
                clause = q.open  # "X scolded him: “…,” she said": the words are the quote's only
            speaker = art.speaker(phrase, clause if rule == "direct:after" else None)
            # "he added" goes on with his own words: no answer to his own question
            own_question = speaker is not None and answers_own(art, q, speaker)
            answer = phrase.kind == "pronoun" and word not in _GOES_ON and own_question
            if speaker is None or answer:
                art.note_unknown(verb)  # '“…?” X asked Y. “No,” he said': he is Y, not X
                continue
            art.note_speaker(verb, speaker)
            if rule == "direct:lead-in":  # so that later quote paragraphs continue it
                art.note_speaker(q.open, speaker)
            # "“A,” he said, “B.”": one statement ('“A,” X said before adding: “B.”' two)
            if verb in by_verb and speaker.actor and not _ADDING.search(art.masked, verb, q.open):
                _merge(art, by_verb[verb], q)
                continue
            art.used_verbs.add(verb)
            evidence = (rule, f"cue:{word}")
        else:
            speaker = coordinated(art, a, q)
            rule = "direct:coordinated" if speaker else "direct:continues"
            if left_open(art, q):  # a quote running on from the paragraph before: its speaker's
                speaker = speaker or continued(art, q, a) or chained(art, q, quote_cues.after)
            else:
                speaker = speaker or chained(art, q, quote_cues.after) or continued(art, q, a)
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
        if work:
            continue  # 'In his new book, “Doomed to Succeed,” Mr. Ross said', 'A self-described “geeky kid”'
        start = q.start
        clause = art.masked.rfind(";", a, q.open) + 1 or a
        lead = _SCARE.sub("", art.masked[clause : q.open])  # short scare quotes may sit in it
        introduces = _INTRODUCES.search(art.masked, clause, q.open) or _dash_opens(art.masked, clause, q.open)
        # "The answers to veteran suicides are “…,” says X": a noun "answers" is no cue
        # (nor a passive: "they are asked to rank their choices, and the group is … “…,” X said")
        verbs = [
            c for c in CUE.finditer(lead)
            if not noun_use(lead, c.start(), c.end()) and last_word(lead[max(0, c.start() - 12) : c.start()])
            not in PASSIVE
        ]
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
    if len(s.text) + q.end - q.start > LONGEST:  # too long for one alert: two statements
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
