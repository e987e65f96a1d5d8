"""Verbs of saying and communicating, and the classes of them the rules treat apart."""

from __future__ import annotations

import re

from .lexicon import word_set

# Verbs that are a statement only with quoted words: 'called the aircraft "an example ..."'.
QUOTE_VERBS = word_set("called calls labeled labelled labels described describes framed frames") | {
    "referred to", "refers to"
}
# Verbs whose object is the content itself ("the Kremlin rejected the accusation").
OBJECT_VERBS = (
    word_set("denied denies rejected rejects dismissed dismisses refuted refutes disputed disputes")
    | QUOTE_VERBS
)
# Verbs of promising, whose content may be a to-infinitive: "Trump vowed to end it".
COMMISSIVE = word_set("vowed vows promised promises pledged pledges threatened threatens")
# Cues that name their source after them, as "according to" does: "As reported by X, A".
SOURCE_CUES = frozenset(("according to", "as reported by", "as first reported by"))
TELL = word_set("told tells informed informs assured assures reminded reminds")
# Cues that report only a directive to someone: "urged allies to send jets", not "asked
# what it meant" (a question put, no claim) nor "asked about the plan".
DIRECTIVE = word_set("urged urges instructed instructs asked asks commanded commands pressed presses")
# Cues that go on with a quote ('he continued: “…”'), never with a bare clause: "gave
# Russia continued influence" is an adjective, no reported speech.
# Cues whose content is a question: "questioned what kind of person gets up at 3 a.m.".
QUESTIONING = word_set("questioned questions wondered wonders touted touts") | {  # "touted how far …"
    "continued to question", "continues to question"
}
CONTINUATIVE = word_set("continued continues repeated concluded concludes") | {
    "went on", "made the case", "makes the case", "made the argument", "makes the argument",
    "made the suggestion", "expressed concern", "expressed hope", "expressed confidence", "expressed doubt",
    "expressed alarm", "expressed optimism", "expressed frustration", "did express concern",
    "did express hope", "did express doubt", "voiced concern", "voiced hope", "voiced confidence",
    "voiced doubt", "voiced alarm",
    "allowed", "demanded", "demands",
}
# Cues only before "that": "agreed that A" (never "agreed to the deal"), "protested that A" (not
# "protested Trump at a rally"), "sniped that A" (not "sniped at reporters").
THAT_ONLY = word_set("agreed agrees protested protests sniped snipes")
# Retorts ("“…,” Clinton shot back") speak in quotes: "fired back at critics who said …" is none.
RETORTS = frozenset(("shot back", "fired back", "hit back"))
# Habit ("Page would say, “…”") before a quote; before a bare clause it may be a guess or a
# condition ("he would say the plan failed"), so the reported rules leave it.
HABITUAL = frozenset(("would say", "would often say"))

# Verbs of saying and communicating that attribute a statement.
_SAY = (
    r"said|says|told|tells|added|adds|insisted|insists|warned|warns|claimed|claims|"
    r"denied|denies|rejected|rejects|argued|argues|announced|announces|wrote|writes|"
    r"tweeted|tweets|testified|testifies|stated|states|declared|declares|explained|"
    r"explains|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|acknowledged|"
    r"acknowledges|admitted|admits|confirmed|confirms|suggested|suggests|maintained|"
    r"maintains|replied|replies|countered|counters|conceded|concedes|asserted|asserts|"
    r"contended|contends|alleged|alleges|predicted|predicts|vowed|vows|promised|promises|"
    r"pledged|pledges|cautioned|cautions|complained|complains|recalled|recalls|revealed|"
    r"reveals|observed|observes|remarked|remarks|commented|comments|posted|reiterated|"
    r"reiterates|repeated|assured|assures|informed|informs|dismissed|dismisses|refuted|"
    r"disputed|disputes|refutes|pointed out|points out|continued|continues|chimed in|went on|"
    r"responded|responds|answered|answers|ruled|rules|"
    r"threatened|threatens|did say|did acknowledge|did admit|did concede|did confirm|"
    r"would say|would often say|would only say|shot back|fired back|hit back|"
    r"fretted|frets|joked|quipped|mused|boasted|boasts|bragged|lamented|laments|indicated|exclaimed|exclaims|"
    r"urged|urges|instructed|instructs|asked|asks|commanded|commands|pressed|presses|"
    r"reported|reports|echoed|echoes|charged|charges|brags|jokes|reaffirmed|reaffirms|hinted|intimated|intimates|mentioned|mentions|disclosed|discloses|retorted|interjected|recounted|shouted|speculated|"
    r"made it clear|makes it clear|made clear|makes clear|put it|puts it|concluded|concludes|"
    r"made the case|makes the case|made the argument|makes the argument|made the suggestion|"
    r"referred to|refers to|touted|touts|accused|accuses|proposed|proposes|forecast|forecasts|"
    r"bemoaned|bemoans|expressed concern|expressed hope|expressed confidence|expressed doubt|allowed|"
    r"expressed optimism|expressed frustration|voiced concern|voiced hope|voiced confidence|voiced doubt|"
    r"voiced alarm|"
    r"demanded|demands|reminded|reminds|framed|frames|doubled down on|doubles down on|"
    r"questioned|wondered|wonders|clarified|clarifies|"
    r"continues to insist|continued to insist|continues to argue|continued to argue|continues to maintain|"
    r"continued to maintain|continues to claim|continued to claim|continues to say|continued to say|"
    r"continues to assert|continued to assert|continues to deny|continued to deny|"
    r"continues to suggest|continued to suggest|continues to question|continued to question|"
    r"is continuing to insist|is continuing to argue|is continuing to say|did note|did add|did stress|"
    r"did express concern|did express hope|did express doubt|did warn|did suggest|"
    r"was quick to add|was quick to say|was quick to note|was quick to point out|is quick to add|"
    r"is quick to say|is quick to note|is quick to point out|"
    r"called|calls|labeled|labelled|labels|described|describes|[Aa]ccording to|[Aa]s reported by|"
    r"proclaimed|proclaims|confided|confides|opined|opines|griped|gripes|yelled|yells|whispered|whispers|"
    r"muttered|mutters|posited|posits|agreed|agrees|expressed alarm|protested|protests|sniped|snipes|"
    r"[Aa]s first reported by|Said|Says|Tweeted"
)


def alternatives(pattern: str) -> list[str]:
    """The words of `_SAY`, its small character classes ("[sz]", "[Aa]") spelled out."""
    out = pattern.split("|")
    while any("[" in w for w in out):
        w = next(w for w in out if "[" in w)
        i, j = w.index("["), w.index("]")
        out.remove(w)
        out += [w[:i] + ch + w[j + 1 :] for ch in w[i + 1 : j]]
    return out


def trie(words: list[str]) -> str:
    """One regex for many words, branching letter by letter ("sa(?:id|ys)"): the engine
    tries each alternative at every position, so shared prefixes make the cue scan ~2x faster."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


# (\b then no hyphen before: the same as a lookbehind for neither, and the engine scans faster)
CUE = re.compile(rf"\b(?<!-)(?:{trie(alternatives(_SAY))})\b")
# One-word past cues ("posted", "noted"): their plain forms after an emphatic "did" (cue_scan.py).
PAST_CUES = frozenset(w for w in alternatives(_SAY) if w.endswith("ed") and " " not in w and w.islower())
