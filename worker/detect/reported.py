"""Reported speech: "X said (that) CLAUSE", "CLAUSE, X said.", "according to X, CLAUSE"."""

from __future__ import annotations

import re

from .according import find_according, find_in_view, find_report_that, passive_agent
from .article import Article
from .attribution import COORDINATED, subject_before
from .bare import BARE
from .cataphora import introduced_next
from .clause_ends import clause_end, trimmed_end
from .clauses import clause_start
from .coordination import co_speakers
from .cue_scan import cues_in
from .cues import NEXT_CUE, after_quote, noun_use
from .fronted import find_fronted
from .inverted import subject_after
from .lexicon import REFERRING_NOUNS
from .naming import characterises
from .participles import AFTER_TIME, PARTICIPLE
from .postposed import postposed_words
from .quotes import MASK
from .sayverbs import HABITUAL, OBJECT_VERBS, QUOTE_VERBS, RETORTS, SOURCE_CUES, TELL, THAT_ONLY
from .subjects import FRONTED, clause_subject, main_subject, relative_end
from .unnamed import note_unnamed

# An object that only points back: "rejected that argument", "denied the allegations".
_ANAPHORIC = re.compile(
    rf"\s+(?:that|this|those|these|the|such|his|her|their|its|both)\s+(?:[a-z]+\s+)?(?:{REFERRING_NOUNS})\b"
    r"|\s+(?:that|this|it|them)(?=\s*(?:,|\.|$|too\b|as\s+well\b))"  # "Sanders rejected that, too."
)
# "donations, which he said were …", "daughters, who he said were …"
_WHICH_HE = re.compile(r"\b(?:which|who)\s+(?:he|she|they|it)\s+(?:has\s+|had\s+)?$")
_RELATIVE_VP = re.compile(r"\s+(?:were|was|is|are|would|will|could|should|had|has|have|can)\s+[a-z]")
_AND_NAME = re.compile(r"\b(?:and|but)\s+(?=(?:Mr|Mrs|Ms|Dr|Sen)\.\s|[A-Z][a-z])")
# "…, said Gates described …": a name with a verb of its own after an inverted cue.
_NAME_THEN_VERB = re.compile(
    r"\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:[a-z]+ed|[a-z]{3,}s|was|is|had|has|would|will)\b"
)
# "She noted that Sanders has criticized X and called …": a cue inside someone's clause.
_CLAUSE_BREAK = re.compile(rf"[,;—–]|\s-\s|{MASK}")
_THAT_NAME = re.compile(r"\bthat\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?!said|says)[a-z]")


# (a name or a title: "…, he said" and "…, those people said" after "X said" are X's words twice)
_SAID_AFTER = re.compile(
    r"[,”\"]\s+(?:the\s+(?:[\w.'’-]+\s+){1,3}|(?:[A-Z][\w.'’-]*\s+){1,3})(?:said|says)\.?\s*$"
)
# The main clause after a fronted subordinate one: ", Giuliani wouldn’t", ", Clinton restricted".
_MAIN_CLAUSE = re.compile(
    r",\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:[a-z]+n['’]t|[a-z]{3,}ed|[a-z]{3,}s|said|told|was|is|has|had|would|will)\b"
)


def find_reported(art: Article, a: int, b: int) -> None:
    """Reported speech in the sentence at [a, b)."""
    find_fronted(art, a, b)
    find_in_view(art, a, b)
    find_report_that(art, a, b)
    _find_reported(art, a, b)


def _find_reported(art: Article, a: int, b: int) -> None:
    m = art.masked
    last = None  # the subject of the sentence's previous cue, for "X denied ... and said"
    last_end = a
    for cue in cues_in(m, a, b):
        v, word = cue.start(), cue.group()
        if art.is_claimed(v, cue.end()) or v in art.used_verbs:
            continue  # or spent on a quote ending the sentence before ('“…!” X said')
        if noun_use(m, v, cue.end()) or word in HABITUAL:
            continue
        if word in THAT_ONLY and not m.startswith(" that ", cue.end()):
            continue  # "agreed to the deal", "protested Trump at a rally" (cheap: before any other test)
        if word in RETORTS and MASK not in m[cue.end() : b] and not m.startswith(" that ", cue.end()):
            continue  # a retort speaks in quotes, or in a that-clause ("shot back that A")
        if word.lower() in SOURCE_CUES:
            find_according(art, a, b, cue)
            continue
        if after_quote(art, a, v):
            continue
        phrase = subject_before(m, a, v, art.ends)
        if phrase is None and passive_agent(art, cue, b, word):
            continue  # "it was revealed by the NGO Front Line Defenders that A": the agent's
        # "CLAUSE, said Ken Rider." (never "…, informed director X that": X is the hearer)
        # ("…, said Gates described …": a clause with its own subject, no inverted speaker)
        inverted = phrase is None and m[a:v].rstrip().endswith(",") and word not in TELL
        if inverted and not _NAME_THEN_VERB.match(m, cue.end(), b):
            after = subject_after(m, cue.end(), b, art.starts)
            if after and len(art.text[a:v].split()) >= 4:  # (a quote's words count: masked it is one)
                head = m[a:v].rstrip()[:-1]
                speaker = art.speaker(after)
                if speaker is not None:
                    art.note_speaker(v, speaker)
                    kind = "direct" if MASK in head else "indirect"
                    art.add(speaker, kind, a, a + len(head), 0.9, ("reported:inverted", f"cue:{word}"))
                continue
        coordinated = phrase is None and COORDINATED.search(m, a, v)
        guessed = bool(coordinated and last is None)  # subject guessed from the sentence start
        subordinate = None  # "and when Rubio thanked Miami and said A": the subordinate clause's subject
        objecting = word in OBJECT_VERBS  # (not "that Putin was ready and added that")
        inside = _THAT_NAME.search(m, last_end, v) if coordinated and last is not None and objecting else None
        if inside and not _CLAUSE_BREAK.search(m, inside.end(), v):
            continue  # "She noted that Sanders has criticized X and called him “weak”": his, in her words
        if coordinated:  # "Peskov rejected the claim and insisted", "X is white, and admitted"
            # (the subject of the last clause joined before it: "In a year in which Mr. Sanders has
            # demonized Wall Street and Mr. Trump has disparaged immigrants, and vowed to …": Trump)
            lo = max((j.end() for j in _AND_NAME.finditer(m, a, coordinated.start())), default=a)
            phrase = last or (main_subject(m, lo, v, art.spans_in(lo, v)) if lo > a else None)
            phrase = phrase or main_subject(m, a, v, art.spans_in(a, v))
            subordinate = None if phrase else clause_subject(m, a, v, art.spans_in(a, v))
            phrase = phrase or subordinate
        if phrase is None:
            note_unnamed(art, a, b, v, cue.end(), word, bool(coordinated))
            continue
        last, last_end = phrase, cue.end()
        start = clause_start(m, word, v, cue.end(), b, art.text)
        if start is None and phrase.kind == "pronoun" and _WHICH_HE.search(m, max(a, v - 30), v):
            vp = _RELATIVE_VP.match(m, cue.end(), b)  # "donations, which he said were accompanied by …"
            start = vp.start() + 1 if vp else None
        rule = "reported:object" if start == v else "reported:clause"
        rule = "reported:that" if start and m[start - 5 : start].strip() == "that" else rule
        if rule == "reported:object" and m[cue.end() : cue.end() + 1] in ",;.)":
            continue  # "the allegations, which Mr. Ailes denies, …": the object came before it
        anaphoric = _ANAPHORIC.match(m, cue.end(), b) if rule == "reported:object" else None
        if anaphoric:
            rest = m[anaphoric.end() : b]
            if " that " not in rest and MASK not in rest:
                continue  # "rejected that argument in a ruling": it says nothing of its own
        end, text = b, None
        if start is None and not coordinated:  # "A, X said Tuesday.", "Still, he said, A", "As X observed, A"
            start, end, rule, text = postposed_words(art, a, b, v, cue.end(), word, phrase, rule)
        described = characterises(m, word, cue.end(), end)
        if word.startswith("refer") and not described:
            continue  # "referred to the loss in the Harvard case": a mention; "referred to X as Y" names
        if start is None or (word in QUOTE_VERBS and MASK not in m[start:end] and not described):
            continue  # "called the plan a success" is no statement; "described X as Y" is
        quoted_object = rule == "reported:object" and MASK in m[start:end]  # "but described X as “…”"
        demand = described and word.startswith("call")  # "… and has called for X to release …"
        if guessed and rule not in ("reported:that", "reported:clause") and not quoted_object and not demand:
            continue  # "voices he sees as elite and informed": no cue at all
        clause_rule = rule in ("reported:that", "reported:clause")
        if clause_rule:
            end = relative_end(m, a, v, start, clause_end(m, start, end, art.ends))
        if coordinated and subordinate and "," in m[start:end]:
            end = m.index(",", start, end)  # "when Rubio … said A, a man yelled": A only
        elif rule == "reported:object":  # "described himself as A in the past, the Post reported that B"
            end = clause_end(m, start, end, art.ends)
        nxt = NEXT_CUE.search(m, start, end) if clause_rule or rule == "reported:object" else None
        own_subject = nxt and re.search(r"\b(?:he|she|they)\s", nxt.group())  # "…, though she noted"
        # "said Roof stood over her and asked her if …": a named subject of its own goes on
        capital = rule == "reported:clause" and m[start : start + 3].lstrip()[:1].isupper()
        charge = word.startswith("accus")  # "accused X of A and said that B": B is another statement
        # (not "said Gates was not … and said Manafort was not …": the same cue again is the subject's)
        same_cue = nxt and nxt.group().rstrip().endswith(word)
        inner = capital and nxt and nxt.group()[0] != "," and not same_cue and not charge and not own_subject
        # "McConnell says he spoke to Trump and asked him to …": a past cue after a present one
        # is the clause's own verb, not a second saying of the subject's
        shifted = nxt and word.endswith("s") and nxt.group().rstrip()[-2:] in ("ed", "ld", "id")
        if shifted and clause_rule and not own_subject:
            art.used_verbs.add(nxt.end() - len(nxt.group().split()[-1]))
            inner = True
        # 'called X “crazy” and said A', 'declared “What a night!” and said that A': one object
        # or one quote, then the next cue of the same subject
        done = nxt and (rule == "reported:object" or not m[start : nxt.start()].strip(f" “”\"{MASK}!?.,"))
        bare_next = nxt and BARE.match(m, start, nxt.start())
        splits = rule == "reported:that" or own_subject or done or bare_next or charge
        if nxt and not inner and splits:
            end = nxt.start()  # "said A, and added that B": B is a statement of its own
            own = m[anaphoric.end() : end] if anaphoric else ""
            if anaphoric and " that " not in own and MASK not in own:
                continue  # "rejected the claim and insisted that A": only the second cue says something
        end = trimmed_end(m, a, v, phrase.start, start, end, clause_rule)
        if clause_rule and "sa" in m[max(start, end - 7) : end] and _SAID_AFTER.search(m, start, end):
            continue  # 'Nothing the president said “will …,” the senator said.': the later speaker's words
        if phrase.kind == "pronoun" and FRONTED.search(m, max(a - 4, phrase.start - 24), phrase.start):
            main = _MAIN_CLAUSE.search(m, start, end)  # "Even as he accused X of A, Giuliani wouldn’t …"
            end = main.start() if main else end
        governs = clause_rule or rule == "reported:object"
        more = (PARTICIPLE.search(m, start, end) or AFTER_TIME.search(m, start, end)) if governs else None
        if more and m[more.start()] in ",—–”\"ab":
            end = more.start()  # "said A, adding that B", "called for X, saying B": B is the participle
            # rule's (or "said A before claiming that B")
        postposed = rule in ("reported:postposed", "reported:parenthetical")
        speaker = art.speaker(phrase, start if postposed else None)  # (where the attributed words open)
        if (speaker is None or speaker.actor is None) and not postposed:
            speaker = introduced_next(art, phrase, b) or speaker  # "A former DNC chairman says …"
        if speaker is None:
            if phrase.kind == "document":  # "The letter said …": a quote after it is no one's we know
                art.note_unknown(v)
            continue
        art.note_speaker(v, speaker)
        # "said that A, and that B" is one statement, one alert: the cue's words, whole
        kind = "direct" if MASK in m[start:end] else "indirect"
        for who in (speaker, *co_speakers(art, phrase, a, v, speaker)):  # "Bush and Christie say"
            art.add(who, kind, start, end, 0.9, (rule, f"cue:{word}"), text)
        art.used_verbs.add(v)
