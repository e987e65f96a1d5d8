"""Entry identity: what makes two sightings of a feed item the same item."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that trackers add and that never change what a link points to.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "_hs")
_TRACKING_NAMES = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref", "ref_src", "cmpid", "ocid"}
)


def canonical_link(link: str) -> str:
    """The link without tracking parameters, fragment, default port or case noise."""
    link = link.strip()
    if not link:
        return ""
    try:
        parts = urlsplit(link)
    except ValueError:
        return link
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING_PREFIXES) and k.lower() not in _TRACKING_NAMES
    ]
    netloc = parts.netloc.lower()
    for scheme, port in (("http", ":80"), ("https", ":443")):
        if parts.scheme.lower() == scheme and netloc.endswith(port):
            netloc = netloc[: -len(port)]
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", urlencode(query), ""))


def content_hash(*fields: str) -> str:
    digest = hashlib.sha256("\x1f".join(f.strip() for f in fields).encode("utf-8"))
    return digest.hexdigest()[:32]


def entry_key(guid: str, link: str, title: str, summary: str) -> str:
    """GUID, else canonical link, else a hash of the text: the first that exists."""
    if guid.strip():
        return "guid:" + guid.strip()
    canonical = canonical_link(link)
    if canonical:
        return "link:" + canonical
    return "hash:" + content_hash(title, summary)
