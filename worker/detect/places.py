"""One-word names of places, from pycountry: countries and the states of the United States. A
sentence that opens "Michigan was …" or "Russia has …" names no one a "he" could be."""

from __future__ import annotations

from functools import lru_cache

import pycountry

from .givennames import GIVEN

# Names pycountry keeps only in a longer form ("Russian Federation"), and continents.
_MORE = ("Russia", "Britain", "America", "Europe", "Africa", "Asia")
# Places that are people's names too: "Israel said" may be Rep. Steve Israel.
_PEOPLE_TOO = frozenset(
    ("Jordan", "Georgia", "Chad", "Israel", "Virginia", "Washington", "Montana", "Dakota")
)


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Countries (their names and common names) and U.S. states written as one word, less
    those that may be somebody's name."""
    names = {getattr(c, attr, "") for c in pycountry.countries for attr in ("name", "common_name")}
    names.update(s.name for s in pycountry.subdivisions.get(country_code="US"))
    names.update(_MORE)
    return frozenset(
        n for n in names if n and " " not in n and n not in _PEOPLE_TOO and n.lower() not in GIVEN
    )
