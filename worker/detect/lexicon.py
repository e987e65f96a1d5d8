"""Word lists the rules consult: titles, prepositions, particles, documents (given names are in
first_names.py, the verbs of saying in sayverbs.py)."""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")
# Family: "his wife, Jane," names a relative; "Trump's son" brings in another person.
KIN = word_set("wife husband son daughter brother sister mother father")
MALE_KIN = word_set("husband son brother father")  # (the rest of KIN are women)
# A time that dates a statement ("on Monday", "last week", "late Friday"), one spelling for every rule
# that steps over one.
WHEN = (
    r"(?:on|last|this|early|late|earlier|later)\s+(?:past\s+)?"  # ("this past week")
    r"(?:[A-Z][a-z]+day|week|month|year|morning|afternoon|evening|night|weekend)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"  # "on Thursday evening"
)


PREP = word_set(
    "to for of with by from at on in about against under than like as toward towards "
    "and or nor between including"
)

CLAUSE_OPENERS = word_set(
    "and but so then as because when while where after before that though although "
    "yet however meanwhile still"
)

NOT_PERSON = word_set(
    """house department ministry government court council committee party union bank
    university college school agency office city county state states street river airport
    company corp inc news times post press journal post service board commission republic
    kingdom federation army navy police church hospital center centre institute association
    foundation group street avenue square park station minister reuters associated
    basin mountain mountains lake valley island islands bay sea ocean coast standard standards
    plan act law program programme project fund index exchange market road bridge tower
    building hall stadium mine field region province district town village international
    national federal power energy oil gas coal war revolution day week cup league series
    award prize festival museum library force forces guard corps senate congress assembly
    parliament agency administration bureau network channel magazine review inc. corp. co.
    llc ltd airlines airways motors technologies systems capital partners holdings"""
)

# Lowercase words allowed inside a name span (Department of Justice, Ursula von der Leyen).
PARTICLES = word_set("of the for de del der den van von bin ibn al la le du da dos das y")

# Capitalised words that start sentences or name things, never people.
STOP = word_set(
    """the a an and but or if as at by in on of to for from with this that these those
    another every each some any many most several both all other such
    he she it they we i you his her its their our my your there here then when while
    after before since until because although though however meanwhile still yet so
    even also now later earlier instead just only already again indeed perhaps according
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december"""
)

# A writer's sign-off closing an article, nobody's quote: "Follow Pam Key on Twitter @pamkeyNEN."
SIGN_OFF = re.compile(
    r"(?:Follow|Contact|Email|Reach)\s[^.]{1,60}\b(?:on\s+Twitter|at)\s+@?[\w.@-]+\.?[\"”]?\s*$"
)


# A dash between spaces: an em or en dash, or one or two hyphens typed for one (" - ", " -- ").
DASH = r"(?:—|–|--?)"
SPACED_DASH = re.compile(rf"\s{DASH}\s")
# Adverbs and auxiliaries between a subject and its verb: "Peskov has also said".
TRAIL = word_set(
    """also later then again previously earlier recently repeatedly publicly once further
    separately subsequently simply flatly quickly has have had would will did since
    reportedly firmly angrily openly privately explicitly strongly correctly bluntly frankly
    calmly always often more even long already just still first now himself herself itself themselves
    both"""
)
# Words in -ly that are no adverb, so never skipped between a subject and its verb.
LY_NOUNS = word_set("family ally rally supply assembly daily weekly monthly quarterly reply")
PASSIVE = word_set("was were been being is are be get got gets")  # "Peskov was told"
# Staff who speak for an organisation: "a Kremlin spokesman", "White House officials".
STAFF = word_set(
    """spokesman spokeswoman spokesperson spokespeople official officials representative
    representatives executive executives aide aides"""
)
# Staff who speak for the organisation that just spoke ("the executives told …"); not
# "officials", who may be anyone's.
OWN_STAFF = word_set("executives representatives spokespeople spokesman spokeswoman spokesperson")
# Common irregular pasts (no verb of saying: "said no, Roof told her" holds no clause), for
# telling a clause's verb ("says Clinton ran …") or a subject's ("Axelrod sent …") from a noun.
IRREGULAR_PAST = (
    "met|sent|took|made|gave|went|came|saw|struck|put|hit|set|led|began|became|"
    "won|lost|held|kept|left|ran|sat|stood|thought|felt|knew|got|brought|fought|sought|taught|bought|"
    "paid|built|drew|drove|threw|broke|chose|rose|fell|grew|hung|meant|shook|shot|sold|stole|swore|"
    "tore|wore|bore|spent|understood|found|heard|rang|sang|sank|fled|hid|lit|dealt|forgot|froze|spun|"
    "dug|fed|slid|bent|lent|sprang|shrank|swam|woke|stuck|swung|clung|flung|forbade|foresaw|overcame|undid"
)
# Titles written short, whose full stop ends no sentence: "Gen. James Mattis", "Atty. Gen. X".
TITLE_ABBREVIATIONS = (
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt",
    "Prof", "Rev", "Pres", "Adm", "Maj", "Det", "Atty", "Sens", "Reps", "Govs",
)
# Abbreviations a name may hold that are no titles: "Acme Co.", "Mt. Vernon".
NAME_ABBREVIATIONS = ("Co", "Corp", "Inc", "Ltd", "Ft", "Mt")
# Name suffixes after a surname: "James Roosevelt Jr.", "Vann R. Newkirk II".
SUFFIXES = word_set("jr sr ii iii iv")
# Last words of a company's name: no person's ("Acme Corp."), and dropped once it is named
# ("Peabody" for Peabody Energy).
CORPORATE = word_set(
    "inc corp corporation co company llc ltd plc group holdings industries motors airlines energy"
)
# Documents that speak for their author: "a study by EDS", "the IMF report says".
DOCUMENTS = word_set(
    "analysis report statement data figures estimate estimates survey study release filing letter memo "
    "forecast email"
)
DOCUMENT_WORDS = "|".join(sorted(DOCUMENTS, key=len, reverse=True))
# Messages their sender puts out, which speak for the sender: "a series of tweets saying …",
# "a statement condemning …", and a sentence telling of one ("released a statement").
MESSAGES = (
    "tweet", "statement", "conference", "letter", "video", "ad", "post", "release", "memo", "email",
    "message", "op-ed", "speech", "interview",
)
# What speaks for a tracked person in their name, as the press reports it ("the Trump campaign
# said", "Huckabee's campaign acknowledged"): the person's statement, with the phrase as mention.
VOICES = word_set("campaign team office")  # "Powell’s office said": his words
# Generic names an organisation goes by once named: "the company said".
ORG_HEADS = word_set("company firm group organization organisation agency")
# The titles an organisation may be called by (the rest of TITLES are people's roles).
ORG_ROLES = word_set(
    """ministry department government agency company firm office commission committee council court
    bank administration campaign party union group organization organisation foundation association
    institute presidency cabinet kremlin service board authority police military army fund network
    website newspaper paper tabloid magazine broadcaster"""
) | {"white house"}
# What the story may go on to call the organisation it named last: "RT … The network said".
ORG_GENERIC = word_set(
    "network website newspaper paper tabloid magazine broadcaster bank union council committee "
    "commission board"
)

TITLES = (
    r"spokesman|spokeswoman|spokesperson|vice president|deputy secretary|"
    r"president|minister|secretary of state|secretary|chancellor|premier|"
    r"leader|chief|director|head|chairman|chairwoman|chair|ceo|executive|governor|mayor|"
    r"senator|ambassador|envoy|official|adviser|advisor|commissioner|prosecutor|attorney|"
    r"lawyer|general|commander|king|queen|pope|prince|economist|analyst|professor|"
    r"founder|owner|manager|coach|ministry|department|government|agency|company|firm|"
    r"office|commission|committee|council|court|bank|administration|campaign|party|"
    r"union|group|organi[sz]ation|foundation|association|institute|presidency|cabinet|"
    r"kremlin|service|board|authority|police|military|army|white house|fund|"
    r"representative|congressman|congresswoman|lawmaker|judge|candidate|nominee|"
    r"officials|executives|representatives|aides|aide|spokespeople|lady|president-elect|sheriff|"
    r"superintendent|solicitor general|justice|researcher|scientist|expert|businessman|businesswoman|"
    r"billionaire|magnate|mogul|tycoon|network|website|newspaper|paper|tabloid|broadcaster|admiral|diplomat|"
    r"front-runner|frontrunner|challenger|incumbent|republican|democrat|columnist|commentator|pollster|strategist|"
    r"socialist"
)
TITLE_SET = frozenset(w for t in TITLES.split("|") for w in (t.replace("[sz]", "s"), t.replace("[sz]", "z")))
# Nouns that only point back at what someone else said: "rejected that argument", "denied the
# allegations". After them no reported clause of the speaker's own follows.
REFERRING_NOUNS = (
    r"argument|claims?|ideas?|notion|reports?|allegations?|suggestions?|characteri[sz]ation|requests?|"
    r"accusations?|charges?|assertions?|premise|criticisms?|critiques?|view|story|stories|account|motion|demands?"
)

# A newspaper's or broadcaster's name: "the newspaper" may be it, "the company" is not.
MEDIA_NAME = re.compile(
    r"\b(?:News|Times|Post|Journal|Herald|Tribune|Daily|Gazette|Telegraph|Guardian|Globe|Network|TV|"
    r"Radio|Magazine|Press|Media|Broadcasting|BBC|CNN|NBC|ABC|CBS|Fox|MSNBC|NPR|PBS|RT|Reuters|Bloomberg|"
    r"Advocate|Observer|Examiner|Inquirer|Chronicle|Courier|Sentinel|Dispatch|Enquirer|Ledger|Bulletin)\b"
)
