"""Someone else of the same surname: "Ellie Hall tweeted" is not the tracked James Hall,
"Pamela Anderson" no misspelling of Sheldon Adelson.

A surname-only match (or a fuzzy one) is refused when the capitalised word right before
it reads as another person's given name: a name-like word that is none of the actor's own
name words, no title or honorific, and does not even share the initial of the actor's given
name (so "Mike Pompeo" still matches Michael Pompeo, "Joe Biden" Joseph Biden).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .first_names import FEMALE_NAMES, MALE_NAMES
from .lexicon import NOT_PERSON, STOP, TITLE_SET
from .mention_words import written_lower

# Capitalised words that stand before a surname without being a given name: titles and
# honorifics beyond TITLE_SET ("Speaker Pelosi", "Lord Cameron", "Coach Kerr").
HONORIFICS = frozenset(
    """mr mrs ms miss mister madam madame dame sir lord lady sheikh sheik emir sultan prince
    princess king queen pope father rabbi imam ayatollah cardinal bishop archbishop
    reverend pastor saint speaker leader whip deputy vice acting interim coach captain
    detective agent officer sergeant corporal private admiral general colonel major
    lieutenant marshal judge justice magistrate senator congressman congresswoman
    representative assemblyman assemblywoman councilman councilwoman councillor councilor
    alderman commissioner governor mayor president premier chancellor minister secretary
    ambassador director chairman chairwoman chair founder professor doctor nurse attorney
    counsel prosecutor sheriff trooper inspector superintendent principal dean anchor host
    correspondent editor columnist author citizen candidate nominee former then late young
    old elder senior junior brother sister uncle aunt grandma grandpa mom dad mother señor team
    senora herr frau monsieur comrade president-elect today yesterday now later instead
    here there also even only why how what who""".split()  # noqa: SIM905
)
# Common given names beyond the gendered lists: "Jill Biden" is not the tracked Joe Biden.
_MORE_GIVEN = frozenset(
    """jill jane kate anne annie lucy molly holly jenny jo beth ellen eleanor claire sophie chloe
    ella lily zoe leah amelia natasha tanya olga irina svetlana yulia tatiana maya nina lena
    vera ruby tess max sam leo oscar luke ian neil dan tony nick matt chris alex andy rob
    ron don phil greg jon josh jake zach luis carlos pedro pablo diego ivan oleg igor andrei
    yuri mikhail alexei pavel viktor nikolai hans karl lara tiffany barron ivana kai jill
    meghan megan kim tina gina dana erin ella kerry shannon sheila wendy paula carla""".split()  # noqa: SIM905
)
GIVEN = FEMALE_NAMES | MALE_NAMES | _MORE_GIVEN
_NAME_LIKE = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-Z][a-z]+)?")
_INITIAL = re.compile(r"[A-Z]\.?")


# Nicknames that share no first two letters with the given name they stand for.
_NICKNAMES = {
    "jim": "james",
    "bill": "william",
    "bob": "robert",
    "dick": "richard",
    "ted": "edward",
    "tom": "thomas",
    "liz": "elizabeth",
    "peggy": "margaret",
    "chuck": "charles",
    "hank": "henry",
    "jack": "john",
    "betty": "elizabeth",
    "sandy": "alexandra",
}


def _differs(word: str, given: str, known: bool) -> bool:
    """A known given name differs from the actor's in its first two letters (Jill is not
    Joe; Mike may be Michael); any other name-like word already in its first letter."""
    if not given:
        return False
    if _NICKNAMES.get(word) == given or _NICKNAMES.get(given) == word:
        return False
    n = 2 if known else 1
    return word[:n] != given[:n]


def someone_else(
    before: list[str], own: frozenset[str], given: str, skeleton: Callable[[str], str], opens: bool, text: str
) -> bool:
    """Do the words `before` a surname (in its capitalised run) name another person than
    the actor whose name words (skeletons) are `own` and whose given name is `given`?
    `opens`: the run starts a sentence ("Realtor Ghulam said"), where a capital proves
    nothing; `text`: the article, where a common noun shows up in lower case too."""
    if any(skeleton(w) in own for w in before):
        return False  # "Hillary Rodham Clinton": a middle or maiden name after her own
    words = [w for w in before if not _INITIAL.fullmatch(w)]  # past "R." in "Nikki R. Haley"
    if not words:
        return False
    word = words[-1]
    low = word.lower()
    if low in HONORIFICS or low in TITLE_SET or low in STOP or low in NOT_PERSON:
        return False
    known = low in GIVEN
    if not _NAME_LIKE.fullmatch(word) or (low.endswith("ly") and not known):
        return False  # "ExxonMobil CEO", "NBC": an organisation, an acronym
    if not known and ((opens and len(words) == 1) or written_lower(text, low)):
        return False  # "Realtor Ghulam said …" where "realtor" is a common noun
    return _differs(skeleton(word), given, known)
