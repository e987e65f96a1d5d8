"""Entry identity: what makes two sightings of a feed item the same item.

A key is the GUID, else the canonical link, else a content hash. Feeds whose
GUIDs churn (a GUID built from the headline, a CMS that renumbers) are
caught by `guids_unstable` and re-keyed with `use_guid=False`, as FreshRSS
degrades its dedup policy. Telling new entries from edited ones is the
novelty stage's (worker/novelty.py).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from worker.records import FeedEntry

# Query parameters that trackers add and that never change what a link points to.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "_hs", "at_")
_TRACKING_NAMES = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref", "ref_src", "cmpid", "ocid",
     "smid", "sr_share", "cmp", "xtor", "maca"}
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


def entry_key(guid: str, link: str, title: str, summary: str, *, use_guid: bool = True) -> str:
    """GUID (unless use_guid is False), else canonical link, else a hash of the text."""
    if use_guid and guid.strip():
        return "guid:" + guid.strip()
    canonical = canonical_link(link)
    if canonical:
        return "link:" + canonical
    return "hash:" + content_hash(title, summary)


def keyed(entries: Iterable[FeedEntry], *, use_guid: bool = True) -> tuple[FeedEntry, ...]:
    """Entries with keys computed (again), unique within the feed.

    A key seen twice in one fetch (a GUID reused for two stories, two items
    without GUID or link but the same text) falls back to the link, then to
    the link plus a hash, as Miniflux suffixes repeated GUIDs.
    """
    out: list[FeedEntry] = []
    seen: set[str] = set()
    for e in entries:
        key = entry_key(e.guid, e.link, e.title, e.summary, use_guid=use_guid)
        if key in seen:
            key = entry_key("", e.link, e.title, e.summary)
        if key in seen:
            key = f"{key}|{content_hash(e.link, e.title, e.summary, e.content)}"
        seen.add(key)
        out.append(e if key == e.key else dataclasses.replace(e, key=key))
    return tuple(out)


def guids_unstable(previous: Mapping[str, str], entries: Sequence[FeedEntry]) -> bool:
    """True when this feed's GUIDs cannot be trusted as identity.

    `previous` maps canonical link -> GUID of earlier fetches (the store keeps it). Unstable means the same
    canonical link now carries a different GUID, or one GUID is shared by
    entries with different links in this fetch (both are GUID churn that
    would alert twice for one story). Missing GUIDs are not instability:
    entry_key already falls back for them.
    """
    owners: dict[str, str] = {}
    for e in entries:
        guid, link = e.guid.strip(), canonical_link(e.link)
        if not guid or not link:
            continue
        if previous.get(link, guid) != guid:
            return True
        if owners.setdefault(guid, link) != link:
            return True
    return False
