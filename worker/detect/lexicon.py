"""Word lists the rules consult: cue verbs, prepositions, particles, stop words."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs whose object is the content itself ("the Kremlin rejected the accusation").
OBJECT_VERBS = _words(
    "denied denies rejected rejects dismissed dismisses refuted refutes disputed disputes "
    "called calls labeled labelled labels described describes"
)
# Verbs that are a statement only with quoted words: 'called the aircraft "an example ..."'.
QUOTE_VERBS = _words("called calls labeled labelled labels described describes")

PREP = _words(
    "to for of with by from at on in about against under than like as toward towards "
    "and or nor between including"
)

CLAUSE_OPENERS = _words(
    "and but so then as because when while where after before that though although "
    "yet however meanwhile still"
)

NOT_PERSON = _words(
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
PARTICLES = _words("of the for de del der den van von bin ibn al la le du da dos das y")

# Capitalised words that start sentences or name things, never people.
STOP = _words(
    """the a an and but or if as at by in on of to for from with this that these those
    he she it they we i you his her its their our my your there here then when while
    after before since until because although though however meanwhile still yet so
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december"""
)

TELL = _words("told tells informed informs assured assures")

# Family names written first (Geng Shuang, Xi Jinping, Kim Jong Un): the first word is
# then the surname an article uses on its own.
FAMILY_FIRST = _words(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo
    zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang
    yu du ye cheng wei su lu ding ren shen yao geng xi qin bo hua kim lee park choi jung
    kang cho yoon jang lim moon shin nguyen tran pham"""
)
